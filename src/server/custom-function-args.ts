/** What every custom function does with its arguments before any work: a rectangular grid, and a size guard. */
import { toGrid } from '../core/table/grid';

/** Above this many cells a custom function refuses before doing any work. */
export const MAX_CELLS = 500_000;

/**
 * A single value or a range → a rectangular grid (ragged rows padded, null rows empty); a range larger than
 * MAX_CELLS is refused with a Russian message before any work.
 */
export function asGrid(value: unknown): unknown[][] {
  const g = toGrid(value, { maxCells: MAX_CELLS });
  if (!g.ok) throw new Error(g.message);
  return g.grid;
}
