/**
 * Budget tables in `npm run bench`: «Свести бюджеты» over 300 tabs × 40 items × 5 years × 3 sources
 * (recognition of every tab + the «Бюджет — свод» content, goal < 500 ms in Node), and BUDGET_CHECK on a
 * 10 000-row table (goal < 100 ms); and the same «Свести» run by dist/Code.js in the emulator, counting its
 * spreadsheet calls (goal: at most 2 reads per tab and a constant number of writes).
 * Median of several warm runs; a figure, never a timed test.
 */
import { consolidate } from '../src/core/budget/consolidate';
import { budgetCheck } from '../src/core/budget/functions';
import { findBudgetTables } from '../src/core/budget/recognize';
import { rollup } from '../src/core/budget/rollup';
import { generateBudgetValues } from './support/budget-tables';
import { ms, timeMedian, type BenchRow, type BenchPart } from './table';
import { sessionOver } from './support/bundle';

/** Calls that change the spreadsheet. */
const isWrite = (key: string) => /\.(set|insert|clear|remove|add|delete|update|merge)/.test(key);
/** Calls that fetch cell contents. */
const isRead = (key: string) => /^Range\.get(Values|DisplayValues|Formulas|Backgrounds|Notes|MergedRanges)$/.test(key);

/** «Свести» through the emulator over `tabs` generated tabs: calls in all, reads per tab, writes, wall time. */
async function consolidateCalls(tabs: number) {
  const sheets = Array.from({ length: tabs }, (_, i) => ({
    name: `Школа ${i + 1}`,
    rows: generateBudgetValues({ items: ITEMS, years: YEARS, sources: SOURCES, seed: i + 1 }) as never,
  }));
  const session = await sessionOver({ sheets });
  session.calls.reset();
  const t0 = performance.now();
  const reply = session.run('budgetConsolidate', {}) as { ok: boolean; error?: string };
  const wall = performance.now() - t0;
  if (!reply.ok) throw new Error(reply.error);
  const counts = Object.entries(session.calls.snapshot());
  const sum = (keep: (k: string) => boolean) => counts.filter(([k]) => keep(k)).reduce((n, [, v]) => n + v, 0);
  return { total: session.calls.total(), reads: sum(isRead), writes: sum(isWrite), wall };
}

const TABS = 300;
const ITEMS = 40;
const YEARS = 5;
const SOURCES = 3;
const CHECK_ROWS = 10_000;
const RUNS = 7;
const CONSOLIDATE_GOAL_MS = 500;
const CHECK_GOAL_MS = 100;

export async function benchBudget(): Promise<BenchRow[]> {
  const tabs = Array.from({ length: TABS }, (_, i) => ({
    sheet: `Бюджет — школа № ${i + 1}`,
    values: generateBudgetValues({ items: ITEMS, years: YEARS, sources: SOURCES, seed: i + 1 }),
  }));
  const recognise = () => tabs.flatMap((t) => findBudgetTables(t.values).map((table) => ({ sheet: t.sheet, table })));
  const inputs = recognise();
  if (inputs.length !== TABS) throw new Error(`expected ${TABS} tables, found ${inputs.length}`);
  const recogniseMs = timeMedian(recognise, RUNS);
  const consolidateMs = timeMedian(() => consolidate(recognise()), RUNS);
  const rollupMs = timeMedian(
    () =>
      rollup(
        inputs.map((i) => i.table),
        'year-source',
      ),
    RUNS,
  );
  const sheet = consolidate(inputs);
  const longest = Math.max(...sheet.values.flat().map((v) => (typeof v === 'string' ? v.length : 0)));

  const big = generateBudgetValues({ items: Math.ceil(CHECK_ROWS / SOURCES), years: YEARS, sources: SOURCES, seed: 7 });
  const checkMs = timeMedian(() => {
    const r = budgetCheck(big);
    if (!r.ok) throw new Error(r.error.message);
  }, RUNS);
  const shape = `${TABS} вкладок × ${ITEMS} статей × ${YEARS} лет × ${SOURCES} источника`;
  const few = await consolidateCalls(30);
  const many = await consolidateCalls(TABS);
  return [
    { name: `Свести бюджеты: распознавание, ${shape}`, ours: ms(recogniseMs), peer: '—', goal: '—' },
    {
      name: `Свести бюджеты: распознавание + «Бюджет — свод» (${sheet.values.length} строк)`,
      ours: ms(consolidateMs),
      peer: '—',
      goal: `< ${CONSOLIDATE_GOAL_MS} ms`,
      ok: consolidateMs < CONSOLIDATE_GOAL_MS,
    },
    {
      name: 'Свести бюджеты: самая длинная формула, знаков',
      ours: longest.toLocaleString('ru-RU'),
      peer: '—',
      goal: '≤ 50 000',
      ok: longest <= 50_000,
    },
    { name: `Свод по годам и источникам, ${shape}`, ours: ms(rollupMs), peer: '—', goal: '—' },
    {
      name: `BUDGET_CHECK: таблица ${(big.length - 1).toLocaleString('ru-RU')} строк`,
      ours: ms(checkMs),
      peer: '—',
      goal: `< ${CHECK_GOAL_MS} ms`,
      ok: checkMs < CHECK_GOAL_MS,
    },
    { name: `«Свести» в эмуляторе, ${TABS} вкладок: вызовов Таблиц всего`, ours: String(many.total), peer: '—', goal: '—' },
    {
      name: `«Свести» в эмуляторе: чтений на вкладку (${many.reads} на ${TABS})`,
      ours: (many.reads / TABS).toFixed(2),
      peer: '—',
      goal: '≤ 2',
      ok: many.reads <= 2 * TABS,
    },
    {
      name: `«Свести» в эмуляторе: записей при 30 и ${TABS} вкладках`,
      ours: `${few.writes} и ${many.writes}`,
      peer: '—',
      goal: 'постоянно',
      ok: few.writes === many.writes,
    },
    { name: `«Свести» в эмуляторе, ${TABS} вкладок: всё действие (чтение, свод, запись)`, ours: ms(many.wall), peer: '—', goal: '—' },
  ];
}

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 30, title: 'Бюджеты', run: benchBudget }];
