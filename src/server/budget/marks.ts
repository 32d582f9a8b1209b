/**
 * Marks on a budget sheet: each cell with an error or a warning gets a fill and a note naming the problem,
 * in one setBackgrounds and one setNotes over the box that holds them. What was there before (the user's
 * own fill and note) is remembered in a document property keyed by the sheet's id, so «Убрать отметки»
 * puts back exactly that — and leaves alone a cell whose fill or note the user changed since.
 */
import type * as zt from 'zod/mini';
import { z } from '../lazy-zod';
import { budgetMessages, checkBudget } from '../../core/budget';
import { currentLang } from '../runtime';
import { readSetting, writeSetting } from '../settings';
import { readFillsAndNotes, writeFillsAndNotes, type CellBox } from '../sheets-io';
import type { LoadedBudgets } from './source';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The fill of a marked cell (light red). */
export const MARK_COLOR = '#f4cccc';
/** Cells marked at most per sheet (the rest are in the sidebar's list). */
export const MAX_MARKS = 200;
/** Document properties hold 9 KB per value: the remembered marks stay under this. */
const MAX_STORED = 8500;

const markSchema = z.object({
  r: z.int().check(z.minimum(0)),
  c: z.int().check(z.minimum(0)),
  /** The fill before marking; absent: none. */
  bg: z.optional(z.string()),
  /** The note before marking; absent: none. */
  note: z.optional(z.string()),
  /** A digest of the note Кластер wrote, to see whether the user changed it since. */
  h: z.string(),
});
const marksSchema = z.object({ cells: z.array(markSchema) });
type Mark = zt.infer<typeof markSchema>;

const key = (sheetId: number) => `budget.marks:${sheetId}`;

/** A short digest of a note. */
export function digest(text: string): string {
  let h1 = 5381;
  let h2 = 52711;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = (Math.imul(h1, 33) ^ c) >>> 0;
    h2 = (Math.imul(h2, 31) + c) >>> 0;
  }
  return `${text.length.toString(36)}.${h1.toString(36)}${h2.toString(36)}`;
}

function boxOf(cells: { r: number; c: number }[]): CellBox | null {
  if (!cells.length) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const { r, c } of cells) {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

const isWhite = (bg: string) => bg.toLowerCase() === '#ffffff';

/** Puts back what the remembered marks covered, in the grids read; returns how many cells were left as the user changed them. */
function restore(marks: Mark[], box: CellBox, fills: string[][], notes: string[][]): number {
  let kept = 0;
  for (const m of marks) {
    const i = m.r - box.row;
    const j = m.c - box.col;
    let changed = false;
    if (fills[i]![j]!.toLowerCase() === MARK_COLOR) fills[i]![j] = m.bg ?? '#ffffff';
    else changed = true;
    if (digest(notes[i]![j]!) === m.h) notes[i]![j] = m.note ?? '';
    else changed = true;
    if (changed) kept++;
  }
  return kept;
}

/**
 * Where each remembered mark is now. A mark's note moves with its cell when the user inserts or deletes rows or
 * columns above or left of it, as Sheets moves every note; so a mark is looked for by the note Кластер wrote (its
 * digest), not by the position remembered. Marks whose notes are alike are matched in reading order (an insert
 * keeps their order). A mark whose note is found nowhere (the user changed or removed it) stays where it was.
 * `notes`: the notes of the sheet from A1, read once.
 */
function relocate(marks: readonly Mark[], notes: readonly (readonly string[])[]): Mark[] {
  const wanted = new Set(marks.map((m) => m.h));
  const found = new Map<string, { r: number; c: number }[]>();
  notes.forEach((row, r) =>
    row.forEach((note, c) => {
      if (!note) return;
      const h = digest(note);
      if (wanted.has(h)) found.set(h, [...(found.get(h) ?? []), { r, c }]);
    }),
  );
  const order = [...marks].sort((a, b) => a.r - b.r || a.c - b.c);
  const next = new Map<Mark, { r: number; c: number }>();
  const taken = new Map<string, number>();
  for (const m of order) {
    const i = taken.get(m.h) ?? 0;
    const at = found.get(m.h)?.[i];
    if (at) {
      next.set(m, at);
      taken.set(m.h, i + 1);
    }
  }
  return marks.map((m) => ({ ...m, ...(next.get(m) ?? {}) }));
}

/** The notes of the whole sheet from A1 (one read), to find the marks wherever they are now. */
function sheetNotes(sheet: Sheet): string[][] {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  return rows && cols ? sheet.getRange(1, 1, rows, cols).getNotes() : [];
}

export interface MarkResult {
  sheet: string;
  /** Cells marked now. */
  marked: number;
  message: string;
}

/** Marks the errors and warnings of the sheet's tables (previous marks are first taken off). */
export function markSheet(loaded: LoadedBudgets): MarkResult {
  const lang = currentLang();
  const m = budgetMessages(lang).server;
  const byCell = new Map<string, { r: number; c: number; lines: string[] }>();
  let all = 0;
  for (const t of loaded.tables) {
    for (const f of checkBudget(t, loaded.values, { lang })) {
      if (f.severity === 'info' || f.col === undefined) continue;
      const id = `${f.row}:${f.col}`;
      let cell = byCell.get(id);
      if (!cell) {
        all++;
        if (byCell.size >= MAX_MARKS) continue;
        byCell.set(id, (cell = { r: f.row, c: f.col, lines: [] }));
      }
      cell.lines.push(f.suggestion ? `${f.message} ${f.suggestion}` : f.message);
    }
  }
  const sheetId = loaded.target.getSheetId();
  const remembered = readSetting(key(sheetId), marksSchema)?.cells ?? [];
  const previous = remembered.length ? relocate(remembered, sheetNotes(loaded.target)) : remembered;
  const wanted = [...byCell.values()];
  const box = boxOf([...previous, ...wanted]);
  if (!box) return { sheet: loaded.sheet, marked: 0, message: m.marked(0, loaded.sheet) };
  const { backgrounds, notes } = readFillsAndNotes(loaded.target, box);
  const before = { backgrounds: backgrounds.map((r) => [...r]), notes: notes.map((r) => [...r]) };
  restore(previous, box, backgrounds, notes);
  const stored: Mark[] = [];
  let size = 20;
  for (const w of wanted) {
    const i = w.r - box.row;
    const j = w.c - box.col;
    const bg = backgrounds[i]![j]!;
    const before = notes[i]![j]!;
    const ours = `${m.notePrefix} ${w.lines.join('\n')}`;
    const note = before ? `${before}\n\n${ours}` : ours;
    const mark: Mark = { r: w.r, c: w.c, h: digest(note), ...(isWhite(bg) ? {} : { bg }), ...(before ? { note: before } : {}) };
    size += JSON.stringify(mark).length + 1;
    if (size > MAX_STORED) break;
    stored.push(mark);
    backgrounds[i]![j] = MARK_COLOR;
    notes[i]![j] = note;
  }
  writeFillsAndNotes(
    loaded.target,
    box,
    backgrounds.map((row) => row.map((bg) => (isWhite(bg) ? null : bg))),
    notes,
    before,
  );
  writeSetting(key(sheetId), stored.length ? { cells: stored } : null);
  const message = m.marked(stored.length, loaded.sheet) + (stored.length < all ? ` ${m.markedMore(stored.length, all)}` : '');
  return { sheet: loaded.sheet, marked: stored.length, message };
}

export interface UnmarkResult {
  sheet: string;
  removed: number;
  /** Cells the user changed after marking: left as they are. */
  kept: number;
  message: string;
}

/** Takes off exactly the marks Кластер put on the sheet. */
export function unmarkSheet(target: Sheet, sheet: string): UnmarkResult {
  const m = budgetMessages(currentLang()).server;
  const sheetId = target.getSheetId();
  const remembered = readSetting(key(sheetId), marksSchema)?.cells ?? [];
  if (!remembered.length) return { sheet, removed: 0, kept: 0, message: m.unmarked(0, sheet) };
  const previous = relocate(remembered, sheetNotes(target));
  const box = boxOf(previous)!;
  const { backgrounds, notes } = readFillsAndNotes(target, box);
  const before = { backgrounds: backgrounds.map((r) => [...r]), notes: notes.map((r) => [...r]) };
  const kept = restore(previous, box, backgrounds, notes);
  writeFillsAndNotes(
    target,
    box,
    backgrounds.map((row) => row.map((bg) => (isWhite(bg) ? null : bg))),
    notes,
    before,
  );
  writeSetting(key(sheetId), null);
  const removed = previous.length;
  return { sheet, removed, kept, message: m.unmarked(removed, sheet) + (kept ? ` ${m.keptChanged(kept)}` : '') };
}
