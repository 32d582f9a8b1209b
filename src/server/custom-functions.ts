/**
 * Custom functions for formulas. Each call is its own execution (30 s limit), so they take whole
 * ranges and return whole arrays, never write, and put a readable message into a bad cell instead
 * of failing the whole range. Their JSDoc for Sheets' autocomplete lives in entry-points.ts.
 */
import { parseAmount } from '../core/budget/amount';
import { messages } from '../core/i18n';

/** Above this many cells a custom function refuses before doing any work. */
export const MAX_CELLS = 500_000;

type Cell = unknown;
type Grid = Cell[][];

/** Applies `perCell` to a scalar or to every cell of a range, with a size guard. */
export function mapCells<T>(input: Cell | Grid, perCell: (value: Cell) => T): T | T[][] {
  if (!Array.isArray(input)) return perCell(input);
  const rows = input as Grid;
  const cells = rows.length * (rows[0]?.length ?? 0);
  if (cells > MAX_CELLS) throw new Error(messages('ru').errors.tooLarge(cells, MAX_CELLS));
  return rows.map((row) => row.map(perCell));
}

/** RUB(value): Russian money text → number. Blank stays blank; a bad cell gets a message (a single bad cell: an error). */
export function RUB(value: Cell | Grid): number | string | (number | string)[][] {
  const t = messages('ru').rub;
  if (!Array.isArray(value)) {
    if (value === '' || value === null || value === undefined) return '';
    const one = parseAmount(value);
    if (!one.ok) throw new Error(t.notNumber(one.reason));
    return one.value;
  }
  return mapCells(value, (cell) => {
    if (cell === '' || cell === null || cell === undefined) return '';
    const r = parseAmount(cell);
    return r.ok ? r.value : t.notNumber(r.reason);
  }) as (number | string)[][];
}
