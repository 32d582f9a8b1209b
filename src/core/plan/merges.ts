/**
 * Which merged ranges of a plan sheet are worth a word. A merge within one row (a title, a stage or a section
 * heading across the table — what «Новый план» makes itself) reads fine: its text is in its first cell. A merge
 * over several rows leaves every row but the first empty in getValues, so the rows below lose their text.
 */
import { parseRangeA1, type A1 } from '../table/a1';

export function mergesWorthReporting(merged: readonly A1[]): A1[] {
  return merged.filter((a1) => {
    const r = parseRangeA1(a1);
    return !r || r.end.row > r.start.row;
  });
}
