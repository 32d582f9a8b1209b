/** The budget job in the CLI: its part of `check` (every budget table's findings), and `budget` (the summary). */
import { BUDGET_FIELDS, BUDGET_SYNONYMS, budgetMessages } from '../../core/budget';
import { builder, call, tryCall, type CheckSection, type CliJob, type Command, type CommandContext } from './command';
import { CliError } from './cli-error';
import { choiceSheet, hasChoice, jobMapping, unknownColumns } from './table-choice';

/**
 * The column form's flags for the budget on one sheet (`--header-row`, `--columns "Сумма=C,Статья=B"`, `--year`,
 * `--unit`), saved as the sidebar's «Столбцы» saves them before the sheet is read. Returns the names of
 * `--columns` this job took. In `check` (`strict` false) a choice that finds no budget on the sheet is another
 * job's (a plan's «Мероприятие=A» is also a budget's word): it is not kept and its names are not taken, unless
 * --year or --unit say it is the budget's.
 */
export function applyBudgetChoice({ session, args }: CommandContext, strict = false): string[] {
  const choice = args.choice;
  if (!hasChoice(choice)) return [];
  const { mapping, unknown } = jobMapping(
    choice,
    BUDGET_FIELDS,
    [budgetMessages('ru').fields, budgetMessages('en').fields],
    BUDGET_SYNONYMS,
  );
  const taken = (choice.columns ?? []).map(([name]) => name).filter((n) => !unknown.includes(n));
  const own = choice.year !== undefined || !!choice.unit;
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

export const JOB: CliJob = {
  order: 30,
  commands: BUDGET_COMMANDS,
  check: { section: budgetCheckSection, checks: { ru: 'бюджеты', en: 'budgets' } },
};
