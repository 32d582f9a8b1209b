/**
 * A custom-function argument as a rectangular grid. Sheets passes a range as rows of equal length, but
 * the same functions are called from scripts and tests with anything: a single value, ragged rows,
 * `null` rows, holes. Everything becomes rows × columns of cells ('' where nothing was), after a size
 * guard that counts every cell the result would have, before any work.
 */
import { pluralRu } from '../i18n/plural';
import type { Lang } from '../i18n/lang';
import { cellText } from './cell';

/** Above this many cells a custom function refuses the range (its call has 30 s in all). */
export const MAX_GRID_CELLS = 500_000;
/**
 * Above this many characters of text a custom function refuses the range: work grows with the text, not only
 * with the cells (100 000 cells of 1 KB took CHECK_RESPONSIBLE past 35 s). Chosen from `npm run bench`'s
 * «largest accepted input» rows: every function finishes well under Google's 30 s at this size.
 */
export const MAX_GRID_CHARS = 10_000_000;
/** A message quotes at most this many characters of a cell. */
export const QUOTE_LIMIT = 100;

/** A range's values as a custom function or getValues hands them over, read only: the one Grid of core. */
export type Grid = readonly (readonly unknown[])[];

export type GridResult = { ok: true; grid: unknown[][]; rows: number; columns: number } | { ok: false; message: string };

const MESSAGES = {
  ru: {
    tooLarge: (cells: number, max: number) =>
      `Слишком большой диапазон: ${cells} ${pluralRu(cells, 'ячейка', 'ячейки', 'ячеек')} (не больше ${max})`,
    tooMuchText: (chars: number, max: number) =>
      `Слишком много текста в диапазоне: не меньше ${groups(chars)} ${pluralRu(chars, 'знака', 'знаков', 'знаков')} (не больше ${groups(max)}). Разделите диапазон на части`,
  },
  en: {
    tooLarge: (cells: number, max: number) => `The range is too large: ${cells} ${cells === 1 ? 'cell' : 'cells'} (at most ${max})`,
    tooMuchText: (chars: number, max: number) =>
      `Too much text in the range: at least ${groups(chars)} characters (at most ${groups(max)}). Split the range`,
  },
};

/**
 * Normalises `value` to a grid: a non-array is one cell; a row that is not an array (null, undefined,
 * a single value) becomes a row with that value (or nothing); short rows are padded with ''; holes and
 * null/undefined cells become ''. The size counted is rows × the widest row, every cell the result has.
 */
export function toGrid(value: unknown, options: { maxCells?: number; maxChars?: number; lang?: Lang } = {}): GridResult {
  const max = options.maxCells ?? MAX_GRID_CELLS;
  const maxChars = options.maxChars ?? MAX_GRID_CHARS;
  const source: unknown[] = Array.isArray(value) ? value : [[value]];
  let columns = 0;
  for (let r = 0; r < source.length; r++) {
    const row = source[r];
    const width = Array.isArray(row) ? row.length : 1;
    if (width > columns) columns = width;
  }
  const rows = source.length;
  const cells = rows * Math.max(columns, 1);
  if (cells > max) return { ok: false, message: MESSAGES[options.lang ?? 'ru'].tooLarge(cells, max) };
  const grid: unknown[][] = new Array(rows);
  let chars = 0;
  for (let r = 0; r < rows; r++) {
    const row = source[r];
    const cellsOf: unknown[] = Array.isArray(row) ? row : row === null || row === undefined ? [] : [row];
    const out: unknown[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const cell = cellsOf[c];
      if (typeof cell === 'string') chars += cell.length;
      out[c] = cell === null || cell === undefined ? '' : cell;
    }
    // counted as the rows are copied: a range past the limit stops here, before any work on it
    if (chars > maxChars) return { ok: false, message: MESSAGES[options.lang ?? 'ru'].tooMuchText(chars, maxChars) };
    grid[r] = out;
  }
  return { ok: true, grid, rows, columns };
}

/** 20000000 → «20 000 000» (plain spaces). */
function groups(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * A cell's text for a message: at most QUOTE_LIMIT characters (then «…»), spaces and line breaks
 * collapsed. Only the start of a long text is ever looked at, so a 1 MB cell costs nothing.
 */
export function quoteCell(value: unknown, limit = QUOTE_LIMIT): string {
  const text = typeof value === 'string' ? value : cellText(value);
  const start = text
    .slice(0, limit * 2 + 2)
    .replace(/\s+/g, ' ')
    .trim();
  if (start.length <= limit && text.length <= limit * 2 + 2) return start;
  const cut = start.slice(0, limit);
  // never split a surrogate pair (an emoji) in half
  const safe = /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${safe.trimEnd()}…`;
}
