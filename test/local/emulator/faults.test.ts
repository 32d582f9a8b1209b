/**
 * Fault injection: the n-th write (or the n-th call of one method) throws Google's error inside the script;
 * the sweep runs an action once per write with that write failing and gives the workbook after each run.
 */
import { describe, expect, it } from 'vitest';
import { createSession, GOOGLE_FAILURES, isWriteCall, sweepWriteFaults, workbookState, type Session } from '../../../src/local/emulator';
import { sessionOver, sheetValues } from '../../support/bundle';

/** A script of three writes on «Лист1» (A1, A2 and a new sheet) with reads in between. */
const SCRIPT = `
function three() {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.getSheetByName('Лист1');
  sheet.getRange('A1').getValue();
  sheet.getRange('A1').setValue('один');
  sheet.getRange('A2').getValues();
  sheet.getRange('A2').setValues([['два']]);
  ss.toast('пишу');
  sheet.activate();
  ss.insertSheet('Итог');
  return 'готово';
}
function caught() {
  try {
    SpreadsheetApp.getActive().getSheetByName('Лист1').getRange('B1').setValue('x');
    return 'no error';
  } catch (e) {
    return [e instanceof Error, e.name, e.message].join('|');
  }
}
function twoSetValues() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Лист1');
  sheet.getRange('C1').setValue('c');
  sheet.getRange('A1').setValues([['a']]);
  sheet.getRange('B1').setValues([['b']]);
  return 'ok';
}
`;

const open = () => createSession({ code: SCRIPT, workbook: { sheets: [{ name: 'Лист1', rows: [['старое']] }] } });
const a1 = (s: Session) => s.workbook.sheet('Лист1')!.cell(1, 1)?.value;
const a2 = (s: Session) => s.workbook.sheet('Лист1')!.cell(2, 1)?.value ?? '';

describe('which calls are writes', () => {
  it.each([
    ['Range', 'setValues', true],
    ['Range', 'setNumberFormats', true],
    ['Range', 'merge', true],
    ['Range', 'protect', true],
    ['Sheet', 'insertRowsAfter', true],
    ['Sheet', 'setName', true],
    ['Sheet', 'clear', true],
    ['Sheet', 'copyTo', true],
    ['Sheet', 'updateChart', true],
    ['Spreadsheet', 'insertSheet', true],
    ['Spreadsheet', 'addDeveloperMetadata', true],
    ['Protection', 'addEditors', true],
    ['Protection', 'setUnprotectedRanges', true],
    ['DeveloperMetadata', 'remove', true],
    ['Range', 'getValues', false],
    ['Range', 'activate', false],
    ['Sheet', 'activate', false],
    ['Spreadsheet', 'setActiveSheet', false],
    ['Spreadsheet', 'toast', false],
    ['EmbeddedChartBuilder', 'setOption', false],
    ['DataValidationBuilder', 'setAllowInvalid', false],
    ['Properties', 'setProperty', false],
  ])('%s.%s → %s', (className, method, write) => {
    expect(isWriteCall(className, method)).toBe(write);
  });

  it('the counter counts the writes of a run', async () => {
    const s = await open();
    s.calls.reset();
    s.run('three');
    expect(s.calls.writes()).toBe(3);
    expect(s.calls.total()).toBeGreaterThan(3);
  });
});

describe('a write made to fail', () => {
  it("the n-th write throws Google's time-out with the spreadsheet's id; the writes before it stay, none after it happen", async () => {
    const s = await open();
    s.faults.arm({ at: 2 });
    expect(() => s.run('three')).toThrow(GOOGLE_FAILURES.timedOut(s.workbook.id));
    expect(GOOGLE_FAILURES.timedOut(s.workbook.id)).toMatch(
      /^Service Spreadsheets timed out while accessing document with id local-\w+\.$/,
    );
    expect(a1(s)).toBe('один');
    expect(a2(s)).toBe('');
    expect(s.workbook.sheet('Итог')).toBeUndefined();
    expect(s.faults.fired).toEqual(['Range.setValues']);
    expect(s.faults.matched).toEqual(['Range.setValue', 'Range.setValues']);
  });

  it("the script can catch it: a script-realm Error named Exception with Google's text", async () => {
    const s = await open();
    s.faults.arm({ at: 1, message: GOOGLE_FAILURES.serviceError });
    expect(s.run('caught')).toBe('true|Exception|Service error: Spreadsheets');
    s.faults.arm({ at: 1, message: GOOGLE_FAILURES.failed('abc') });
    expect(s.run('caught')).toBe('true|Exception|Service Spreadsheets failed while accessing document with id abc.');
  });

  it('only the n-th fails by default; the next run writes again', async () => {
    const s = await open();
    s.faults.arm({ at: 1 });
    expect(() => s.run('three')).toThrow(/timed out/);
    expect(a1(s)).toBe('старое');
    // the fault fired once; the rest of the calls (a new run) go through
    expect(s.run('three')).toBe('готово');
    expect([a1(s), a2(s)]).toEqual(['один', 'два']);
  });

  it('applied: the write lands, then throws (a time-out after the change)', async () => {
    const s = await open();
    s.faults.arm({ at: 1, applied: true });
    expect(() => s.run('three')).toThrow(/timed out/);
    expect(a1(s)).toBe('один');
    expect(a2(s)).toBe('');
  });

  it('persist: every write from the n-th on fails (a script that catches sees each one)', async () => {
    const s = await open();
    s.faults.arm({ at: 1, persist: true, message: GOOGLE_FAILURES.serviceError });
    expect(s.run('caught')).toMatch(/Service error/);
    expect(s.run('caught')).toMatch(/Service error/);
    expect(s.faults.fired).toEqual(['Range.setValue', 'Range.setValue']);
    s.faults.disarm();
    expect(s.run('caught')).toBe('no error');
  });

  it('calls: the n-th call of one method, whatever else is written', async () => {
    const s = await open();
    s.faults.arm({ at: 2, calls: 'Range.setValues' });
    expect(() => s.run('twoSetValues')).toThrow(/timed out/);
    const sheet = s.workbook.sheet('Лист1')!;
    expect([sheet.cell(1, 3)?.value, sheet.cell(1, 1)?.value, sheet.cell(1, 2)?.value]).toEqual(['c', 'a', undefined]);
    expect(s.faults.matched).toEqual(['Range.setValues', 'Range.setValues']);
  });

  it('a read can be made to fail too, by its name', async () => {
    const s = await open();
    s.faults.arm({ at: 1, calls: 'Range.getValues' });
    expect(() => s.run('three')).toThrow(/timed out/);
    expect(a1(s)).toBe('один');
  });

  it('at must be 1 or more', async () => {
    const s = await open();
    expect(() => s.faults.arm({ at: 0 })).toThrow(/at must be 1 or more/);
  });

  it('host code calling the globals meets the fault too', async () => {
    const s = await open();
    s.faults.arm({ at: 1 });
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('Лист1')!;
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(/timed out/);
    expect(a1(s)).toBe('старое');
  });
});

describe('workbookState', () => {
  it('sees values, formats, notes, sheets and properties, and not an empty cell written as empty', async () => {
    const s = await open();
    const before = workbookState(s.workbook);
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('Лист1')!;
    sheet.getRange('D9').setValue('');
    expect(workbookState(s.workbook)).toEqual(before);
    sheet.getRange('D9').setNote('заметка');
    expect(workbookState(s.workbook)).not.toEqual(before);
    sheet.getRange('D9').setNote('');
    expect(workbookState(s.workbook)).toEqual(before);
    s.globals.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(workbookState(s.workbook).documentProperties).toEqual({ k: 'v' });
  });
});

describe('sweepWriteFaults', () => {
  it('runs the action once per write and gives the workbook after each run', async () => {
    const sweep = await sweepWriteFaults(open, (s) => s.run('three'));
    expect(sweep.writes).toEqual(['Range.setValue', 'Range.setValues', 'Spreadsheet.insertSheet']);
    expect(sweep.clean.result).toBe('готово');
    expect(sweep.runs.map((r) => [r.at, r.call, r.unchanged, r.result])).toEqual([
      [1, 'Range.setValue', true, undefined],
      [2, 'Range.setValues', false, undefined],
      [3, 'Spreadsheet.insertSheet', false, undefined],
    ]);
    expect(sweep.runs.every((r) => /timed out while accessing document/.test(r.thrown ?? ''))).toBe(true);
    const values = (r: (typeof sweep.runs)[number]) => r.after.sheets[0]!.cells.map((row) => row[0]?.value);
    expect(sweep.runs.map(values)).toEqual([['старое'], ['один'], ['один', 'два']]);
    expect(sweep.runs.map((r) => r.after.sheets.map((x) => x.name))).toEqual([['Лист1'], ['Лист1'], ['Лист1']]);
  });

  it('applied: each failing write lands before it throws', async () => {
    const sweep = await sweepWriteFaults(open, (s) => s.run('three'), { applied: true });
    expect(sweep.runs.map((r) => r.unchanged)).toEqual([false, false, false]);
    expect(sweep.runs[2]!.after.sheets.map((x) => x.name)).toEqual(['Лист1', 'Итог']);
  });

  it('over a real action: «Построить календарь» on a small plan, one run per write, the replies kept', async () => {
    const plan = {
      sheets: [
        {
          name: 'План',
          rows: [
            ['№', 'Мероприятие', 'Сроки', 'Ответственный'],
            [1, 'Педсовет', 'Сентябрь 2023', 'Иванова А.А.'],
            [2, 'Олимпиада', 'Октябрь 2023 – декабрь 2023', 'Петров П.П.'],
          ],
        },
      ],
    };
    const sweep = await sweepWriteFaults(
      () => sessionOver(plan),
      (s) => s.run('planBuildCalendar', { sheet: 'План' }) as { ok: boolean; error?: string },
    );
    expect(sweep.clean.result?.ok).toBe(true);
    expect(sweep.writes.length).toBeGreaterThan(3);
    expect(sweep.runs).toHaveLength(sweep.writes.length);
    // the sidebar reply of each failed run is an error reply, never a success
    for (const run of sweep.runs) {
      expect(run.thrown).toBeUndefined();
      expect(run.result?.ok).toBe(false);
    }
    // the first write (the new sheet) failing leaves every sheet as it was; the plan itself is never touched
    expect(sweep.writes[0]).toBe('Spreadsheet.insertSheet');
    expect(sweep.runs[0]!.after.sheets).toEqual(sweep.runs[0]!.before.sheets);
    for (const run of sweep.runs) expect(run.after.sheets[0]).toEqual(run.before.sheets[0]);
    // the clean run's plan sheet is untouched as well (a check of the check)
    const s = await sessionOver(plan);
    s.run('planBuildCalendar', { sheet: 'План' });
    expect(sheetValues(s, 'План')[1]).toEqual([1, 'Педсовет', 'Сентябрь 2023', 'Иванова А.А.']);
  });

  it('refuses an action with more writes than maxRuns', async () => {
    await expect(sweepWriteFaults(open, (s) => s.run('three'), { maxRuns: 2 })).rejects.toThrow(/makes 3 writes, more than maxRuns \(2\)/);
  });
});
