import { describe, expect, it } from 'vitest';
import { loadBundle, ScriptRunError, type Sandbox } from '../../../src/local/emulator/sandbox';
import { sampleWorkbook } from './fixtures';

/** A tiny hand-written "bundle": plain top-level functions, as esbuild emits them for Apps Script. */
const CODE = `
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Календарный план', 'showPlan');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
    PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
  }
  menu.addToUi();
}
function onInstall(e) { onOpen(e); }
function readNames() {
  return SpreadsheetApp.getActive().getSheetByName('План').getDataRange().getValues().slice(1).map(function (r) { return r[0]; });
}
function readDeadline() {
  var d = SpreadsheetApp.getActive().getRange('План!D2').getValue();
  return { isDate: d instanceof Date, iso: Utilities.formatDate(d, 'Europe/Moscow', 'yyyy-MM-dd'), isArray: [] instanceof Array };
}
function echo(payload) { payload.touched = true; return payload; }
function giveDate() { return new Date(2022, 8, 26); }
function giveFunction() { return { f: function () {} }; }
function giveMap() { return new Map(); }
function helper_() { return 'secret'; }
function fail() { throw new Error('Не найден лист «План»'); }
function writeTitle(text) { SpreadsheetApp.getActive().getRange('План!A1').setValue(text); return true; }
function loop() { while (true) {} }
function writeDate() { SpreadsheetApp.getActive().getRange('План!D4').setValue(new Date(2023, 4, 15)); }
function today() { return new Date().toISOString(); }
function globalsSeen() { return [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof SpreadsheetApp]; }
function catchHost() {
  try { SpreadsheetApp.getActive().getRange('План!A1:B1').setValues([[1]]); } catch (e) { return [e instanceof Error, e.message]; }
}

/**
 * Doubles every number of a range.
 * @customfunction
 */
function DOUBLE(input) {
  if (!Array.isArray(input)) return input * 2;
  return input.map(function (row) { return row.map(function (v) { return v * 2; }); });
}
function DEADLINE_YEAR(d) {
  if (!(d instanceof Date)) throw new Error('Ожидается дата, получено: ' + d);
  return d.getFullYear();
}
function WRITES() { SpreadsheetApp.getActive().getRange('A1').setValue('x'); return 1; }
function ROW() { return ['Школа №1', 'Школа №2']; }
var notAFunction = 42;
const alsoHidden = function () {};
`;

function load(options: Partial<Parameters<typeof loadBundle>[1]> = {}): Sandbox {
  return loadBundle(CODE, { workbook: sampleWorkbook(), ...options });
}

function runError(action: () => unknown): ScriptRunError {
  try {
    action();
  } catch (err) {
    expect(err).toBeInstanceOf(ScriptRunError);
    return err as ScriptRunError;
  }
  throw new Error('expected a ScriptRunError');
}

describe('loadBundle', () => {
  it('lists the top-level functions', () => {
    expect(load().globalNames()).toEqual([
      'DEADLINE_YEAR',
      'DOUBLE',
      'ROW',
      'WRITES',
      'catchHost',
      'echo',
      'fail',
      'giveDate',
      'giveFunction',
      'giveMap',
      'globalsSeen',
      'helper_',
      'loop',
      'onInstall',
      'onOpen',
      'readDeadline',
      'readNames',
      'today',
      'writeDate',
      'writeTitle',
    ]);
  });

  it('has the Apps Script globals and none of Node', () => {
    expect(load().run('globalsSeen')).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'object']);
  });

  it('reports a bundle that does not load', () => {
    const err = runError(() => loadBundle('function broken( {', { workbook: sampleWorkbook() }));
    expect(err.message).toMatch(/^Код надстройки не загрузился/);
  });
});

describe('run (google.script.run)', () => {
  it('calls a public function and returns host values', () => {
    const sandbox = load();
    expect(sandbox.run('readNames')).toEqual(['МБОУ СОШ №1', 'МБОУ Гимназия №2', 'МАОУ Лицей №3']);
    expect(sandbox.run('writeTitle', 'Школа')).toBe(true);
    expect(sandbox.workbook.sheet('План')!.cell(1, 1)!.value).toBe('Школа');
  });

  it('refuses private and unknown functions', () => {
    const sandbox = load();
    expect(runError(() => sandbox.run('helper_')).message).toBe('Функция helper_ недоступна');
    expect(runError(() => sandbox.run('nope')).kind).toBe('not-callable');
    expect(runError(() => sandbox.run('notAFunction')).kind).toBe('not-callable');
    expect(runError(() => sandbox.run('alsoHidden')).kind).toBe('not-callable');
  });

  it('refuses Dates, functions and class instances in arguments and results', () => {
    const sandbox = load();
    expect(runError(() => sandbox.run('echo', { deadline: new Date() })).message).toMatch(/аргумент 1\.deadline: дата/);
    expect(runError(() => sandbox.run('echo', [() => 1])).kind).toBe('not-transportable');
    expect(runError(() => sandbox.run('echo', new Map())).message).toMatch(/объект класса Map/);
    expect(runError(() => sandbox.run('giveDate')).message).toMatch(/giveDate: результат: дата/);
    expect(runError(() => sandbox.run('giveFunction')).message).toMatch(/результат\.f: функция/);
    expect(runError(() => sandbox.run('giveMap')).kind).toBe('not-transportable');
  });

  it('deep-copies arguments in and results out', () => {
    const sandbox = load();
    const payload = { school: 'Лицей №3', stages: [{ term: 'До 26.09.2022' }] };
    const result = sandbox.run('echo', payload) as typeof payload & { touched: boolean };
    expect(payload).toEqual({ school: 'Лицей №3', stages: [{ term: 'До 26.09.2022' }] });
    expect(result).toEqual({ ...payload, touched: true });
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('gives the script Dates of its own realm', () => {
    expect(load().run('readDeadline')).toEqual({ isDate: true, iso: '2022-09-26', isArray: true });
  });

  it('stores Dates written by the script as host Dates', () => {
    const sandbox = load();
    sandbox.run('writeDate');
    const value = sandbox.workbook.sheet('План')!.cell(4, 4)!.value;
    expect(value).toBeInstanceOf(Date);
    expect(value).toEqual(new Date(2023, 4, 15));
  });

  it('turns host errors into script-realm errors with Sheets messages', () => {
    expect(load().run('catchHost')).toEqual([
      true,
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    ]);
  });

  it('reports a script exception with its message', () => {
    const err = runError(() => load().run('fail'));
    expect([err.kind, err.message]).toEqual(['exception', 'Не найден лист «План»']);
  });

  it('stops a runaway function at the time limit', () => {
    const err = runError(() => load({ timeoutMs: 50 }).run('loop'));
    expect(err.kind).toBe('timeout');
  });

  it('follows the session clock', () => {
    const sandbox = load({ now: () => new Date(Date.UTC(2022, 8, 1, 9, 0, 0)) });
    expect(sandbox.run('today')).toBe('2022-09-01T09:00:00.000Z');
  });
});

describe('trigger', () => {
  it('onOpen builds the menu and gets an event with authMode and source', () => {
    const sandbox = load();
    sandbox.trigger('onOpen');
    expect(sandbox.ui.menus).toEqual([
      { kind: 'addon', caption: 'Кластер', items: [{ kind: 'item', caption: 'Календарный план', functionName: 'showPlan' }] },
    ]);
    expect(sandbox.workbook.documentProperties.opened).toBe('yes');
  });

  it('in AuthMode.NONE only the menu may be built', () => {
    const sandbox = load();
    sandbox.trigger('onOpen', { authMode: 'NONE' });
    expect(sandbox.ui.menus).toHaveLength(1);
    const strict = loadBundle('function onOpen(e) { SpreadsheetApp.getActiveSpreadsheet(); }', { workbook: sampleWorkbook() });
    expect(runError(() => strict.trigger('onOpen', { authMode: 'NONE' })).message).toMatch(
      /You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/,
    );
    expect(() => strict.trigger('onOpen')).not.toThrow();
  });
});

describe('counting inside the sandbox', () => {
  it("counts the script's calls: ten getValue calls against one getValues", () => {
    const sandbox = loadBundle(
      `function perCell() { var s = SpreadsheetApp.getActive().getSheetByName('План'); for (var r = 1; r <= 10; r++) s.getRange(r, 1).getValue(); }
       function batched() { SpreadsheetApp.getActive().getSheetByName('План').getRange(1, 1, 10, 1).getValues(); }
       function source(e) { return e.source.getName() + ' / ' + e.authMode; }
       function onOpen(e) { PropertiesService.getDocumentProperties().setProperty('source', source(e)); }`,
      { workbook: sampleWorkbook() },
    );
    sandbox.run('perCell');
    expect(sandbox.calls.get('Range.getValue')).toBe(10);
    sandbox.calls.reset();
    sandbox.run('batched');
    expect(sandbox.calls.get('Range.getValues')).toBe(1);
    expect(sandbox.calls.total()).toBe(4);
    sandbox.trigger('onOpen');
    expect(sandbox.workbook.documentProperties.source).toBe('Кластер — план / LIMITED');
  });
});

describe('customFunction', () => {
  it('takes a range as a 2D array and returns a 2D array', () => {
    expect(load().customFunction('DOUBLE', [[1], [2.5], ['']])).toEqual([[2], [5], [0]]);
    expect(load().customFunction('DOUBLE', 21)).toBe(42);
  });

  it('passes Dates that are Dates in the script realm', () => {
    expect(load().customFunction('DEADLINE_YEAR', new Date(2022, 8, 26))).toBe(2022);
  });

  it('turns a thrown error into #ERROR! with the message', () => {
    expect(load().customFunction('DEADLINE_YEAR', 'До 26.09.2022')).toEqual({
      error: 'Ожидается дата, получено: До 26.09.2022',
    });
  });

  it('may not write to the spreadsheet', () => {
    expect(load().customFunction('WRITES')).toEqual({ error: 'You do not have permission to call setValue' });
  });

  it('shows a one-dimensional result as a column', () => {
    expect(load().customFunction('ROW')).toEqual([['Школа №1'], ['Школа №2']]);
  });

  it('refuses arguments Sheets could not pass', () => {
    expect(runError(() => load().customFunction('DOUBLE', [1, 2] as never)).kind).toBe('not-transportable');
  });
});

describe('every execution starts afresh, as in Apps Script', () => {
  it('module state set by one run is gone in the next (menu, sidebar call, custom function)', () => {
    const sandbox = loadBundle('var count = 0;\nfunction bump() { count++; return count; }\nfunction BUMP() { count++; return count; }', {
      workbook: sampleWorkbook(),
    });
    expect(sandbox.run('bump')).toBe(1);
    expect(sandbox.run('bump')).toBe(1);
    expect(sandbox.customFunction('BUMP')).toBe(1);
  });
});
