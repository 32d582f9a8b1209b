/** What every custom function does with its arguments before any work: a grid, and a size guard. */
import { messages } from '../core/i18n';

/** Above this many cells a custom function refuses before doing any work. */
export const MAX_CELLS = 500_000;

/** A single value or a range → a grid; refuses a range larger than MAX_CELLS. */
export function asGrid(value: unknown): unknown[][] {
  const rows = Array.isArray(value) ? (value as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r])) : [[value]];
  const cells = rows.reduce((n, r) => n + r.length, 0);
  if (cells > MAX_CELLS) throw new Error(messages('ru').errors.tooLarge(cells, MAX_CELLS));
  return rows;
}
