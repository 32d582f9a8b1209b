/** toGrid and quoteCell: custom-function arguments of any shape become a rectangle, or a clear refusal. */
import { describe, expect, it } from 'vitest';
import { pluralRu } from '../../../src/core/i18n';
import { MAX_GRID_CELLS, MAX_GRID_CHARS, quoteCell, toGrid } from '../../../src/core/table/grid';

describe('toGrid', () => {
  it.each<[string, unknown, unknown[][]]>([
    ['a single value', '30 000', [['30 000']]],
    ['a single null', null, [['']]],
    ['a column as Sheets gives it', [['30 000'], ['—']], [['30 000'], ['—']]],
    [
      'ragged rows, padded to the widest',
      [['a'], ['b', 'c', 'd'], []],
      [
        ['a', '', ''],
        ['b', 'c', 'd'],
        ['', '', ''],
      ],
    ],
    [
      'null and undefined rows',
      [['a', 'b'], null, undefined],
      [
        ['a', 'b'],
        ['', ''],
        ['', ''],
      ],
    ],
    ['a flat row of values (called from a script)', ['a', 'b'], [['a'], ['b']]],
    ['null, undefined and holes in a row', [[null, undefined, , 'x']], [['', '', '', 'x']]], // eslint-disable-line no-sparse-arrays
    ['an empty range', [], []],
  ])('%s', (_, input, expected) => {
    const r = toGrid(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.grid).toEqual(expected);
      expect(r.rows).toBe(expected.length);
    }
  });

  it('counts characters too: 100 000 cells of 1 KB are refused with the limit named (issue 14, item 4)', () => {
    const kb = 'Иванов И.И.; '.repeat(80).slice(0, 1024);
    const rows = Array.from({ length: 100_000 }, () => [kb]);
    const started = performance.now();
    const r = toGrid(rows);
    expect(r).toEqual({
      ok: false,
      message: 'Слишком много текста в диапазоне: не меньше 10 000 384 знаков (не больше 10 000 000). Разделите диапазон на части',
    });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(toGrid(rows, { maxChars: 200_000, lang: 'en' })).toEqual({
      ok: false,
      message: 'Too much text in the range: at least 200 704 characters (at most 200 000). Split the range',
    });
  });

  it('text up to the limit is taken; numbers and dates do not count as text', () => {
    expect(MAX_GRID_CHARS).toBe(10_000_000);
    expect(toGrid([['a'.repeat(500)], ['b'.repeat(500)]], { maxChars: 1000 }).ok).toBe(true);
    expect(toGrid([['a'.repeat(500)], ['b'.repeat(501)]], { maxChars: 1000 }).ok).toBe(false);
    expect(toGrid([[123456789, new Date(2024, 0, 1), true]], { maxChars: 1 }).ok).toBe(true);
  });

  it('counts every cell: a narrow first row does not hide a wide one', () => {
    const rows: unknown[][] = [['1'], Array.from({ length: 1000 }, () => '1'), ...Array.from({ length: 998 }, () => ['1'])];
    const r = toGrid(rows, { maxCells: 100_000 });
    expect(r).toEqual({ ok: false, message: 'Слишком большой диапазон: 1000000 ячеек (не больше 100000)' });
  });

  it('counts null rows as rows: a million empty rows are refused, not walked', () => {
    const r = toGrid(new Array(1_000_001).fill(null));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`Слишком большой диапазон: 1000001 ячейка (не больше ${MAX_GRID_CELLS})`);
  });

  it.each([
    [500_002, 'ru', 'Слишком большой диапазон: 500002 ячейки (не больше 500000)'],
    [500_005, 'ru', 'Слишком большой диапазон: 500005 ячеек (не больше 500000)'],
    [500_002, 'en', 'The range is too large: 500002 cells (at most 500000)'],
  ] as const)('%i cells (%s) → «%s»', (n, lang, message) => {
    expect(
      toGrid(
        Array.from({ length: n }, () => ['1']),
        { lang },
      ),
    ).toEqual({ ok: false, message });
  });

  it('exactly the limit passes', () => {
    const r = toGrid(
      Array.from({ length: 250 }, () => ['1', '2']),
      { maxCells: 500 },
    );
    expect(r.ok && r.rows * r.columns).toBe(500);
  });
});

describe('pluralRu', () => {
  it.each([
    [1, 'ячейка'],
    [2, 'ячейки'],
    [4, 'ячейки'],
    [5, 'ячеек'],
    [11, 'ячеек'],
    [12, 'ячеек'],
    [14, 'ячеек'],
    [21, 'ячейка'],
    [22, 'ячейки'],
    [111, 'ячеек'],
    [112, 'ячеек'],
    [1001, 'ячейка'],
    [0, 'ячеек'],
  ])('%i %s', (n, word) => expect(pluralRu(n, 'ячейка', 'ячейки', 'ячеек')).toBe(word));
});

describe('quoteCell', () => {
  it.each<[unknown, string]>([
    ['Семинар', 'Семинар'],
    ['  два\nстроки\u00a0здесь ', 'два строки здесь'],
    [275000, '275000'],
    [new Date(2024, 2, 15), '15.03.2024'],
    [true, 'TRUE'],
  ])('%j → %j', (value, expected) => expect(quoteCell(value)).toBe(expected));

  it('quotes at most the first 100 characters of a 1 MB cell, with «…»', () => {
    const q = quoteCell('Сентябрь 2023 – май 2024. '.repeat(40_000));
    expect(q.endsWith('…')).toBe(true);
    expect(q.length).toBeLessThanOrEqual(101);
    expect(q.startsWith('Сентябрь 2023 – май 2024. Сентябрь')).toBe(true);
  });

  it('exactly 100 characters are quoted whole; an emoji at the cut is not split', () => {
    expect(quoteCell('я'.repeat(100))).toBe('я'.repeat(100));
    const q = quoteCell(`${'я'.repeat(99)}😀${'я'.repeat(50)}`);
    expect(q).toBe(`${'я'.repeat(99)}…`);
  });
});
