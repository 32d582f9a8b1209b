/**
 * Sheet identity: finding a sheet by name, inserting, deleting and renaming sheets, the marks (developer metadata)
 * that say which sheet is which, and taking the user to a cell. Every change is recorded in the action's journal.
 */
import { generatedMarker, GENERATED_KEY } from '../generated-sheets';
import { UserError, texts } from '../runtime';
import { forgetSheet, journaling, recordCreated, recordMarked, recordRenamed } from './journal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The named sheet, or the active one when no name is given. */
export function sheetByName(ss: Spreadsheet, name?: string): Sheet {
  if (!name) return ss.getActiveSheet();
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new UserError(texts().errors.noSheet(name));
  return sheet;
}

/** Renames a sheet, renamed back if the action fails later. */
export function renameSheet(sheet: Sheet, name: string): void {
  const old = sheet.getName();
  sheet.setName(name);
  recordRenamed(sheet, old, name);
}

/**
 * Inserts an empty sheet named `name` at 0-based `index`, taken back if the action fails later. `name` must be
 * free (the caller has just read the sheets' names). A time-out may come after the sheet was made: then the sheet
 * now under that name at that place is recorded (to be deleted) before the error goes on.
 */
export function insertNewSheet(ss: Spreadsheet, name: string, index: number): Sheet {
  let sheet: Sheet;
  try {
    sheet = ss.insertSheet(name, index);
  } catch (err) {
    if (journaling()) {
      const landed = ss.getSheetByName(name);
      if (landed && landed.getIndex() === index + 1) recordCreated(ss, landed, name);
    }
    throw err;
  }
  recordCreated(ss, sheet, name);
  return sheet;
}

/** Inserts a sheet named `name` (free: the caller chose it) at the end, taken back if the action fails later. */
export function appendNewSheet(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.insertSheet(name);
  recordCreated(ss, sheet, name);
  return sheet;
}

/** Deletes a sheet the current action has just created (nothing of the user's is on it). */
export function deleteNewSheet(ss: Spreadsheet, sheet: Sheet): void {
  ss.deleteSheet(sheet);
  forgetSheet(sheet);
}

/** Adds developer metadata to a sheet (the checklist job marks each school's tab with the school's name). */
export function markSheet(sheet: Sheet, key: string, value: string): void {
  sheet.addDeveloperMetadata(key, value);
  recordMarked(sheet, key, value);
}

/** The value of a sheet's developer metadata with this key, or null. */
export function sheetMark(sheet: Sheet, key: string): string | null {
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === key) return m.getValue();
  return null;
}

/** Marks a sheet Кластер has just made as generated, of this kind (generated-sheets.ts reads the mark). */
export function markGenerated(sheet: Sheet, kind: string): void {
  markSheet(sheet, GENERATED_KEY, generatedMarker(kind, sheet.getSheetId()));
}

/**
 * Takes the user to a cell (a finding's): the cell becomes the selection on its sheet. Nothing of the user's data
 * changes, so nothing is journaled (a selection is not taken back).
 */
export function selectCell(ss: Spreadsheet, sheetName: string, a1: string): void {
  sheetByName(ss, sheetName).getRange(a1).activate();
}
