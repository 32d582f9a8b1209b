/**
 * Hostile budget input (issue 14, items 4 and 8): a pattern of 200 stars, amounts of 1e308, a megabyte of
 * criterion. Each answer is a number or a Russian message, never Infinity, NaN, a TypeError or a hang.
 */
import { describe, expect, it } from 'vitest';
import { budgetCheck, budgetRollup, budgetTotal } from '../../../src/core/budget/functions';
import { consolidate } from '../../../src/core/budget/consolidate';
import { findBudgetTables } from '../../../src/core/budget/recognize';
import { formatAmount } from '../../../src/core/budget/messages';
import { parseAmount } from '../../../src/core/budget/amount';
import { sessionOver } from '../../support/bundle';
import { SEED_004 } from '../../../bench/support/budget-tables';

const HEADER = ['№', 'Статьи затрат', 'Источники финансирования', '2023 год', '2024 год', 'Всего'];

/** A table whose items are long runs of «a» (what makes a backtracking «a.*a.*…b» explode). */
const A_TABLE = [HEADER, ...Array.from({ length: 40 }, (_, i) => [i + 1, `${'a'.repeat(300)}${i}`, 'Бюджет', 100, 200, 300])];

describe("BUDGET_TOTAL with the issue's pattern", () => {
  it('«a*a*…b» with 200 stars over items of «aaa…» answers at once: no such item (was: never finished)', () => {
    const pattern = `${'a*'.repeat(200)}b`;
    const started = performance.now();
    const r = budgetTotal(A_TABLE, { item: pattern });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Статьи «a\*a\*a\*.*…» нет в таблице\.$/);
  });

  it('the same through the bundle as a formula calls it, within the 30 s of a custom function', async () => {
    const s = await sessionOver({ sheets: [{ name: 'Лист1', rows: [] }] });
    const result = s.customFunction('BUDGET_TOTAL', A_TABLE as never, '', '', `${'a*'.repeat(200)}0`);
    expect(result).toBe(1200); // the items «aaa…0», «aaa…10», «aaa…20», «aaa…30»: 4 × 300
  });

  it('a pattern of more than 255 characters besides the stars is refused with a message, quoted short', () => {
    const r = budgetTotal(SEED_004, { item: `${'б'.repeat(300)}*` });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toMatch(/^Шаблон «б{100}…» слишком длинный: не больше 255 знаков, кроме «\*» \(как в СУММЕСЛИМН\)\.$/);
  });

  it('a megabyte of criterion is quoted in at most ~100 characters', () => {
    for (const query of [{ item: 'я'.repeat(1_000_000) }, { source: 'я'.repeat(1_000_000) }, { year: 'я'.repeat(1_000_000) }]) {
      const r = budgetTotal(SEED_004, query);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message.length).toBeLessThan(1500);
    }
    const by = budgetRollup(SEED_004, 'я'.repeat(1_000_000));
    expect(!by.ok && by.error.message.length).toBeLessThan(300);
  });
});

describe('amounts of 1e308', () => {
  const HUGE = [
    HEADER,
    // eslint-disable-next-line no-loss-of-precision -- 2e308 is Infinity on purpose, as a pasted overflow gives
    [1, 'Оплата труда', 'Бюджет', 1e308, 1e308, 2e308],
    [2, 'Оборудование', 'Бюджет', -1e308, 5, 1e308],
    ['', 'Итого', 'Бюджет', 1e308, 1e308, 1e308],
  ];

  it('BUDGET_CHECK names each cell instead of throwing «Cannot read properties of undefined»', () => {
    const r = budgetCheck(HUGE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows[0]).toEqual([
      'D2',
      '«Оплата труда» (Бюджет), 2023 год: число 1e+308 слишком большое для суммы (больше 15 цифр) — такие не складываются без потерь.',
    ]);
    expect(r.rows.flat().join(' ')).not.toMatch(/NaN|undefined/);
  });

  it('BUDGET_TOTAL refuses instead of answering Infinity', () => {
    for (const query of [{}, { year: 2024 }]) {
      const r = budgetTotal(HUGE, query);
      expect(r).toMatchObject({ ok: false, error: { code: 'not-summable' } });
      if (!r.ok) expect(r.error.message).toMatch(/^Сумма не посчитана: в ячейке [DE]2 число 1e\+308 слишком большое \(больше 15 цифр\)\.$/);
    }
  });

  it('BUDGET_ROLLUP and «Свести» never hold Infinity or NaN', () => {
    const r = budgetRollup(HUGE, 'год и источник');
    const numbers = r.ok ? r.rows.flat().filter((v) => typeof v === 'number') : [];
    expect(numbers.every(Number.isFinite)).toBe(true);
    const c = consolidate(findBudgetTables(HUGE).map((table) => ({ sheet: 'Бюджет', table })));
    expect(
      c.values
        .flat()
        .filter((v) => typeof v === 'number')
        .every((v) => Number.isFinite(v as number)),
    ).toBe(true);
  });

  it('RUB refuses a number of more than 15 digits, as it does such text', () => {
    expect(parseAmount(1e308)).toEqual({ ok: false, reason: '«1e+308» — слишком большое число (больше 15 цифр)' });
    expect(parseAmount(999_999_999_999_999)).toEqual({ ok: true, value: 999_999_999_999_999 });
    expect(parseAmount(Infinity)).toEqual({ ok: false, reason: 'не конечное число' });
  });

  it('formatAmount writes any finite number in groups, never «1e+21» split into undefined', () => {
    expect(formatAmount(1e21)).toBe('1 000 000 000 000 000 000 000');
    expect(formatAmount(-1e21, 'en')).toBe('-1,000,000,000,000,000,000,000');
    expect(formatAmount(1234.5)).toBe('1 234,5');
  });
});
