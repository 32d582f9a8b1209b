/**
 * The server half of the table pipeline every job shares: read a sheet once, and remember the user's column
 * choice per job and sheet. Core (src/core/table) finds the header and applies the choice.
 */
import { z } from './lazy-zod';
import { cellText, columnLetter, type SavedColumns, type TableSpec } from '../core/table';
import { readSetting, settingKeys, writeSetting } from './settings';
import { readValues, sheetByName } from './sheets-io';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A job that maps tables, named by its folder (src/server/<job>/): the settings key names the job, so two jobs'
 * choices on one sheet never mix. A plain string, so a new job edits no list here.
 */
export type TableJob = string;

/** The header row as the column form sends it: 0-based, -1 for "no header row". */
export const headerRowSchema = z.int().check(z.minimum(-1), z.maximum(100_000));

/** A column choice as stored: field → 0-based column or null ("no such column"), and the header row. */
export function savedColumnsSchema<F extends string>(fields: readonly F[]) {
  const field = z.enum(fields as unknown as [F, ...F[]]);
  return z.object({
    mapping: z.partialRecord(field, z.nullable(z.int().check(z.minimum(0), z.maximum(1000)))),
    headerRow: z.optional(headerRowSchema),
    /** The one year of a single-year table (the column form's «Год»). */
    year: z.optional(z.int().check(z.minimum(1990), z.maximum(2100))),
    /** The money unit as the user wrote it («тыс. руб.»). */
    unit: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
  });
}

const key = (job: TableJob, sheet: string) => `${job}.mapping:${sheet}`;

/** The column choice the user saved for this job on this sheet; a value that no longer fits is ignored. */
export function savedColumns<F extends string>(job: TableJob, sheet: string, fields: readonly F[]): SavedColumns<F> | undefined {
  const saved = readSetting(key(job, sheet), savedColumnsSchema(fields));
  if (!saved) return undefined;
  return {
    mapping: saved.mapping as SavedColumns<F>['mapping'],
    ...(saved.headerRow !== undefined ? { headerRow: saved.headerRow } : {}),
    ...(saved.year !== undefined ? { year: saved.year } : {}),
    ...(saved.unit !== undefined ? { unit: saved.unit } : {}),
  };
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

/**
 * Reads every sheet once, keeping those `keep` accepts (e.g. the ones whose header looks like the job's table);
 * `keep` asks the sheet's name only when it needs it (each ask is a service call).
 */
export function readSheets(ss: Spreadsheet, keep: (values: unknown[][], name: () => string) => boolean): SheetTable[] {
  return ss.getSheets().flatMap((target) => {
    const values = readValues(target);
    let name: string | undefined;
    const nameOf = () => (name ??= target.getName());
    return keep(values, nameOf) ? [{ sheet: nameOf(), target, values }] : [];
  });
}

/** The sheets this job has a remembered choice for (read from the settings already in hand: no service call). */
export function sheetsWithChoice(job: TableJob): Set<string> {
  const prefix = `${job}.mapping:`;
  return new Set(
    settingKeys()
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length)),
  );
}

/** What a sidebar's column form shows: the header row, every column with its header text, each field's column. */
export interface ColumnChoices {
  /** The header row (0-based), -1 for none. */
  headerRow: number;
  /** The rows a header could be on (the top rows that hold anything), for the header-row choice. */
  rowChoices: { index: number; text: string }[];
  columns: { index: number; letter: string; title: string }[];
  fields: { field: string; label: string; required: boolean; column: number | null }[];
  /** What the pipeline guessed and asks the user to check, one sentence each. */
  questions: string[];
}

/** How many top rows the header-row choice offers. */
const HEADER_ROW_CHOICES = 30;

/**
 * The column form of a table as read: `fieldLabels` name the fields in the user's language; the column titles
 * are the header band's labels when the pipeline gives them, else the header row's cells.
 */
export function columnChoices<F extends string>(
  values: unknown[][],
  table: { headerRow: number; columns: Partial<Record<F, number>>; labels?: readonly string[]; questions?: readonly string[] },
  spec: TableSpec<F>,
  fieldLabels: Record<F, string>,
): ColumnChoices {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const header = table.headerRow >= 0 ? (values[table.headerRow] ?? []) : [];
  const title = (i: number) => (table.labels?.[i] ?? cellText(header[i])).replace(/\s+/g, ' ').slice(0, 60);
  const rowChoices: ColumnChoices['rowChoices'] = [];
  for (let r = 0; r < Math.min(values.length, HEADER_ROW_CHOICES); r++) {
    const text = (values[r] ?? []).map(cellText).filter(Boolean).join(' | ').replace(/\s+/g, ' ');
    if (text) rowChoices.push({ index: r, text: text.slice(0, 60) });
  }
  return {
    headerRow: table.headerRow,
    rowChoices,
    columns: Array.from({ length: width }, (_, i) => ({ index: i, letter: columnLetter(i), title: title(i) })),
    fields: spec.fields.map((f) => ({
      field: f,
      label: fieldLabels[f],
      required: spec.required.includes(f),
      column: table.columns[f] ?? null,
    })),
    questions: [...(table.questions ?? [])],
  };
}
