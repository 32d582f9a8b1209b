/** Reading a plan sheet: one read (the shared table pipeline), the user's remembered column choice, recognition in core. */
import { PLAN_FIELDS, PLAN_SYNONYMS, recognizePlan, type Plan, type PlanField } from '../../core/plan';
import { detectHeader, type SavedColumns } from '../../core/table';
import { UserError, currentLang } from '../runtime';
import { readSheet, readSheets, saveColumns, savedColumns, savedColumnsSchema, type SheetTable } from '../table-source';
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

export interface LoadedPlan {
  sheet: string;
  target: Sheet;
  plan: Plan;
  values: unknown[][];
  today: string;
}

/** Reads and recognises the plan on `sheetName` (or the active sheet). Throws a UserError the user can act on. */
export function loadPlan(ss: Spreadsheet, sheetName?: string, override?: SavedMapping): LoadedPlan {
  return recognizeSheet(readSheet(ss, sheetName), override);
}

/** A header naming «Мероприятие» and «Сроки» within the top rows. */
function looksLikePlan(values: unknown[][]): boolean {
  return detectHeader(values.slice(0, 30), PLAN_SYNONYMS, { required: ['activity', 'term'] }) !== null;
}

/** Every sheet that looks like a plan, recognised; each sheet is read once. */
export function loadAllPlans(ss: Spreadsheet): LoadedPlan[] {
  return readSheets(ss, looksLikePlan).map((t) => recognizeSheet(t));
}

function recognizeSheet({ sheet, target, values }: SheetTable, override?: SavedMapping): LoadedPlan {
  const today = todayIso();
  const saved = override ?? savedMapping(sheet);
  const result = recognizePlan(values, {
    lang: currentLang(),
    today,
    ...(saved ? { mapping: saved.mapping } : {}),
    ...(saved?.headerRow !== undefined ? { headerRow: saved.headerRow } : {}),
  });
  if (!result.ok) throw new UserError(`${sheet}: ${result.error.message}`);
  return { sheet, target, plan: result.plan, values, today };
}
