import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../../src/core/budget/checks';
import { findBudgetTables } from '../../../src/core/budget/recognize';
import type { BudgetFinding } from '../../../src/core/budget/types';
import {
  ACADEMIC,
  BAD_YEARS,
  INCLUDING_BREAKDOWN,
  PLANTED,
  SEED_004,
  SEED_004_IN_TEXT,
  TOP_TOTAL_THOUSANDS,
} from '../../../bench/support/budget-tables';

/** The findings, less «the unit is not stated» (the fixtures state none; its own test below). */
function check(values: unknown[][], options: Parameters<typeof checkBudget>[2] = {}): BudgetFinding[] {
  return findBudgetTables(values)
    .flatMap((t) => checkBudget(t, values, options))
    .filter((f) => f.code !== 'no-unit');
}
const problems = (fs: BudgetFinding[]) => fs.filter((f) => f.severity !== 'info');
const brief = (fs: BudgetFinding[]) => fs.map((f) => [f.cell, f.code, f.expected, f.found, f.difference]);

describe('checkBudget', () => {
  it('finds nothing wrong in tables that add up', () => {
    for (const values of [SEED_004, SEED_004_IN_TEXT, ACADEMIC, TOP_TOTAL_THOUSANDS, INCLUDING_BREAKDOWN]) {
      expect(problems(check(values))).toEqual([]);
    }
  });

  it('finds every planted error with its cell, expected and found amounts and the difference', () => {
    const fs = check(PLANTED);
    expect(brief(fs)).toEqual([
      ['G3', 'row-total', 90000, 95000, 5000],
      ['D5', 'amount-text', undefined, undefined, undefined],
      ['E7', 'amount-formula-error', undefined, undefined, undefined],
      ['D8', 'amount-formula-text', undefined, undefined, undefined],
      ['D9', 'total-mismatch', 50000, 60000, 10000],
      // «Всего» of a total against the «Всего» cells of its rows (the column adds up as the years do)
      ['G9', 'total-mismatch', 185000, 190000, 5000],
      ['F11', 'total-mismatch', 92000, 999999, 907999],
      ['G11', 'row-total', 1139999, 242000, -897999],
      ['G11', 'total-mismatch', 237000, 242000, 5000],
      ['A5', 'number-repeat', undefined, undefined, undefined],
      ['A6', 'number-gap', undefined, undefined, undefined],
      ['E6', 'negative', undefined, -2000, undefined],
      ['A8', 'number-gap', undefined, undefined, undefined],
      ['D10', 'total-unchecked', undefined, undefined, undefined],
      ['D11', 'total-unchecked', undefined, undefined, undefined],
      ['F13', 'doubled-total', 92000, 184000, 92000],
    ]);
    const msg = (cell: string) => fs.find((f) => f.cell === cell)!.message;
    expect(msg('G3')).toBe(
      '«Семинары и курсы» (Бюджетные средства): «Всего» не равно сумме по годам — ожидалось 90 000, указано 95 000, разница 5 000.',
    );
    expect(msg('D9')).toBe(
      '«Итого» (Бюджетные средства), 2023 год: итог не равен сумме 2 строк выше — ожидалось 50 000, указано 60 000, разница 10 000.',
    );
    expect(msg('D5')).toBe('«Конференция» (Внебюджетные средства), 2023 год: вместо суммы текст «по факту».');
    expect(msg('A6')).toBe('После номера 3 идёт 5: номер пропущен.');
    expect(msg('F13')).toContain('похоже на задвоенный итог');
    expect(fs.find((f) => f.cell === 'D9')).toMatchObject({
      item: 'Итого',
      year: '2023 год',
      source: 'Бюджетные средства',
      severity: 'error',
    });
  });

  it('checks a total per source against the rows of that source only', () => {
    const values = SEED_004.map((r) => [...r]);
    values[6]![3] = 260000; // внебюджетные 2024: 270 000
    values[5]![4] = 40000; // бюджетные 2025: 20 000
    expect(brief(check(values))).toEqual([
      ['E6', 'total-mismatch', 20000, 40000, 20000],
      ['D7', 'total-mismatch', 270000, 260000, -10000],
    ]);
  });

  it('the same table with its amounts as text (as a Word import writes them): «20000» is an amount, not a damaged year', () => {
    // «Итого | Бюджетные средства ОО | 20000 | 20000 | 20000»: read as a header («20000» → 2000) it cut the table
    // before its totals, and the check said «нет строки «Итого»»
    const asText = (g: unknown[][]) => g.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v)));
    const [t] = findBudgetTables(asText(SEED_004));
    expect(t!.rows.filter((r) => r.kind === 'total').map((r) => [r.row, r.source])).toEqual([
      [5, 'Бюджетные средства ОО'],
      [6, 'Внебюджетные средства ОО'],
    ]);
    expect(check(asText(SEED_004))).toEqual([]);
    const values = asText(SEED_004);
    values[6]![3] = '260000';
    values[5]![4] = '40000';
    expect(brief(check(values))).toEqual([
      ['E6', 'total-mismatch', 20000, 40000, 20000],
      ['D7', 'total-mismatch', 270000, 260000, -10000],
    ]);
  });

  it('checks the «Всего» block on top against the rows below it', () => {
    const values = TOP_TOTAL_THOUSANDS.map((r) => [...r]);
    values[5]![4] = '160'; // внебюджетные 2025: 150
    const fs = check(values);
    expect(brief(fs)).toEqual([
      ['C6', 'row-total', 310, 300, -10],
      ['E6', 'total-mismatch', 150, 160, 10],
      ['B2', 'table-question', undefined, undefined, undefined],
    ]);
    // the header «Источники и направления расходов» spans the item and source columns: the sources are found by their cells
    expect(fs[2]!.message).toBe(
      'Столбец «Источник» — B: выбран по содержимому ячеек, в заголовке его название не найдено. Проверьте выбор в форме «Столбцы».',
    );
    expect(fs[1]!.message).toContain('строк ниже');
  });

  it('checks an item against its «в том числе» breakdown', () => {
    const values = INCLUDING_BREAKDOWN.map((r) => [...r]);
    values[7]![2] = '310';
    expect(brief(check(values))).toEqual([
      ['B8', 'row-total', 1010, 1000, -10],
      ['C8', 'total-mismatch', 300, 310, 10],
    ]);
  });

  it('takes a tolerance for tables in «тыс. руб.» rounded by hand (exact by default)', () => {
    const values = [
      ['Статьи затрат', 'Всего, тыс. руб.', '2024 год', '2025 год', '2026 год'],
      ['Оборудование', 100, 33.3, 33.3, 33.3],
      ['Курсы', 50, 16.7, 16.7, 16.7],
      ['Итого', 150, 50, 50, 50],
    ];
    expect(brief(check(values))).toEqual([
      ['B2', 'row-total', 99.9, 100, 0.1],
      ['B3', 'row-total', 50.1, 50, -0.1],
    ]);
    expect(check(values, { tolerance: 0.05 })).toHaveLength(2);
    expect(check(values, { tolerance: 0.1 })).toEqual([]);
  });

  it('reports year headers: implausible, repeated, a gap, school years that skip one', () => {
    const fs = check(BAD_YEARS);
    expect(brief(problems(fs)).map((x) => x.slice(0, 2))).toEqual([
      ['C1', 'year-repeat'],
      ['E1', 'year-implausible'],
      ['D1', 'year-gap'],
      ['C4', 'academic-sequence'],
    ]);
    expect(fs.find((f) => f.code === 'year-gap')!.message).toBe('Между «2023 год» и «2025 год» пропущен 2024 год.');
  });

  it('reports a number beside the table that is no total of it, and one twice the total', () => {
    const values = SEED_004.map((r) => [...r]);
    values.push([], ['', '', 500000, 580000, 123]); // 2023: twice 250 000; 2025: 123 is no total-looking number
    values[1]!.push('', 180000); // right of the row: twice 90 000
    const fs = check(values);
    expect(brief(fs)).toEqual([
      ['G2', 'doubled-total', 90000, 180000, 90000],
      ['C9', 'doubled-total', 250000, 500000, 250000],
      ['D9', 'doubled-total', 290000, 580000, 290000],
    ]);
  });

  it('reports a stray total that differs from the sum', () => {
    const values = SEED_004.map((r) => [...r]);
    values.push([], ['', '', 260000]);
    expect(brief(check(values))).toEqual([['C9', 'stray-total', 250000, 260000, 10000]]);
  });

  describe('bad input', () => {
    it('a header with no rows', () => {
      const fs = check([SEED_004[0]!]);
      expect(fs.map((f) => [f.cell, f.code, f.severity])).toEqual([['A1', 'empty-table', 'error']]);
      expect(fs[0]!.message).toBe('Таблица бюджета без строк: под заголовком нет ни одной статьи.');
    });

    it('a table whose unit nothing states says its amounts are read as roubles, and names the choice', () => {
      const fs = findBudgetTables(SEED_004).flatMap((t) => checkBudget(t, SEED_004));
      expect(fs.map((f) => [f.cell, f.code, f.severity])).toEqual([['C1', 'no-unit', 'info']]);
      expect(fs[0]!.message).toMatch(/прочитаны как рубли.*«Единица».*--unit/);
      expect(
        findBudgetTables(ACADEMIC)
          .flatMap((t) => checkBudget(t, ACADEMIC))
          .filter((f) => f.code === 'no-unit'),
      ).toEqual([]);
    });

    it('a table without «Итого» says there is nothing to check the totals against', () => {
      const fs = check(SEED_004.slice(0, 5));
      expect(fs.map((f) => [f.code, f.severity])).toEqual([['no-totals', 'info']]);
    });

    it('amounts without an item', () => {
      const values = [
        ['Статьи затрат', '2023', '2024'],
        ['', 100, 200],
        ['Курсы', 50, 50],
      ];
      expect(check(values).map((f) => [f.cell, f.code])).toEqual([
        ['A2', 'no-item'],
        ['A3', 'no-totals'],
      ]);
    });

    it('never calls a total right when a row it adds up holds text', () => {
      const values = SEED_004.map((r) => [...r]);
      values[3]![2] = 'по факту';
      const fs = check(values);
      expect(fs.map((f) => [f.cell, f.code])).toEqual([
        ['C4', 'amount-text'],
        ['C7', 'total-unchecked'],
      ]);
    });

    it('names cells from the origin of the range', () => {
      const fs = check(PLANTED, { origin: { row: 4, col: 1 } });
      expect(fs[0]).toMatchObject({ cell: 'H7', row: 6, col: 7 });
    });

    it('speaks English when asked', () => {
      const fs = check(PLANTED, { lang: 'en' });
      expect(fs.find((f) => f.cell === 'D9')!.message).toBe(
        '“Итого” (Бюджетные средства), 2023 год: the total is not the sum of the 2 rows above — expected 50,000, found 60,000, difference 10,000.',
      );
    });
  });
});
