import { describe, expect, it } from 'vitest';
import { findBudgetTables } from '../../../src/core/budget/recognize';
import { parseRollupBy, rollup, rollupGrid, type RollupBy } from '../../../src/core/budget/rollup';
import { ACADEMIC, INCLUDING_BREAKDOWN, SEED_004, TOP_TOTAL_THOUSANDS } from '../../../bench/support/budget-tables';

const grid = (values: unknown[][], by: RollupBy, lang: 'ru' | 'en' = 'ru') => rollupGrid(rollup(findBudgetTables(values), by, lang));

const ITEM_1 =
  'Обеспечение участников инновационного проекта необходимыми научно-методическими, дидактическими материалами и другими средствами, необходимыми для\nосуществления программы инновационной деятельности';
const ITEM_2 =
  'Участие в семинарах, курсовой подготовке, научно-практических конференциях в\nрамках научно-методического обеспечения инновационной деятельности';
const ITEM_3 = 'Организация выездных консультаций (курсов, семинаров, практикумов и др.)';

describe('rollup of the seed 004 table (its «Итого» rows are the check: 2023 — бюджетные 20 000, внебюджетные 230 000)', () => {
  it('by year', () => {
    expect(grid(SEED_004, 'year')).toEqual([
      ['Год', 'Сумма, руб.'],
      ['2023', 250000],
      ['2024', 290000],
      ['2025', 295000],
      ['Итого', 835000],
    ]);
  });

  it('by source', () => {
    expect(grid(SEED_004, 'source')).toEqual([
      ['Источник финансирования', 'Сумма, руб.'],
      ['Внебюджетные средства ОО', 775000],
      ['Бюджетные средства ОО', 60000],
      ['Итого', 835000],
    ]);
  });

  it('by year and source: the same figures as the table’s own «Итого» rows', () => {
    expect(grid(SEED_004, 'year-source')).toEqual([
      ['Источник финансирования', '2023', '2024', '2025', 'Всего, руб.'],
      ['Внебюджетные средства ОО', 230000, 270000, 275000, 775000],
      ['Бюджетные средства ОО', 20000, 20000, 20000, 60000],
      ['Итого', 250000, 290000, 295000, 835000],
    ]);
  });

  it('by item: an item on two rows (two sources) is one row', () => {
    expect(grid(SEED_004, 'item')).toEqual([
      ['Статья затрат', '2023', '2024', '2025', 'Всего, руб.'],
      [ITEM_1, 30000, 30000, 30000, 90000],
      [ITEM_2, 120000, 140000, 140000, 400000],
      [ITEM_3, 100000, 120000, 125000, 345000],
      ['Итого', 250000, 290000, 295000, 835000],
    ]);
  });
});

describe('rollup of other shapes', () => {
  it('never adds the «Всего» block on top or the «в том числе» parents twice', () => {
    expect(grid(TOP_TOTAL_THOUSANDS, 'year-source')).toEqual([
      ['Источник финансирования', '2024', '2025', '2026', 'Всего, тыс. руб.'],
      ['Бюджет субъекта', 400.5, 450, 400, 1250.5],
      ['Внебюджетные источники', 0, 150, 150, 300],
      ['Итого', 400.5, 600, 550, 1550.5],
    ]);
    expect(grid(INCLUDING_BREAKDOWN, 'year-source')).toEqual([
      ['Источник финансирования', '2024', '2025', '2026', 'Всего, тыс. руб.'],
      ['федеральный бюджет', 240, 300, 360, 900],
      ['областной бюджет', 160, 200, 240, 600],
      ['Итого', 400, 500, 600, 1500],
    ]);
  });

  it('school years, and a table without a source column', () => {
    expect(grid(ACADEMIC, 'year')).toEqual([
      ['Год', 'Сумма, руб.'],
      ['2021/2022', 145000],
      ['2022/2023', 95000],
      ['2023/2024', 45000],
      ['Итого', 285000],
    ]);
    expect(grid(ACADEMIC, 'source')).toEqual([
      ['Источник финансирования', 'Сумма, руб.'],
      ['(источник не указан)', 285000],
      ['Итого', 285000],
    ]);
  });

  it('several tables in different units: one unit (roubles), the same years added up', () => {
    const tables = [...findBudgetTables(TOP_TOTAL_THOUSANDS), ...findBudgetTables(SEED_004)];
    const r = rollup(tables, 'year');
    expect(r.unit).toMatchObject({ label: 'руб.', factor: 1 });
    expect(rollupGrid(r)).toEqual([
      ['Год', 'Сумма, руб.'],
      ['2023', 250000],
      ['2024', 400500 + 290000],
      ['2025', 600000 + 295000],
      ['2026', 550000],
      ['Итого', 1550500 + 835000],
    ]);
  });

  it('leaves out cells that hold no number and lists them', () => {
    const values = SEED_004.map((r) => [...r]);
    values[1]![2] = 'по факту';
    const r = rollup(findBudgetTables(values), 'year');
    expect(r.rows[0]).toEqual(['2023', 220000]);
    expect(r.skipped).toEqual([{ table: 0, row: 1, col: 2, text: 'по факту' }]);
  });

  it('in English', () => {
    expect(grid(SEED_004, 'year', 'en')[0]).toEqual(['Year', 'Amount, RUB']);
  });
});

describe('parseRollupBy', () => {
  it.each<[unknown, RollupBy | null]>([
    [undefined, 'year'],
    ['', 'year'],
    ['год', 'year'],
    ['Год', 'year'],
    ['источник', 'source'],
    ['год и источник', 'year-source'],
    ['Год и источник', 'year-source'],
    ['статья', 'item'],
    ['year and source', 'year-source'],
    ['item', 'item'],
    ['месяц', null],
    [5, null],
  ])('%j → %s', (input, by) => expect(parseRollupBy(input)).toBe(by));
});

describe('rollup keeps the money of a column whose header is wrong', () => {
  it('an implausible year is its own column (the check flags its header)', () => {
    const values = [
      ['Статьи затрат', '2023 год', '2204 год'],
      ['Оборудование', 100, 200],
    ];
    expect(grid(values, 'year')).toEqual([
      ['Год', 'Сумма, руб.'],
      ['2023', 100],
      ['2204', 200],
      ['Итого', 300],
    ]);
  });
});
