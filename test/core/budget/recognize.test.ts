import { describe, expect, it } from 'vitest';
import { findBudgetTables, readAmount, unitIn } from '../../../src/core/budget/recognize';
import type { BudgetTable } from '../../../src/core/budget/types';
import {
  ACADEMIC,
  INCLUDING_BREAKDOWN,
  PLANTED,
  SEED_004,
  SEED_004_IN_TEXT,
  TOP_TOTAL_THOUSANDS,
} from '../../../bench/support/budget-tables';

const brief = (t: BudgetTable) =>
  t.rows.map((r) => [
    r.row,
    r.kind,
    r.totalKind ?? '',
    r.item.slice(0, 12),
    r.source ?? '',
    ...r.years,
    ...(r.total !== undefined ? [r.total] : []),
  ]);

describe('findBudgetTables', () => {
  it('states every amount of the seed 004 rows, by cell, as a plain array (read late, copied, serialised, added to)', () => {
    const [t] = findBudgetTables(SEED_004);
    const want = [
      [1, 30000, 30000, 30000],
      [2, 20000, 20000, 20000],
      [3, 100000, 120000, 120000],
      [4, 100000, 120000, 125000],
      [5, 20000, 20000, 20000],
      [6, 230000, 270000, 275000],
    ].flatMap(([row, ...amounts]) => amounts.map((value, k) => ({ row: row!, col: 2 + k, value })));
    expect(JSON.parse(JSON.stringify(t)).stated).toEqual(want);
    expect({ ...t! }.stated).toEqual(want);
    t!.stated.push({ row: 9, col: 2, value: 1 });
    expect(t!.stated).toHaveLength(want.length + 1);
    t!.stated = [];
    expect(t!.stated).toEqual([]);
  });

  it('reads the seed 004 table: items, a continuation row with another source, «Итого» split by source', () => {
    const [t, more] = findBudgetTables(SEED_004);
    expect(more).toBeUndefined();
    expect(t!.headerRows).toEqual([0]);
    expect([t!.firstRow, t!.lastRow, t!.firstCol, t!.lastCol]).toEqual([0, 6, 0, 4]);
    expect(t!.columns).toEqual({ item: 0, source: 1 });
    expect(t!.years.map((y) => [y.col, y.label, y.key])).toEqual([
      [2, '2023 год', '2023'],
      [3, '2024 год', '2024'],
      [4, '2025 год', '2025'],
    ]);
    expect(t!.unit).toEqual({ label: 'руб.', factor: 1, stated: false });
    expect(brief(t!)).toEqual([
      [1, 'item', '', 'Обеспечение ', 'Внебюджетные средства ОО', 30000, 30000, 30000],
      [2, 'item', '', 'Участие в се', 'Бюджетные средства ОО', 20000, 20000, 20000],
      [3, 'item', '', 'Участие в се', 'Внебюджетные средства ОО', 100000, 120000, 120000],
      [4, 'item', '', 'Организация ', 'Внебюджетные средства ОО', 100000, 120000, 125000],
      [5, 'total', 'grand', 'Итого', 'Бюджетные средства ОО', 20000, 20000, 20000],
      [6, 'total', 'grand', 'Итого', 'Внебюджетные средства ОО', 230000, 270000, 275000],
    ]);
    expect(t!.rows[2]!.itemInherited).toBe(true);
    expect(t!.rows[5]!.sums).toEqual([1, 2, 3, 4]);
  });

  it('finds the table between the text around it and stops at the blank row', () => {
    const [t] = findBudgetTables(SEED_004_IN_TEXT);
    expect([t!.firstRow, t!.lastRow]).toEqual([2, 8]);
    expect(t!.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('reads a two-row header with «Всего, руб.» first and school years, and the «Итого» row', () => {
    const [t] = findBudgetTables(ACADEMIC);
    expect(t!.headerRows).toEqual([0, 1]);
    expect(t!.columns).toEqual({ number: 0, item: 1, total: 2 });
    expect(t!.years.map((y) => [y.key, y.kind])).toEqual([
      ['2021/2022', 'academic'],
      ['2022/2023', 'academic'],
      ['2023/2024', 'academic'],
    ]);
    expect(t!.unit).toMatchObject({ label: 'руб.', factor: 1, stated: true });
    expect(brief(t!)).toEqual([
      [2, 'item', '', 'Курсы повыше', '', 30000, 30000, 30000, 90000],
      [3, 'item', '', 'Приобретение', '', 100000, 50000, 0, 150000],
      [4, 'item', '', 'Проведение с', '', 15000, 15000, 15000, 45000],
      [5, 'total', 'grand', 'Итого', '', 145000, 95000, 45000, 285000],
    ]);
    expect(t!.rows.map((r) => r.number)).toEqual(['1.', '2.', '3.', undefined]);
  });

  it('reads a three-row header in «тыс. рублей», the «Всего» block on top and the source column named by its cells', () => {
    const [t] = findBudgetTables(TOP_TOTAL_THOUSANDS);
    expect(t!.headerRows).toEqual([1, 2, 3]);
    expect(t!.columns).toEqual({ item: 0, total: 2, source: 1 });
    expect(t!.unit).toMatchObject({ label: 'тыс. руб.', factor: 1000 });
    expect(brief(t!)).toEqual([
      [4, 'total', 'grand', 'Всего', 'Бюджет субъекта', 400.5, 450, 400, 1250.5],
      [5, 'total', 'grand', 'Всего', 'Внебюджетные источники', 0, 150, 150, 300],
      [6, 'item', '', 'Оборудование', 'Бюджет субъекта', 250, 300, 300, 850],
      [7, 'item', '', 'Оборудование', 'Внебюджетные источники', 0, 150, 150, 300],
      [8, 'item', '', 'Прочие расхо', 'Бюджет субъекта', 150.5, 150, 100, 400.5],
      [9, 'item', '', 'Прочие расхо', 'Внебюджетные источники', 0, 0, 0, 0],
    ]);
    expect(t!.rows[0]!.sums).toEqual([6, 7, 8, 9]);
  });

  it('skips the column-numbering row and turns «в том числе» breakdowns into per-source rows', () => {
    const [t] = findBudgetTables(INCLUDING_BREAKDOWN);
    expect(t!.skippedRows).toEqual([2]);
    expect(t!.unit.factor).toBe(1000);
    expect(brief(t!)).toEqual([
      [3, 'total', 'grand', 'Всего', '', 400, 500, 600, 1500],
      [5, 'total', 'grand', 'Всего', 'федеральный бюджет', 240, 300, 360, 900],
      [6, 'total', 'grand', 'Всего', 'областной бюджет', 160, 200, 240, 600],
      [7, 'total', 'subtotal', 'Научно-иссле', '', 300, 300, 400, 1000],
      [9, 'item', '', 'Научно-иссле', 'федеральный бюджет', 180, 180, 240, 600],
      [10, 'item', '', 'Научно-иссле', 'областной бюджет', 120, 120, 160, 400],
      [11, 'total', 'subtotal', 'Прочие расхо', '', 100, 200, 200, 500],
      [12, 'item', '', 'Прочие расхо', 'федеральный бюджет', 60, 120, 120, 300],
      [13, 'item', '', 'Прочие расхо', 'областной бюджет', 40, 80, 80, 200],
    ]);
    expect(t!.rows.find((r) => r.row === 7)!.sums).toEqual([9, 10]);
    expect(t!.headings.map((h) => h.row)).toEqual([4, 8]);
  });

  it('a heading with «в том числе» rows below: its rows per source; a numbered empty row inherits nothing', () => {
    const values = [
      ['Направления расходов', '2024', '2025'],
      ['Капитальные вложения', '', ''],
      ['в том числе:', '', ''],
      ['федеральный бюджет', '100', '200'],
      ['внебюджетные источники', '-', '50'],
      ['Итого', '100', '250'],
    ];
    const [t] = findBudgetTables(values);
    expect(brief(t!)).toEqual([
      [3, 'item', '', 'Капитальные ', 'федеральный бюджет', 100, 200],
      [4, 'item', '', 'Капитальные ', 'внебюджетные источники', 0, 50],
      [5, 'total', 'grand', 'Итого', '', 100, 250],
    ]);
    const numbered = findBudgetTables([
      ['№', 'Статьи затрат', '2024'],
      ['1', 'Курсы', 100],
      ['2', '', 50],
    ]);
    expect(numbered[0]!.rows.map((r) => [r.number, r.item])).toEqual([
      ['1', 'Курсы'],
      ['2', ''],
    ]);
  });

  it('finds several tables on one sheet, also when they touch', () => {
    const apart = [...SEED_004, [], [], ...ACADEMIC];
    expect(findBudgetTables(apart).map((t) => [t.firstRow, t.lastRow])).toEqual([
      [0, 6],
      [9, 14],
    ]);
    const touching = [...SEED_004, ...ACADEMIC];
    expect(findBudgetTables(touching).map((t) => [t.firstRow, t.lastRow, t.rows.length])).toEqual([
      [0, 6, 6],
      [7, 12, 4],
    ]);
  });

  it('takes «Всего» as the first column of the sheet or the last', () => {
    const first = [
      ['Всего', 'Статьи затрат', '2023', '2024'],
      [300, 'Оборудование', 100, 200],
    ];
    const [a] = findBudgetTables(first);
    expect(a!.columns).toEqual({ total: 0, item: 1 });
    expect(a!.rows[0]).toMatchObject({ item: 'Оборудование', years: [100, 200], total: 300 });
    const [b] = findBudgetTables(PLANTED);
    expect(b!.columns).toEqual({ number: 0, item: 1, source: 2, total: 6 });
  });

  it('years typed as numbers in Sheets; «Итого» in the merged № + item cell; amounts that look like years are no header', () => {
    const values = [
      ['№', 'Статьи затрат', 2023, 2024, 2025],
      [1, 'Оборудование', 2000, 2010, 2020],
      [2, 'Курсы', 100, 100, 100],
      ['Итого', '', 2100, 2110, 2120],
    ];
    const tables = findBudgetTables(values);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.years.map((y) => y.key)).toEqual(['2023', '2024', '2025']);
    expect(brief(tables[0]!)).toEqual([
      [1, 'item', '', 'Оборудование', '', 2000, 2010, 2020],
      [2, 'item', '', 'Курсы', '', 100, 100, 100],
      [3, 'total', 'grand', 'Итого', '', 2100, 2110, 2120],
    ]);
  });

  it('leaves out repeated year columns under an indicator heading', () => {
    const values = [
      ['Мероприятие', 'Объем финансирования, руб.', '', '', 'Значение показателя', '', ''],
      ['', '2024', '2025', '2026', '2024', '2025', '2026'],
      ['Конкурс проектов', 1000, 2000, 3000, 10, 12, 15],
    ];
    const [t] = findBudgetTables(values);
    expect(t!.years.map((y) => y.col)).toEqual([1, 2, 3]);
    expect(t!.ignoredCols).toEqual([4, 5, 6]);
  });

  describe('bad input', () => {
    it('an empty sheet, a sheet of numbers, plain text: no table, no crash', () => {
      expect(findBudgetTables([])).toEqual([]);
      expect(findBudgetTables([[]])).toEqual([]);
      expect(
        findBudgetTables([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ).toEqual([]);
      expect(findBudgetTables([['План работы'], ['Сентябрь 2023']])).toEqual([]);
      expect(
        findBudgetTables([
          [null, undefined, new Date(2023, 0, 1)],
          [true, NaN, {}],
        ] as unknown[][]),
      ).toEqual([]);
    });

    it('a header without rows is a table with no rows', () => {
      const [t] = findBudgetTables([SEED_004[0]!]);
      expect(t!.rows).toEqual([]);
      expect(t!.years).toHaveLength(3);
    });

    it('amount cells: formulas as text, formula errors, «по факту», dates, dashes, money text', () => {
      expect(readAmount('=C2+C3')).toEqual({ problem: 'formula-text', text: '=C2+C3' });
      expect(readAmount('#REF!')).toEqual({ problem: 'formula-error', text: '#REF!' });
      expect(readAmount('#ДЕЛ/0!')).toEqual({ problem: 'formula-error', text: '#ДЕЛ/0!' });
      expect(readAmount('по факту')).toEqual({ problem: 'text', text: 'по факту' });
      expect(readAmount(new Date(2024, 0, 5))).toMatchObject({ problem: 'date' });
      expect(readAmount('—')).toBe(0);
      expect(readAmount('30 000')).toBe(30000);
      expect(readAmount('1 234,50')).toBe(1234.5);
      expect(readAmount('')).toBeNull();
      expect(readAmount(null)).toBeNull();
    });
  });

  it.each<[string, string | null]>([
    ['Всего, руб.', 'руб.'],
    ['(тыс. рублей)', 'тыс. руб.'],
    ['Объем, тыс.руб.', 'тыс. руб.'],
    ['Расходы (млн руб.)', 'млн руб.'],
    ['Статьи затрат', null],
    ['Оборудование для робототехники', null],
  ])('unit in %j → %s', (text, label) => {
    expect(unitIn(text)?.label ?? null).toBe(label);
  });
});
