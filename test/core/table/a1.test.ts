import { describe, expect, it } from 'vitest';
import { columnIndex, columnLetter, parseA1, parseRangeA1, rangeA1, toA1 } from '../../../src/core/table/a1';

describe('A1 notation', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i ↔ %s', (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
    expect(columnIndex(letters.toLowerCase())).toBe(i);
  });

  it('rejects what is not a column', () => {
    expect(columnIndex('A1')).toBe(-1);
    expect(columnIndex('')).toBe(-1);
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => toA1(-1, 0)).toThrow(RangeError);
  });

  it.each([
    [0, 0, 'A1'],
    [9, 3, 'D10'],
    [99, 27, 'AB100'],
  ])('cell (%i, %i) is %s and back', (r, c, a1) => {
    expect(toA1(r, c)).toBe(a1);
    expect(parseA1(a1)).toEqual({ row: r, col: c });
  });

  it('ranges', () => {
    expect(rangeA1(0, 0, 9, 3)).toBe('A1:D10');
    expect(rangeA1(9, 3, 0, 0)).toBe('A1:D10');
    expect(rangeA1(2, 1, 2, 1)).toBe('B3');
  });

  it('parses addresses with $ and sheet names', () => {
    expect(parseA1('$B$3')).toEqual({ row: 2, col: 1 });
    expect(parseA1('B0')).toBeNull();
    expect(parseA1('3B')).toBeNull();
    expect(parseRangeA1('A1:D10')).toEqual({ start: { row: 0, col: 0 }, end: { row: 9, col: 3 } });
    expect(parseRangeA1("'Лист 1'!B2")).toEqual({ sheet: 'Лист 1', start: { row: 1, col: 1 }, end: { row: 1, col: 1 } });
    expect(parseRangeA1("'It''s'!A1:A2")?.sheet).toBe("It's");
    expect(parseRangeA1('Sheet1!D10:A1')).toEqual({ sheet: 'Sheet1', start: { row: 0, col: 0 }, end: { row: 9, col: 3 } });
    expect(parseRangeA1('A1:B2:C3')).toBeNull();
    expect(parseRangeA1('!A1')).toBeNull();
  });
});
