/**
 * All spreadsheet I/O of the add-on, in batches: a sheet is read with one getValues, a generated
 * sheet is written with one setValues and one call per kind of format. Nothing here decides anything.
 */
import { findGenerated, freeSheetName, markGenerated } from './generated-sheets';
import { UserError, texts } from './runtime';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActive();
}

/** The named sheet, or the active one when no name is given. */
export function sheetByName(ss: Spreadsheet, name?: string): Sheet {
  if (!name) return ss.getActiveSheet();
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new UserError(texts().errors.noSheet(name));
  return sheet;
}

/** Every value of a sheet, in one read. */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/** The merged ranges inside the sheet's data, in A1 notation. */
export function mergedRanges(sheet: Sheet): string[] {
  return sheet
    .getDataRange()
    .getMergedRanges()
    .map((r) => r.getA1Notation());
}

export interface SheetContent {
  values: unknown[][];
  backgrounds?: (string | null)[][];
  /**
   * The number format of each column ('@' for text). Sheets reads a string written into a cell of automatic
   * format as typed input («1.», «2024», «26.09.2022» become numbers and dates), so every text column must be
   * '@' before the values land. Without it, each cell gets a format from its own value (see `cellFormat`).
   */
  columnFormats?: string[];
  fontWeights?: ('bold' | 'normal')[][];
  /** Applied when the sheet is created; a rebuild keeps whatever the user set since. */
  frozenRows?: number;
  frozenColumns?: number;
  /** Applied when the sheet is created: [first column (1-based), count, width px]. */
  columnWidths?: [number, number, number][];
}

/** '@' for text, a day format for dates, Sheets' automatic number format for numbers and booleans. */
export function cellFormat(value: unknown): string {
  if (typeof value === 'string') return '@';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'dd.mm.yyyy';
  return '0.###############';
}

/** The number formats of a whole written block, for one setNumberFormats. */
function blockFormats(values: unknown[][], columnFormats: string[] | undefined): string[][] {
  if (columnFormats) return values.map(() => columnFormats);
  return values.map((row) => row.map(cellFormat));
}

/** The range A1:(rows, cols), adding rows or columns first when the sheet is smaller (Sheets refuses a range outside it). */
function rangeGrowing(sheet: Sheet, rows: number, cols: number): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(1, 1, rows, cols);
  } catch {
    const maxRows = sheet.getMaxRows();
    const maxCols = sheet.getMaxColumns();
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
    return sheet.getRange(1, 1, rows, cols);
  }
}

export interface WrittenSheet {
  sheet: Sheet;
  /** The sheet's name now: the usual one, the name the user gave it, or a free one such as «Календарь (2)». */
  name: string;
  /** Set when a sheet the user made already has the usual name (it was left alone): say so to the user. */
  notice?: string;
}

/**
 * Writes a generated sheet: finds the sheet of this kind Кластер made (by its own marker, whatever it is
 * called now) and clears and rewrites it in place, so links to it keep working; or creates it under the
 * usual name, or under a free name («Календарь (2)») when a sheet the user made has that name. A sheet
 * Кластер did not make is never touched.
 * Steady-state cost: getSheetByName, the marker check (getDeveloperMetadata, getKey, getValue, getSheetId),
 * clear, getRange, setNumberFormats, setValues and one call per other kind of content.
 */
export function writeGeneratedSheet(ss: Spreadsheet, name: string, kind: string, content: SheetContent): WrittenSheet {
  const found = findGenerated(ss, kind, name);
  let sheet = found?.sheet;
  let actualName = found?.name ?? name;
  let notice: string | undefined;
  const created = !sheet;
  if (sheet) {
    sheet.clear();
  } else {
    actualName = freeSheetName(ss, name);
    if (actualName !== name) notice = texts().errors.userSheet(name, actualName);
    sheet = ss.insertSheet(actualName);
    markGenerated(sheet, kind);
    if (content.frozenRows) sheet.setFrozenRows(content.frozenRows);
    if (content.frozenColumns) sheet.setFrozenColumns(content.frozenColumns);
  }
  const rows = content.values.length;
  const cols = rows ? content.values[0]!.length : 0;
  if (rows && cols) {
    const range = rangeGrowing(sheet, rows, cols);
    range.setNumberFormats(blockFormats(content.values, content.columnFormats));
    range.setValues(content.values);
    if (content.backgrounds) range.setBackgrounds(content.backgrounds);
    if (content.fontWeights) range.setFontWeights(content.fontWeights);
  }
  if (created) {
    for (const [column, count, width] of content.columnWidths ?? []) if (column + count - 1 <= cols) sheet.setColumnWidths(column, count, width);
    ss.setActiveSheet(sheet);
  }
  return { sheet, name: actualName, ...(notice ? { notice } : {}) };
}
