/** The calendar-plan job in the CLI: its part of `check`, and `calendar`, `agenda` and `ics`. */
import { PLAN_FIELDS, PLAN_SYNONYMS, planMessages } from '../../core/plan';
import { builder, call, tryCall, type CheckSection, type CliJob, type Command, type CommandContext } from './command';
import { CliError } from './cli-error';
import { choiceSheet, hasChoice, jobMapping, unknownColumns } from './table-choice';
import { writeFileSync } from 'node:fs';
import { isFile } from './output';
import { basename, resolve } from 'node:path';
import type { StandaloneCommand } from './import-commands';
import type { CliFlag } from './flags';
import { cliMessages, MONTH_YEARS, q } from './messages';

declare module './flags' {
  interface CliArgs {
    /** `--month`: the month of «План на месяц» (calendar, agenda). */
    month?: string;
  }
}

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
    : (tryCall(session, 'planCheck', { limit: 1_000_000 }) ?? []);
  return results.map((r) => ({
    title: r.sheet,
    summary: args.locale === 'en' ? `${r.rows} activities` : `мероприятий ${r.rows}`,
    findings: r.findings.map((f) => ({ ...f, sheet: r.sheet })),
  }));
};

/** «План на месяц» of the sheet named, or of every plan sheet (one block each); its message names each sheet. */
function agendaOf({ session, args }: CommandContext) {
  return call(session, 'planMonthAgenda', {
    ...(args.sheet ? { sheet: args.sheet } : { all: true }),
    ...(args.month ? { month: args.month } : {}),
  });
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

/**
 * `klaster ics план.xlsx -o план.ics [--sheet ЛИСТ]`: the plan as an iCalendar file, through the endpoint the
 * sidebar's «Скачать .ics» calls (planIcs). The workbook is only read; the .ics is written next to its target and
 * renamed over it. UIDs are made of the workbook's file name, the sheet and the row, so exporting again gives the
 * same UIDs. Runs without the usual «book in, book out» step: its output is not a workbook.
 */
export const icsCommand: StandaloneCommand = {
  name: 'ics',
  synopsis: 'ics <книга.xlsx> -o <план.ics> [--sheet ЛИСТ]',
  summary: {
    ru: 'календарный план — в файл .ics для Google Календаря и телефонов (--sheet или первый лист с планом)',
    en: 'the calendar plan as an .ics file for Google Calendar and phones (--sheet or the first plan sheet)',
  },
  run: () => 2,
  async standalone(args, out) {
    const m = cliMessages(args.locale);
    const en = args.locale === 'en';
    if (!args.input) throw new CliError(m.needsBook('ics'));
    const input = resolve(args.input);
    if (!isFile(input)) throw new CliError(m.notFound(args.input));
    if (!args.output) throw new CliError(en ? 'Give the file: -o plan.ics' : 'Укажите, куда сохранить календарь: -o план.ics');
    if (!/\.ics$/i.test(args.output))
      throw new CliError(
        en ? `The calendar is written as .ics, not “${q(args.output)}”` : `Календарь сохраняется в файл .ics, а не в «${q(args.output)}»`,
      );
    const { checkOutputs, writeAtomically } = await import('./output');
    checkOutputs(input, [{ flag: '-o', path: args.output }], args.locale);
    const { ensureFreshDist } = await import('../fresh-dist');
    const { createSession } = await import('../emulator');
    const { CODE_PATH, DIST } = await import('../paths');
    await ensureFreshDist();
    const session = await createSession({
      codeFile: CODE_PATH,
      workbook: input,
      htmlDir: DIST,
      locale: args.locale,
      ...(args.timeZone ? { spreadsheetTimeZone: args.timeZone } : {}),
    });
    const context: CommandContext = { session, args, out };
    onlyPlanChoice(context);
    const ics = call(session, 'planIcs', { sheet: calendarSheet(context), book: basename(input) });
    await writeAtomically(args.output, async (tmp) => writeFileSync(tmp, ics.text, 'utf8'));
    if (args.json) out(JSON.stringify({ sheet: ics.sheet, events: ics.events, skipped: ics.skipped, output: args.output }, null, 2));
    else {
      out(ics.message);
      out(m.saved(args.output));
    }
    return 0;
  },
};

export const PLAN_COMMANDS: Command[] = [calendar, agenda, icsCommand];

/** «2024-03»: a month of a year from 1900 to 2100. */
export function isMonthArg(value: string): boolean {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return !!match && Number(match[1]) >= MONTH_YEARS.min && Number(match[1]) <= MONTH_YEARS.max;
}

const PLAN_FLAGS: CliFlag[] = [
  {
    name: '--month',
    value: { ru: 'ГГГГ-ММ', en: 'YYYY-MM' },
    set(args, value, locale) {
      if (!isMonthArg(value)) throw new CliError(cliMessages(locale).badMonth(value));
      args.month = value;
    },
    help: {
      ru: 'месяц для плана на месяц (по умолчанию — следующий в пределах плана)',
      en: 'the month of the month agenda (default: the next one within the plan)',
    },
    commands: [calendar.name, agenda.name],
  },
];

export const JOB: CliJob = {
  order: 10,
  commands: PLAN_COMMANDS,
  check: { section: planCheckSection, checks: { ru: 'планы', en: 'plans' } },
  flags: PLAN_FLAGS,
};
