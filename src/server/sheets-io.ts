/**
 * All spreadsheet I/O of the add-on, in batches: a sheet is read with one getValues, a generated
 * sheet is written with one setValues and one call per kind of format. Nothing here decides anything.
 */
import { parseRangeA1 } from '../core/table/a1';
import { asShown } from './dates-io';
import { findGenerated, freeSheetName, markGenerated } from './generated-sheets';
import { UserError, texts } from './runtime';
import { covered, forgetSheet, journaling, recordChange } from './undo';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { activeSpreadsheet } from './active-spreadsheet';

/** The named sheet, or the active one when no name is given. */
export function sheetByName(ss: Spreadsheet, name?: string): Sheet {
  if (!name) return ss.getActiveSheet();
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new UserError(texts().errors.noSheet(name));
  return sheet;
}

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
    recordRebuilt(sheet, actualName);
    if (content.notes) sheet.clearNotes();
  } else {
    actualName = freeSheetName(ss, name);
    if (actualName !== name) notice = texts().errors.userSheet(name, actualName);
    sheet = ss.insertSheet(actualName);
    recordCreated(ss, sheet, actualName);
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
  if (!journaling()) return;
  const first = after + 1;
  const last = after + count;
  recordChange({
    sheet,
    said: () => texts().changes.columns(sheet.getName(), `${columnLetters(first)}:${columnLetters(last)}`),
    undo: () => sheet.deleteColumns(first, count),
    columns: { first, last },
  });
}

export interface ListValidation {
  /** A1 range on the sheet. */
  range: string;
  list: string[];
  /** false: a value outside the list is refused; true: only a warning. */
  allowInvalid: boolean;
}

/**
 * List validations in one call: one setDataValidations over the box that holds every range, with null
 * (no rule) in the cells no range covers. One rule object per distinct list.
 */
export function setListValidations(sheet: Sheet, validations: readonly ListValidation[]): void {
  const boxes = validations.flatMap((v) => {
    const ref = parseRangeA1(v.range);
    return ref ? [{ ref, v }] : [];
  });
  if (!boxes.length) return;
  const top = Math.min(...boxes.map((b) => b.ref.start.row));
  const left = Math.min(...boxes.map((b) => b.ref.start.col));
  const bottom = Math.max(...boxes.map((b) => b.ref.end.row));
  const right = Math.max(...boxes.map((b) => b.ref.end.col));
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<GoogleAppsScript.Spreadsheet.DataValidation | null>(right - left + 1).fill(null),
  );
  const box = sheet.getRange(top + 1, left + 1, rules.length, rules[0]!.length);
  if (!covered(sheet, left + 1, right + 1)) {
    const old = box.getDataValidations();
    recordChange({
      sheet,
      said: () => texts().changes.cells(sheet.getName(), box.getA1Notation()),
      undo: () => box.setDataValidations(old),
    });
  }
  const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const { ref, v } of boxes) {
    const id = JSON.stringify([v.list, v.allowInvalid]);
    let rule = built.get(id);
    if (!rule) {
      rule = SpreadsheetApp.newDataValidation().requireValueInList(v.list, true).setAllowInvalid(v.allowInvalid).build();
      built.set(id, rule);
    }
    for (let r = ref.start.row; r <= ref.end.row; r++) for (let c = ref.start.col; c <= ref.end.col; c++) rules[r - top]![c - left] = rule;
  }
  box.setDataValidations(rules);
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
  const sheet = ss.insertSheet(name);
  recordCreated(ss, sheet, name);
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

/** An embedded column chart over one range of the sheet (first column: the categories; first row: the series names). */
export interface ColumnChart {
  /** A1 range on the sheet. */
  range: string;
  title: string;
  stacked: boolean;
  /** 0-based anchor cell. */
  anchor: { row: number; col: number };
}

/**
 * Replaces the charts of a generated sheet with this one (a generated sheet's charts are all ours; Sheet.clear
 * is taken to leave charts in place — unverified, so they are removed explicitly). Cost: getCharts, one removeChart per old chart, and the builder's dozen calls.
 */
export function replaceChart(sheet: Sheet, chart: ColumnChart): void {
  replaceCharts(sheet, [
    {
      type: 'column',
      title: chart.title,
      ranges: [chart.range],
      row: chart.anchor.row,
      col: chart.anchor.col,
      stacked: chart.stacked,
      headers: 1,
    },
  ]);
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
export function forFormat(text: string, format: string | undefined): string {
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

// ---- protections and appending (the checklist job's school tabs and round history) ----

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

/**
 * Leaves `editors` on a protection — with the owner and the user running the script, whom Sheets never removes —
 * in the order of Google's own sample (developers.google.com/apps-script/reference/spreadsheet/protection):
 * 1. the running user added first: otherwise, when their edit right comes through a Google Group, removing the
 *    group throws ("Ensure the current user is an editor before removing others");
 * 2. everyone else removed: a new protection mirrors the file's sharing, so until its editors change it
 *    protects nothing;
 * 3. domain-wide editing turned off where it is on (a Workspace file shared with the domain).
 * `me` is Session.getEffectiveUser(), or null when it is unavailable (the userinfo.email scope not granted):
 * the protection is then restricted all the same (Sheets keeps the running user), but removing a group the
 * running user edits through throws — the caller turns that into a message. Unverified in Google: whether
 * removeEditors([]) alone ends the mirroring when `me` is null and the file has no editor besides its owner
 * (link sharing never shows in getEditors()); with `me` the addEditor call always does.
 */
function restrictEditors(p: Protection, editors: readonly string[], me: User | null): void {
  if (me) p.addEditor(me);
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
  if (editors.length) p.addEditors([...editors]);
}

/**
 * Protects a whole sheet except `unprotected` (A1 ranges): only `editors` (and `me`, the owner) may edit the rest.
 * Sheet.protect() returns the sheet's existing protection, so running it again updates it instead of stacking another.
 */
export function protectSheet(
  sheet: Sheet,
  description: string,
  editors: readonly string[],
  unprotected: readonly string[],
  me: User | null,
): void {
  const p = sheet.protect();
  recordProtection(sheet);
  p.setDescription(description);
  restrictEditors(p, editors, me);
  p.setUnprotectedRanges(unprotected.map((a1) => sheet.getRange(a1)));
}

/**
 * Protects ranges so that only `editors` (and `me`, the owner) may edit them, replacing the range protections with
 * the same description made earlier (Range.protect() always adds one; the strictest protection on a cell wins).
 */
export function protectRanges(
  sheet: Sheet,
  ranges: readonly string[],
  description: string,
  editors: readonly string[],
  me: User | null,
): void {
  recordProtection(sheet);
  for (const old of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) if (old.getDescription() === description) old.remove();
  for (const a1 of ranges) restrictEditors(sheet.getRange(a1).protect().setDescription(description), editors, me);
}

/** Renames a sheet, renamed back if the action fails later. */
export function renameSheet(sheet: Sheet, name: string): void {
  const old = sheet.getName();
  sheet.setName(name);
  if (journaling()) recordChange({ sheet, said: () => texts().changes.renamed(old, name), undo: () => sheet.setName(old) });
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

/** Deletes a sheet the current action has just created (nothing of the user's is on it). */
export function deleteNewSheet(ss: Spreadsheet, sheet: Sheet): void {
  ss.deleteSheet(sheet);
  forgetSheet(sheet);
}

/** A sheet protected with a warning only: anyone may edit after Sheets asks «are you sure?». */
export function warnOnEdit(sheet: Sheet, description: string): void {
  recordProtection(sheet);
  sheet.protect().setDescription(description).setWarningOnly(true);
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

/** Adds developer metadata to a sheet (the checklist job marks each school's tab with the school's name). */
export function markSheet(sheet: Sheet, key: string, value: string): void {
  sheet.addDeveloperMetadata(key, value);
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

/** The value of a sheet's developer metadata with this key, or null. */
export function sheetMark(sheet: Sheet, key: string): string | null {
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === key) return m.getValue();
  return null;
}

export interface ChartPlacement {
  type: 'column' | 'line' | 'bar';
  title: string;
  /** A1 ranges on the sheet; the first column is the domain. */
  ranges: string[];
  /** 0-based anchor cell. */
  row: number;
  col: number;
  stacked?: boolean;
  /** Header rows of the ranges (the series names), when given. */
  headers?: number;
}

/** Replaces a generated sheet's charts (clear() leaves charts in place): the old ones removed, the new ones inserted. */
export function replaceCharts(sheet: Sheet, charts: readonly ChartPlacement[]): void {
  recordUncovered(sheet);
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  for (const c of charts) {
    const builder = sheet.newChart();
    const typed = c.type === 'bar' ? builder.asBarChart() : c.type === 'line' ? builder.asLineChart() : builder.asColumnChart();
    typed.setTitle(c.title);
    if (c.stacked && c.type !== 'line') (typed as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder).setStacked();
    for (const a1 of c.ranges) typed.addRange(sheet.getRange(a1));
    if (c.headers !== undefined) typed.setNumHeaders(c.headers);
    typed.setPosition(c.row + 1, c.col + 1, 0, 0);
    sheet.insertChart(typed.build());
  }
}

// ---- the journal of an all-or-nothing action (undo.ts): what each write above changed, and how to take it back ----

function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A sheet the action has just created: taken back by deleting it. */
function recordCreated(ss: Spreadsheet, sheet: Sheet, name: string): void {
  if (journaling()) recordChange({ sheet, said: () => texts().changes.created(name), undo: () => ss.deleteSheet(sheet), whole: true });
}

/** A generated sheet just cleared to be rebuilt: it cannot be taken back, a re-run builds it anew. */
function recordRebuilt(sheet: Sheet, name: string): void {
  if (journaling() && !covered(sheet)) recordChange({ sheet, said: () => texts().changes.rebuilt(name), whole: true });
}

/** A protection about to be changed on a sheet the action did not create: a re-run sets it anew. */
function recordProtection(sheet: Sheet): void {
  if (journaling() && !covered(sheet)) recordChange({ sheet, said: () => texts().changes.protection(sheet.getName()) });
}

/** A write with no undo of its own on a sheet the action did not create or rebuild (none such today). */
function recordUncovered(sheet: Sheet): void {
  if (journaling() && !covered(sheet)) recordChange({ sheet, said: () => texts().changes.cells(sheet.getName(), ''), whole: true });
}

/**
 * Cells about to be overwritten on a sheet the action did not create: their values (formulas kept) and number
 * formats are read first, and written back if the action fails later. `first`..`last`: the range's 1-based columns.
 */
function recordCells(sheet: Sheet, range: GoogleAppsScript.Spreadsheet.Range, first?: number, last?: number): void {
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
 * Rows about to be appended below row `last` (of `max`): taken back by clearing the cells written inside the old
 * grid (they were empty: below the last row) and deleting the rows added to it.
 */
function recordAppend(sheet: Sheet, last: number, max: number, count: number, width: number): void {
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
