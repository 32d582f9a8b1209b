/**
 * The reading pipeline every job shares: finds a table on a sheet as people paste it from Word and gives
 * each of the job's fields a column, by the header's words and by what the cells hold.
 *
 * - **The header** is a band of one to three rows: the row whose labels name the most fields, and the rows
 *   under it that go on labelling the same columns (the years under «В том числе по годам», «Всего» under
 *   «Оценка расходов», «частично» under «Критерии оценивания»). A row of column numbers («1 2 3 … 11»,
 *   even with a number doubled or missing) under the band is skipped.
 * - **No header row**: when no row names enough fields, the data rows are found by their contents, and
 *   every field the job can recognise by its cells gets the column whose cells are mostly of its kind.
 * - **Contents win over a misleading header**: a field the header does not name, or names over a column
 *   whose cells are not of the field's kind, takes the free column whose cells mostly are («Место и дата
 *   проведения», a «Сроки» column under another name).
 * - **The user's choice** (header row, columns) wins over all of that; what the pipeline guessed rather than
 *   read is said in `questions`, so a job can ask the user to confirm instead of refusing.
 * - **The context**: the lines above the table (title, approval lines, the unit, the period) in order, for
 *   the job to read.
 */
import { columnLetter } from './a1';
import { cellText, isDitto } from './cell';
import { assignCandidates, prepareSynonyms, rowCandidates, type Synonyms } from './headers';
import { parseYearLabel } from './years';
import type { Grid } from './grid';

/** Whether one cell holds what a field's cells hold (its text, and the value as getValues gave it). */
export type ContentTest = (text: string, value: unknown) => boolean;

/** A job's table: its fields, their usual header names, the fields it cannot do without, what cells hold. */
export interface TableSpec<F extends string> {
  fields: readonly F[];
  synonyms: Synonyms<F>;
  /** Fields a table must have; a header naming them beats one naming more fields but not these. */
  required: readonly F[];
  /** Fewest fields a header must name (default 2). */
  minScore?: number;
  /** How many top rows to scan for the header (default 30). */
  maxRows?: number;
  /** What a field's cells hold: a column whose filled cells mostly pass is the field's, whatever its header. */
  content?: Partial<Record<F, ContentTest>>;
  /**
   * Columns of one kind, as many as a table has (a budget's years): a test of a column's band label (and of a
   * cell in a row under the header's top row). Such columns count toward the header as one field named, are
   * never given to a field, and are listed in `series`.
   */
  series?: (label: string) => boolean;
}

/** A user's column choice: a 0-based column, or null for "this table has no such column". */
export type ColumnMapping<F extends string> = Partial<Record<F, number | null>>;

/** What the user chose for a table, remembered per sheet and job (and given to the CLI as flags). */
export interface TableChoice<F extends string> {
  mapping?: ColumnMapping<F>;
  /** The header row (0-based); -1: no header, data from the first row. */
  headerRow?: number;
  /** The period the table covers, as the user writes it («2024/2025 учебный год»). */
  period?: string;
  /** The one year of a single-year table. */
  year?: number;
  /** The money unit: «руб.», «тыс. руб.», «млн руб.». */
  unit?: string;
}

/** A choice as a sheet remembers it: the columns always, the rest when the user gave it. */
export type SavedColumns<F extends string> = TableChoice<F> & { mapping: ColumnMapping<F> };

/** Where a field's column came from. */
export type FieldSource = 'header' | 'content' | 'user';

/** Something the pipeline guessed rather than read: the user should confirm it in the column form. */
export type TableQuestion<F extends string> =
  /** No header row: columns were chosen by what their cells hold. */
  | { code: 'no-header' }
  /** The field's column was chosen by its cells (the header does not name it, or names another column). */
  | { code: 'by-content'; field: F; col: number; headerCol?: number };

export type ReadTableError<F extends string> =
  | { code: 'no-header'; missing: F[] }
  | { code: 'no-columns'; missing: F[]; headerRow: number }
  | { code: 'bad-mapping'; field: F; col: unknown }
  | { code: 'mapping-twice'; letter: string };

export interface ReadTable<F extends string> {
  /** The header's top row (0-based); -1 when the table has none. */
  headerRow: number;
  /** Every row of the header band, top first ([] without a header). */
  headerRows: number[];
  /** A row of column numbers under the header, skipped. */
  numberingRow?: number;
  /** The first row under the header (and the column numbers). */
  dataStart: number;
  columns: Partial<Record<F, number>>;
  /** The header text of each mapped field's column (the band's labels joined), as written. */
  titles: Partial<Record<F, string>>;
  /** The columns found before the user's choice. */
  detected: Partial<Record<F, number>>;
  sources: Partial<Record<F, FieldSource>>;
  /** The band's label of every column ('' where none), spanning labels included («Оценка расходов Всего»). */
  labels: string[];
  /** The columns whose band label passes `spec.series`, left to right ([] without a header or a series test). */
  series: number[];
  /** The lines above the table, top first: title, approval lines, unit. */
  above: { row: number; text: string }[];
  questions: TableQuestion<F>[];
}

export type ReadTableResult<F extends string> = ({ ok: true } & ReadTable<F>) | { ok: false; error: ReadTableError<F> };

export interface ReadTableOptions {
  /** Where to start looking (0-based row; default 0): the next table of a sheet that holds several. */
  from?: number;
  /** Leave required fields that are missing to the job (it can stand in for them). */
  checkRequired?: boolean;
}

/** Largest column index a mapping may name (Sheets' own limit is 18 278 columns; tables here are narrow). */
export const MAX_MAPPED_COLUMN = 1000;
/** Share of a column's filled cells that must be of a field's kind for the column to be the field's. */
const CONTENT_SHARE = 0.6;
/** How many data rows are sampled to type the columns. */
const SAMPLE_ROWS = 200;
/** At most this many rows under the header's top row go on labelling its columns. */
const MAX_BAND = 2;
/** Title lines above a header are read up to this many rows up. */
const ABOVE_ROWS = 15;

interface Band {
  rows: number[];
  labels: string[];
  columns: Partial<Record<string, number>>;
  series: number[];
  rank: number[];
}

/**
 * Finds the table (from `options.from`) and maps the job's fields to columns, applying the user's choice.
 * Never throws; a table it cannot find at all is an error the job turns into a message.
 */
export function readTable<F extends string>(
  values: Grid,
  spec: TableSpec<F>,
  choice: TableChoice<F> = {},
  options: ReadTableOptions = {},
): ReadTableResult<F> {
  const from = Math.max(0, options.from ?? 0);
  const width = gridWidth(values, from, from + (spec.maxRows ?? 30) + SAMPLE_ROWS);
  const mapping: ColumnMapping<F> = choice.mapping ?? {};
  const chosen = (f: F) => Object.prototype.hasOwnProperty.call(mapping, f);
  const prepared = prepareSynonyms(spec.synonyms);

  // 1. The header band: the user's row, or the best-scoring band in the top rows.
  let band: Band | null = null;
  if (choice.headerRow !== undefined && choice.headerRow >= 0) band = bandAt(values, choice.headerRow, spec, prepared, width);
  else if (choice.headerRow === undefined) band = findBand(values, spec, prepared, from, width);

  const columns: Partial<Record<F, number>> = {};
  const sources: Partial<Record<F, FieldSource>> = {};
  const questions: TableQuestion<F>[] = [];
  let headerRows: number[] = [];
  let labels: string[] = new Array(width).fill('');
  let series: number[] = [];
  if (band) {
    headerRows = band.rows;
    labels = band.labels;
    series = band.series;
    for (const [f, c] of Object.entries(band.columns) as [F, number][]) {
      columns[f] = c;
      sources[f] = 'header';
    }
  }
  const bandEnd = headerRows.length
    ? headerRows[headerRows.length - 1]! + 1
    : choice.headerRow === -1
      ? from
      : firstDataRow(values, from, width);
  let dataStart = bandEnd;
  let numberingRow: number | undefined;
  if (isColumnNumbering(values[dataStart])) numberingRow = dataStart++;

  // 2. Contents: a field the header misses, or names over a column not of its kind, takes the column that is.
  const content: Partial<Record<F, ContentTest>> = spec.content ?? {};
  const contentFields = spec.fields.filter((f) => content[f] && !chosen(f));
  if (contentFields.length) {
    const shares = columnShares(values, dataStart, width, contentFields, content);
    const taken = new Set<number>([...(Object.values(columns) as number[]), ...series]);
    for (const f of spec.fields) if (chosen(f) && typeof mapping[f] === 'number') taken.add(mapping[f] as number);
    // strongest evidence first: a field whose best free column is fullest of its kind picks first
    const order = contentFields
      .map((f) => ({ f, best: bestColumn(shares.get(f)!, taken) }))
      .sort((a, b) => (b.best?.share ?? 0) - (a.best?.share ?? 0));
    for (const { f } of order) {
      const share = shares.get(f)!;
      const headerCol = columns[f];
      if (headerCol !== undefined) {
        const own = share[headerCol]!;
        // the header's column holds the field's kind, or too few cells to judge: the header stands
        if (own.filled < 2 || own.share >= 0.25) continue;
      }
      const best = bestColumn(share, taken);
      if (!best || best.share < CONTENT_SHARE || best.filled < Math.min(2, best.rows)) continue;
      if (headerCol !== undefined) taken.delete(headerCol);
      columns[f] = best.col;
      sources[f] = 'content';
      taken.add(best.col);
      const q: TableQuestion<F> = { code: 'by-content', field: f, col: best.col };
      if (headerCol !== undefined) q.headerCol = headerCol;
      questions.push(q);
    }
  }
  const detected: Partial<Record<F, number>> = { ...columns };

  // 3. The user's choice wins: their columns, then detection on the columns they left free.
  for (const f of spec.fields) {
    if (!chosen(f)) continue;
    const col = mapping[f];
    if (col === null || col === undefined) {
      delete columns[f];
      delete sources[f];
    } else if (!Number.isInteger(col) || col < 0 || col > MAX_MAPPED_COLUMN)
      return { ok: false, error: { code: 'bad-mapping', field: f, col } };
    else {
      columns[f] = col;
      sources[f] = 'user';
    }
  }
  const used = new Map<number, F>();
  const userFirst = [...spec.fields].sort((a, b) => Number(chosen(b)) - Number(chosen(a)));
  for (const f of userFirst) {
    const col = columns[f];
    if (col === undefined) continue;
    if (used.has(col) && chosen(f)) return { ok: false, error: { code: 'mapping-twice', letter: columnLetter(col) } };
    if (used.has(col)) {
      delete columns[f];
      delete sources[f];
    } else used.set(col, f);
  }
  const headerRow = headerRows[0] ?? -1;
  const anyColumn = spec.fields.some((f) => columns[f] !== undefined) || series.length > 0;
  if (!anyColumn) return { ok: false, error: { code: 'no-header', missing: [...spec.required] } };
  const missing = options.checkRequired === false ? [] : spec.required.filter((f) => columns[f] === undefined);
  if (missing.length) {
    if (!band) return { ok: false, error: { code: 'no-header', missing } };
    return { ok: false, error: { code: 'no-columns', missing, headerRow } };
  }
  if (!band && choice.headerRow !== -1 && !spec.fields.some(chosen)) questions.unshift({ code: 'no-header' });
  // without a header every column is a guess by content: the one question says so
  const questionsLeft = band
    ? questions.filter((q) => q.code !== 'by-content' || sources[q.field] === 'content')
    : questions.filter((q) => q.code === 'no-header');

  const titles: Partial<Record<F, string>> = {};
  for (const f of spec.fields) {
    const c = columns[f];
    if (c !== undefined && labels[c]) titles[f] = labels[c]!;
  }
  const above = linesAbove(values, headerRow >= 0 ? headerRow : dataStart, from);
  // a column the user gave a field is no longer one of the series
  const userCols = new Set(spec.fields.filter((f) => sources[f] === 'user').map((f) => columns[f]));
  series = series.filter((c) => !userCols.has(c));
  const out: ReadTable<F> = {
    headerRow,
    headerRows,
    dataStart,
    columns,
    titles,
    detected,
    sources,
    labels,
    series,
    above,
    questions: questionsLeft,
  };
  if (numberingRow !== undefined) out.numberingRow = numberingRow;
  return { ok: true, ...out };
}

function gridWidth(values: Grid, from: number, to: number): number {
  let w = 0;
  for (let r = from; r < Math.min(values.length, to); r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = row.length - 1; c >= w; c--) {
      if (cellText(row[c]) !== '') {
        w = c + 1;
        break;
      }
    }
  }
  return w;
}

/** How many cells of a row are filled within `width`: 0, 1, or 2 for two or more (all the callers ask). */
function filledCount(row: readonly unknown[] | undefined, width: number): number {
  if (!row) return 0;
  let n = 0;
  for (let c = 0; c < Math.min(row.length, width); c++) if (cellText(row[c]) !== '' && ++n === 2) break;
  return n;
}

/** The best header band from `from` down; null when no band names `minScore` fields. */
function findBand<F extends string>(
  values: Grid,
  spec: TableSpec<F>,
  prepared: ReturnType<typeof prepareSynonyms<F>>,
  from: number,
  width: number,
): Band | null {
  const maxRows = Math.min(values.length, from + (spec.maxRows ?? 30));
  const minScore = spec.minScore ?? 2;
  let best: Band | null = null;
  for (let r = from; r < maxRows; r++) {
    if (filledCount(values[r], width) === 0) continue;
    // a title line above the header names nothing itself: the band starts at the header (told before the band is built)
    const own = ownReading(values[r] ?? [], spec, prepared);
    if (own.score === 0) continue;
    const band = bandAt(values, r, spec, prepared, width, own.columns);
    if (Object.keys(band.columns).length + (band.series.length ? 1 : 0) < minScore) continue;
    if (!best || compareRank(band.rank, best.rank) > 0) best = band;
  }
  return best;
}

/** The band whose top row is r: r and the rows under it that go on labelling its columns. */
function bandAt<F extends string>(
  values: Grid,
  r: number,
  spec: TableSpec<F>,
  prepared: ReturnType<typeof prepareSynonyms<F>>,
  width: number,
  topColumns = ownReading(values[r] ?? [], spec, prepared).columns,
): Band {
  const rows = [r];
  for (let k = r + 1; k <= r + MAX_BAND && k < values.length; k++) {
    if (!continuesHeader(values, rows, k, width, topColumns, spec)) break;
    rows.push(k);
  }
  const labels = bandLabels(values, rows, width);
  const series: number[] = [];
  if (spec.series) labels.forEach((l, c) => l && spec.series!(l) && series.push(c));
  const seriesSet = new Set(series);
  // each column is matched by its own lowest label, by its spanning parents and by all of them joined
  const cands = rowCandidates(labels, prepared);
  for (const k of rows) cands.push(...rowCandidates(values[k] ?? [], prepared));
  const chosen = assignCandidates(cands.filter((c) => !seriesSet.has(c.col)));
  const columns: Partial<Record<string, number>> = {};
  for (const c of chosen) columns[c.field] = c.col;
  const required = spec.required.every((f) => columns[f] !== undefined) ? 1 : 0;
  const quality = chosen.reduce((s, c) => s + c.quality, 0);
  // the series count as one field named (by the top row too when a label of its own is one)
  const seriesNamed = series.length ? 1 : 0;
  // ties go to the higher row (the loop keeps the first); a band of more rows is no better in itself
  return { rows, labels, columns, series, rank: [required, chosen.length + seriesNamed, quality] };
}

/**
 * What a row names by itself: its fields by column (to tell a data row under it, its cells of their field's kind,
 * from more labels), and how many fields it names, its own series label counting as one.
 */
function ownReading<F extends string>(
  top: readonly unknown[],
  spec: TableSpec<F>,
  prepared: ReturnType<typeof prepareSynonyms<F>>,
): { columns: Map<number, string>; score: number } {
  const columns = fieldColumns(assignCandidates(rowCandidates(top, prepared)));
  if (columns.size > 0 || !spec.series) return { columns, score: columns.size };
  const ownSeries = top.some((v) => cellText(v) !== '' && spec.series!(cellText(v))) ? 1 : 0;
  return { columns, score: ownSeries };
}

function fieldColumns(cands: { field: string; col: number }[]): Map<number, string> {
  const m = new Map<number, string>();
  for (const c of cands) m.set(c.col, c.field);
  return m;
}

/**
 * Row k goes on labelling the band above it: two or more short labels (or one year) with the band's first
 * labelled column empty, none of them a cell of its column's kind (a term under «Сроки» is data), and no
 * row of column numbers.
 */
function continuesHeader<F extends string>(
  values: Grid,
  band: number[],
  k: number,
  width: number,
  topColumns: Map<number, string>,
  spec: TableSpec<F>,
): boolean {
  const row = values[k];
  if (!row || isColumnNumbering(row)) return false;
  const top = values[band[0]!] ?? [];
  let firstLabelled = -1;
  for (let c = 0; c < width; c++) {
    if (cellText(top[c]) !== '') {
      firstLabelled = c;
      break;
    }
  }
  if (firstLabelled < 0 || cellText(row[firstLabelled]) !== '') return false;
  let labelsSeen = 0;
  let years = 0;
  for (let c = 0; c < Math.min(row.length, width); c++) {
    const text = cellText(row[c]);
    if (!text) continue;
    if (parseYearLabel(row[c]) || parseYearLabel(text) || spec.series?.(text)) {
      years++;
      continue;
    }
    if (text.length > 80 || text.split(/\s+/).length > 10) return false;
    if (typeof row[c] === 'number' || Object.prototype.toString.call(row[c]) === '[object Date]') return false;
    const field = topColumns.get(c) as F | undefined;
    const test = field ? spec.content?.[field] : undefined;
    if (test && test(text, row[c])) return false;
    labelsSeen++;
  }
  return labelsSeen + years >= 2 || years >= 1;
}

/**
 * Each column's label over the band: its own texts top to bottom, and a spanning label above it (a cell
 * with empty cells to its right that the rows below fill) carried over the columns it spans.
 */
function bandLabels(values: Grid, rows: number[], width: number): string[] {
  const parts: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((r, i) => {
    const row = values[r] ?? [];
    const below = rows.slice(i + 1);
    let span = '';
    for (let c = 0; c < width; c++) {
      const text = cellText(row[c]);
      if (text) {
        parts[c]!.push(text);
        span = below.length ? text : '';
      } else if (span && below.some((b) => cellText(values[b]?.[c]) !== '')) parts[c]!.push(span);
      else span = '';
    }
  });
  return parts.map((p) => p.join('\n'));
}

/** A row of column numbers: «1 2 3 … 11», even with a number doubled or left out («1 1 2 … 9 11 … 14 14»). */
export function isColumnNumbering(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  const nums: number[] = [];
  for (const v of row) {
    const t = cellText(v);
    if (!t) continue;
    if (!/^\d{1,3}\.?$/.test(t)) return false;
    nums.push(Number.parseInt(t, 10));
  }
  if (nums.length < 3 || nums[0]! > 2) return false;
  let steps = 0;
  for (let i = 1; i < nums.length; i++) {
    if (nums[i]! < nums[i - 1]!) return false;
    if (nums[i] === nums[i - 1]! + 1) steps++;
  }
  return steps >= Math.ceil((nums.length - 1) * 0.6);
}

/** Without a header: the first row of at least two filled cells after the title lines. */
function firstDataRow(values: Grid, from: number, width: number): number {
  for (let r = from; r < values.length; r++) if (filledCount(values[r], width) >= 2) return r;
  return from;
}

/** One cell's text, whether it is a ditto mark, and whether it passes each field's test (in the fields' order). */
interface Reading {
  text: string;
  ditto: boolean;
  pass: boolean[];
}

interface Share {
  col: number;
  filled: number;
  share: number;
  rows: number;
}

/** For each content field, each column's share of filled cells of the field's kind, over the first data rows. */
function columnShares<F extends string>(
  values: Grid,
  start: number,
  width: number,
  fields: F[],
  tests: Partial<Record<F, ContentTest>>,
): Map<F, Share[]> {
  const end = Math.min(values.length, start + SAMPLE_ROWS);
  const filledIn: number[] = new Array(width).fill(0);
  const passIn: number[][] = fields.map(() => new Array(width).fill(0));
  // a ditto mark («-/-») is of the kind of the cell it repeats
  const lastPass: boolean[][] = fields.map(() => new Array(width).fill(false));
  // a table repeats its cells (sources, dashes, amounts): each distinct string or number is read once
  const readings = new Map<unknown, Reading>();
  const readingOf = (v: unknown): Reading => {
    const cacheable = typeof v === 'string' || (typeof v === 'number' && !Object.is(v, -0));
    let reading = cacheable ? readings.get(v) : undefined;
    if (reading === undefined) {
      const text = cellText(v);
      const ditto = text !== '' && isDitto(text);
      reading = { text, ditto, pass: text === '' || ditto ? [] : fields.map((f) => tests[f]!(text, v)) };
      if (cacheable) readings.set(v, reading);
    }
    return reading;
  };
  let rows = 0;
  const rowReadings: Reading[] = [];
  for (let r = start; r < end; r++) {
    const row = values[r];
    if (!row) continue;
    const n = Math.min(row.length, width);
    let filled = 0;
    for (let c = 0; c < n; c++) if ((rowReadings[c] = readingOf(row[c])).text !== '') filled++;
    // a row with one filled cell is a section heading, not data
    if (filled < 2) continue;
    rows++;
    for (let c = 0; c < n; c++) {
      const { text, ditto, pass } = rowReadings[c]!;
      if (!text) continue;
      filledIn[c]!++;
      for (let i = 0; i < fields.length; i++) {
        const last = lastPass[i]!;
        const passed = ditto ? last[c]! : pass[i]!;
        if (passed) passIn[i]![c]!++;
        last[c] = passed;
      }
    }
  }
  const out = new Map<F, Share[]>();
  fields.forEach((f, i) => {
    const pass = passIn[i]!;
    out.set(
      f,
      filledIn.map((n, col) => ({ col, filled: n, share: n ? pass[col]! / n : 0, rows })),
    );
  });
  return out;
}

function bestColumn(shares: Share[], taken: Set<number>): Share | undefined {
  let best: Share | undefined;
  for (const s of shares) {
    if (taken.has(s.col) || s.filled === 0) continue;
    if (!best || s.share > best.share || (s.share === best.share && s.filled > best.filled)) best = s;
  }
  return best;
}

/** The non-empty lines of the rows above the table (at most ABOVE_ROWS up), top first. */
function linesAbove(values: Grid, top: number, from: number): { row: number; text: string }[] {
  const out: { row: number; text: string }[] = [];
  for (let r = Math.max(from, top - ABOVE_ROWS); r < top; r++) {
    const texts = (values[r] ?? []).map(cellText).filter(Boolean);
    if (texts.length) out.push({ row: r, text: texts.join(' ') });
  }
  return out;
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The mapping after `count` columns were inserted before 0-based column `at`. */
export function shiftColumns<F extends string>(mapping: ColumnMapping<F>, at: number, count: number): ColumnMapping<F> {
  const out: ColumnMapping<F> = {};
  for (const f of Object.keys(mapping) as F[]) {
    const col = mapping[f];
    out[f] = typeof col === 'number' && col >= at ? col + count : col;
  }
  return out;
}
