/** What every custom function does with its arguments before any work: a rectangular grid, and a size guard. */
import { MAX_GRID_CELLS, MAX_GRID_CHARS, toGrid } from '../core/table/grid';
import { currentLang } from './runtime';

/** How large a range argument a custom function takes: cells, and characters of text in them. */
export interface InputLimits {
  cells: number;
  chars: number;
}

/**
 * The limits of each custom function's range arguments, measured (`npm run bench`, «largest accepted input»
 * rows; bench/custom-functions.ts prints other sizes): each finishes well under Google's 30 s on the largest
 * input it takes, whatever the text in it (at most 5 s of processor time in Node on this project's machine).
 * Most take half a million cells and ten million characters; the people functions read every name and compare
 * it with the others (half a million characters, a column of 20 000 cells of two names each, and the 200 000
 * cells of core/people); PLAN_DATES returns three values per cell, dates among them (100 000 cells).
 */
export const INPUT_LIMITS = {
  default: { cells: MAX_GRID_CELLS, chars: MAX_GRID_CHARS },
  people: { cells: 200_000, chars: 500_000 },
  planDates: { cells: 100_000, chars: MAX_GRID_CHARS },
} satisfies Record<string, InputLimits>;

/** Above this many cells a custom function refuses before doing any work (most functions). */
export const MAX_CELLS = INPUT_LIMITS.default.cells;

/**
 * A single value or a range → a rectangular grid (ragged rows padded, null rows empty); a range past the
 * limits (cells, or characters of text) is refused with a message in the user's language before any work.
 */
export function asGrid(value: unknown, limits: InputLimits = INPUT_LIMITS.default): unknown[][] {
  const g = toGrid(value, { maxCells: limits.cells, maxChars: limits.chars, lang: currentLang() });
  if (!g.ok) throw new Error(g.message);
  return g.grid;
}
