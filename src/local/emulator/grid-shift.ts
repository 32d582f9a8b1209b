/** Inserting and deleting rows and columns of a sheet model, merges and widths included. */
import { boxToA1, parseA1, type GridBox } from './a1';
import type { SheetModel } from './workbook';

type Axis = 'row' | 'column';

/** Inserts `count` empty rows/columns after position `after` (0 = at the top/left). */
export function insertLines(sheet: SheetModel, axis: Axis, after: number, count: number): void {
  if (axis === 'row') {
    if (after < sheet.rows.length) sheet.rows.splice(after, 0, ...Array.from({ length: count }, () => []));
    sheet.maxRows += count;
  } else {
    for (const line of sheet.rows) if (after < line.length) line.splice(after, 0, ...new Array(count).fill(undefined));
    if (after < sheet.columnWidths.length) sheet.columnWidths.splice(after, 0, ...new Array(count).fill(undefined));
    sheet.maxColumns += count;
  }
  sheet.merges = mapMerges(sheet.merges, axis, (start, end) =>
    start > after ? [start + count, end + count] : end > after ? [start, end + count] : [start, end],
  );
}

/** Deletes `count` rows/columns starting at 1-based `position`. */
export function deleteLines(sheet: SheetModel, axis: Axis, position: number, count: number): void {
  const max = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
  if (position < 1 || count < 1 || position + count - 1 > max) {
    throw new Error(`Those ${axis === 'row' ? 'rows' : 'columns'} are out of bounds.`);
  }
  if (count >= max) throw new Error(`You can't delete all the ${axis === 'row' ? 'rows' : 'columns'} on the sheet.`);
  if (axis === 'row') {
    sheet.rows.splice(position - 1, count);
    sheet.maxRows -= count;
  } else {
    for (const line of sheet.rows) line.splice(position - 1, count);
    sheet.columnWidths.splice(position - 1, count);
    sheet.maxColumns -= count;
  }
  const last = position + count - 1;
  sheet.merges = mapMerges(sheet.merges, axis, (start, end) => {
    if (end < position) return [start, end];
    if (start > last) return [start - count, end - count];
    return undefined; // a merge touching the deleted lines is dropped
  });
}

function mapMerges(merges: string[], axis: Axis, map: (start: number, end: number) => [number, number] | undefined): string[] {
  return merges.flatMap((a1) => {
    const box = parseA1(a1)?.box;
    if (!box) return [];
    const [start, size] = axis === 'row' ? [box.row, box.numRows] : [box.column, box.numColumns];
    const mapped = map(start, start + size - 1);
    if (!mapped) return [];
    const next: GridBox =
      axis === 'row'
        ? { ...box, row: mapped[0], numRows: mapped[1] - mapped[0] + 1 }
        : { ...box, column: mapped[0], numColumns: mapped[1] - mapped[0] + 1 };
    return [boxToA1(next)];
  });
}
