/** A1 notation: column letters, cell and range addresses. Rows and columns are 0-based in code, 1-based in A1. */

export type A1 = string;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col0: number): string {
  if (!Number.isInteger(col0) || col0 < 0) throw new RangeError(`Bad column index: ${col0}`);
  let n = col0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "aa" → 26; -1 for anything that is not column letters. */
export function columnIndex(letters: string): number {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,4}$/.test(s)) return -1;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → "A1". */
export function toA1(row0: number, col0: number): A1 {
  if (!Number.isInteger(row0) || row0 < 0) throw new RangeError(`Bad row index: ${row0}`);
  return `${columnLetter(col0)}${row0 + 1}`;
}

/** (0, 0, 9, 3) → "A1:D10"; one cell gives "A1". */
export function rangeA1(r0: number, c0: number, r1: number, c1: number): A1 {
  const a = toA1(Math.min(r0, r1), Math.min(c0, c1));
  const b = toA1(Math.max(r0, r1), Math.max(c0, c1));
  return a === b ? a : `${a}:${b}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  sheet?: string;
  start: CellRef;
  end: CellRef;
}

/** "B3", "$B$3" → { row: 2, col: 1 }; null when it is not a cell address. */
export function parseA1(a1: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]!);
  return row < 0 || col < 0 ? null : { row, col };
}

/** "A1:D10", "'Лист 1'!B2", "Sheet1!A1" → a range (a single cell is a 1×1 range); null when malformed. */
export function parseRangeA1(text: string): RangeRef | null {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (/^'.*'$/.test(sheet)) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    if (!sheet) return null;
  }
  const [a, b, extra] = rest.split(':');
  if (extra !== undefined || a === undefined) return null;
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return null;
  const range: RangeRef = {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
  if (sheet !== undefined) range.sheet = sheet;
  return range;
}
