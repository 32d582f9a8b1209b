/**
 * Reading a plan sheet: one read (the shared table pipeline), the user's remembered column choice and «Период
 * плана», recognition in core.
 */
import { z } from '../lazy-zod';
import { PLAN_FIELDS, PLAN_TABLE, readLinesPlan, recognizePlan, type Plan, type PlanError, type PlanField } from '../../core/plan';
import { readTable, type SavedColumns } from '../../core/table';
import { UserError, currentLang } from '../runtime';
import { generatedKind } from '../generated-sheets';
import { readSetting, writeSetting } from '../settings';
import { readSheet, readSheets, saveColumns, savedColumns, savedColumnsSchema, sheetsWithChoice, type SheetTable } from '../table-source';
import { todayIso } from '../today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const savedPlanSchema = savedColumnsSchema(PLAN_FIELDS);
export const mappingSchema = savedPlanSchema.shape.mapping;
export type SavedMapping = SavedColumns<PlanField>;

/** The column choice the user saved for this sheet, if any. */
export function savedMapping(sheet: string): SavedMapping | undefined {
  return savedColumns('plan', sheet, PLAN_FIELDS);
}

export function saveMapping(sheet: string, saved: SavedMapping | null): void {
  saveColumns('plan', sheet, saved);
}

/**
 * «Период плана» as the user typed it («2024/2025 учебный год»), per sheet. Kept beside the column choice, not
 * inside it: going back to automatic columns, or inserting «Начало/Окончание», must not forget the period.
 */
export const periodTextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));
const periodKey = (sheet: string) => `plan.period:${sheet}`;

export function savedPeriod(sheet: string): string | undefined {
  return readSetting(periodKey(sheet), periodTextSchema);
}

export function savePeriod(sheet: string, period: string | null): void {
  writeSetting(periodKey(sheet), period);
}

/** Names of sheets recognised as plans before (the sidebar lists them first); most recent first, a few dozen at most. */
const PLAN_SHEETS_KEY = 'plan.sheets';
const PLAN_SHEETS_KEPT = 40;
const planSheetsSchema = z.array(z.string().check(z.maxLength(100))).check(z.maxLength(PLAN_SHEETS_KEPT));

export function knownPlanSheets(): string[] {
  return readSetting(PLAN_SHEETS_KEY, planSheetsSchema) ?? [];
}

/** Remembers that these sheets hold plans (and, with `all`, that no other sheet does). Written only when it changes. */
function rememberPlanSheets(names: string[], all = false): void {
  const before = knownPlanSheets();
  const next = (all ? names : [...names, ...before.filter((n) => !names.includes(n))]).slice(0, PLAN_SHEETS_KEPT);
  if (JSON.stringify(next) !== JSON.stringify(before)) writeSetting(PLAN_SHEETS_KEY, next);
}

export interface LoadedPlan {
  sheet: string;
  target: Sheet;
  plan: Plan;
  values: unknown[][];
  today: string;
}

export interface Overrides {
  saved?: SavedMapping;
  /** The period to read the plan with instead of the saved one ('' = none). */
  period?: string;
}

/** Reads and recognises the plan on `sheetName` (or the active sheet). Throws a UserError the user can act on. */
export function loadPlan(ss: Spreadsheet, sheetName?: string, overrides: Overrides = {}): LoadedPlan {
  const table = readSheet(ss, sheetName);
  const read = recognizeSheet(table, overrides);
  if (!read.ok) throw new UserError(`${table.sheet}: ${read.error.message}`);
  rememberPlanSheets([table.sheet]);
  return read.loaded;
}

/** The same read, keeping a failure as a value (the sidebar shows it as a hint beside the column form). */
export function tryLoadPlan(
  ss: Spreadsheet,
  sheetName: string,
  overrides: Overrides = {},
): { ok: true; loaded: LoadedPlan } | { ok: false; error: PlanError; table: SheetTable } {
  const table = readSheet(ss, sheetName);
  const read = recognizeSheet(table, overrides);
  if (!read.ok) return { ok: false, error: read.error, table };
  rememberPlanSheets([table.sheet]);
  return read;
}

/**
 * A plan sheet: the user chose its columns, or the reading pipeline finds an activity and a term column in its
 * top rows (by their headers, or by what their cells hold), or its top rows are lines that start with their
 * terms («1 сентября: День знаний;»).
 */
function looksLikePlan(values: unknown[][], name: () => string, chosen: Set<string>): boolean {
  const top = values.slice(0, PLAN_PROBE_ROWS);
  if (readTable(top, PLAN_TABLE).ok || readLinesPlan(top)) return true;
  return chosen.size > 0 && chosen.has(name());
}

/** How many top rows decide whether a sheet holds a plan. */
const PLAN_PROBE_ROWS = 60;

/**
 * Every sheet that looks like a plan, recognised; each sheet is read once. Sheets Кластер generated («План на
 * месяц» has «Мероприятие» and «Сроки» too) are not plans: each sheet that looks like one is asked its marker.
 */
export function loadAllPlans(ss: Spreadsheet): LoadedPlan[] {
  const chosen = sheetsWithChoice('plan');
  const tables = readSheets(ss, (values, name) => looksLikePlan(values, name, chosen)).filter((t) => generatedKind(t.target) === null);
  const plans = tables.map((t) => {
    const read = recognizeSheet(t);
    if (!read.ok) throw new UserError(`${t.sheet}: ${read.error.message}`);
    return read.loaded;
  });
  rememberPlanSheets(
    plans.map((p) => p.sheet),
    true,
  );
  return plans;
}

function recognizeSheet(table: SheetTable, overrides: Overrides = {}): { ok: true; loaded: LoadedPlan } | { ok: false; error: PlanError } {
  const { sheet, target, values } = table;
  const today = todayIso();
  const saved = overrides.saved ?? savedMapping(sheet);
  const period = overrides.period ?? savedPeriod(sheet);
  const result = recognizePlan(values, {
    lang: currentLang(),
    today,
    ...(saved ? { mapping: saved.mapping } : {}),
    ...(saved?.headerRow !== undefined ? { headerRow: saved.headerRow } : {}),
    ...(period ? { period } : {}),
  });
  if (!result.ok) return { ok: false, error: result.error };
  return { ok: true, loaded: { sheet, target, plan: result.plan, values, today } };
}
