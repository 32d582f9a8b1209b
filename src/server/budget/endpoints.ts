/**
 * The budget actions: the sidebar «Бюджет» (tables and findings, marks, «Свести») and the menu items.
 * Each sheet is read once; the summary «Бюджет — свод» is written with a constant number of calls.
 */
import { z } from '../lazy-zod';
import {
  BUDGET_FIELDS,
  BUDGET_TABLE,
  budgetMessages,
  checkBudget,
  consolidate,
  parseUnitChoice,
  unitName,
  type BudgetChoice,
  type BudgetField,
  type BudgetFinding,
  type BudgetTable,
  type Consolidation,
} from '../../core/budget';
import { parseRangeA1, rangeA1 } from '../../core/table/a1';
import { columnChoices, headerRowSchema, savedColumnsSchema, type ColumnChoices } from '../table-source';
import { countFindings, type Finding } from '../../core/table/findings';
import { UserError, currentLang, endpoint, guard, sheetNameSchema, userMessage, withDocumentLock, type Reply } from '../runtime';
import { activeSpreadsheet, mergedRanges, replaceCharts, sheetByName, writeGeneratedSheet } from '../sheets-io';
import { generatedKind } from '../generated-sheets';
import { showSidebar } from '../sidebars';
import { markSheet, unmarkSheet, type MarkResult, type UnmarkResult } from './marks';
import {
  SUMMARY_KIND,
  loadBudgetSheet,
  loadBudgetSheets,
  saveBudgetChoice,
  savedBudgetChoice,
  summarySheetName,
  type LoadedBudgets,
} from './source';

// ---- overview and scan ---------------------------------------------------------------------

export interface BudgetOverview {
  /** Every sheet but the summary. */
  sheets: string[];
  /** The sheet to show first: the active one, unless it is a sheet Кластер generated. */
  selected: string;
  /** The summary's current name, when it exists. */
  summary: string | null;
  lang: string;
}

/** Sidebar start: the sheet names and the one to show first. No values are read. */
export function budgetOverview(): Reply<BudgetOverview> {
  return guard(() => {
    const ss = activeSpreadsheet();
    const summary = summarySheetName(ss);
    const sheets = ss
      .getSheets()
      .map((s) => s.getName())
      .filter((n) => n !== summary);
    const active = ss.getActiveSheet();
    const name = active.getName();
    const selected = name !== summary && generatedKind(active) === null ? name : (sheets[0] ?? name);
    return { sheets, selected, summary, lang: currentLang() };
  });
}

export interface BudgetTableInfo {
  sheet: string;
  /** The table's range, e.g. 'A1:E7'. */
  range: string;
  years: string[];
  unit: string;
  items: number;
  sources: string[];
  /** The first `limit` findings, errors first (budget findings carry the figures: expected, found, difference). */
  findings: (BudgetFinding | Finding)[];
  /** How many there are in all, and of each severity. */
  total: number;
  errors: number;
  warnings: number;
  /** «1 ошибка, 2 предупреждения» or «Ошибок нет». */
  summary: string;
}

export interface BudgetScan {
  tables: BudgetTableInfo[];
  /** The sheets that hold a budget table, in sheet order. */
  sheets: string[];
  /** Set when nothing was found: what to do about it. */
  message?: string;
}

/** Findings a sidebar gets at most per table (the CLI asks for all). */
export const FINDINGS_LIMIT = 300;

const scanPayload = z._default(
  z.object({ sheet: z.optional(sheetNameSchema), limit: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))) }),
  {},
);

/** The budget tables of one sheet (or of every sheet), each with its findings. */
export const budgetScan = endpoint(scanPayload, ({ sheet, limit }): BudgetScan => {
  const ss = activeSpreadsheet();
  const lang = currentLang();
  const m = budgetMessages(lang);
  const summary = summarySheetName(ss);
  const loaded = sheet ? [loadBudgetSheet(ss, sheet, summary)] : loadBudgetSheets(ss, undefined, summary);
  const tables = loaded.flatMap((l) => describe(l, limit ?? FINDINGS_LIMIT));
  const sheets = loaded.filter((l) => l.tables.length).map((l) => l.sheet);
  if (tables.length) return { tables, sheets };
  return { tables, sheets, message: sheet ? m.server.noTablesOn(sheet) : m.server.noTablesAnywhere };
});

function describe(loaded: LoadedBudgets, limit: number): BudgetTableInfo[] {
  if (!loaded.tables.length) return [];
  const lang = currentLang();
  const m = budgetMessages(lang);
  const merged = mergedRanges(loaded.target);
  return loaded.tables.map((t) => {
    const range = rangeA1(t.firstRow, t.firstCol, t.lastRow, t.lastCol);
    const findings: (BudgetFinding | Finding)[] = checkBudget(t, loaded.values, { lang });
    // a merge inside the table that may move an amount: down over rows (a merged item or amount cell), or across
    // columns from an amount; a section or title line merged across the table (Word's paragraphs) reads as it is
    const inside = merged.filter((a1) => {
      const ref = parseRangeA1(a1);
      if (!ref || !(ref.start.row <= t.lastRow && ref.end.row >= t.firstRow && ref.start.col <= t.lastCol && ref.end.col >= t.firstCol))
        return false;
      return ref.end.row > ref.start.row || typeof loaded.values[ref.start.row]?.[ref.start.col] === 'number';
    });
    if (inside.length) {
      const first = parseRangeA1(inside[0]!)!;
      findings.push({
        cell: inside[0]!.split(':')[0]!,
        row: first.start.row,
        col: first.start.col,
        severity: 'info',
        code: 'merged-cells',
        message: m.server.mergedHeader(inside.slice(0, 5).join(', ')),
      });
    }
    const counts = countFindings(findings);
    const items = t.rows.filter((r) => r.kind === 'item');
    return {
      sheet: loaded.sheet,
      range,
      years: t.years.map((y) => y.label),
      unit: unitName(t.unit, lang),
      items: items.length,
      sources: [...new Set(items.flatMap((r) => (r.source ? [r.source] : [])))],
      findings: findings.slice(0, limit),
      total: findings.length,
      errors: counts.error,
      warnings: counts.warning,
      summary: m.summary(counts.error, counts.warning),
    };
  });
}

// ---- the column form («Столбцы»: header row, columns, year, unit) ---------------------------

export interface BudgetMappingInfo extends ColumnChoices {
  sheet: string;
  /** The choice is the user's, remembered for the sheet. */
  saved: boolean;
  /** The year and unit the user gave (absent: as the table says). */
  year: number | null;
  unit: string | null;
  /** What the first table is read as: its years and unit, and how many tables the sheet holds. */
  read: { tables: number; years: string[]; unit: string; unitStated: boolean; range: string | null };
}

/** Codes of the findings that say what the reading guessed: the form shows them as its questions. */
const QUESTION_CODES = new Set(['table-question', 'no-year', 'no-unit', 'year-title', 'year-typo', 'column-numbering']);

/** The form of a sheet's (first) table as read with the saved choice. */
function mappingInfo(sheet: string, loaded: LoadedBudgets, saved: BudgetChoice | undefined): BudgetMappingInfo {
  const lang = currentLang();
  const m = budgetMessages(lang);
  const t: BudgetTable | undefined = loaded.tables[0];
  const columns: Partial<Record<BudgetField, number>> = t ? { ...t.columns } : {};
  // a table with one amount column: that column is its «Сумма» (read as the year's)
  if (t && t.years.length === 1 && columns.total === undefined && !t.sourceCols) columns.total = t.years[0]!.col;
  const questions = t
    ? checkBudget(t, loaded.values, { lang })
        .filter((f) => QUESTION_CODES.has(f.code))
        .map((f) => f.message)
    : [m.server.noTablesOn(sheet)];
  const header = t ? (t.headerRows[0] ?? -1) : -1;
  return {
    sheet,
    ...columnChoices(loaded.values, { headerRow: header, columns, questions }, BUDGET_TABLE, m.fields),
    saved: saved !== undefined,
    year: saved?.year ?? null,
    unit: saved?.unit ?? null,
    read: {
      tables: loaded.tables.length,
      years: t ? t.years.map((y) => (y.unknown ? m.rollup.noYear : y.key)) : [],
      unit: t ? unitName(t.unit, lang) : '',
      unitStated: t ? t.unit.stated : false,
      range: t ? rangeA1(t.firstRow, t.firstCol, t.lastRow, t.lastCol) : null,
    },
  };
}

/** The column form of a sheet: its first budget table as read (with the saved choice), or an empty form with a hint. */
export const budgetMapping = endpoint(z.object({ sheet: sheetNameSchema }), ({ sheet }): BudgetMappingInfo => {
  const ss = activeSpreadsheet();
  const saved = savedBudgetChoice(sheet);
  return mappingInfo(sheet, loadBudgetSheet(ss, sheet, summarySheetName(ss), saved ?? {}), saved);
});

const choiceSchema = savedColumnsSchema(BUDGET_FIELDS);

/**
 * «Запомнить для листа»: the header row, columns, year and unit for a sheet (null: forget them, read the sheet by
 * itself). A unit that names none, or a choice with which no budget table is found, is refused before it is kept.
 */
export const budgetSaveMapping = endpoint(
  z.object({
    sheet: sheetNameSchema,
    mapping: z.nullable(choiceSchema.shape.mapping),
    headerRow: z.optional(headerRowSchema),
    year: z.optional(z.nullable(z.int().check(z.minimum(1990), z.maximum(2100)))),
    unit: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(20)))),
  }),
  ({ sheet, mapping, headerRow, year, unit }): BudgetMappingInfo => {
    const ss = activeSpreadsheet();
    const m = budgetMessages(currentLang());
    const summary = summarySheetName(ss);
    if (mapping === null) {
      saveBudgetChoice(sheet, null);
      return mappingInfo(sheet, loadBudgetSheet(ss, sheet, summary, {}), undefined);
    }
    if (unit && !parseUnitChoice(unit)) throw new UserError(m.form.badUnit(unit));
    const choice = {
      mapping,
      ...(headerRow !== undefined ? { headerRow } : {}),
      ...(year !== undefined && year !== null ? { year } : {}),
      ...(unit ? { unit } : {}),
    };
    const loaded = loadBudgetSheet(ss, sheet, summary, choice);
    if (!loaded.tables.some((t) => t.rows.length > 0)) throw new UserError(m.form.notOnSheet(sheet));
    saveBudgetChoice(sheet, choice);
    return mappingInfo(sheet, loaded, choice);
  },
);

// ---- marks ---------------------------------------------------------------------------------

const sheetPayload = z.object({ sheet: sheetNameSchema });

/** «Отметить ошибки на листе»: a fill and a note on each cell with an error or a warning. */
export const budgetMark = endpoint(sheetPayload, ({ sheet }): MarkResult =>
  withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const loaded = loadBudgetSheet(ss, sheet, summarySheetName(ss));
    if (!loaded.tables.length) throw new UserError(budgetMessages(currentLang()).server.noTablesOn(sheet));
    return markSheet(loaded);
  }),
);

/** «Убрать отметки»: takes off exactly what «Отметить» put on. */
export const budgetUnmark = endpoint(sheetPayload, ({ sheet }): UnmarkResult =>
  withDocumentLock(() => {
    return unmarkSheet(sheetByName(activeSpreadsheet(), sheet), sheet);
  }),
);

// ---- «Свести» ------------------------------------------------------------------------------

export interface Consolidated {
  sheet: string;
  tables: number;
  sheets: number;
  message: string;
  /** Unit conversions and cells left out (the first 20). */
  notes: string[];
}

const consolidatePayload = z._default(
  z.object({ sheets: z.optional(z.array(sheetNameSchema).check(z.minLength(1), z.maxLength(1000))) }),
  {},
);

/** «Свести»: the chosen tabs (default: every sheet with a budget table) into «Бюджет — свод», rebuilt in place. */
export const budgetConsolidate = endpoint(consolidatePayload, ({ sheets }) => consolidateBudgets(sheets));

function consolidateBudgets(names?: string[]): Consolidated {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const m = budgetMessages(lang);
    const loaded = loadBudgetSheets(ss, names, summarySheetName(ss));
    const missing = loaded.find((l) => !l.tables.length);
    if (names && missing) throw new UserError(m.server.noTablesOn(missing.sheet));
    const found = loaded.flatMap((l) => l.tables.map((table) => ({ sheet: l.sheet, table })));
    // A table with no cost item (a header only) adds nothing: a summary of nothing would show 0 as a total.
    const inputs = found.filter((i) => i.table.rows.some((r) => r.kind === 'item'));
    if (!inputs.length)
      throw new UserError(found.length ? m.checks.emptyTable(found[0]!.table.headerRows.length) : m.server.noTablesAnywhere);
    const c = consolidate(inputs, lang);
    const written = writeGeneratedSheet(ss, c.name, SUMMARY_KIND, summaryContent(c));
    const { chart } = c;
    replaceCharts(written.sheet, [
      {
        type: chart.type,
        title: chart.title,
        ranges: [chart.range],
        row: chart.anchor.row,
        col: chart.anchor.col,
        stacked: chart.stacked,
        headers: chart.headerRows,
      },
    ]);
    const used = new Set(inputs.map((i) => i.sheet)).size;
    const message = m.server.consolidated(inputs.length, used, written.name) + (written.notice ? ` ${written.notice}` : '');
    return { sheet: written.name, tables: inputs.length, sheets: used, message, notes: c.messages.slice(0, 20).map((x) => x.message) };
  });
}

/** What the sheet gets: values (formulas as «=…»), every cell's number format, bold, notes, widths. */
function summaryContent(c: Consolidation) {
  const rows = c.values.length;
  const cols = c.values[0]?.length ?? 0;
  const formats: string[][] = c.values.map((row) =>
    row.map((v) => (typeof v === 'string' ? (v.startsWith('=') ? '#,##0' : '@') : '0.###############')),
  );
  const boxes = (a1: string) => {
    const ref = parseRangeA1(a1);
    return ref ? ref : null;
  };
  for (const f of c.formats) {
    const ref = boxes(f.range);
    if (!ref) continue;
    for (let r = ref.start.row; r <= Math.min(ref.end.row, rows - 1); r++)
      for (let k = ref.start.col; k <= Math.min(ref.end.col, cols - 1); k++) formats[r]![k] = f.format;
  }
  const fontWeights = c.values.map((row) => row.map((): 'bold' | 'normal' => 'normal'));
  for (const b of c.bold) {
    const ref = boxes(b);
    if (!ref) continue;
    for (let r = ref.start.row; r <= Math.min(ref.end.row, rows - 1); r++)
      for (let k = ref.start.col; k <= Math.min(ref.end.col, cols - 1); k++) fontWeights[r]![k] = 'bold';
  }
  const notes = c.values.map((row) => row.map(() => ''));
  for (const n of c.notes) if (n.row < rows && n.col < cols) notes[n.row]![n.col] = n.note;
  return {
    values: c.values,
    numberFormats: formats,
    fontWeights,
    notes,
    frozenRows: c.frozenRows,
    columnWidths: c.columnWidths.map((w, i): [number, number, number] => [i + 1, 1, w]),
  };
}

// ---- menu ----------------------------------------------------------------------------------

export function showBudgetSidebar(): void {
  showSidebar('budget', budgetMessages(currentLang()).sidebarTitle);
}

/** Menu «Свести бюджеты»: every sheet with a budget table into «Бюджет — свод»; a toast, or an alert when it cannot. */
export function menuConsolidateBudgets(): void {
  try {
    const built = consolidateBudgets();
    activeSpreadsheet().toast(built.message, 'Кластер', 8);
  } catch (err) {
    SpreadsheetApp.getUi().alert(userMessage(err));
  }
}
