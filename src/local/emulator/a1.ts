/**
 * A1 notation: column letters, cell and range references, optional sheet names.
 * Rows and columns are 1-based everywhere, as in Apps Script.
 */
import { columnIndex, columnLetter } from '../../core/table/a1';

/** A rectangle of cells, 1-based and inclusive of its first row/column. */
export interface GridBox {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed reference such as `'Лист 1'!A1:B2`. */
export interface A1Reference {
  sheetName?: string;
  box: GridBox;
}

/** 1 → "A", 27 → "AA" (1-based, as Apps Script counts). */
export function columnToLetters(column: number): string {
  return columnLetter(column - 1);
}

/** "A" → 1, "aa" → 27; 0 for anything that is not column letters. */
export function lettersToColumn(letters: string): number {
  return columnIndex(letters) + 1;
}

/** A1 text of a box: "B3" for one cell, "A1:C10" otherwise. */
export function boxToA1(box: GridBox): string {
  const start = `${columnToLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnToLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

/** Quotes a sheet name for a reference when it needs it: `'Лист 1'`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Parses "A1", "A1:B2", "$A$1:$B$2", "Лист1!A1" or "'Лист 1'!A1:B2".
 * Returns undefined for anything else (whole columns/rows are not supported).
 */
export function parseA1(text: string): A1Reference | undefined {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const rawSheet = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheetName =
      rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2 ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    if (!sheetName) return undefined;
  }
  const [first, second, extra] = rest.split(':');
  if (first === undefined || extra !== undefined) return undefined;
  const a = CELL.exec(first);
  const b = CELL.exec(second ?? first);
  if (!a || !b) return undefined;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = lettersToColumn(a[1] ?? '');
  const c2 = lettersToColumn(b[1] ?? '');
  if (r1 < 1 || r2 < 1) return undefined;
  const box: GridBox = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
  return sheetName === undefined ? { box } : { sheetName, box };
}

/** True when the two boxes share at least one cell. */
export function boxesIntersect(a: GridBox, b: GridBox): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

/** True when `inner` lies entirely inside `outer`. */
export function boxContains(outer: GridBox, inner: GridBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
