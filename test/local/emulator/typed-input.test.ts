/** Strings written with setValue(s) are read as typed input in the spreadsheet locale, as Sheets does. */
import { describe, expect, it } from 'vitest';
import { parseTypedInput } from '../../../src/local/emulator/typed-input';
import { sampleEnvironment } from './fixtures';

const now = () => new Date(2024, 2, 15, 10, 0, 0);
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);
const ru = (s: string) => parseTypedInput(s, { locale: 'ru', now });
const en = (s: string) => parseTypedInput(s, { locale: 'en', now });

describe('parseTypedInput: ru_RU', () => {
  it.each([
    ['2024', 2024],
    ['1,5', 1.5],
    ['-1,25', -1.25],
    [',5', 0.5],
    ['1 000', 1000],
    ['1\u00a0234,50', 1234.5],
    ['22 34', 2234],
    ['01234', 1234],
    ['1.', 1],
    ['10.', 10],
    ['1e3', 1000],
    [' 42 ', 42],
  ])('«%s» → the number %s', (text, value) => {
    expect(ru(text)).toEqual({ value });
  });

  it.each([
    ['26.09.2022', day(2022, 9, 26), 'dd.mm.yyyy'],
    ['1.9.2023', day(2023, 9, 1), 'dd.mm.yyyy'],
    ['26.09.22', day(2022, 9, 26), 'dd.mm.yyyy'],
    ['01.02.99', day(1999, 2, 1), 'dd.mm.yyyy'],
    ['1.5', day(2024, 5, 1), 'dd.mm.yyyy'],
    ['2.1', day(2024, 1, 2), 'dd.mm.yyyy'],
    ['2023-09-01', day(2023, 9, 1), 'yyyy-mm-dd'],
  ])('«%s» → the date %s', (text, value, numberFormat) => {
    expect(ru(text)).toEqual({ value, numberFormat });
  });

  it.each([
    ['50%', 0.5, '0%'],
    ['12,5 %', 0.125, '0.00%'],
  ])('«%s» → %s with a percent format', (text, value, numberFormat) => {
    expect(ru(text)).toEqual({ value, numberFormat });
  });

  it.each([
    ['ИСТИНА', true],
    ['ложь', false],
    ['TRUE', true],
  ])('«%s» → %s', (text, value) => {
    expect(ru(text)).toEqual({ value });
  });

  it.each([
    'До 26.09.2022',
    'Весна 2024',
    '1.1.1',
    '31.02.2024',
    '3.14',
    '1.5.2024 г.',
    '1 234.5',
    '1,5,6',
    '№ 1',
    '2023-13-01',
    '10:30',
    '100 ₽',
    '',
    '   ',
    'Сентябрь 2014 –\nмай 2015',
  ])('«%s» stays text', (text) => {
    expect(ru(text)).toBeUndefined();
  });
});

describe('parseTypedInput: en_US', () => {
  it.each([
    ['1.5', { value: 1.5 }],
    ['1,234', { value: 1234 }],
    ['1234,1234', { value: 12341234 }],
    ['1.', { value: 1 }],
    ['12.5%', { value: 0.125, numberFormat: '0.00%' }],
    ['9/26/2022', { value: day(2022, 9, 26), numberFormat: 'M/d/yyyy' }],
    ['9/26', { value: day(2024, 9, 26), numberFormat: 'M/d/yyyy' }],
    ['2023-09-01', { value: day(2023, 9, 1), numberFormat: 'yyyy-mm-dd' }],
    ['false', { value: false }],
  ])('«%s» → %j', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });

  it.each(['1,5 руб.', '1 234', '26.09.2022', '26/09/2022', 'ИСТИНА', '1/2/3/4'])('«%s» stays text', (text) => {
    expect(en(text)).toBeUndefined();
  });
});

describe('setValue(s) in the emulator', () => {
  it('converts strings in cells of automatic format, in the spreadsheet locale', () => {
    const env = sampleEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('Лист 2')!;
    sheet.getRange('A1:E1').setValues([['1.', '2024', '1,5', '26.09.2022', '2023-09-01']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[1, 2024, 1.5, day(2022, 9, 26), day(2023, 9, 1)]]);
    expect(sheet.getRange('D1:E1').getNumberFormats()).toEqual([['dd.mm.yyyy', 'yyyy-mm-dd']]);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('26.09.2022');
    sheet.appendRow(['50%', 'ЛОЖЬ', 'Педсовет']);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([[0.5, false, 'Педсовет']]);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('50%');
  });

  it('keeps text in cells formatted "@" and after a leading apostrophe', () => {
    const env = sampleEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('Лист 2')!;
    const range = sheet.getRange('A1:C1');
    range.setNumberFormats([['@', '@', '@']]);
    range.setValues([['1.', '2024', '26.09.2022']]);
    expect(range.getValues()).toEqual([['1.', '2024', '26.09.2022']]);
    sheet.getRange('D1').setValue("'26.09.2022");
    expect(sheet.getRange('D1').getValue()).toBe('26.09.2022');
  });

  it('an English spreadsheet reads a point as the decimal separator', () => {
    const env = sampleEnvironment({ spreadsheetLocale: 'en_US' });
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('Лист 2')!;
    sheet.getRange('A1:C1').setValues([['1.5', '26.09.2022', '9/26/2022']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1.5, '26.09.2022', day(2022, 9, 26)]]);
  });

  it('a date typed without a year takes the year of the session clock', () => {
    const env = sampleEnvironment({ now: () => new Date(2031, 0, 10) });
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('Лист 2')!;
    sheet.getRange('A1').setValue('1.5');
    expect(sheet.getRange('A1').getValue()).toEqual(day(2031, 5, 1));
  });
});
