/**
 * Values and formats: reading a sheet in one call, and writing generated sheets, new user sheets, blocks, single
 * cells, fills and notes, appended rows and sheets of text — in batches (one setValues and one call per kind of
 * format). Every write is recorded in the action's journal. Nothing here decides anything.
 */
import { asShown } from '../dates-io';
import { findGenerated, freeSheetName } from '../generated-sheets';
import { texts } from '../runtime';
import {
  covered,
  journaling,
  recordAppend,
  recordCell,
  recordCells,
  recordChange,
  recordColumns,
  recordRebuilt,
  recordUncovered,
} from './journal';
import { setListValidations, type ListValidation } from './protection';
import { appendNewSheet, markGenerated } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Every value of a sheet, in one read; date cells as the days the sheet shows (see dates-io). */
export function readValues(sheet: Sheet): unknown[][] {
  return asShown(sheet.getDataRange().getValues());
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
  /** The number format of every cell (instead of `columnFormats`), for a block whose columns mix text and formulas. */
  numberFormats?: string[][];
  fontWeights?: ('bold' | 'normal')[][];
  /** A note per cell ('' for none), written in one setNotes; a rebuild first clears the sheet's old notes. */
  notes?: string[][];
  /** Applied when the sheet is created; a rebuild keeps whatever the user set since. */
  frozenRows?: number;
  frozenColumns?: number;
  /** Applied when the sheet is created: [first column (1-based), count, width px]. */
  columnWidths?: [number, number, number][];
  /** Whether each column's text wraps (one setWraps for the block). */
  wraps?: boolean[];
  /** Each column's horizontal alignment (one setHorizontalAlignments for the block). */
  horizontalAlignments?: ('left' | 'center' | 'right' | 'normal')[];
  /** One vertical alignment for the whole block (one setVerticalAlignment). */
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  /** Take the user to the sheet on a rebuild too (a sheet just created is always activated). */
  activate?: boolean;
}

/** '@' for text, a day format for dates, Sheets' automatic number format for numbers and booleans. */
function cellFormat(value: unknown): string {
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
function rangeGrowing(sheet: Sheet, rows: number, cols: number): Range {
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
    recordRebuilt(sheet, actualName);
    if (content.notes) sheet.clearNotes();
  } else {
    actualName = freeSheetName(ss, name);
    if (actualName !== name) notice = texts().errors.userSheet(name, actualName);
    sheet = appendNewSheet(ss, actualName);
    markGenerated(sheet, kind);
    if (content.frozenRows) sheet.setFrozenRows(content.frozenRows);
    if (content.frozenColumns) sheet.setFrozenColumns(content.frozenColumns);
  }
  const rows = content.values.length;
  const cols = rows ? content.values[0]!.length : 0;
  if (rows && cols) {
    const range = rangeGrowing(sheet, rows, cols);
    range.setNumberFormats(content.numberFormats ?? blockFormats(content.values, content.columnFormats));
    range.setValues(content.values);
    if (content.backgrounds) range.setBackgrounds(content.backgrounds);
    if (content.fontWeights) range.setFontWeights(content.fontWeights);
    const { wraps, horizontalAlignments: aligns } = content;
    if (wraps) range.setWraps(content.values.map(() => Array.from({ length: cols }, (_, c) => wraps[c] ?? false)));
    if (aligns) range.setHorizontalAlignments(content.values.map(() => Array.from({ length: cols }, (_, c) => aligns[c] ?? null)));
    if (content.verticalAlignment) range.setVerticalAlignment(content.verticalAlignment);
    if (content.notes) range.setNotes(content.notes);
  }
  if (created) {
    for (const [column, count, width] of content.columnWidths ?? [])
      if (column + count - 1 <= cols) sheet.setColumnWidths(column, count, width);
  }
  if (created || content.activate) ss.setActiveSheet(sheet);
  return { sheet, name: actualName, ...(notice ? { notice } : {}) };
}

/** Writes a block of values at a 0-based (row, column), with one number format for the whole block. */
export function writeBlock(sheet: Sheet, row0: number, col0: number, values: unknown[][], numberFormat?: string): void {
  if (!values.length || !values[0]!.length) return;
  const range = sheet.getRange(row0 + 1, col0 + 1, values.length, values[0]!.length);
  recordCells(sheet, range, col0 + 1, col0 + values[0]!.length);
  if (numberFormat) range.setNumberFormat(numberFormat);
  range.setValues(values);
}

/** Inserts `count` columns after the 1-based column `after`, as Sheet.insertColumnsAfter does. */
export function insertColumnsAfter(sheet: Sheet, after: number, count: number): void {
  sheet.insertColumnsAfter(after, count);
  recordColumns(sheet, after + 1, after + count);
}

export interface NewSheetContent {
  values: unknown[][];
  numberFormats: string[][];
  wrap?: boolean;
  /** 0-based row shown as the header (bold, grey). */
  headerRow?: number;
  validations?: ListValidation[];
  merges?: string[];
  frozenRows?: number;
  /** px per column, from the first. */
  columnWidths?: number[];
}

/** Creates a user sheet (not a generated one: it is the user's from then on) under a free name, and activates it. */
export function writeNewSheet(ss: Spreadsheet, baseName: string, content: NewSheetContent): Sheet {
  const name = freeSheetName(ss, baseName);
  const sheet = appendNewSheet(ss, name);
  const width = content.values[0]?.length ?? 0;
  if (content.values.length && width) {
    const range = sheet.getRange(1, 1, content.values.length, width);
    range.setNumberFormats(content.numberFormats);
    range.setValues(content.values);
    if (content.wrap) range.setWrap(true);
    if (content.headerRow !== undefined)
      sheet
        .getRange(content.headerRow + 1, 1, 1, width)
        .setFontWeight('bold')
        .setBackground('#f1f3f4');
  }
  if (content.validations?.length) setListValidations(sheet, content.validations);
  for (const a1 of content.merges ?? []) sheet.getRange(a1).merge();
  if (content.frozenRows) sheet.setFrozenRows(content.frozenRows);
  content.columnWidths?.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  ss.setActiveSheet(sheet);
  return sheet;
}

/**
 * Replaces the text of one cell (A1 on `sheet`) only when `still(current)` says it holds what the user saw; the
 * cell is formatted '@' so the new text stays text. One read and one formatted write of that cell; false when
 * the cell changed since and nothing was written.
 */
export function replaceCellText(sheet: Sheet, a1: string, still: (current: unknown) => boolean, text: string): boolean {
  const range = sheet.getRange(a1);
  const current = range.getValue();
  if (!still(current)) return false;
  let wrote = false;
  if (journaling() && !covered(sheet)) {
    const format = range.getNumberFormat();
    recordChange({
      sheet,
      said: () => texts().changes.cells(sheet.getName(), a1),
      undo: () => {
        range.setNumberFormat(format);
        if (wrote) range.setValues([[current]]);
      },
    });
  }
  range.setNumberFormat('@');
  range.setValues([[text]]);
  wrote = true;
  return true;
}

/**
 * Writes text into one cell (`cell`, at `a1` on `sheet`), keeping the cell's number format: the text made safe by
 * safeText is fitted to it (see forFormat). `before`: what the cell held (its value; the caller has checked it has
 * no formula), written back if the action fails later. One getNumberFormat and one setValue.
 */
export function writeCellText(sheet: Sheet, cell: Range, a1: string, text: string, before: unknown): void {
  recordCell(sheet, cell, a1, before);
  cell.setValue(forFormat(text, cell.getNumberFormat()));
}

/** A 0-based box of cells. */
export interface CellBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The fills and notes of a box, read with one getBackgrounds and one getNotes. */
export function readFillsAndNotes(sheet: Sheet, box: CellBox): { backgrounds: string[][]; notes: string[][] } {
  const range = sheet.getRange(box.row + 1, box.col + 1, box.rows, box.cols);
  return { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
}

/** Writes the fills (null: none) and notes of a box: one setBackgrounds and one setNotes. */
export function writeFillsAndNotes(
  sheet: Sheet,
  box: CellBox,
  backgrounds: (string | null)[][],
  notes: string[][],
  /** What the box held before (as readFillsAndNotes gave it), to put back if the action fails later. */
  before?: { backgrounds: string[][]; notes: string[][] },
): void {
  const range = sheet.getRange(box.row + 1, box.col + 1, box.rows, box.cols);
  if (journaling() && !covered(sheet)) {
    const old = before ?? readFillsAndNotes(sheet, box);
    recordChange({
      sheet,
      said: () => texts().changes.cells(sheet.getName(), range.getA1Notation()),
      undo: () => {
        range.setBackgrounds(old.backgrounds);
        range.setNotes(old.notes);
      },
    });
  }
  range.setBackgrounds(backgrounds);
  range.setNotes(notes);
}

/**
 * Rewrites cells of one column in ONE setValues, so one Undo takes the whole change back: the span from
 * `firstRow` to `lastRow` (0-based) is read once (values and formulas), `change` says the new text of a cell
 * (or undefined to keep it), and every other cell of the span is written back as it was — its formula, or
 * its value. Returns how many cells changed; nothing is written when none did.
 */
export function rewriteColumnSpan(
  sheet: Sheet,
  col: number,
  firstRow: number,
  lastRow: number,
  change: (row: number, value: unknown, formula: string) => string | undefined,
): number {
  const range = sheet.getRange(firstRow + 1, col + 1, lastRow - firstRow + 1, 1);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  let changed = 0;
  const out = values.map((r, i) => {
    const formula = formulas[i]?.[0] ?? '';
    const next = change(firstRow + i, r[0], formula);
    if (next !== undefined) {
      changed++;
      return [forFormat(next, formats[i]?.[0])];
    }
    return [formula || r[0]];
  });
  if (changed) {
    const original = values.map((r, i) => [formulas[i]?.[0] || r[0]]);
    range.setValues(out);
    if (journaling())
      recordChange({
        sheet,
        said: () => texts().changes.cells(sheet.getName(), range.getA1Notation()),
        undo: () => range.setValues(original),
      });
  }
  return changed;
}

/**
 * Text made safe by safeText («'=…», «'-…») as it must be written into a cell of this number format: a plain-text
 * cell ('@') keeps every character literally, so the apostrophe marker would stay in the text; it is dropped there
 * (the cell holds text whatever it starts with).
 */
function forFormat(text: string, format: string | undefined): string {
  return format === '@' && /^'\s*[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** Appends text rows below the sheet's last row (growing the sheet when needed), as text. */
export function appendTextRows(sheet: Sheet, rows: string[][]): void {
  if (!rows.length || !rows[0]!.length) return;
  const last = sheet.getLastRow();
  const max = sheet.getMaxRows();
  recordAppend(sheet, last, max, rows.length, rows[0]!.length);
  if (last + rows.length > max) sheet.insertRowsAfter(max, last + rows.length - max);
  const range = sheet.getRange(last + 1, 1, rows.length, rows[0]!.length);
  range.setNumberFormat('@');
  range.setValues(rows);
}

/**
 * Appends rows below the sheet's last row in one write (appendRow writes one row per call), growing the sheet
 * when needed. `columnFormats`: one number format per column, set before the values land. Returns the 0-based first row.
 */
export function appendRows(sheet: Sheet, rows: readonly unknown[][], columnFormats: readonly string[]): number {
  const last = sheet.getLastRow();
  if (!rows.length) return last;
  const width = rows[0]!.length;
  const maxRows = sheet.getMaxRows();
  recordAppend(sheet, last, maxRows, rows.length, width);
  if (last + rows.length > maxRows) sheet.insertRowsAfter(maxRows, last + rows.length - maxRows);
  const range = sheet.getRange(last + 1, 1, rows.length, width);
  range.setNumberFormats(rows.map(() => [...columnFormats]));
  range.setValues(rows.map((r) => [...r]));
  return last;
}

/**
 * Row 1 as a header: its first `width` cells bold, the row frozen (one setFontWeight, one setFrozenRows). On a
 * sheet the action did not create, the old weights and frozen rows are read first and put back if it fails later.
 */
export function setHeaderRow(sheet: Sheet, width: number): void {
  const range = sheet.getRange(1, 1, 1, width);
  if (journaling() && !covered(sheet)) {
    const weights = range.getFontWeights();
    const frozen = sheet.getFrozenRows();
    recordChange({
      sheet,
      said: () => texts().changes.cells(sheet.getName(), range.getA1Notation()),
      undo: () => {
        range.setFontWeights(weights);
        sheet.setFrozenRows(frozen);
      },
    });
  }
  range.setFontWeight('bold');
  sheet.setFrozenRows(1);
}

/** Number formats on a few ranges of a sheet (one call per range). */
export function setRangeFormats(sheet: Sheet, formats: readonly { range: string; format: string }[]): void {
  recordUncovered(sheet);
  for (const f of formats) sheet.getRange(f.range).setNumberFormat(f.format);
}

/** Background colours of one range. */
export function setRangeBackgrounds(sheet: Sheet, range: string, colors: string[][]): void {
  if (!range || !colors.length) return;
  recordUncovered(sheet);
  sheet.getRange(range).setBackgrounds(colors);
}

/** What a sheet of text holds, enough to put it back: values (formulas kept), formats, notes, wraps, alignments, merges, size. */
interface TextSnapshot {
  maxRows: number;
  maxColumns: number;
  values: unknown[][];
  formats: string[][];
  notes: string[][];
  wraps: boolean[][];
  alignments: ('top' | 'middle' | 'bottom' | null)[][];
  merges: string[];
}

function textSnapshot(sheet: Sheet): TextSnapshot {
  const range = sheet.getDataRange();
  const formulas = range.getFormulas();
  return {
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    values: range.getValues().map((row, r) => row.map((v, c) => formulas[r]?.[c] || v)),
    formats: range.getNumberFormats(),
    notes: range.getNotes(),
    wraps: range.getWraps(),
    alignments: range.getVerticalAlignments() as TextSnapshot['alignments'],
    merges: range.getMergedRanges().map((m) => m.getA1Notation()),
  };
}

/** Puts a sheet of text back as it was (formats before values, so that text stays text). */
function restoreText(sheet: Sheet, b: TextSnapshot): void {
  sheet.getDataRange().breakApart();
  sheet.clear();
  sheet.clearNotes();
  if (sheet.getMaxRows() > b.maxRows) sheet.deleteRows(b.maxRows + 1, sheet.getMaxRows() - b.maxRows);
  if (sheet.getMaxColumns() > b.maxColumns) sheet.deleteColumns(b.maxColumns + 1, sheet.getMaxColumns() - b.maxColumns);
  const rows = b.values.length;
  const width = b.values[0]?.length ?? 0;
  if (rows && width) {
    const range = sheet.getRange(1, 1, rows, width);
    range.setNumberFormats(b.formats);
    range.setValues(b.values);
    range.setNotes(b.notes);
    range.setWraps(b.wraps);
    range.setVerticalAlignments(b.alignments);
  }
  for (const a1 of b.merges) sheet.getRange(a1).merge();
}

/**
 * Clears a sheet of text an earlier run made (an imported table) to write it anew. What it held — text,
 * formats, notes, wraps, alignments, merges, size — is read first and written back if the action fails later.
 */
export function clearToRewrite(sheet: Sheet): Sheet {
  if (journaling() && !covered(sheet)) {
    const before = textSnapshot(sheet);
    recordChange({ sheet, said: () => texts().changes.rebuilt(sheet.getName()), undo: () => restoreText(sheet, before), whole: true });
  }
  sheet.getDataRange().breakApart();
  sheet.clear();
  sheet.clearNotes();
  return sheet;
}

export interface TextSheetContent {
  values: string[][];
  /** Merged areas, 0-based and inclusive. */
  merges: readonly { r0: number; c0: number; r1: number; c1: number }[];
  /** The note on A1 (where the sheet came from). */
  note: string;
  /** For a sheet just made: rows frozen, and each column's width in px. */
  frozenRows?: number;
  columnWidth?: number;
}

/**
 * Writes a table of text from A1 (a table read from a Word document): '@' before the values, so «1.», «2024»,
 * «26.09.2022» stay text as written; wrapped and top-aligned; its merges and the note on A1.
 */
export function writeTextSheet(sheet: Sheet, content: TextSheetContent): void {
  const rows = content.values.length;
  const width = content.values[0]?.length ?? 0;
  if (!rows || !width) return;
  recordUncovered(sheet);
  const range = rangeGrowing(sheet, rows, width);
  range.setNumberFormat('@');
  range.setValues(content.values);
  range.setWrap(true);
  range.setVerticalAlignment('top');
  sheet.getRange(1, 1).setNote(content.note);
  for (const m of content.merges) sheet.getRange(m.r0 + 1, m.c0 + 1, m.r1 - m.r0 + 1, m.c1 - m.c0 + 1).merge();
  if (content.frozenRows) sheet.setFrozenRows(content.frozenRows);
  if (content.columnWidth) sheet.setColumnWidths(1, width, content.columnWidth);
}
