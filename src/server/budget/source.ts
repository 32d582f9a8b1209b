/**
 * Reading budget tables: each sheet read once (one getDataRange().getValues()), the tables found in core.
 * The summary sheet Кластер built («Бюджет — свод», found by its marker) is never read as a source.
 */
import { BUDGET_FIELDS, budgetMessages, findBudgetTables, type BudgetChoice, type BudgetField, type BudgetTable } from '../../core/budget';
import { findGenerated } from '../generated-sheets';
import { UserError, currentLang } from '../runtime';
import { readValues, sheetByName } from '../sheets-io';
import { saveColumns, savedColumns, type TableJob } from '../table-source';

const JOB: TableJob = 'budget';

/** The choice the user saved for a sheet («Столбцы»: header row, columns, year, unit), or none. */
export function savedBudgetChoice(sheet: string): BudgetChoice | undefined {
  return savedColumns<BudgetField>(JOB, sheet, BUDGET_FIELDS);
}

/** Remembers (null: forgets) the choice for a sheet. */
export function saveBudgetChoice(sheet: string, choice: (BudgetChoice & { mapping: NonNullable<BudgetChoice['mapping']> }) | null): void {
  saveColumns<BudgetField>(JOB, sheet, choice);
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The generated-sheet kind of «Бюджет — свод». */
export const SUMMARY_KIND = 'budget-summary';

export interface LoadedBudgets {
  sheet: string;
  target: Sheet;
  /** Every value of the sheet from A1, read once: findings name real cells. */
  values: unknown[][];
  tables: BudgetTable[];
}

/** The current name of the summary sheet Кластер built, or null when there is none. */
export function summarySheetName(ss: Spreadsheet): string | null {
  return findGenerated(ss, SUMMARY_KIND, budgetMessages(currentLang()).consolidate.sheetName)?.name ?? null;
}

function load(target: Sheet, name: string, choice?: BudgetChoice): LoadedBudgets {
  const values = readValues(target);
  return { sheet: name, target, values, tables: findBudgetTables(values, choice ?? savedBudgetChoice(name) ?? {}) };
}

/** One named sheet (or the active one); its tables may be none. The summary sheet is refused. */
export function loadBudgetSheet(ss: Spreadsheet, name: string | undefined, summary: string | null, choice?: BudgetChoice): LoadedBudgets {
  const target = sheetByName(ss, name);
  const sheet = name ?? target.getName();
  if (summary !== null && sheet === summary) throw new UserError(budgetMessages(currentLang()).server.summarySheet);
  return load(target, sheet, choice);
}

/** The named sheets, or every sheet but the summary; only those with a budget table are kept when `withTables`. */
export function loadBudgetSheets(ss: Spreadsheet, names: readonly string[] | undefined, summary: string | null): LoadedBudgets[] {
  if (names) return [...new Set(names)].map((n) => loadBudgetSheet(ss, n, summary));
  return ss.getSheets().flatMap((target) => {
    const name = target.getName();
    return name === summary ? [] : [load(target, name)];
  });
}
