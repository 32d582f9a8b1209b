import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../../src/local/emulator/services';
import { Workbook } from '../../../src/local/emulator/workbook';
import { sampleEnvironment } from './fixtures';

const active = (env = sampleEnvironment()) => env.globals.SpreadsheetApp.getActiveSpreadsheet();

describe('Spreadsheet', () => {
  it('lists sheets, finds them by name and reports ru settings', () => {
    const ss = active();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['План', 'Лист 2']);
    expect(ss.getSheetByName('Нет такого')).toBeNull();
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(ss.getName()).toBe('Кластер — план');
  });

  it('getRange with a quoted sheet name', () => {
    const ss = active();
    ss.getRange("'Лист 2'!B2").setValue('Гимназия');
    expect(ss.getSheetByName('Лист 2')!.getRange('B2').getValue()).toBe('Гимназия');
    expect(ss.getRange('План!A2').getValue()).toBe('МБОУ СОШ №1');
    expect(() => ss.getRange("'Нет'!A1")).toThrow('Range not found');
  });

  it('insertSheet activates the new sheet; duplicate names are refused', () => {
    const ss = active();
    const calendar = ss.insertSheet('Календарь', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Календарь', 'План', 'Лист 2']);
    expect(ss.getActiveSheet().getName()).toBe('Календарь');
    expect(calendar.getIndex()).toBe(1);
    expect(() => ss.insertSheet('План')).toThrow('A sheet with the name "План" already exists. Please enter another name.');
    expect(ss.insertSheet().getName()).toBe('Лист4');
    calendar.activate();
    ss.deleteSheet(calendar);
    expect(ss.getSheetByName('Календарь')).toBeNull();
    expect(ss.getActiveSheet().getName()).toBe('План');
  });

  it('active sheet and range', () => {
    const ss = active();
    const other = ss.getSheetByName('Лист 2')!;
    other.activate();
    expect(ss.getActiveSheet().getName()).toBe('Лист 2');
    ss.getSheetByName('План')!.getRange('B3:C4').activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B3:C4');
    expect(ss.getActiveSheet().getName()).toBe('План');
  });

  it('toast is recorded', () => {
    const env = sampleEnvironment();
    env.globals.SpreadsheetApp.getActive().toast('Готово', 'Кластер', 3);
    expect(env.ui.toasts).toEqual([{ message: 'Готово', title: 'Кластер', timeoutSeconds: 3 }]);
  });
});

describe('Sheet', () => {
  it('getLastRow is 0 and getDataRange is A1 on an empty sheet', () => {
    const sheet = active().getSheetByName('Лист 2')!;
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('getDataRange covers the content; formats alone do not extend it', () => {
    const sheet = active().getSheetByName('План')!;
    sheet.getRange('H10').setBackground('#ff0000');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E4');
    sheet.getRange('G6').setValue('=A1');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:G6');
  });

  it('frozen panes, widths, tab colour, hiding', () => {
    const ss = active();
    const sheet = ss.getSheetByName('План')!;
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(1, 240).setColumnWidths(2, 2, 150);
    sheet.setTabColor('#FF9900');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([240, 150, 150, 100]);
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(() => ss.getSheetByName('Лист 2')!.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('developer metadata on sheets and the spreadsheet, with a finder', () => {
    const ss = active();
    const sheet = ss.getSheetByName('Лист 2')!;
    sheet.addDeveloperMetadata('klaster.generated', 'calendar');
    ss.addDeveloperMetadata('klaster.version', '1');
    const [meta] = sheet.getDeveloperMetadata();
    expect([meta!.getKey(), meta!.getValue()]).toEqual(['klaster.generated', 'calendar']);
    meta!.setValue('workload');
    const found = ss.createDeveloperMetadataFinder().withKey('klaster.generated').find();
    expect(found.map((m) => m.getValue())).toEqual(['workload']);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['klaster.version']);
    meta!.remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });

  it('protections of a sheet and of a range', () => {
    const env = sampleEnvironment({ userEmail: 'coordinator@school.ru' });
    const ss = env.globals.SpreadsheetApp.getActive();
    const sheet = ss.getSheetByName('План')!;
    const whole = sheet.protect().setDescription('Сгенерировано надстройкой');
    expect(sheet.protect().getDescription()).toBe('Сгенерировано надстройкой');
    whole.setUnprotectedRanges([sheet.getRange('B2:B4')]);
    whole.addEditors(['teacher@school.ru']).removeEditor('coordinator@school.ru');
    expect(whole.getEditors().map((u) => u.getEmail())).toEqual(['teacher@school.ru']);
    expect(whole.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:B4']);
    const header = sheet.getRange('A1:E1').protect().setDescription('Шапка').setWarningOnly(true);
    const SHEET = env.globals.SpreadsheetApp.ProtectionType.SHEET;
    const RANGE = env.globals.SpreadsheetApp.ProtectionType.RANGE;
    expect(sheet.getProtections(SHEET).map((p) => p.getDescription())).toEqual(['Сгенерировано надстройкой']);
    expect(ss.getProtections(RANGE).map((p) => p.getRange().getA1Notation())).toEqual(['A1:E1']);
    expect(header.isWarningOnly()).toBe(true);
    header.remove();
    expect(sheet.getProtections(RANGE)).toEqual([]);
  });

  it('insert and delete rows and columns move cells and merges', () => {
    const sheet = active().getSheetByName('План')!;
    sheet.getRange('A3:B3').merge();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A4').getValue()).toBe('МБОУ СОШ №1');
    expect(sheet.getRange('A5:B5').isPartOfMerge()).toBe(true);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A2').getValue()).toBe('МБОУ СОШ №1');
    sheet.deleteColumns(1, 1);
    expect(sheet.getRange('A2').getValue()).toBe('Педсовет');
    expect(() => sheet.deleteRows(1, 1000)).toThrow("You can't delete all the rows on the sheet.");
  });

  it('appendRow writes after the last row', () => {
    const sheet = active().getSheetByName('План')!;
    sheet.appendRow(['МБОУ СОШ №9', 'Конференция', 'Май 2023']);
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getRange('A5:C5').getValues()).toEqual([['МБОУ СОШ №9', 'Конференция', 'Май 2023']]);
  });

  it('clear empties the sheet; setName refuses a taken name', () => {
    const sheet = active().getSheetByName('План')!;
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(() => sheet.setName('Лист 2')).toThrow(/already exists/);
    expect(sheet.setName('План 2023').getName()).toBe('План 2023');
  });

  it('a workbook built in memory starts with the sheets it has', () => {
    const wb = new Workbook('Пустая');
    wb.addSheet('Лист1');
    const ss = createEnvironment({ workbook: wb }).globals.SpreadsheetApp.getActive();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect(() => ss.deleteSheet(ss.getSheets()[0]!)).toThrow("You can't remove all the sheets in a document.");
  });
});
