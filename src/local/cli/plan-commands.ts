/** The calendar-plan job in the CLI: its part of `check`, and `calendar` and `agenda`. */
import { PLAN_FIELDS, PLAN_SYNONYMS, planMessages } from '../../core/plan';
import { builder, call, tryCall, type CheckSection, type CliJob, type Command, type CommandContext } from './command';
import { CliError } from './cli-error';
import { choiceSheet, hasChoice, jobMapping, unknownColumns } from './table-choice';

/**
 * The column form's flags, for the plan on one sheet: saved as the sidebar saves them («Столбцы», «Период
 * плана») before the plan is read. Returns the names of `--columns` this job took.
 */
export function applyPlanChoice({ session, args }: CommandContext): string[] {
  const choice = args.choice;
  if (!hasChoice(choice)) return [];
  const { mapping, unknown } = jobMapping(choice, PLAN_FIELDS, [planMessages('ru').fields, planMessages('en').fields], PLAN_SYNONYMS);
  const taken = (choice.columns ?? []).map(([name]) => name).filter((n) => !unknown.includes(n));
  if (!taken.length && choice.headerRow === undefined && !choice.period) return [];
  const sheet = choiceSheet(session, args.sheet);
  if (taken.length || choice.headerRow !== undefined) {
    call(session, 'planSaveMapping', { sheet, mapping, ...(choice.headerRow !== undefined ? { headerRow: choice.headerRow } : {}) });
  }
  if (choice.period) call(session, 'planSetPeriod', { sheet, period: choice.period });
  return taken;
}

/** The plan sheet the calendar is built from: the one named, or the first sheet that looks like a plan. */
function calendarSheet({ session, args }: CommandContext): string {
  if (args.sheet) return args.sheet;
  return call(session, 'planCheck', { limit: 1 })[0]!.sheet;
}

export const planCheckSection: CheckSection = (context) => {
  const { session, args } = context;
  context.choiceTaken?.push(...applyPlanChoice(context));
  const results = args.sheet
    ? call(session, 'planCheck', { sheet: args.sheet, limit: 1_000_000 })
    : tryCall(session, 'planCheck', { limit: 1_000_000 }) ?? [];
  return results.map((r) => ({
    title: r.sheet,
    summary: args.locale === 'en' ? `${r.rows} activities` : `мероприятий ${r.rows}`,
    findings: r.findings.map((f) => ({ ...f, sheet: r.sheet })),
  }));
};

/** «План на месяц» of the sheet named, or of every plan sheet (one block each); its message names each sheet. */
function agendaOf({ session, args }: CommandContext) {
  return call(session, 'planMonthAgenda', { ...(args.sheet ? { sheet: args.sheet } : { all: true }), ...(args.month ? { month: args.month } : {}) });
}

const calendar = builder(
  'calendar',
  'calendar <книга.xlsx> -o <результат.xlsx>',
  {
    ru: '«Календарь» по плану (--sheet или первый лист с планом) и «План на месяц» по всем планам',
    en: '«Календарь» of a plan (--sheet or the first plan sheet) and «План на месяц» of every plan',
  },
  (context) => {
    onlyPlanChoice(context);
    return [call(context.session, 'planBuildCalendar', { sheet: calendarSheet(context) }), agendaOf(context)];
  },
);

const agenda = builder(
  'agenda',
  'agenda <книга.xlsx> -o <результат.xlsx>',
  {
    ru: 'только «План на месяц» по каждому листу с планом или по --sheet (--month ГГГГ-ММ)',
    en: 'only «План на месяц», of every plan sheet or of --sheet (--month YYYY-MM)',
  },
  (context) => {
    onlyPlanChoice(context);
    return [agendaOf(context)];
  },
);

/** A plan command takes only the plan's choices: a column name that is not the plan's is an error. */
function onlyPlanChoice(context: CommandContext): void {
  const taken = applyPlanChoice(context);
  const left = (context.args.choice.columns ?? []).map(([name]) => name).filter((n) => !taken.includes(n));
  if (left.length) throw new CliError(unknownColumns(left, context.args.locale));
}

export const PLAN_COMMANDS: Command[] = [calendar, agenda];

export const JOB: CliJob = { order: 10, commands: PLAN_COMMANDS, check: { section: planCheckSection, checks: { ru: 'планы', en: 'plans' } } };
