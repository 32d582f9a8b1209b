import { describe, expect, it } from 'vitest';
import { sampleEnvironment } from './fixtures';

function plan() {
  const env = sampleEnvironment();
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, ss, sheet: ss.getSheetByName('План')! };
}

describe('Range values', () => {
  it('getValues returns a fresh copy with Dates and empty strings', () => {
    const { sheet } = plan();
    const values = sheet.getRange('A2:D3').getValues();
    expect(values[0]).toEqual(['МБОУ СОШ №1', 'Педсовет', 'До 26.09.2022', new Date(2022, 8, 26)]);
    values[0]![0] = 'изменено';
    (values[0]![3] as Date).setFullYear(1999);
    expect(sheet.getRange('A2').getValue()).toBe('МБОУ СОШ №1');
    expect((sheet.getRange('D2').getValue() as Date).getFullYear()).toBe(2022);
    expect(sheet.getRange('D4').getValue()).toBe('');
  });

  it('setValues copies the array and checks its shape with Sheets messages', () => {
    const { sheet } = plan();
    const data = [['Школа №7', 'Экскурсия']];
    sheet.getRange(5, 1, 1, 2).setValues(data);
    data[0]![0] = 'изменено';
    expect(sheet.getRange('A5:B5').getValues()).toEqual([['Школа №7', 'Экскурсия']]);
    expect(() => sheet.getRange('A1:B3').setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1').setValues('a' as never)).toThrow(/don't match the method signature/);
  });

  it('a string starting with "=" becomes a formula: getValue gives its result, getFormula the formula', () => {
    const { sheet } = plan();
    sheet.getRange('F2:F3').setValues([['=SUM(E2:E4)'], ['=HYPERLINK("http://evil")']]);
    expect(sheet.getRange('F2:F3').getFormulas()).toEqual([['=SUM(E2:E4)'], ['=HYPERLINK("http://evil")']]);
    expect(sheet.getRange('F2').getValue()).toBe(13500.5);
    expect(sheet.getRange('F3').getValue()).toBe('#NAME?'); // not a function the emulator knows
    sheet.getRange('F4').setValue("'=не формула");
    expect(sheet.getRange('F4').getFormula()).toBe('');
    expect(sheet.getRange('F4').getValue()).toBe('=не формула');
    sheet.getRange('F5').setNumberFormat('@').setValue('=1+1');
    expect(sheet.getRange('F5').getValue()).toBe('=1+1');
    expect(sheet.getRange('F5').getFormula()).toBe('');
    sheet.getRange('F2').setValue('Итого');
    expect(sheet.getRange('F2').getFormula()).toBe('');
  });

  it('setFormula / setFormulas store formulas', () => {
    const { sheet } = plan();
    sheet.getRange('G1').setFormula('=COUNTA(A2:A4)');
    sheet.getRange('G2:G3').setFormulas([['=1'], ['=2']]);
    expect(sheet.getRange('G1:G3').getFormulas()).toEqual([['=COUNTA(A2:A4)'], ['=1'], ['=2']]);
  });

  it('getDisplayValues formats numbers and dates as the ru locale shows them', () => {
    const { sheet } = plan();
    expect(sheet.getRange('D2:E2').getDisplayValues()).toEqual([['26.09.2022', '1\u00a0500,50']]);
    sheet.getRange('H1:H3').setValues([[0.25], [true], [new Date(2022, 8, 26, 9, 5)]]);
    sheet.getRange('H1').setNumberFormat('0%');
    expect(sheet.getRange('H1:H3').getDisplayValues()).toEqual([['25%'], ['ИСТИНА'], ['26.09.2022 9:05:00']]);
    sheet.getRange('H4').setValue(1.5);
    expect(sheet.getRange('H4').getDisplayValue()).toBe('1,5');
  });

  it('formats, notes and font weights read back per cell', () => {
    const { sheet } = plan();
    const header = sheet.getRange('A1:E1');
    header.setBackground('#CFE2F3').setFontWeight('bold').setNote('Шапка');
    expect(header.getBackgrounds()[0]).toEqual(Array(5).fill('#cfe2f3'));
    expect(sheet.getRange('A1:A2').getFontWeights()).toEqual([['bold'], ['normal']]);
    expect(sheet.getRange('B1').getNote()).toBe('Шапка');
    sheet.getRange('A2:B2').setBackgrounds([['#ff0000', null]]);
    expect(sheet.getRange('A2:B2').getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(sheet.getRange('A3').getNumberFormat()).toBe('0.###############');
    expect(() => sheet.getRange('A1:B1').setNotes([['x']])).toThrow(/number of columns/);
  });

  it('data validation built with newDataValidation reads back', () => {
    const { env, sheet } = plan();
    const app = env.globals.SpreadsheetApp;
    const rule = app.newDataValidation().requireValueInList(['Да', 'Нет'], true).setAllowInvalid(false).build();
    sheet.getRange('C2:C4').setDataValidation(rule);
    const got = sheet.getRange('C3').getDataValidation()!;
    expect(got.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaValues()).toEqual([['Да', 'Нет'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    const byRange = app.newDataValidation().requireValueInRange(env.globals.SpreadsheetApp.getActive().getRange("'Лист 2'!A1:A5")).build();
    sheet.getRange('B2').setDataValidation(byRange);
    const [range] = sheet.getRange('B2').getDataValidation()!.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range];
    expect([range.getSheet().getName(), range.getA1Notation()]).toEqual(['Лист 2', 'A1:A5']);
    sheet.getRange('C2:C4').setDataValidation(null);
    expect(sheet.getRange('C2:C4').getDataValidations()).toEqual([[null], [null], [null]]);
  });

  it('geometry, offset and A1 notation', () => {
    const { sheet } = plan();
    const r = sheet.getRange(2, 2, 3, 2);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 2, 3, 2, 4, 3]);
    expect(r.getA1Notation()).toBe('B2:C4');
    expect(r.offset(1, 1, 1, 1).getA1Notation()).toBe('C3');
    expect(r.getSheet().getName()).toBe('План');
  });

  it('refuses ranges outside the sheet like Sheets does', () => {
    const { sheet } = plan();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('Q')).toThrow('Range not found');
    sheet.insertColumnsAfter(26, 10);
    expect(sheet.getRange(1, 36).getA1Notation()).toBe('AJ1');
  });

  it('merge keeps the top-left value; merged ranges are visible', () => {
    const { sheet } = plan();
    sheet.getRange('A2:B2').merge();
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['МБОУ СОШ №1', '']]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(
      sheet
        .getRange('A1:C3')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A2:B2']);
    expect(() => sheet.getRange('B2:C2').breakApart()).toThrow(/select all cells in a merged range/);
    sheet.getRange('A2:B2').breakApart();
    expect(sheet.getRange('A2').isPartOfMerge()).toBe(false);
  });

  it('clear, clearContent and clearFormat', () => {
    const { sheet } = plan();
    sheet.getRange('A1').setBackground('#ffff00').setNote('n');
    sheet.getRange('A1').clearContent();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['', '#ffff00']);
    sheet.getRange('A1').clearFormat();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    sheet.getRange('A2:E2').clear();
    expect(sheet.getRange('A2:E2').getValues()).toEqual([['', '', '', '', '']]);
    expect(sheet.getRange('E2').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A1').getNote()).toBe('n');
  });
});
