/**
 * Word tables as sheet values, and tables that Word's pages split put back together.
 *
 * - A table becomes a rectangle of texts: a cell spanning grid columns (gridSpan) or rows (vMerge) keeps its
 *   text in its top-left cell, the covered cells are '', and the merge is listed (as a paste from Word into
 *   Sheets leaves merged cells).
 * - A table split across pages comes back as one: two tables with only empty paragraphs or page breaks between
 *   them and the same grid are joined when the second repeats the first's header rows, or goes on with the
 *   first's numbering, or starts with a row cut by the page break (its cells go on from the row above: empty
 *   number, lower-case text), which is joined into that row.
 * - A one-cell table that only wraps other tables (a layout frame) gives way to the tables inside.
 * - A table of its own inside a form's cell (a project passport, «Финансовое обеспечение | <a paragraph and the
 *   budget table>») follows the form as a table, under the row's label as its heading: the form is 2–3 columns
 *   wide, the inner table has at least 3 columns and 2 rows. The form's cell keeps its own paragraphs. A small
 *   table in a wide table's cell (a team list in a plan's «Ответственные») stays the cell's text.
 */
import { nestedText, type WordBlock, type WordParagraph, type WordRow, type WordTable } from './document';

export interface TableValues {
  values: string[][];
  /** Merged areas, 0-based and inclusive. */
  merges: { r0: number; c0: number; r1: number; c1: number }[];
  /** Rows marked as header rows (repeated on every page), 0-based. */
  headerRows: number[];
}

/** The table as sheet values with its merges. */
export function tableValues(t: WordTable): TableValues {
  const width = t.columns;
  const values: string[][] = [];
  const merges: TableValues['merges'] = [];
  const headerRows: number[] = [];
  /** Per column, the merge a vertical run is growing (its index in `merges`). */
  const open = new Map<number, number>();
  t.rows.forEach((row, r) => {
    const out = new Array<string>(width).fill('');
    if (row.header) headerRows.push(r);
    let c = row.before;
    for (const cell of row.cells) {
      if (c >= width) break;
      const span = Math.min(cell.span, width - c);
      if (cell.vMerge === 'continue' && open.has(c)) {
        merges[open.get(c)!]!.r1 = r;
      } else {
        out[c] = cell.text;
        if (cell.vMerge === 'restart' || span > 1) {
          merges.push({ r0: r, c0: c, r1: r, c1: c + span - 1 });
          if (cell.vMerge === 'restart') open.set(c, merges.length - 1);
          else open.delete(c);
        } else open.delete(c);
      }
      c += span;
    }
    values.push(out);
  });
  return { values, merges: merges.filter((m) => m.r1 > m.r0 || m.c1 > m.c0), headerRows };
}

const isEmptyParagraph = (b: WordBlock): b is WordParagraph => b.kind === 'paragraph' && b.text.trim() === '';

/** The blocks with split tables joined, layout frames unwrapped and the tables inside a form's cells lifted after it. */
export function joinSplitTables(blocks: readonly WordBlock[]): WordBlock[] {
  const out: WordBlock[] = [];
  for (const block of liftNested(unwrapFrames(blocks))) {
    if (block.kind === 'table') {
      const prev = previousTable(out);
      if (prev && joinable(prev.table, block)) {
        out.length = prev.at + 1; // the empty paragraphs between go
        out[prev.at] = join(prev.table, block);
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

function unwrapFrames(blocks: readonly WordBlock[]): WordBlock[] {
  const out: WordBlock[] = [];
  for (const b of blocks) {
    const only = b.kind === 'table' && b.rows.length === 1 && b.rows[0]!.cells.length === 1 ? b.rows[0]!.cells[0]! : undefined;
    if (only?.tables?.length) out.push(...unwrapFrames(only.tables));
    else out.push(b);
  }
  return out;
}

/** The widest a form (label | value, or № | label | value) is. */
const FORM_COLUMNS = 3;

const isOwnTable = (t: WordTable) => t.columns >= 3 && t.rows.length >= 2;

/** Tables of their own in a form's cells, lifted to follow the form, each under its row's label. */
function liftNested(blocks: readonly WordBlock[]): WordBlock[] {
  const out: WordBlock[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table' || b.columns > FORM_COLUMNS || !b.rows.some((r) => r.cells.some((c) => c.tables?.some(isOwnTable)))) {
      out.push(b);
      continue;
    }
    const after: WordBlock[] = [];
    const rows = b.rows.map((row): WordRow => {
      const cells = row.cells.map((cell, i) => {
        if (!cell.blocks || !cell.tables?.some(isOwnTable)) return cell;
        const label = i > 0 ? row.cells[0]!.text.replace(/\s+/g, ' ').trim() : '';
        if (label) after.push({ kind: 'paragraph', text: label, heading: 9 });
        const own: string[] = [];
        for (const inner of cell.blocks) {
          if (inner.kind === 'paragraph') {
            own.push(inner.text);
            after.push(inner);
          } else if (isOwnTable(inner)) after.push(...liftNested([inner]));
          else own.push(...nestedText(inner));
        }
        const { tables: _t, blocks: _b, ...rest } = cell;
        return { ...rest, text: own.join('\n').trim() };
      });
      return { ...row, cells };
    });
    out.push({ ...b, rows }, ...after);
  }
  return out;
}

/** The last table of `out` when only empty paragraphs (page breaks) follow it. */
function previousTable(out: WordBlock[]): { table: WordTable; at: number } | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i]!;
    if (b.kind === 'table') return { table: b, at: i };
    if (!isEmptyParagraph(b)) return undefined;
  }
  return undefined;
}

const rowKey = (r: WordRow) => r.cells.map((c) => c.text.replace(/\s+/g, ' ').trim().toLowerCase()).join('|');

/** How many rows at the top of `b` repeat the header of `a`. */
function repeatedHeader(a: WordTable, b: WordTable): number {
  let n = 0;
  while (
    n < a.rows.length &&
    n < b.rows.length &&
    n < 4 &&
    rowKey(a.rows[n]!) === rowKey(b.rows[n]!) &&
    rowKey(a.rows[n]!).replace(/\|/g, '') !== ''
  )
    n++;
  if (n === 0) while (n < b.rows.length && b.rows[n]!.header) n++;
  return n;
}

/** «12.», «3.1» → the number's parts; null when the text does not start with a number. */
function numberOf(text: string): number[] | null {
  const m = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s|$)/.exec(text);
  return m ? m[1]!.split('.').map(Number) : null;
}

function lastNumber(t: WordTable): number[] | null {
  for (let i = t.rows.length - 1; i >= 0; i--) {
    const n = numberOf(t.rows[i]!.cells[0]?.text ?? '');
    if (n) return n;
  }
  return null;
}

/** Numbering that goes on: 4 → 5, 2.3 → 2.4 or 3, 2.3 → 3.1. */
function continues(a: number[], b: number[]): boolean {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    if (b[k] === a[k]) continue;
    return b[k] === a[k]! + 1 && b.slice(k + 1).every((x) => x <= 1);
  }
  return b.length > a.length && b[a.length] === 1;
}

/** The first row of `b` goes on from the last row of `a`: no number of its own, its text starting in lower case. */
function cutRow(b: WordTable): boolean {
  const first = b.rows[0];
  if (!first || numberOf(first.cells[0]?.text ?? '')) return false;
  const texts = first.cells.map((c) => c.text.trim()).filter(Boolean);
  return texts.length > 0 && texts.every((t) => /^[\p{Ll}(,;.–—-]/u.test(t));
}

function joinable(a: WordTable, b: WordTable): boolean {
  if (a.columns !== b.columns || !a.rows.length || !b.rows.length) return false;
  if (repeatedHeader(a, b) > 0 || cutRow(b)) return true;
  const last = lastNumber(a);
  const first = numberOf(b.rows[0]!.cells[0]?.text ?? '');
  return !!last && !!first && continues(last, first);
}

function join(a: WordTable, b: WordTable): WordTable {
  const skip = repeatedHeader(a, b);
  const rows = [...a.rows];
  let rest = b.rows.slice(skip);
  if (skip === 0 && cutRow(b)) {
    const last = rows[rows.length - 1]!;
    const cut = rest[0]!;
    rows[rows.length - 1] = {
      ...last,
      cells: last.cells.map((c, i) => {
        const more = cut.cells[i]?.text.trim() ?? '';
        return more ? { ...c, text: joinText(c.text, more) } : c;
      }),
    };
    rest = rest.slice(1);
  }
  return { kind: 'table', rows: [...rows, ...rest], columns: a.columns };
}

/** A cell's text going on after a page break: a word hyphenated at the break is joined («реализа-» + «ции»). */
function joinText(before: string, after: string): string {
  if (!before) return after;
  if (/\p{L}[-\u00ad]$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}
