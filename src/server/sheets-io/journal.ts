/**
 * The journal of an all-or-nothing action (undo.ts): what each write of sheets-io changed, and how to take it
 * back. Every write module records through these before (or right after) it writes; nothing outside sheets-io
 * calls them.
 */
import { texts } from '../runtime';
import { covered, journaling, recordChange } from '../undo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export { covered, forgetSheet, journaling, recordChange } from '../undo';

function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A sheet the action has just created: taken back by deleting it. */
export function recordCreated(ss: Spreadsheet, sheet: Sheet, name: string): void {
  if (journaling()) recordChange({ sheet, said: () => texts().changes.created(name), undo: () => ss.deleteSheet(sheet), whole: true });
}

/** A generated sheet just cleared to be rebuilt: it cannot be taken back, a re-run builds it anew. */
export function recordRebuilt(sheet: Sheet, name: string): void {
  if (journaling() && !covered(sheet)) recordChange({ sheet, said: () => texts().changes.rebuilt(name), whole: true });
}

/** A protection about to be changed on a sheet the action did not create: a re-run sets it anew. */
export function recordProtection(sheet: Sheet): void {
  if (journaling() && !covered(sheet)) recordChange({ sheet, said: () => texts().changes.protection(sheet.getName()) });
}

/** A write with no undo of its own on a sheet the action did not create or rebuild (none such today). */
export function recordUncovered(sheet: Sheet): void {
  if (journaling() && !covered(sheet)) recordChange({ sheet, said: () => texts().changes.cells(sheet.getName(), ''), whole: true });
}

/**
 * Cells about to be overwritten on a sheet the action did not create: their values (formulas kept) and number
 * formats are read first, and written back if the action fails later. `first`..`last`: the range's 1-based columns.
 */
export function recordCells(sheet: Sheet, range: Range, first?: number, last?: number): void {
  if (!journaling() || covered(sheet, first, last)) return;
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const old = values.map((row, r) => row.map((v, c) => formulas[r]?.[c] || v));
  recordChange({
    sheet,
    said: () => texts().changes.cells(sheet.getName(), range.getA1Notation()),
    undo: () => {
      range.setNumberFormats(formats);
      range.setValues(old);
    },
  });
}

/**
 * One cell about to be overwritten, whose old content (`before`: its formula, or its value) the caller has just
 * read: written back if the action fails later. No call of its own.
 */
export function recordCell(sheet: Sheet, cell: Range, a1: string, before: unknown): void {
  if (!journaling() || covered(sheet)) return;
  recordChange({ sheet, said: () => texts().changes.cells(sheet.getName(), a1), undo: () => cell.setValue(before) });
}

/**
 * Rows about to be appended below row `last` (of `max`): taken back by clearing the cells written inside the old
 * grid (they were empty: below the last row) and deleting the rows added to it.
 */
export function recordAppend(sheet: Sheet, last: number, max: number, count: number, width: number): void {
  if (!journaling() || covered(sheet)) return;
  const inside = Math.min(count, max - last);
  const added = last + count - max;
  recordChange({
    sheet,
    said: () => texts().changes.rows(sheet.getName(), `${last + 1}–${last + count}`),
    undo: () => {
      if (added > 0) sheet.deleteRows(max + 1, added);
      if (inside > 0) sheet.getRange(last + 1, 1, inside, width).clear();
    },
  });
}

/** Columns `first`..`last` (1-based) just inserted: taken back by deleting them; writes inside them need no record. */
export function recordColumns(sheet: Sheet, first: number, last: number): void {
  if (!journaling()) return;
  recordChange({
    sheet,
    said: () => texts().changes.columns(sheet.getName(), `${columnLetters(first)}:${columnLetters(last)}`),
    undo: () => sheet.deleteColumns(first, last - first + 1),
    columns: { first, last },
  });
}

/** A sheet just renamed from `old`: renamed back. */
export function recordRenamed(sheet: Sheet, old: string, name: string): void {
  if (journaling()) recordChange({ sheet, said: () => texts().changes.renamed(old, name), undo: () => sheet.setName(old) });
}

/** Developer metadata (`key`, `value`) just added to a sheet the action did not create: removed again. */
export function recordMarked(sheet: Sheet, key: string, value: string): void {
  if (covered(sheet)) return;
  recordChange({
    sheet,
    said: () => texts().changes.marked(sheet.getName()),
    undo: () => {
      const added = sheet
        .getDeveloperMetadata()
        .filter((m) => m.getKey() === key && m.getValue() === value)
        .pop();
      added?.remove();
    },
  });
}
