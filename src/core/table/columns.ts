/**
 * Mapping a table's columns: header detection by synonyms, then the user's overrides on top.
 * Every job (plans, responsibility columns, budgets, checklists) maps its columns this way, so the
 * sidebars offer one kind of override and the server remembers one kind of choice per sheet and job.
 */
import { columnLetter } from './a1';
import { cellText } from './cell';
import { detectHeader, type Synonyms } from './headers';

/** A job's table: its fields, their usual header names, the fields it cannot do without. */
export interface TableSpec<F extends string> {
  fields: readonly F[];
  synonyms: Synonyms<F>;
  /** Fields a table must have; a header row holding them beats one with more fields but not these. */
  required: readonly F[];
  /** Fewest fields a header must match (default 2). */
  minScore?: number;
  /** How many top rows to scan for the header (default 30). */
  maxRows?: number;
}

/** A user's column choice: a 0-based column, or null for "this table has no such column". */
export type ColumnMapping<F extends string> = Partial<Record<F, number | null>>;

/** What is remembered per sheet and job. */
export interface SavedColumns<F extends string> {
  mapping: ColumnMapping<F>;
  /** The header row the user confirmed (0-based); -1: no header, data from the first row. */
  headerRow?: number;
}

export interface TableColumns<F extends string> {
  /** 0-based header row; -1 when the user mapped a sheet without a header. */
  headerRow: number;
  columns: Partial<Record<F, number>>;
  /** The header texts of the mapped columns, as written. */
  titles: Partial<Record<F, string>>;
  /** The columns header detection found, before the user's choices. */
  detected: Partial<Record<F, number>>;
}

export type ColumnsError<F extends string> =
  | { code: 'no-header'; missing: F[] }
  | { code: 'no-columns'; missing: F[]; headerRow: number }
  | { code: 'bad-mapping'; field: F; col: unknown }
  | { code: 'mapping-twice'; letter: string };

export type ColumnsResult<F extends string> = ({ ok: true } & TableColumns<F>) | { ok: false; error: ColumnsError<F> };

/** Largest column index a mapping may name (Sheets' own limit is 18 278 columns; tables here are narrow). */
export const MAX_MAPPED_COLUMN = 1000;

/**
 * Finds the header and maps the columns. The user's choices win; a detected field on a column the user
 * chose for another field is dropped; two user choices on one column are refused.
 */
export function resolveColumns<F extends string>(
  rows: readonly (readonly unknown[])[],
  spec: TableSpec<F>,
  saved?: SavedColumns<F>,
  options: { checkRequired?: boolean } = {},
): ColumnsResult<F> {
  const detected = detectHeader(rows, spec.synonyms, {
    required: spec.required,
    ...(spec.minScore !== undefined ? { minScore: spec.minScore } : {}),
    ...(spec.maxRows !== undefined ? { maxRows: spec.maxRows } : {}),
  });
  const mapping: ColumnMapping<F> = saved?.mapping ?? {};
  const chosen = (f: F) => Object.prototype.hasOwnProperty.call(mapping, f);
  const hasMapping = spec.fields.some(chosen);
  if (!detected && !hasMapping) return { ok: false, error: { code: 'no-header', missing: [...spec.required] } };

  const columns: Partial<Record<F, number>> = { ...(detected?.columns ?? {}) };
  for (const f of spec.fields) {
    if (!chosen(f)) continue;
    const col = mapping[f];
    if (col === null || col === undefined) delete columns[f];
    else if (!Number.isInteger(col) || col < 0 || col > MAX_MAPPED_COLUMN) return { ok: false, error: { code: 'bad-mapping', field: f, col } };
    else columns[f] = col;
  }
  const used = new Set<number>();
  const userFirst = [...spec.fields].sort((a, b) => Number(chosen(b)) - Number(chosen(a)));
  for (const f of userFirst) {
    const col = columns[f];
    if (col === undefined) continue;
    if (used.has(col) && chosen(f)) return { ok: false, error: { code: 'mapping-twice', letter: columnLetter(col) } };
    if (used.has(col)) delete columns[f];
    else used.add(col);
  }
  const headerRow = saved?.headerRow ?? detected?.headerRow ?? -1;
  // (a job that can stand in for a missing required field checks for itself: checkRequired false)
  const missing = options.checkRequired === false ? [] : spec.required.filter((f) => columns[f] === undefined);
  if (missing.length) return { ok: false, error: { code: 'no-columns', missing, headerRow } };

  const titles: Partial<Record<F, string>> = {};
  if (headerRow >= 0) {
    for (const f of spec.fields) {
      const c = columns[f];
      if (c !== undefined) titles[f] = cellText(rows[headerRow]?.[c]);
    }
  }
  return { ok: true, headerRow, columns, titles, detected: { ...(detected?.columns ?? {}) } };
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
