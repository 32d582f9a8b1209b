/**
 * Facts of ../shared/SHEETS-FACTS.md that no other emulator test mirrors (the emulator README maps every fact
 * to its test). Each `it` names its section.
 */
import { describe, expect, it } from 'vitest';
import { protectionAllows } from '../../../src/local/emulator';
import { loadBundle } from '../../../src/local/emulator/sandbox';
import { sampleEnvironment, sampleWorkbook } from './fixtures';

describe('§1 protections', () => {
  it('Range.protect() adds an overlapping protection each time; Sheet.protect() returns the existing one', () => {
    const { SpreadsheetApp } = sampleEnvironment().globals;
    const sheet = SpreadsheetApp.getActive().getSheetByName('План')!;
    const a = sheet.getRange('A1:B2').protect().setDescription('a');
    const b = sheet.getRange('A1:B2').protect().setDescription('b');
    expect(a.getDescription()).not.toBe(b.getDescription());
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => p.getDescription())).toEqual(['a', 'b']);
    sheet.protect().setDescription('whole');
    expect(sheet.protect().getDescription()).toBe('whole');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('addEditor does not share the file: someone the file is not shared with still cannot edit', () => {
    const env = sampleEnvironment();
    const p = env.globals.SpreadsheetApp.getActive().getSheetByName('План')!.protect();
    p.addEditor('outsider@other.ru');
    expect(p.getEditors().map((u) => u.getEmail())).toContain('outsider@other.ru');
    expect(protectionAllows(env.workbook.sheet('План')!.protections[0]!, env.sharing, 'outsider@other.ru')).toBe(false);
  });

  it("setUnprotectedRanges: refused on a range protection and for another sheet's range; [] protects the whole sheet again", () => {
    const { SpreadsheetApp } = sampleEnvironment().globals;
    const ss = SpreadsheetApp.getActive();
    const sheet = ss.getSheetByName('План')!;
    expect(() =>
      sheet
        .getRange('A1:B2')
        .protect()
        .setUnprotectedRanges([sheet.getRange('A1')]),
    ).toThrow(/sheet protection/);
    const whole = sheet.protect();
    expect(() => whole.setUnprotectedRanges([ss.getSheetByName('Лист 2')!.getRange('A1')])).toThrow(/protected sheet/);
    whole.setUnprotectedRanges([sheet.getRange('B2:B4')]);
    whole.setUnprotectedRanges([]);
    expect(whole.getUnprotectedRanges()).toEqual([]);
  });
});

describe('§2 data validation', () => {
  it('a new rule allows invalid input (warning only) unless told; showDropdown is kept as given; script writes are never refused', () => {
    const { SpreadsheetApp } = sampleEnvironment().globals;
    const sheet = SpreadsheetApp.getActive().getSheetByName('План')!;
    const warn = SpreadsheetApp.newDataValidation().requireValueInList(['Да', 'Нет'], false).build();
    expect(warn.getAllowInvalid()).toBe(true);
    expect(warn.getCriteriaValues()).toEqual([['Да', 'Нет'], false]);
    const strict = SpreadsheetApp.newDataValidation().requireValueInList(['Да', 'Нет']).setAllowInvalid(false).build();
    sheet.getRange('C2').setDataValidation(strict);
    sheet.getRange('C2').setValue('Может быть');
    expect(sheet.getRange('C2').getValue()).toBe('Может быть');
  });

  it("setDataValidations takes a grid of the range's shape", () => {
    const { SpreadsheetApp } = sampleEnvironment().globals;
    const sheet = SpreadsheetApp.getActive().getSheetByName('План')!;
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Да']).build();
    expect(() => sheet.getRange('C2:C3').setDataValidations([[rule]])).toThrow(/rows/);
    sheet.getRange('C2:C3').setDataValidations([[rule], [null]]);
    expect(
      sheet
        .getRange('C2:C3')
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([false, true]);
  });
});

describe('§3 charts', () => {
  it('setTitle and setStacked exist only on the typed builder as…Chart() returns', () => {
    const sheet = sampleEnvironment().globals.SpreadsheetApp.getActive().getSheetByName('План')!;
    // @types/google-apps-script agrees: EmbeddedChartBuilder has neither
    const untyped = (b: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder) =>
      b as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
    expect(() => untyped(sheet.newChart()).setTitle('Бюджет')).toThrow(/setTitle is not a function/);
    expect(() => untyped(sheet.newChart()).setStacked()).toThrow(/setStacked is not a function/);
    const chart = sheet
      .newChart()
      .asColumnChart()
      .setTitle('Бюджет')
      .setStacked()
      .addRange(sheet.getRange('B1:E4'))
      .setPosition(1, 7, 0, 0)
      .build();
    sheet.insertChart(chart);
    expect(() => untyped(sheet.getCharts()[0]!.modify()).setTitle('Другое')).toThrow(/setTitle is not a function/);
  });
});

describe('§6 sheet ids', () => {
  it('getSheetById gives the sheet, or null when there is none', () => {
    const ss = sampleEnvironment().globals.SpreadsheetApp.getActive();
    const id = ss.getSheetByName('Лист 2')!.getSheetId();
    expect(ss.getSheetById(id)!.getName()).toBe('Лист 2');
    const absent = Math.max(...ss.getSheets().map((sh) => sh.getSheetId())) + 1;
    expect(ss.getSheetById(absent)).toBeNull();
  });
});

describe('§8 custom functions and §9 auth modes', () => {
  const CODE = `
    function WHO() { return Session.getEffectiveUser().getEmail() + '|' + Session.getActiveUser().getEmail(); }
    function NOTE() { return DocumentApp.create('Справка').getUrl(); }
    function SLOW() { while (true) {} }
    function onOpen(e) { PropertiesService; SpreadsheetApp.getUi().createAddonMenu().addItem(Session.getActiveUser().getEmail() || '(нет адреса)', 'WHO').addToUi(); }
    function who() { return WHO(); }`;
  const load = () => loadBundle(CODE, { workbook: sampleWorkbook(), customFunctionTimeoutMs: 200 });

  it("no e-mail without the user's authorisation (a custom function, onOpen in AuthMode.NONE); a menu action has it", () => {
    const s = load();
    expect(s.customFunction('WHO')).toBe('|');
    s.trigger('onOpen', { authMode: 'NONE' });
    expect(s.ui.menus[0]!.items).toMatchObject([{ caption: '(нет адреса)' }]);
    expect(s.run('who')).toBe('coordinator@example.com|coordinator@example.com');
  });

  it('services outside the custom-function list are refused; 30 s (here 200 ms) ends in «Exceeded maximum execution time»', () => {
    const s = load();
    expect(s.customFunction('NOTE')).toEqual({ error: 'You do not have permission to call DocumentApp.create' });
    expect(s.customFunction('SLOW')).toEqual({ error: 'Exceeded maximum execution time' });
  });
});
