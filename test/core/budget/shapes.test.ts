/**
 * Budget shapes as accountants write them, each in a small table written here (imitations: the evidence is the
 * corpus and the real documents in test/local/corpus/budgets.test.ts): what is read, and what is reported.
 */
import { describe, expect, it } from 'vitest';
import { checkBudget, findBudgetTables, rollup } from '../../../src/core/budget';
import type { BudgetFinding, BudgetTable } from '../../../src/core/budget/types';
import { parseAmountUnit } from '../../../src/core/budget/amount';
import { breakdownCell, inlineFormulas, itemArithmetic, readMoney } from '../../../src/core/budget/money';
import { damagedYears, isYearHeader } from '../../../src/core/budget/spec';

function read(values: unknown[][], choice = {}): { tables: BudgetTable[]; findings: BudgetFinding[] } {
  const tables = findBudgetTables(values, choice);
  return { tables, findings: tables.flatMap((t) => checkBudget(t, values)) };
}
const codes = (fs: BudgetFinding[]) => fs.map((f) => [f.cell, f.code]);

describe('money cells', () => {
  it.each<[string, unknown]>([
    ['- 115,5 тыс. руб.', { kind: 'amount', value: 115500, unit: 1000 }],
    ['85руб. (для малообеспеченных 163 рублей)', { kind: 'amount', value: 85, unit: 1, remark: '(для малообеспеченных 163 рублей)' }],
    ['163 рубля в день', { kind: 'amount', value: 163, unit: 1, remark: 'в день' }],
    ['8 т. р.', { kind: 'amount', value: 8000, unit: 1000 }],
    ['- 30 тысяч рублей;', { kind: 'amount', value: 30000, unit: 1000 }],
    ['43800-00', { kind: 'amount', value: 43800, unit: 1 }],
    ['26 640,0', { kind: 'amount', value: 26640 }],
    ['- 50 чел.', { kind: 'quantity', value: 50, word: 'чел' }],
    ['396541 89517 95783 102296 108945', { kind: 'stack', values: [396541, 89517, 95783, 102296, 108945] }],
    ['38473\n6266 12779 19428', { kind: 'stack', values: [38473, 6266, 12779, 19428] }],
    ['по факту', { problem: 'text', text: 'по факту' }],
  ])('%j', (text, want) => expect(readMoney(text)).toEqual(want));

  it('a dash and a space is a list marker, a dash glued to the number a minus; spaces group thousands only', () => {
    expect(parseAmountUnit('- 1 000')).toEqual({ ok: true, value: 1000 });
    expect(parseAmountUnit('-1 000')).toEqual({ ok: true, value: -1000 });
    expect(parseAmountUnit('396541 89517').ok).toBe(false);
  });

  it('formulas in text: products with their result, counts by price, a count and its amount, breakdown lines', () => {
    expect(inlineFormulas('(50 чел. х 14 дн. х 165 руб.)')).toEqual([
      { text: '50 чел. х 14 дн. х 165 руб.', factors: [50, 14, 165], value: 115500, money: true },
    ]);
    expect(inlineFormulas('4 пачки x 140 руб. = 560 руб.')[0]).toMatchObject({ value: 560, result: 560 });
    expect(inlineFormulas('14х 500-00=7000-00')[0]).toMatchObject({ factors: [14, 500], value: 7000, result: 7000 });
    expect(itemArithmetic('Конкурс\n4 гранта по 15 т. руб.\n1 грант - 8 т. руб.')).toEqual({
      value: 68000,
      lines: ['4 гранта по 15 т. руб.', '1 грант - 8 т. руб.'],
    });
    expect(breakdownCell('1 кв. - 8 т. р.\n2 кв. - 30 т. р.')).toEqual({
      parts: [
        { label: '1 кв.', value: 8000 },
        { label: '2 кв.', value: 30000 },
      ],
      money: true,
    });
  });

  it('year headers: a damaged «20120» is one (its year picked by its neighbours); kopecks «43800-00» are none', () => {
    expect(['2023 год', '2021/2022', '20120', '2203 год', 'Всего\n2014 год'].map(isYearHeader)).toEqual([true, true, true, true, true]);
    expect(['43800-00', '1', '12', 'Сумма'].map(isYearHeader)).toEqual([false, false, false, false]);
    expect(damagedYears('20120')).toEqual([2020, 2010, 2012]);
  });
});

describe('tables', () => {
  it('a damaged year header is reported as a likely typo at its cell, and the table is still read', () => {
    for (const values of [
      [
        ['Статьи затрат', '2010 год', '2011 год', 20120],
        ['Книги', 100, 200, 300],
        ['Итого', 100, 200, 300],
      ],
      [
        ['Статьи затрат', 'Объём по годам, руб.', '', ''],
        ['', 2010, 2011, 20120],
        ['Книги', 100, 200, 300],
        ['Итого', 100, 200, 300],
      ],
    ]) {
      const { tables, findings } = read(values);
      expect(tables[0]!.years.map((y) => y.key)).toEqual(['2010', '2011', '2012']);
      const typo = findings.find((f) => f.code === 'year-typo')!;
      expect(typo.message).toBe('Заголовок «20120» — вероятно, опечатка в годе 2012: столбец прочитан как 2012 год.');
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('one amount column: the year from its header, the title, or the user; none anywhere is a question', () => {
    const header = read([
      ['Наименование расходов', 'Сумма расходов (руб.) 2011 год'],
      ['Ручки', 200],
      ['Бумага', 560],
    ]);
    expect([header.tables[0]!.years[0]!.key, header.tables[0]!.yearFrom]).toEqual(['2011', 'header']);
    const title = read([['Смета расходов на 2024 год'], ['Статья расходов', 'Сумма, руб.'], ['Ручки', 200], ['Итого', 200]]);
    expect([title.tables[0]!.years[0]!.key, title.tables[0]!.yearFrom]).toEqual(['2024', 'title']);
    const act = read([
      ['Приложение к постановлению от 12.03.2021 N 48-п'],
      ['Смета'],
      ['Статья расходов', 'Сумма, руб.'],
      ['Ручки', 200],
      ['Итого', 200],
    ]);
    expect(codes(act.findings)).toEqual([['B3', 'no-year']]);
    const user = read(
      [
        ['Статья расходов', 'Сумма'],
        ['Ручки', 200],
        ['Итого', 200],
      ],
      { year: 2025, unit: 'тыс. руб.' },
    );
    expect([user.tables[0]!.years[0]!.key, user.tables[0]!.unit.label, user.findings]).toEqual(['2025', 'тыс. руб.', []]);
  });

  it('kopecks «43800-00» are amounts, never a year header', () => {
    const { tables, findings } = read([
      ['Смета на 2012 год'],
      ['Наименование', 'Сумма'],
      ['Призы', '30800-00'],
      ['Проезд', '13000-00'],
      ['всего', '43800-00'],
    ]);
    expect(tables[0]!.years.map((y) => y.key)).toEqual(['2012']);
    expect(tables[0]!.rows.map((r) => r.years[0])).toEqual([30800, 13000, 43800]);
    expect([tables[0]!.unit.label, findings]).toEqual(['руб.', []]);
  });

  it('sub-header rows («всего», «в том число по годам», the years) are no data rows', () => {
    const values = [
      ['Наименование расходов', 'Объем финансирования, тыс. руб.', '', ''],
      ['', 'всего', 'в том числе по годам', ''],
      ['', '', '2024', '2025'],
      ['Книги', 300, 100, 200],
      ['Итого', 300, 100, 200],
    ];
    const { tables, findings } = read(values);
    expect(tables[0]!.headerRows).toEqual([0, 1, 2]);
    expect(tables[0]!.rows.map((r) => [r.row, r.kind])).toEqual([
      [3, 'item'],
      [4, 'total'],
    ]);
    expect(findings).toEqual([]);
  });

  it('«в том числе» parts that do not cover their row: checked never to exceed it, never counted twice', () => {
    const values = [
      ['Наименование', 'Источник', 'Всего, тыс. руб.', '2024', '2025'],
      ['Программа', 'всего, в том числе:', 1000, 400, 600],
      ['', 'федеральный бюджет', 300, 100, 200],
      ['', 'в том числе: остаток прошлых лет', 50, 50, 0],
      ['', 'областной бюджет', 500, 200, 300],
    ];
    const { tables, findings } = read(values);
    expect(findings).toEqual([]);
    expect(rollup(tables).total).toEqual(['Итого', 1000]);
    values[4]![3] = 400; // 2024: the parts 100 + 400 now exceed 400
    values[4]![2] = 700;
    expect(codes(read(values).findings)).toEqual([['D2', 'parts-exceed']]);
  });

  it('an item over rows of its sources that add up to it, with no «в том числе»: their subtotal, counted once', () => {
    const values = [
      ['ГРБС, источник расходов', 'всего', '2024', '2025'],
      ['Управление образования', 300, 100, 200],
      ['средства областного бюджета', 100, 50, 50],
      ['бюджет города', 200, 50, 150],
      ['Итого', 300, 100, 200],
    ];
    const { tables, findings } = read(values);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(rollup(tables).total).toEqual(['Итого', 300]);
  });

  it('a total that is the sum of the rows under it (the sources of «Всего расходов»), not of those above, fits', () => {
    const values = [
      ['Смета на 2003 год'],
      ['Питание', '- 58 руб.'],
      ['Стоимость путевки (58 руб.х 10 дней)', '- 580руб.'],
      ['Всего расходов:', '- 5800 руб.'],
      ['Источники финансирования:', ''],
      ['средства бюджета', '- 800 руб.'],
      ['средства родителей', '- 5000 руб.'],
    ];
    expect(read(values).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    values[6]![1] = '- 4000 руб.';
    expect(codes(read(values).findings.filter((f) => f.severity !== 'info'))).toEqual([['B4', 'total-mismatch']]);
  });

  it('formulas and breakdowns that do not fit their amount are errors at the amount (or the breakdown) cell', () => {
    const values = [
      ['Смета расходов на 2013 год'],
      ['Статья расходов', 'Сумма (тыс. руб.)', 'Срок финансирования'],
      ['Питание (50 чел. х 14 дн. х 165 руб.)', '115,5', '1 кв. - 100 т. р.\n2 кв. - 15 т. р.'],
      ['Призы (10 чел. х 3000 руб.)', '3,0', '2 кв. - 3 т. р.'],
      ['Бумага', '4 пачки x 140 руб. = 600 руб.', ''],
    ];
    const { findings } = read(values);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.cell, f.code, f.expected, f.found])).toEqual([
      ['C3', 'parts-amount', 115.5, 115],
      ['B4', 'formula-amount', 30, 3],
      ['B5', 'formula-result', 0.56, 0.6],
    ]);
  });

  it('a total that fits none of its rows but lies within 1 % of another sum of the document names that sum', () => {
    const values = [
      ['Смета на 2016 год'],
      ['Областной бюджет', '85руб.'],
      ['Родители', '78 руб.'],
      ['Итого:', '3323 руб.'],
      ['Путёвка (питание 78 руб.х18 дней= 1404руб.) + мероприятия 1926 руб.'],
      ['3330 рублей'],
    ];
    const f = read(values).findings.find((x) => x.code === 'total-mismatch')!;
    expect([f.cell, f.expected, f.found, f.difference]).toEqual(['B4', 3330, 3323, -7]);
  });

  it('estimates written as text lines: the items, the label on the line above the amount, «Итого»', () => {
    const values = [
      ['Смета'],
      ['- первое место             - 30 тысяч рублей;'],
      ['"За максимальный охват питанием"'],
      ['                                        - 10 тысяч рублей;'],
      ['                           Итого:       - 40 тысяч рублей'],
    ];
    const { tables, findings } = read(values);
    expect(tables[0]!.rows.map((r) => [r.kind, r.item, r.years[0]])).toEqual([
      ['item', 'первое место', 30],
      ['item', 'За максимальный охват питанием', 10],
      ['total', 'Итого', 40],
    ]);
    expect(codes(findings)).toEqual([['A2', 'no-year']]);
  });

  it("three tables on one sheet under numbered headings, the sheet's unit for the one that states none", () => {
    const values = [
      ['Смета на 2021 год'],
      ['1. Питание'],
      ['Число детей', 'Стоимость д/дня (руб.)', 'Общая сумма, руб.'],
      [18, 200, 3600],
      ['2. Подвоз'],
      ['Кол-во литров', 'Цена за 1 литр', 'Стоимость'],
      [46, 45, 2070],
      ['3. Источники финансирования'],
      ['1. Муниципальный бюджет', '5670 руб.'],
      ['ИТОГО:', '5670 руб.'],
    ];
    const { tables, findings } = read(values);
    expect(tables.map((t) => [t.firstRow, t.lastRow, t.unit.label])).toEqual([
      [2, 3, 'руб.'],
      [5, 6, 'руб.'],
      [8, 9, 'руб.'],
    ]);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    values[6]![2] = 2000; // 46 × 45 = 2 070
    expect(codes(read(values).findings.filter((f) => f.severity !== 'info'))).toEqual([['C7', 'product']]);
  });
});
