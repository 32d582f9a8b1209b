/**
 * The server half of the table pipeline every job shares: read a sheet once, and remember the user's column
 * choice per job and sheet. Core (src/core/table) finds the header and applies the choice.
 */
import * as z from 'zod/mini';
import { cellText, columnLetter, type SavedColumns, type TableSpec } from '../core/table';
import { readSetting, writeSetting } from './settings';
import { readValues, sheetByName } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The jobs that map tables (the settings key names the job, so two jobs' choices on one sheet never mix). */
export type TableJob = 'plan' | 'people' | 'budget' | 'checklist';

/** A column choice as stored: field → 0-based column or null ("no such column"), and the header row. */
export function savedColumnsSchema<F extends string>(fields: readonly F[]) {
  const field = z.enum(fields as unknown as [F, ...F[]]);
  return z.object({
    mapping: z.partialRecord(field, z.nullable(z.int().check(z.minimum(0), z.maximum(1000)))),
    headerRow: z.optional(z.int().check(z.minimum(-1), z.maximum(100_000))),
  });
}

const key = (job: TableJob, sheet: string) => `${job}.mapping:${sheet}`;

/** The column choice the user saved for this job on this sheet; a value that no longer fits is ignored. */
export function savedColumns<F extends string>(job: TableJob, sheet: string, fields: readonly F[]): SavedColumns<F> | undefined {
  const saved = readSetting(key(job, sheet), savedColumnsSchema(fields));
  if (!saved) return undefined;
  return { mapping: saved.mapping as SavedColumns<F>['mapping'], ...(saved.headerRow !== undefined ? { headerRow: saved.headerRow } : {}) };
}

/** Remembers (or, with null, forgets) the column choice for this job on this sheet. */
export function saveColumns<F extends string>(job: TableJob, sheet: string, saved: SavedColumns<F> | null): void {
  writeSetting(key(job, sheet), saved);
}

export interface SheetTable {
  /** The sheet's name as the user sees it. */
  sheet: string;
  target: Sheet;
  /** Every value of the sheet, read once. */
  values: unknown[][];
}

/** Reads one sheet (or the active one) once. */
export function readSheet(ss: Spreadsheet, name?: string): SheetTable {
  const target = sheetByName(ss, name);
  return { sheet: name ?? target.getName(), target, values: readValues(target) };
}

/** Reads every sheet once, keeping those `keep` accepts (e.g. the ones whose header looks like the job's table). */
export function readSheets(ss: Spreadsheet, keep: (values: unknown[][]) => boolean): SheetTable[] {
  return ss.getSheets().flatMap((target) => {
    const values = readValues(target);
    return keep(values) ? [{ sheet: target.getName(), target, values }] : [];
  });
}

/** What a sidebar's column form shows: every column with its header text, and each field's current column. */
export interface ColumnChoices {
  columns: { index: number; letter: string; title: string }[];
  fields: { field: string; label: string; required: boolean; column: number | null }[];
}

/** The column form of a mapped table: `labels` name the fields in the user's language. */
export function columnChoices<F extends string>(
  values: unknown[][],
  headerRow: number,
  spec: TableSpec<F>,
  labels: Record<F, string>,
  columns: Partial<Record<F, number>>,
): ColumnChoices {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const header = headerRow >= 0 ? values[headerRow] ?? [] : [];
  return {
    columns: Array.from({ length: width }, (_, i) => ({ index: i, letter: columnLetter(i), title: cellText(header[i]).slice(0, 60) })),
    fields: spec.fields.map((f) => ({ field: f, label: labels[f], required: spec.required.includes(f), column: columns[f] ?? null })),
  };
}
