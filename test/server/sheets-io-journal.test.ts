/**
 * The writes moved into sheets-io are journaled like the others: each fails in turn (atomic-sweep) and the
 * workbook is left as before, or the reply says what stays.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_HEADER, HISTORY_SHEET } from '../../src/core/checklist/rounds';
import { sampleWorkbook } from '../../sample/workbook';
import { ok, sessionOver, sheetValues } from '../support/bundle';
import { sweepAction, summary } from './atomic-sweep';
import type { Action } from '../../bench/support/actions/action';
import type { Session } from '../../src/local/emulator';

describe('sheets-io: the history header on a sheet the action did not create', () => {
  const open = async () => {
    const s = await sessionOver(sampleWorkbook());
    s.globals.SpreadsheetApp.getActive().insertSheet(HISTORY_SHEET);
    return s;
  };

  it('a clean run: the header bold and frozen, the round below it', async () => {
    const s = await open();
    ok(s.run('checklistFixRound', { name: 'Входной' }));
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName(HISTORY_SHEET)!;
    expect(sheetValues(s, HISTORY_SHEET)[0]!.slice(0, HISTORY_HEADER.length)).toEqual([...HISTORY_HEADER]);
    expect(
      sheet
        .getRange(1, 1, 1, HISTORY_HEADER.length)
        .getFontWeights()[0]!
        .every((w) => w === 'bold'),
    ).toBe(true);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('each write failing in turn (the append, the bold header, the frozen row) leaves the workbook as before', async () => {
    const action: Action = {
      name: '«Зафиксировать срез» (лист истории пуст)',
      run: (s: Session) => s.run('checklistFixRound', { name: 'Входной' }),
      max: 0,
      why: '',
    };
    const { sweep, verdicts, problems } = await sweepAction(action, { open });
    expect(sweep.writes).toEqual(expect.arrayContaining(['Range.setFontWeight', 'Sheet.setFrozenRows']));
    console.log(summary(action.name, verdicts));
    expect(problems).toEqual([]);
    expect(verdicts.every((v) => v.unchanged)).toBe(true);
  });
});
