/** The budget job in the CLI: its part of `check` (every budget table's findings), and `budget` (the summary). */
import { BUDGET_FIELDS, BUDGET_SYNONYMS, budgetMessages } from '../../core/budget';
import { builder, call, tryCall, type CheckSection, type CliJob, type Command, type CommandContext } from './command';
import { CliError } from './cli-error';
import type { CliFlag } from './flags';
import { quoteArg } from './cli-error';
import { choiceSheet, hasChoice, jobMapping, unknownColumns } from './table-choice';

declare module './table-choice' {
  interface CliChoice {
    /** `--year`: the year of a one-year budget that does not state it. */
    year?: number;
    /** `--unit`: the budget's money unit. */
    unit?: string;
  }
}

/**
 * The column form's flags for the budget on one sheet (`--header-row`, `--columns "Сумма=C,Статья=B"`, `--year`,
 * `--unit`), saved as the sidebar's «Столбцы» saves them before the sheet is read. Returns the names of
 * `--columns` this job took. In `check` (`strict` false) a choice that finds no budget on the sheet is another
 * job's (a plan's «Мероприятие=A» is also a budget's word): it is not kept and its names are not taken, unless
 * --year or --unit say it is the budget's.
 */
export function applyBudgetChoice({ session, args }: CommandContext, strict = false): string[] {
  const choice = args.choice;
  const own = choice.year !== undefined || !!choice.unit;
  if (!own && !hasChoice(choice)) return [];
  const { mapping, unknown } = jobMapping(
    choice,
    BUDGET_FIELDS,
    [budgetMessages('ru').fields, budgetMessages('en').fields],
    BUDGET_SYNONYMS,
  );
  const taken = (choice.columns ?? []).map(([name]) => name).filter((n) => !unknown.includes(n));
  if (!taken.length && !own && choice.headerRow === undefined) return [];
  const sheet = choiceSheet(session, args.sheet);
  const payload = {
    sheet,
    mapping,
    ...(choice.headerRow !== undefined ? { headerRow: choice.headerRow } : {}),
    ...(choice.year !== undefined ? { year: choice.year } : {}),
    ...(choice.unit ? { unit: choice.unit } : {}),
  };
  if (strict || own) {
    call(session, 'budgetSaveMapping', payload);
    return taken;
  }
  return tryCall(session, 'budgetSaveMapping', payload) ? taken : [];
}

export const budgetCheckSection: CheckSection = (context) => {
  const { session, args } = context;
  context.choiceTaken?.push(...applyBudgetChoice(context));
  const scan = args.sheet
    ? call(session, 'budgetScan', { sheet: args.sheet, limit: 1_000_000 })
    : tryCall(session, 'budgetScan', { limit: 1_000_000 });
  return (scan?.tables ?? []).map((t) => ({
    title: args.locale === 'en' ? `Budget: ${t.sheet}!${t.range}` : `Бюджет: ${t.sheet}!${t.range}`,
    summary: args.locale === 'en' ? `${t.items} items` : `статей ${t.items}`,
    findings: t.findings.map((f) => ({ ...f, sheet: t.sheet })),
  }));
};

const budget = builder(
  'budget',
  'budget <книга.xlsx> -o <результат.xlsx>',
  {
    ru: 'свести бюджеты всех листов (или --sheet) в лист «Бюджет — свод» с диаграммой; --header-row, --columns, --year, --unit — как в форме «Столбцы»',
    en: 'consolidate the budgets of every sheet (or --sheet) into «Бюджет — свод» with a chart; --header-row, --columns, --year, --unit as in the «Columns» form',
  },
  (context) => {
    const { session, args } = context;
    const taken = applyBudgetChoice(context, true);
    const left = (args.choice.columns ?? []).map(([name]) => name).filter((n) => !taken.includes(n));
    if (left.length) throw new CliError(unknownColumns(left, args.locale));
    if (args.choice.period)
      throw new CliError(
        args.locale === 'en' ? '--period is the plan’s; a budget takes --year' : '--period относится к плану; для бюджета — --year',
      );
    const done = call(session, 'budgetConsolidate', args.sheet ? { sheets: [args.sheet] } : {});
    return [{ sheet: done.sheet, message: [done.message, ...done.notes].join('\n') }];
  },
);

export const BUDGET_COMMANDS: Command[] = [budget];

/** `--year`: a year from 1990 to 2100. */
export function parseYearFlag(text: string): number {
  const n = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1990 && n <= 2100)) throw new CliError(`--year: год от 1990 до 2100, например 2024, а не «${quoteArg(text)}»`);
  return n;
}

/** The budget's own fields of the column form («Год», «Единица»); `check` passes them to the budget's part. */
const BUDGET_FLAGS: CliFlag[] = [
  {
    name: '--year',
    value: { ru: 'ГГГГ', en: 'YYYY' },
    set: (args, value) => void (args.choice.year = parseYearFlag(value)),
    help: { ru: 'год бюджета из одного года, если его нет в таблице', en: 'the year of a one-year budget that does not state it' },
    commands: ['check', budget.name],
  },
  {
    name: '--unit',
    value: { ru: 'ЕДИНИЦА', en: 'UNIT' },
    set: (args, value) => void (args.choice.unit = value.slice(0, 40)),
    help: { ru: 'единица сумм бюджета: руб., тыс. руб., млн руб.', en: "the budget's money unit: руб., тыс. руб., млн руб." },
    commands: ['check', budget.name],
  },
];

export const JOB: CliJob = {
  order: 30,
  commands: BUDGET_COMMANDS,
  check: { section: budgetCheckSection, checks: { ru: 'бюджеты', en: 'budgets' } },
  flags: BUDGET_FLAGS,
};
