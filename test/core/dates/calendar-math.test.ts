import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateValueToIso,
  daysBetween,
  daysInMonth,
  formatRu,
  fromIso,
  isDateValue,
  isValidYmd,
  monthEnd,
  monthStart,
  monthsBetween,
  toIso,
} from '../../../src/core/dates';

describe('calendar math', () => {
  it.each([
    [2022, 9, 26, '2022-09-26'],
    [2024, 2, 29, '2024-02-29'],
    [987, 1, 1, '0987-01-01'],
  ])('toIso(%i, %i, %i) = %s and back', (y, m, d, iso) => {
    expect(toIso(y, m, d)).toBe(iso);
    expect(fromIso(iso)).toEqual({ y, m, d });
  });

  it.each(['2023-02-29', '2023-13-01', '2023-1-01', '26.09.2022', '', 'abcd-ef-gh'])('fromIso(%j) is null', (s) => {
    expect(fromIso(s)).toBeNull();
  });

  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(isValidYmd(2023, 2, 29)).toBe(false);
    expect(isValidYmd(2023, 12, 31)).toBe(true);
  });

  it.each([
    ['2023-09-15', '2023-09-01', '2023-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-12-31', '2023-12-01', '2023-12-31'],
  ])('monthStart / monthEnd of %s', (x, s, e) => {
    expect(monthStart(x)).toBe(s);
    expect(monthEnd(x)).toBe(e);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2023-12', 1, '2024-01'],
    ['2024-01', -13, '2022-12'],
    ['2023-05-10', 0, '2023-05-10'],
  ])('addMonths(%s, %i) = %s', (x, n, r) => {
    expect(addMonths(x, n)).toBe(r);
  });

  it('lists the months between two days, inclusive', () => {
    expect(monthsBetween('2023-11-15', '2024-01-02')).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(monthsBetween('2024-03-01', '2024-03-31')).toEqual(['2024-03']);
    expect(monthsBetween('2024-05-01', '2024-03-01')).toEqual([]);
    expect(monthsBetween('x', '2024-03-01')).toEqual([]);
  });

  it('adds days and measures distances', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(daysBetween('2023-09-01', '2024-05-31')).toBe(273);
    expect(daysBetween('2024-01-01', '2023-01-01')).toBe(-365);
    for (let n = -1000; n < 1000; n += 37) expect(daysBetween('2000-01-01', addDays('2000-01-01', n))).toBe(n);
  });

  it('recognises Date values from any realm', () => {
    expect(isDateValue(new Date(2023, 0, 1))).toBe(true);
    expect(isDateValue(runInNewContext('new Date(2023, 0, 1)'))).toBe(true);
    expect(isDateValue(new Date(NaN))).toBe(false);
    expect(isDateValue('2023-01-01')).toBe(false);
    expect(isDateValue({ getTime: () => 1 })).toBe(false);
    expect(dateValueToIso(new Date(2023, 8, 26, 23, 59))).toBe('2023-09-26');
  });

  it('formats a day the Russian way', () => {
    expect(formatRu('2022-09-26')).toBe('26.09.2022');
    expect(formatRu('не дата')).toBe('не дата');
  });
});
