/** Every action of the budget job that writes is all-or-nothing (see atomic-plan.test.ts). */
import { describe, expect, it } from 'vitest';

import { ACTIONS as BUDGET_ACTIONS } from '../../bench/support/actions/budget';
import { sampleWorkbook } from '../../sample/workbook';
import type { Session } from '../../src/local/emulator';
import { ok, sessionOver } from '../support/bundle';
import { sweepAction, summary } from './atomic-sweep';

describe('the budget job: a failure at any write leaves the workbook as before or says what stays', () => {
  const writing = BUDGET_ACTIONS.filter((a) => !/обзор|таблицы/.test(a.name));
  it.each(writing.map((a) => [a.name, a] as const))('%s', async (name, action) => {
    const { sweep, verdicts, problems } = await sweepAction(action);
    expect(sweep.writes.length).toBeGreaterThan(0);
    console.log(summary(name, verdicts));
    expect(problems).toEqual([]);
  });
  it.each(['Бюджет: отметить ошибки', '«Свести» (первая сборка)'])('%s — the undo fails too: the message says what stays', async (name) => {
    const { verdicts, problems } = await sweepAction(
      BUDGET_ACTIONS.find((a) => a.name === name)!,
      { persist: true },
    );
    console.log(summary(`${name} (persist)`, verdicts));
    expect(problems).toEqual([]);
  });
});

describe("promises about the user's cells: marks survive row and column inserts, and «Убрать отметки» removes them all", () => {
  const SCHOOL = 'Бюджет СОШ № 117';
  const MARK = '#f4cccc';
  type Grid = { backgrounds: string[][]; notes: string[][] };
  const grid = (s: Session): Grid => {
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName(SCHOOL)!;
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    return { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  };
  const marked = (g: Grid) => g.backgrounds.flatMap((row, r) => row.flatMap((bg, c) => (bg === MARK ? [[r, c] as const] : [])));

  it.each([
    ['a row inserted above the marks', (sh: GoogleAppsScript.Spreadsheet.Sheet) => sh.insertRowsBefore(1, 2), [2, 0]],
    ['a column inserted left of the marks', (sh: GoogleAppsScript.Spreadsheet.Sheet) => sh.insertColumnsBefore(1, 1), [0, 1]],
  ] as const)("%s: every mark removed, the user's own fill and note put back", async (_name, insert, [dr, dc]) => {
    const s = await sessionOver(sampleWorkbook());
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName(SCHOOL)!;
    // learn which cells get marked, then give one of them the user's own fill and note
    ok(s.run('budgetMark', { sheet: SCHOOL }));
    const cells = marked(grid(s));
    expect(cells.length).toBeGreaterThanOrEqual(2);
    ok(s.run('budgetUnmark', { sheet: SCHOOL }));
    const [ur, uc] = cells[1]!;
    sheet
      .getRange(ur + 1, uc + 1)
      .setBackground('#00ff00')
      .setNote('моя заметка');
    const before = grid(s);
    ok(s.run('budgetMark', { sheet: SCHOOL }));
    expect(marked(grid(s)).length).toBe(cells.length);
    insert(sheet);
    const done = ok<{ removed: number; kept: number }>(s.run('budgetUnmark', { sheet: SCHOOL }));
    expect(done.kept).toBe(0);
    expect(done.removed).toBe(cells.length);
    const after = grid(s);
    expect(marked(after)).toEqual([]);
    expect(after.notes.flat().some((n) => n.includes('Кластер:'))).toBe(false);
    expect(after.backgrounds[ur + dr]![uc + dc]).toBe('#00ff00');
    expect(after.notes[ur + dr]![uc + dc]).toBe('моя заметка');
    // everything else is as before the marks, shifted by the insert
    const shifted = (g: Grid) =>
      g.notes
        .slice(dr)
        .map((row) => row.slice(dc).join('|'))
        .join('\n');
    expect(shifted(after)).toBe(
      before.notes
        .map((row) => row.join('|'))
        .join('\n')
        .split('\n')
        .slice(0, after.notes.length - dr)
        .join('\n'),
    );
  });

  it('marking again after a row insert takes the old marks off first: none is left behind', async () => {
    const s = await sessionOver(sampleWorkbook());
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName(SCHOOL)!;
    ok(s.run('budgetMark', { sheet: SCHOOL }));
    const count = marked(grid(s)).length;
    sheet.insertRowsBefore(1, 1);
    ok(s.run('budgetMark', { sheet: SCHOOL }));
    expect(marked(grid(s)).length).toBe(count);
    ok(s.run('budgetUnmark', { sheet: SCHOOL }));
    expect(marked(grid(s))).toEqual([]);
  });
});
