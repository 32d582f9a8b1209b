/** The people job in the CLI: its part of `check` (responsible columns and the roster), and `workload`. */
import { PEOPLE_FIELDS, PEOPLE_SYNONYMS, peopleMessages } from '../../core/people';
import { CliError } from './cli-error';
import { builder, call, tryCall, type CheckSection, type CliJob, type CheckedSheet, type Command, type CommandContext } from './command';
import { choiceSheet, hasChoice, jobMapping, unknownColumns } from './table-choice';

/**
 * The column form's flags for the responsibility columns on one sheet, saved as the sidebar saves them
 * («Столбцы»: the columns and the header row) before the sheet is read; `--period` is the plan's own
 * («Период плана»), saved for the plan when `withPeriod` (the plan's part of `check` saves it itself).
 * Returns the names of `--columns` this job took.
 */
export function applyPeopleChoice({ session, args }: CommandContext, withPeriod: boolean, inCheck = false): string[] {
  const choice = args.choice;
  if (!hasChoice(choice)) return [];
  const { mapping, unknown } = jobMapping(
    choice,
    PEOPLE_FIELDS,
    [peopleMessages('ru').fields, peopleMessages('en').fields],
    PEOPLE_SYNONYMS,
  );
  const taken = (choice.columns ?? []).map(([name]) => name).filter((n) => !unknown.includes(n));
  const period = withPeriod && choice.period ? choice.period : undefined;
  if (!taken.length && choice.headerRow === undefined && !period) return [];
  const sheet = choiceSheet(session, args.sheet);
  if (period) call(session, 'planSetPeriod', { sheet, period });
  if (taken.length || choice.headerRow !== undefined) {
    const payload = { sheet, mapping, ...(choice.headerRow !== undefined ? { headerRow: choice.headerRow } : {}) };
    // in `check` a choice that makes no responsible column is another job's (a plan without one): not ours to keep
    if (inCheck) return tryCall(session, 'peopleSaveMapping', payload) ? taken : [];
    call(session, 'peopleSaveMapping', payload);
  }
  return taken;
}

/**
 * Every responsible column's findings, and the roster's. An empty responsible cell is left to the plan's own
 * check (its «no responsible» finding names the same cell).
 */
export const peopleCheckSection: CheckSection = (context) => {
  const { session, args } = context;
  context.choiceTaken?.push(...applyPeopleChoice(context, false, true));
  const checked = tryCall(session, 'peopleCheck', { ...(args.sheet ? { sheet: args.sheet } : {}), limit: 1_000_000 });
  if (!checked) return [];
  const en = args.locale === 'en';
  const out: CheckedSheet[] = checked.sheets.map((r) => ({
    title: en ? `${r.sheet}: responsible (column ${r.column})` : `${r.sheet}: ответственные (столбец ${r.column})`,
    summary: r.summary,
    findings: r.findings.filter((f) => f.code !== 'empty').map((f) => ({ ...f, sheet: r.sheet })),
  }));
  if (checked.roster.findings.length) {
    out.push({
      title: en ? 'Roster «Участники»' : 'Реестр «Участники»',
      summary: checked.roster.message.replace(/^[^:]+:\s*/, '').replace(/\.$/, ''),
      findings: checked.roster.findings.map((f) => ({ ...f, sheet: 'Участники' })),
    });
  }
  return out;
};

/** The plan sheet to build from: the one the choice is for, the one named, or the first with a responsible column. */
function planSheet(context: CommandContext): string {
  const { session, args } = context;
  const taken = applyPeopleChoice(context, true);
  const left = (args.choice.columns ?? []).map(([name]) => name).filter((n) => !taken.includes(n));
  if (left.length) throw new CliError(unknownColumns(left, args.locale));
  if (args.sheet) return args.sheet;
  if (hasChoice(args.choice)) return choiceSheet(session, undefined);
  return call(session, 'peopleCheck', { limit: 1 }).sheets[0]!.sheet;
}

const workload = builder(
  'workload',
  'workload <книга.xlsx> -o <результат.xlsx>',
  { ru: 'построить листы «Нагрузка» и «Матрица ответственности»', en: 'build the «Нагрузка» and «Матрица ответственности» sheets' },
  (context) => {
    const sheet = planSheet(context);
    return [call(context.session, 'peopleWorkload', { sheet }), call(context.session, 'peopleMatrix', { sheet })];
  },
);

export const PEOPLE_COMMANDS: Command[] = [workload];

export const JOB: CliJob = {
  order: 20,
  commands: PEOPLE_COMMANDS,
  check: { section: peopleCheckSection, checks: { ru: 'ответственных', en: 'responsible columns' } },
};
