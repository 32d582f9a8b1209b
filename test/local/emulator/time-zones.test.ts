/**
 * The spreadsheet's time zone apart from the script's (the process zone, Europe/Moscow in the tests):
 * a date cell is a wall clock in the spreadsheet zone; the script reads and writes instants.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/local/emulator';
import { parseDate } from '../../../src/local/emulator/format-date';
import { zoneInstant } from '../../../src/local/emulator/zones';
import { sampleEnvironment } from './fixtures';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('a date cell seen from a Moscow script', () => {
  // the cell D2 shows 26.09.2022 (midnight) in every case
  it.each([
    ['Asia/Vladivostok', utc(2022, 9, 25, 14)],
    ['Europe/Kaliningrad', utc(2022, 9, 25, 22)],
    ['Europe/Moscow', utc(2022, 9, 25, 21)],
    ['Asia/Kamchatka', utc(2022, 9, 25, 12)],
  ])('%s: getValue gives the instant of midnight there', (zone, instant) => {
    const env = sampleEnvironment({ spreadsheetTimeZone: zone });
    const ss = env.globals.SpreadsheetApp.getActive();
    expect(ss.getSpreadsheetTimeZone()).toBe(zone);
    expect(env.globals.Session.getScriptTimeZone()).toBe('Europe/Moscow');
    const range = ss.getRange('План!D2');
    expect(range.getValue()).toEqual(instant);
    expect(range.getValues()).toEqual([[instant]]);
    expect(range.getDisplayValue()).toBe('26.09.2022');
    expect(env.globals.Utilities.formatDate(range.getValue() as Date, zone, 'yyyy-MM-dd HH:mm')).toBe('2022-09-26 00:00');
  });

  it('a Date written is stored as the wall clock it shows in the spreadsheet zone', () => {
    const env = sampleEnvironment({ spreadsheetTimeZone: 'Europe/Kaliningrad' });
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('План')!;
    // Moscow midnight of 15 May is 23:00 of 14 May in Kaliningrad: what the old add-on wrote
    sheet.getRange('D4').setValue(new Date(2023, 4, 15));
    expect(sheet.getRange('D4').getDisplayValue()).toBe('14.05.2023 23:00:00');
    expect(env.workbook.sheet('План')!.cell(4, 4)!.value).toEqual(new Date(2023, 4, 14, 23, 0));
    // midnight there, built with parseDate, shows the day itself and reads back unchanged
    const midnight = env.globals.Utilities.parseDate('2023-05-15', 'Europe/Kaliningrad', 'yyyy-MM-dd');
    sheet.getRange('D4:D4').setValues([[midnight]]);
    expect(sheet.getRange('D4').getDisplayValue()).toBe('15.05.2023');
    expect(sheet.getRange('D4').getValue()).toEqual(midnight);
    sheet.appendRow(['', '', '', midnight]);
    expect(sheet.getRange(sheet.getLastRow(), 4).getDisplayValue()).toBe('15.05.2023');
  });

  it('without spreadsheetTimeZone the spreadsheet shares the script zone: cells are local dates', () => {
    const env = sampleEnvironment();
    expect(env.globals.SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(env.globals.SpreadsheetApp.getActive().getRange('План!D2').getValue()).toEqual(new Date(2022, 8, 26));
  });

  it('an unknown zone is refused with a clear message', () => {
    expect(() => sampleEnvironment({ spreadsheetTimeZone: 'Moscow' })).toThrow(/неизвестный часовой пояс «Moscow».*IANA/);
  });
});

describe('Utilities.parseDate and zone arithmetic', () => {
  it.each([
    ['2024-03-31', 'Asia/Vladivostok', 'yyyy-MM-dd', utc(2024, 3, 30, 14)],
    ['31.03.2024 09:30', 'Europe/Kaliningrad', 'dd.MM.yyyy HH:mm', utc(2024, 3, 31, 7, 30)],
    ['20240331', 'UTC', 'yyyyMMdd', utc(2024, 3, 31)],
    ['29.02.2023', 'Europe/Moscow', 'dd.MM.yyyy', new Date(2023, 2, 1)],
    // Moscow was UTC+4 from 2011 to 2014, and had summer time before that
    ['2012-01-10', 'Europe/Moscow', 'yyyy-MM-dd', new Date(2012, 0, 10)],
    ['2012-01-10', 'Asia/Vladivostok', 'yyyy-MM-dd', utc(2012, 1, 9, 13)],
    ['2010-07-01', 'Europe/Kaliningrad', 'yyyy-MM-dd', utc(2010, 6, 30, 21)],
  ])('%s in %s (%s)', (text, zone, pattern, expected) => {
    expect(parseDate(text, zone, pattern, 'Europe/Moscow')).toEqual(expected);
  });

  it('text that does not fit the pattern is unparseable', () => {
    expect(() => parseDate('26/09/2022', 'Europe/Moscow', 'dd.MM.yyyy', 'Europe/Moscow')).toThrow('Unparseable date: "26/09/2022"');
    expect(() => parseDate('сентябрь', 'Europe/Moscow', 'yyyy-MM-dd', 'Europe/Moscow')).toThrow(/Unparseable/);
  });

  it('a wall clock skipped by a clock change lands after the gap', () => {
    // Europe/Berlin springs forward at 02:00 on 31.03.2024: 02:30 does not exist, 03:30 CEST does
    const t = zoneInstant({ year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0, millisecond: 0 }, 'Europe/Berlin');
    expect(t).toEqual(utc(2024, 3, 31, 1, 30));
  });
});

describe('custom functions and sessions', () => {
  const CODE = `
function DAY(d) { return Utilities.formatDate(d, SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd') + ' / ' + d.toISOString(); }
function GIVE(iso) { return Utilities.parseDate(iso, SpreadsheetApp.getActive().getSpreadsheetTimeZone(), 'yyyy-MM-dd'); }
`;

  it('a Date argument stands for a date cell; a Date result is shown in the spreadsheet zone', async () => {
    const s = await createSession({ code: CODE, spreadsheetTimeZone: 'Asia/Vladivostok' });
    expect(s.customFunction('DAY', new Date(2024, 2, 15))).toBe('2024-03-15 / 2024-03-14T14:00:00.000Z');
    expect(s.customFunction('GIVE', '2024-03-15')).toEqual(new Date(2024, 2, 15));
  });
});
