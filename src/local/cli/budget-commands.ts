/** The budget job in the CLI: its part of `check` (every budget table's findings), and `budget` (the summary). */
import { builder, call, tryCall, type CheckSection, type Command } from './command';

export const budgetCheckSection: CheckSection = ({ session, args }) => {
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
    ru: 'свести бюджеты всех листов (или --sheet) в лист «Бюджет — свод» с диаграммой',
    en: 'consolidate the budgets of every sheet (or --sheet) into «Бюджет — свод» with a chart',
  },
  ({ session, args }) => {
    const done = call(session, 'budgetConsolidate', args.sheet ? { sheets: [args.sheet] } : {});
    return [{ sheet: done.sheet, message: [done.message, ...done.notes].join('\n') }];
  },
);

export const BUDGET_COMMANDS: Command[] = [budget];
