import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../../src/core/budget/checks';
import { consolidate } from '../../../src/core/budget/consolidate';
import { budgetCheck, budgetRollup, budgetTotal } from '../../../src/core/budget/functions';
import { findBudgetTables } from '../../../src/core/budget/recognize';
import { SEED_004 } from '../../../bench/support/budget-tables';

/** Cells a sheet can hold, good and bad, including pieces of budget headers so that tables half-form. */
const POOL: unknown[] = [
  '',
  '',
  '',
  null,
  undefined,
  0,
  1,
  2023,
  2024,
  30000,
  -500,
  1.5,
  NaN,
  Infinity,
  true,
  new Date(2024, 0, 1),
  'Статьи затрат',
  'Источники финансирования',
  '2023 год',
  '2024 год',
  '2021/2022',
  '2203 год',
  'Всего',
  'Итого',
  'в том числе:',
  'федеральный бюджет',
  'Бюджетные средства ОО',
  '30 000',
  '—',
  '-',
  'по факту',
  '#REF!',
  '=C2+C3',
  '№',
  '1.',
  '2.1',
  'x'.repeat(5000),
  '2'.repeat(300),
  'тыс. руб.',
];

function grid(seed: number, rows: number, cols: number): unknown[][] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) >>> 0);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => POOL[next() % POOL.length]));
}

describe('bad input never throws', () => {
  it('300 random grids through every entry point', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const values = grid(seed, 2 + (seed % 12), 2 + (seed % 7));
      // A budget header on top now and then, so that real tables with junk rows are tried as well.
      if (seed % 3 === 0) values.unshift(['Статьи затрат', 'Источники финансирования', '2023 год', '2024 год', 'Всего']);
      const tables = findBudgetTables(values);
      for (const t of tables) expect(Array.isArray(checkBudget(t, values))).toBe(true);
      for (const r of [budgetCheck(values), budgetRollup(values, 'год и источник'), budgetTotal(values, { year: 2023 })]) {
        if (!r.ok) expect(typeof r.error.message).toBe('string');
      }
      const c = consolidate(tables.map((table) => ({ sheet: `Лист ${seed}`, table })));
      expect(c.values.every((row) => row.length === c.values[0]!.length)).toBe(true);
    }
  });

  it('a table whose amount cells are all text is reported, and no total is claimed', () => {
    const values = SEED_004.map((r, i) => (i === 0 ? r : r.map((v, j) => (j >= 2 ? 'по факту' : v))));
    const r = budgetCheck(values);
    expect(r.ok && r.rows.every((x) => /по факту|не проверен/.test(x[1]!))).toBe(true);
    expect(budgetTotal(values, {})).toMatchObject({ ok: false, error: { code: 'not-summable' } });
  });
});
