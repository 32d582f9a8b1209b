/** Reading a plan sheet: one read, the user's remembered column choice, recognition in core. */
import * as z from 'zod/mini';
import { PLAN_FIELDS, PLAN_SYNONYMS, recognizePlan, type Plan, type PlanField, type PlanMapping } from '../../core/plan';
import { detectHeader } from '../../core/table';
import { UserError, currentLang } from '../runtime';
import { readSetting, writeSetting } from '../settings';
import { readValues, sheetByName } from '../sheets-io';
import { todayIso } from '../today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const fieldSchema = z.enum(PLAN_FIELDS as [PlanField, ...PlanField[]]);
export const mappingSchema = z.partialRecord(fieldSchema, z.nullable(z.int().check(z.minimum(0), z.maximum(1000))));
const savedSchema = z.object({ mapping: mappingSchema, headerRow: z.optional(z.int().check(z.minimum(-1), z.maximum(100_000))) });
export type SavedMapping = z.infer<typeof savedSchema>;

const mappingKey = (sheet: string) => `plan.mapping:${sheet}`;

/** The column choice the user saved for this sheet, if any. */
export function savedMapping(sheet: string): SavedMapping | undefined {
  return readSetting(mappingKey(sheet), savedSchema);
}

export function saveMapping(sheet: string, saved: SavedMapping | null): void {
  writeSetting(mappingKey(sheet), saved);
}

export interface LoadedPlan {
  sheet: string;
  target: Sheet;
  plan: Plan;
  values: unknown[][];
  today: string;
}

/** Reads and recognises the plan on `sheetName` (or the active sheet). Throws a UserError the user can act on. */
export function loadPlan(ss: Spreadsheet, sheetName?: string, override?: SavedMapping): LoadedPlan {
  const sheet = sheetByName(ss, sheetName);
  return recognizeSheet(sheetName ?? sheet.getName(), sheet, readValues(sheet), override);
}

/** Every sheet that looks like a plan (a header with «Мероприятие» and «Сроки»), recognised; each sheet is read once. */
export function loadAllPlans(ss: Spreadsheet): LoadedPlan[] {
  return ss.getSheets().flatMap((sheet) => {
    const name = sheet.getName();
    const values = readValues(sheet);
    const looksLikePlan = detectHeader(values.slice(0, 30), PLAN_SYNONYMS, { required: ['activity', 'term'] }) !== null;
    return looksLikePlan ? [recognizeSheet(name, sheet, values)] : [];
  });
}

function recognizeSheet(name: string, sheet: Sheet, values: unknown[][], override?: SavedMapping): LoadedPlan {
  const today = todayIso();
  const saved = override ?? savedMapping(name);
  const mapping: PlanMapping | undefined = saved?.mapping;
  const result = recognizePlan(values, {
    lang: currentLang(),
    today,
    ...(mapping ? { mapping } : {}),
    ...(saved?.headerRow !== undefined ? { headerRow: saved.headerRow } : {}),
  });
  if (!result.ok) throw new UserError(`${name}: ${result.error.message}`);
  return { sheet: name, target: sheet, plan: result.plan, values, today };
}
