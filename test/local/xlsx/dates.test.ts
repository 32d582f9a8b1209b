import { describe, expect, it } from 'vitest';
import { localToUtc, utcToLocal } from '../../../src/local/xlsx/dates';

describe('date conversion between exceljs (UTC) and local wall clock', () => {
  it('keeps the calendar day and time whatever the time zone', () => {
    const fromExcel = new Date(Date.UTC(2022, 8, 26, 0, 0, 0));
    const local = utcToLocal(fromExcel);
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours()]).toEqual([2022, 8, 26, 0]);
    expect(localToUtc(local).getTime()).toBe(fromExcel.getTime());
  });

  it('round-trips a date with time', () => {
    const local = new Date(2023, 0, 31, 23, 59, 58);
    expect(utcToLocal(localToUtc(local)).getTime()).toBe(local.getTime());
    expect(localToUtc(local).toISOString()).toBe('2023-01-31T23:59:58.000Z');
  });
});
