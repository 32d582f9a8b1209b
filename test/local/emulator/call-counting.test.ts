import { describe, expect, it } from 'vitest';
import { sampleEnvironment } from './fixtures';

describe('call counting', () => {
  it('counts each call by Class.method: a loop of getValue against one getValues', () => {
    const env = sampleEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('План')!;
    env.calls.reset();
    for (let row = 1; row <= 10; row++) sheet.getRange(row, 1).getValue();
    expect(env.calls.get('Range.getValue')).toBe(10);
    expect(env.calls.get('Sheet.getRange')).toBe(10);
    env.calls.reset();
    sheet.getRange(1, 1, 10, 1).getValues();
    expect(env.calls.get('Range.getValues')).toBe(1);
    expect(env.calls.total()).toBe(2);
  });

  it('internal work of a method is not counted', () => {
    const env = sampleEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName('План')!;
    env.calls.reset();
    sheet.getDataRange().getValues();
    expect(env.calls.snapshot()).toEqual({ 'Range.getValues': 1, 'Sheet.getDataRange': 1 });
  });

  it('total() counts spreadsheet services only; snapshot shows everything', () => {
    const env = sampleEnvironment();
    env.calls.reset();
    env.globals.SpreadsheetApp.getActive().getSheets();
    env.globals.Session.getActiveUserLocale();
    env.globals.PropertiesService.getDocumentProperties().getProperty('x');
    env.globals.SpreadsheetApp.getUi().createAddonMenu();
    expect(env.calls.total()).toBe(3);
    expect(env.calls.snapshot()).toEqual({
      'Properties.getProperty': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Session.getActiveUserLocale': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActive': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createAddonMenu': 1,
    });
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
    expect(env.calls.get('Spreadsheet.getSheets')).toBe(0);
  });

  it('the same object is handed out once, so === works', () => {
    const env = sampleEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet()).toBe(ss);
    expect(ss.getSheets()[0]).toBe(ss.getSheetByName('План'));
  });

  it('internals of service objects are hidden from callers', () => {
    const env = sampleEnvironment();
    const range = env.globals.SpreadsheetApp.getActive().getRange('A1') as unknown as Record<string, unknown>;
    expect(range.box).toBeUndefined();
    expect(range.sheet).toBeUndefined();
    expect(typeof range.getValues).toBe('function');
  });
});
