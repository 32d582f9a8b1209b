/**
 * The calendar-plan actions: sidebar endpoints (validated payloads, `{ok, data}` replies) and the
 * menu items. Each reads the plan once, decides in core/plan, and writes each generated sheet once.
 */
import * as z from 'zod/mini';
import {
  buildCalendarGrid,
  CALENDAR_FIXED_COLUMNS,
  checkPlan,
  monthAgenda,
  newPlanTemplate,
  nextMonth,
  isMonthKey,
  normalizedTermColumns,
  planMessages,
  PLAN_TABLE,
  type Finding,
  type NormalizedColumns,
  type Replacement,
} from '../../core/plan';
import { columnLetter, cellText, shiftColumns } from '../../core/table';
import { columnChoices, type ColumnChoices } from '../table-source';
import { formatRu } from '../../core/dates';
import { UserError, currentLang, endpoint, guard, sheetNameSchema as sheetName, texts, userMessage, withDocumentLock, type Reply } from '../runtime';
import { activeSpreadsheet, writeGeneratedSheet, mergedRanges, writeBlock, insertColumnsAfter, writeNewSheet } from '../sheets-io';
import { generatedKind } from '../generated-sheets';
import { showSidebar } from '../sidebars';
import { loadAllPlans, loadPlan, mappingSchema, saveMapping, savedMapping, type LoadedPlan } from './plan-source';
import { todayIso } from '../today';
import { cellDate } from '../dates-io';

const sheetPayload = z._default(z.object({ sheet: z.optional(sheetName) }), {});

// ---- sidebar: what is there ---------------------------------------------------------------

export interface PlanOverview {
  sheets: string[];
  /** The sheet to show first: the active one, unless it is a sheet Кластер generated. */
  selected: string;
  month: string;
  lang: string;
}

/** Sidebar start: the sheet names, the one to show first, the default month (the next one). Cheap: names and the active sheet's marker. */
export function planOverview(): Reply<PlanOverview> {
  return guard(() => {
    const ss = activeSpreadsheet();
    const all = ss.getSheets();
    const sheets = all.map((s) => s.getName());
    const active = ss.getActiveSheet();
    // Whether a sheet is generated is asked of its own marker, and only as far as needed.
    const firstUserSheet = () => all.findIndex((s) => generatedKind(s) === null);
    const selected = generatedKind(active) === null ? active.getName() : sheets[firstUserSheet()] ?? active.getName();
    return { sheets, selected, month: nextMonth(todayIso()), lang: currentLang() };
  });
}

export interface PlanMappingInfo extends ColumnChoices {
  sheet: string;
  headerRow: number;
  saved: boolean;
  stats: { rows: number; stages: number; unknown: number };
  stages: { name: string; start?: string; end?: string }[];
}

/** The detected (or saved) column mapping of a plan sheet, with what was recognised. */
export const planMapping = endpoint(z.object({ sheet: sheetName }), ({ sheet }) =>
  describePlan(loadPlan(activeSpreadsheet(), sheet), savedMapping(sheet) !== undefined),
);

function describePlan({ sheet, plan, values }: LoadedPlan, saved: boolean): PlanMappingInfo {
  const m = planMessages(currentLang());
  return {
    sheet,
    headerRow: plan.headerRow,
    ...columnChoices(values, plan.headerRow, PLAN_TABLE, m.fields, plan.columns),
    saved,
    stats: {
      rows: plan.rows.length,
      stages: plan.stages.length,
      unknown: plan.rows.filter((r) => r.term.kind === 'unknown').length,
    },
    stages: plan.stages.map((s) => ({ name: s.name, ...(s.range ? { start: s.range.start, end: s.range.end } : {}) })),
  };
}

/**
 * Saves the user's column choice for a sheet (null: back to automatic detection) and describes the plan
 * as read with it. A choice that does not make a plan is refused before it is remembered.
 */
export const planSaveMapping = endpoint(
  z.object({ sheet: sheetName, mapping: z.nullable(mappingSchema) }),
  ({ sheet, mapping }) => {
    const ss = activeSpreadsheet();
    if (!mapping) {
      saveMapping(sheet, null);
      return describePlan(loadPlan(ss, sheet), false);
    }
    const loaded = loadPlan(ss, sheet, { mapping });
    saveMapping(sheet, { mapping, headerRow: loaded.plan.headerRow });
    return describePlan(loaded, true);
  },
);

// ---- checks --------------------------------------------------------------------------------

export interface SheetFindings {
  sheet: string;
  /** The first `limit` findings, in row order. */
  findings: Finding[];
  /** How many there are in all. */
  total: number;
  rows: number;
}

/** Findings a sidebar gets at most per sheet (the CLI asks for all). */
export const FINDINGS_LIMIT = 500;

const checkPayload = z._default(
  z.object({ sheet: z.optional(sheetName), limit: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))) }),
  {},
);

/** Checks one plan sheet, or every sheet that looks like a plan when no sheet is named. */
export const planCheck = endpoint(checkPayload, ({ sheet, limit }) => {
  const ss = activeSpreadsheet();
  const plans = sheet ? [loadPlan(ss, sheet)] : loadAllPlans(ss);
  if (plans.length === 0) throw new UserError(planMessages(currentLang()).noPlans);
  return plans.map(({ sheet: name, plan, today, target }): SheetFindings => {
    const findings = checkPlan(plan, { today, lang: currentLang() });
    const merged = mergedRanges(target);
    if (merged.length) {
      findings.unshift({ cell: merged[0]!.split(':')[0]!, row: 0, severity: 'info', code: 'merged-cells', message: texts().errors.merged(merged.slice(0, 5).join(', ')) });
    }
    return { sheet: name, findings: findings.slice(0, limit ?? FINDINGS_LIMIT), total: findings.length, rows: plan.rows.length };
  });
});

// ---- generated sheets -------------------------------------------------------------------------

export interface Built {
  sheet: string;
  rows: number;
  message: string;
}

/**
 * Most cells the calendar may have: one setValues of this size stays well inside Apps Script's 6 minutes
 * (a bigger plan gets a clear message instead of a half-written sheet).
 */
export const CALENDAR_MAX_CELLS = 1_500_000;

/** «Построить календарь»: the «Календарь» sheet, rebuilt in place. */
export const planBuildCalendar = endpoint(sheetPayload, ({ sheet }) => buildCalendar(sheet));

function buildCalendar(sheet?: string): Built {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const { plan, today, sheet: source } = loadPlan(ss, sheet);
    const result = buildCalendarGrid(plan, { today, lang, maxCells: CALENDAR_MAX_CELLS });
    if (!result.ok) throw new UserError(result.error.message);
    const g = result.grid;
    const m = planMessages(lang);
    const written = writeGeneratedSheet(ss, m.sheets.calendar, 'calendar', {
      values: g.values,
      columnFormats: g.columnFormats,
      backgrounds: g.backgrounds,
      frozenRows: g.frozenRows,
      frozenColumns: g.frozenColumns,
      columnWidths: [
        [1, 1, 40],
        [2, 1, 320],
        [3, 2, 150],
        [5, 1, 220],
        [CALENDAR_FIXED_COLUMNS + 1, g.monthColumns.length, 64],
      ],
    });
    const message = withNotice(m.calendarBuilt(plan.rows.length, g.monthColumns.length, source), written.notice);
    return { sheet: written.name, rows: plan.rows.length, message };
  });
}

/** A reply message, with the notice that a user's sheet was left alone when there is one. */
function withNotice(message: string, notice: string | undefined): string {
  return notice ? `${message} ${notice}` : message;
}

const monthPayload = z.object({
  sheet: z.optional(sheetName),
  month: z.optional(z.string().check(z.refine(isMonthKey, 'ожидается месяц ГГГГ-ММ'))),
});

/** «План на месяц»: every activity active or due in the month (default: next month). */
export const planMonthAgenda = endpoint(monthPayload, ({ sheet, month }) => buildAgenda(sheet, month));

function buildAgenda(sheet?: string, month?: string): Built {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const { plan, today } = loadPlan(ss, sheet);
    const agenda = monthAgenda(plan, month ?? nextMonth(today), lang);
    const width = agenda.values[0]!.length;
    const title = [agenda.title, ...new Array<string>(width - 1).fill('')];
    const values = [title, ...agenda.values];
    if (agenda.count === 0) values.push([planMessages(lang).agenda.empty, ...new Array<string>(width - 1).fill('')]);
    const m = planMessages(lang);
    const written = writeGeneratedSheet(ss, m.sheets.agenda, 'agenda', {
      values,
      columnFormats: agenda.columnFormats,
      fontWeights: values.map((_, r) => new Array<'bold' | 'normal'>(width).fill(r < 2 ? 'bold' : 'normal')),
      frozenRows: 2,
      columnWidths: [
        [1, 1, 40],
        [2, 1, 320],
        [3, 2, 150],
        [5, 1, 180],
        [6, 1, 260],
        [7, 1, 180],
      ],
    });
    return { sheet: written.name, rows: agenda.count, message: withNotice(m.agendaBuilt(agenda.title, agenda.count), written.notice) };
  });
}

export interface DateColumnsResult {
  sheet: string;
  /** The two columns, e.g. 'E:F'. */
  columns: string;
  inserted: boolean;
  /**
   * Set when nothing was written: the columns are already there and cells in them hold something other than
   * what would be written. `changes` lists the first REPLACEMENTS_SHOWN of `total`; call again with
   * `confirm: token` to replace exactly these (a different token — the sheet changed since — asks again).
   */
  pending?: { changes: Replacement[]; total: number; token: string };
}

/** Cells listed in the confirmation at most (the count says how many there are in all). */
export const REPLACEMENTS_SHOWN = 10;

/**
 * On request: «Начало» and «Окончание» columns right after «Сроки» in the user's plan, as dates (midnight of
 * the day in the spreadsheet's zone). Inserted the first time; asked again, the two columns (recognised by their
 * headers) are filled anew instead of inserted twice — but a cell the user changed (a date typed by hand, a
 * note such as «уточняется») is never overwritten silently: the reply lists what would be replaced and the
 * user confirms. A saved column choice is shifted with the columns it names.
 */
export const planAddDateColumns = endpoint(
  z.object({ sheet: sheetName, confirm: z.optional(z.string().check(z.maxLength(40))) }),
  ({ sheet, confirm }): DateColumnsResult =>
    withDocumentLock(() => {
      const ss = activeSpreadsheet();
      const { plan, target, values: sheetValues } = loadPlan(ss, sheet);
      const lang = currentLang();
      const cols = normalizedTermColumns(plan, lang);
      const m = planMessages(lang).normalized;
      const header = plan.headerRow >= 0 ? sheetValues[plan.headerRow] ?? [] : [];
      const present = cellText(header[cols.column]) === m.start && cellText(header[cols.column + 1]) === m.end;
      const columns = `${columnLetter(cols.column)}:${columnLetter(cols.column + 1)}`;
      if (present) {
        const changes = replacements(sheetValues, cols);
        const token = changes.length ? fingerprint(changes) : undefined;
        if (token && confirm !== token) {
          return { sheet, columns, inserted: false, pending: { changes: changes.slice(0, REPLACEMENTS_SHOWN), total: changes.length, token } };
        }
      } else {
        insertColumnsAfter(target, cols.column, 2);
        const saved = savedMapping(sheet);
        if (saved) saveMapping(sheet, { ...saved, mapping: shiftColumns(saved.mapping, cols.column, 2) });
      }
      const values = cols.values.map(([start, end]) => [toCellDate(start), toCellDate(end)]);
      writeBlock(target, cols.startRow, cols.column, values, 'dd.mm.yyyy');
      return { sheet, columns, inserted: !present };
    }),
);

/** Non-empty cells of the two columns whose text differs from what would be written, in sheet order. */
function replacements(sheetValues: unknown[][], cols: NormalizedColumns): Replacement[] {
  const out: Replacement[] = [];
  cols.values.forEach((pair, i) => {
    const row = cols.startRow + i;
    pair.forEach((next, k) => {
      const old = cellText(sheetValues[row]?.[cols.column + k]);
      const text = formatRu(next);
      if (old !== '' && old !== text) out.push({ cell: `${columnLetter(cols.column + k)}${row + 1}`, old: old.slice(0, 80), new: text });
    });
  });
  return out;
}

/** A short digest of the replacements the user was shown, so a confirmation applies to exactly those. */
function fingerprint(changes: Replacement[]): string {
  let h1 = 5381;
  let h2 = 52711;
  for (const ch of JSON.stringify(changes)) {
    const c = ch.charCodeAt(0);
    h1 = (Math.imul(h1, 33) ^ c) >>> 0;
    h2 = (Math.imul(h2, 31) + c) >>> 0;
  }
  return `${changes.length}-${h1.toString(36)}${h2.toString(36)}`;
}

function toCellDate(value: string): string | Date {
  return cellDate(value) ?? value;
}

/** «Новый план»: a plan sheet with the usual columns, stage rows, a status dropdown and a frozen header. */
export const planCreate = endpoint(
  z.object({
    project: z.string().check(z.maxLength(300)),
    stages: z.array(z.object({ name: z.string().check(z.maxLength(200)), start: z.string(), end: z.string() })).check(z.maxLength(50)),
  }),
  (input) =>
    withDocumentLock(() => {
      const result = newPlanTemplate(input, currentLang());
      if (!result.ok) throw new UserError(result.error.message);
      const t = result.template;
      const sheet = writeNewSheet(activeSpreadsheet(), t.sheetName, {
        values: t.values,
        numberFormats: t.numberFormats,
        wrap: true,
        headerRow: t.headerRow,
        validations: t.validations.map((v) => ({ range: v.range, list: v.list, allowInvalid: false })),
        merges: t.merges,
        frozenRows: t.frozenRows,
        columnWidths: t.columnWidths,
      });
      const name = sheet.getName();
      return { sheet: name };
    }),
);

// ---- menu ----------------------------------------------------------------------------------

export function showPlanSidebar(): void {
  showSidebar('plan', planMessages(currentLang()).sidebarTitle);
}

/** Menu: builds the calendar from the active sheet and says so in a toast (or an alert when it cannot). */
export function menuBuildCalendar(): void {
  runFromMenu(() => buildCalendar());
}

/** Menu: builds next month's agenda from the active sheet. */
export function menuMonthAgenda(): void {
  runFromMenu(() => buildAgenda());
}

function runFromMenu(action: () => Built): void {
  try {
    const built = action();
    activeSpreadsheet().toast(built.message, 'Кластер', 8);
  } catch (err) {
    SpreadsheetApp.getUi().alert(userMessage(err));
  }
}
