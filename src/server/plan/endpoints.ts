/**
 * The calendar-plan actions: sidebar endpoints (validated payloads, `{ok, data}` replies) and the
 * menu items. Each reads the plan once, decides in core/plan, and writes each generated sheet once.
 */
import { z } from '../lazy-zod';
import {
  buildCalendarGrid,
  checkPlan,
  defaultAgendaMonth,
  hasMarkup,
  monthAgenda,
  mergesWorthReporting,
  newPlanTemplate,
  nextMonth,
  isMonthKey,
  normalizedTermColumns,
  planMessages,
  PLAN_TABLE,
  stripMarkup,
  userPeriod,
  type ColumnHint,
  type Finding,
  type NormalizedColumns,
  type PeriodSource,
  type PlanError,
  type PlanField,
  type Replacement,
} from '../../core/plan';
import { columnLetter, cellText, parseA1, readTable, shiftColumns, tableQuestionText, type TableQuestion } from '../../core/table';
import { columnChoices, headerRowSchema, type ColumnChoices } from '../table-source';
import { formatRu } from '../../core/dates';
import {
  UserError,
  currentLang,
  endpoint,
  guard,
  sheetNameSchema as sheetName,
  texts,
  userMessage,
  withDocumentLock,
  type Reply,
} from '../runtime';
import {
  activeSpreadsheet,
  writeGeneratedSheet,
  mergedRanges,
  writeBlock,
  insertColumnsAfter,
  writeNewSheet,
  replaceCellText,
  sheetByName,
} from '../sheets-io';
import { generatedKind } from '../generated-sheets';
import { showSidebar } from '../sidebars';
import {
  knownPlanSheets,
  loadAllPlans,
  loadPlan,
  mappingSchema,
  periodTextSchema,
  saveMapping,
  savedMapping,
  savedPeriod,
  savePeriod,
  tryLoadPlan,
  type LoadedPlan,
} from './plan-source';
import { todayIso } from '../today';
import { cellDate } from '../dates-io';
import { REASON_NO_YEAR } from '../../core/dates/combine';
import { planToIcs } from '../../core/plan/ics';

const sheetPayload = z._default(z.object({ sheet: z.optional(sheetName) }), {});

// ---- sidebar: what is there ---------------------------------------------------------------

export interface PlanOverview {
  /** Every sheet, the plans first (in the workbook's order), then the rest. */
  sheets: string[];
  /** The sheets recognised as plans before (a remembered hint: no sheet is read to tell). */
  plans: string[];
  /** The sheet to show first: the active one, unless it is a sheet Кластер generated. */
  selected: string;
  /** Next month: the sheet's own default month comes with its mapping (it needs the plan's span). */
  month: string;
  lang: string;
}

/**
 * Sidebar start: the sheet names (the plans first), the one to show first, a default month. Cheap: names, the
 * active sheet's marker, and the document's remembered list of plan sheets (a property, not a sheet read: reading
 * the top of every sheet would cost three calls a sheet, each a round trip in Google). The list is refreshed
 * whenever a plan is read, and replaced whenever every sheet is checked.
 */
export function planOverview(): Reply<PlanOverview> {
  return guard(() => {
    const ss = activeSpreadsheet();
    const all = ss.getSheets();
    const names = all.map((s) => s.getName());
    const known = new Set(knownPlanSheets());
    const plans = names.filter((n) => known.has(n));
    const active = ss.getActiveSheet();
    // Whether a sheet is generated is asked of its own marker, and only as far as needed.
    const firstUserSheet = () => names[all.findIndex((s) => generatedKind(s) === null)];
    const selected = generatedKind(active) === null ? active.getName() : (plans[0] ?? firstUserSheet() ?? active.getName());
    const sheets = [...plans, ...names.filter((n) => !known.has(n))];
    return { sheets, plans, selected, month: nextMonth(todayIso()), lang: currentLang() };
  });
}

export interface PlanMappingInfo extends ColumnChoices {
  sheet: string;
  headerRow: number;
  saved: boolean;
  stats: { rows: number; stages: number; unknown: number };
  stages: { name: string; start?: string; end?: string }[];
  /** «Период плана» as the plan is read: given by the user, from its title or approval line, or from its dates. */
  period?: { start: string; end: string; text: string; source: PeriodSource };
  /** The period text the user saved for this sheet ('' when none). */
  periodSaved: string;
  /** The plan states no year anywhere: the sidebar asks for the period. */
  needsPeriod: boolean;
  /** The month «План на месяц» opens on for this plan. */
  month: string;
  /**
   * Set when the sheet could not be read as a plan (not a plan, or a column choice that no longer fits): what to
   * say, short, beside the column form — not an error.
   */
  problem?: { code: PlanError['code']; message: string };
}

/** What the reading pipeline asks about a plan sheet, in the user's language. */
function questionTexts(questions: readonly TableQuestion<PlanField>[]): string[] {
  const lang = currentLang();
  return questions.map((q) => tableQuestionText(q, planMessages(lang).fields, lang));
}

/** The detected (or saved) column mapping of a plan sheet, with what was recognised; a sheet that is no plan gets a hint. */
export const planMapping = endpoint(z.object({ sheet: sheetName }), ({ sheet }) => mappingInfo(sheet));

function mappingInfo(sheet: string, overrides: Parameters<typeof tryLoadPlan>[2] = {}): PlanMappingInfo {
  const read = tryLoadPlan(activeSpreadsheet(), sheet, overrides);
  const saved = savedMapping(sheet) !== undefined;
  if (read.ok) return describePlan(read.loaded, saved);
  const { values } = read.table;
  const m = planMessages(currentLang());
  const table = readTable(values, PLAN_TABLE, {}, { checkRequired: false });
  const notPlan = read.error.code === 'no-header' || read.error.code === 'empty';
  return {
    sheet,
    ...columnChoices(
      values,
      table.ok ? { ...table, questions: questionTexts(table.questions) } : { headerRow: -1, columns: {} },
      PLAN_TABLE,
      m.fields,
    ),
    saved,
    stats: { rows: 0, stages: 0, unknown: 0 },
    stages: [],
    periodSaved: savedPeriod(sheet) ?? '',
    needsPeriod: false,
    month: nextMonth(todayIso()),
    problem: { code: read.error.code, message: notPlan ? m.sidebar.notPlan(sheet) : read.error.message },
  };
}

function describePlan({ sheet, plan, values, today }: LoadedPlan, saved: boolean): PlanMappingInfo {
  const m = planMessages(currentLang());
  const p = plan.period;
  return {
    sheet,
    ...columnChoices(values, { ...plan, questions: questionTexts(plan.questions) }, PLAN_TABLE, m.fields),
    saved,
    stats: {
      rows: plan.rows.length,
      stages: plan.stages.length,
      unknown: plan.rows.filter((r) => r.term.kind === 'unknown').length,
    },
    stages: plan.stages.map((s) => ({ name: s.name, ...(s.range ? { start: s.range.start, end: s.range.end } : {}) })),
    ...(p ? { period: { start: p.range.start, end: p.range.end, text: p.text, source: p.source } } : {}),
    periodSaved: savedPeriod(sheet) ?? '',
    needsPeriod: !plan.range || plan.rows.some((r) => r.term.reason === REASON_NO_YEAR),
    month: defaultAgendaMonth(plan.range, today),
  };
}

/**
 * «Период плана»: remembers the period the user gives for a sheet (null: read it from the plan again) and
 * describes the plan as read with it. A text that names no span is refused before it is remembered.
 */
export const planSetPeriod = endpoint(z.object({ sheet: sheetName, period: z.nullable(periodTextSchema) }), ({ sheet, period }) => {
  if (period !== null && !userPeriod(period)) throw new UserError(planMessages(currentLang()).errors.badPeriod(period));
  savePeriod(sheet, period);
  return mappingInfo(sheet);
});

/**
 * Saves the user's column choice for a sheet (null: back to automatic detection) and describes the plan
 * as read with it. A choice that does not make a plan is refused before it is remembered.
 */
export const planSaveMapping = endpoint(
  z.object({ sheet: sheetName, mapping: z.nullable(mappingSchema), headerRow: z.optional(headerRowSchema) }),
  ({ sheet, mapping, headerRow }) => {
    const ss = activeSpreadsheet();
    if (!mapping) {
      saveMapping(sheet, null);
      return describePlan(loadPlan(ss, sheet), false);
    }
    const loaded = loadPlan(ss, sheet, { saved: { mapping, ...(headerRow !== undefined ? { headerRow } : {}) } });
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
    // a merge within one row (a title, a stage, a section) reads fine; one over several rows empties the rows below
    const merged = mergesWorthReporting(mergedRanges(target));
    if (merged.length) {
      findings.unshift({
        cell: merged[0]!.split(':')[0]!,
        row: 0,
        severity: 'info',
        code: 'merged-cells',
        message: texts().errors.merged(merged.slice(0, 5).join(', ')),
      });
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
      columnWidths: widthRuns(g.columns),
      wraps: g.columns.map((c) => c.wrap),
      horizontalAlignments: g.columns.map((c) => c.align),
      verticalAlignment: 'top',
      activate: true,
    });
    const message = withNotice(m.calendarBuilt(plan.rows.length, g.monthColumns.length, source), written.notice);
    return { sheet: written.name, rows: plan.rows.length, message };
  });
}

/** Column widths as runs of equal width, [first column (1-based), count, px]: one setColumnWidths per run. */
function widthRuns(columns: readonly ColumnHint[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  columns.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === c.width && last[0] + last[1] === i + 1) last[1]++;
    else runs.push([i + 1, 1, c.width]);
  });
  return runs;
}

/** A reply message, with the notice that a user's sheet was left alone when there is one. */
function withNotice(message: string, notice: string | undefined): string {
  return notice ? `${message} ${notice}` : message;
}

const monthPayload = z._default(
  z.object({
    sheet: z.optional(sheetName),
    month: z.optional(z.string().check(z.refine(isMonthKey, 'ожидается месяц ГГГГ-ММ'))),
    /** Every sheet that looks like a plan, one block each (ignored when a sheet is named). */
    all: z.optional(z.boolean()),
  }),
  {},
);

/**
 * «План на месяц»: every activity active or due in the month. Default month: the next one, kept inside the
 * plan's span (its first month before it starts, its last once it is over). With `all`, one block per plan sheet,
 * each in its own default month unless a month is given.
 */
export const planMonthAgenda = endpoint(monthPayload, ({ sheet, month, all }) => buildAgenda(sheet, month, all === true && !sheet));

function buildAgenda(sheet?: string, month?: string, all = false): Built {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const m = planMessages(lang);
    const plans = all ? loadAllPlans(ss) : [loadPlan(ss, sheet)];
    if (plans.length === 0) throw new UserError(m.noPlans);
    // Without a month each plan gets the one its sidebar offers (defaultAgendaMonth of its own range): a plan
    // that ended in 2023 shows its last month, not an empty month after another plan's end.
    const agendas = plans.map((p) => ({
      source: p.sheet,
      agenda: monthAgenda(p.plan, month ?? defaultAgendaMonth(p.plan.range, p.today), lang),
    }));
    const width = agendas[0]!.agenda.values[0]!.length;
    const line = (text: string) => [text, ...new Array<string>(width - 1).fill('')];
    const values: string[][] = [];
    const bold = new Set<number>();
    for (const { source, agenda } of agendas) {
      if (values.length) values.push(line(''));
      bold.add(values.length).add(values.length + 1);
      values.push(line(all ? m.agendaBlock(agenda.title, source) : agenda.title), ...agenda.values);
      if (agenda.count === 0) values.push(line(m.agenda.empty));
    }
    const written = writeGeneratedSheet(ss, m.sheets.agenda, 'agenda', {
      values,
      columnFormats: agendas[0]!.agenda.columnFormats,
      fontWeights: values.map((_, r) => new Array<'bold' | 'normal'>(width).fill(bold.has(r) ? 'bold' : 'normal')),
      wraps: [false, true, true, true, true, true, true],
      verticalAlignment: 'top',
      activate: true,
      frozenRows: all ? 0 : 2,
      columnWidths: [
        [1, 1, 40],
        [2, 1, 320],
        [3, 2, 150],
        [5, 1, 180],
        [6, 1, 260],
        [7, 1, 180],
      ],
    });
    const message = agendas.map(({ source, agenda }) => m.agendaBuilt(agenda.title, agenda.count, source)).join('\n');
    const rows = agendas.reduce((n, a) => n + a.agenda.count, 0);
    return { sheet: written.name, rows, message: withNotice(message, written.notice) };
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
      const header = plan.headerRow >= 0 ? (sheetValues[plan.headerRow] ?? []) : [];
      const present = cellText(header[cols.column]) === m.start && cellText(header[cols.column + 1]) === m.end;
      const columns = `${columnLetter(cols.column)}:${columnLetter(cols.column + 1)}`;
      if (present) {
        const changes = replacements(sheetValues, cols);
        // the token covers every cell's whole text (the list shows 80 characters of each): a cell changed anywhere since asks again
        const token = changes.length ? fingerprint(changes.map((c) => ({ ...c, old: c.whole }))) : undefined;
        if (token && confirm !== token) {
          const shown = changes.slice(0, REPLACEMENTS_SHOWN).map(({ whole: _w, ...c }) => c);
          return { sheet, columns, inserted: false, pending: { changes: shown, total: changes.length, token } };
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
function replacements(sheetValues: unknown[][], cols: NormalizedColumns): (Replacement & { whole: string })[] {
  const out: (Replacement & { whole: string })[] = [];
  cols.values.forEach((pair, i) => {
    const row = cols.startRow + i;
    pair.forEach((next, k) => {
      const old = cellText(sheetValues[row]?.[cols.column + k]);
      const text = formatRu(next);
      if (old !== '' && old !== text)
        out.push({ cell: `${columnLetter(cols.column + k)}${row + 1}`, old: old.slice(0, 80), new: text, whole: old });
    });
  });
  return out;
}

/** A short digest of the replacements the user was shown, so a confirmation applies to exactly those. */
function fingerprint(changes: readonly Replacement[]): string {
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

/**
 * One-click cleanup of a finding's fix (Word or HTML markup left in a cell): the cell gets the cleaned text the
 * check showed — only if it still holds the same markup (cleaned, it reads as `value`). One read and one write.
 */
export const planCleanMarkup = endpoint(
  z.object({
    sheet: sheetName,
    cell: z.string().check(z.regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/)),
    value: z.string().check(z.maxLength(50_000)),
  }),
  ({ sheet, cell, value }) =>
    withDocumentLock(() => {
      const m = planMessages(currentLang());
      if (!parseA1(cell)) throw new UserError(m.errors.fixCell);
      const target = sheetByName(activeSpreadsheet(), sheet);
      const same = (current: unknown) => typeof current === 'string' && hasMarkup(current) && stripMarkup(current) === value;
      if (!replaceCellText(target, cell, same, value)) throw new UserError(m.errors.fixStale(cell));
      return { sheet, cell, message: m.markupCleaned(cell, sheet) };
    }),
);

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

// ---- .ics export --------------------------------------------------------------------------------

export interface PlanIcs {
  sheet: string;
  /** A file name for the download: the sheet's name, safe for every file system, with .ics. */
  fileName: string;
  /** The iCalendar text (RFC 5545: CRLF, folded at 75 octets). */
  text: string;
  events: number;
  /** Rows left out: their term gives no date («по согласованию»). */
  skipped: number;
  message: string;
}

/**
 * «Скачать .ics»: the plan on a sheet as an iCalendar file, read as every plan action reads it (the saved columns
 * and period), one all-day event per dated activity (core/plan/ics). Writes nothing. UIDs are made of the book,
 * the sheet and the row, so a re-export updates the events in a calendar rather than duplicating them: the book is
 * the spreadsheet's id in Google; the CLI, whose workbook gets a new id on every load, names it by its file (`book`).
 */
export const planIcs = endpoint(
  z._default(z.object({ sheet: z.optional(sheetName), book: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) }), {}),
  ({ sheet, book }): PlanIcs => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const { plan, sheet: source } = loadPlan(ss, sheet);
    const out = planToIcs(plan, { sheet: source, book: book ?? ss.getId(), timeZone: ss.getSpreadsheetTimeZone(), now: new Date(), lang });
    const en = lang === 'en';
    if (out.events === 0) {
      throw new UserError(
        en ? `${source}: no activity has a date, nothing to export.` : `${source}: ни у одного мероприятия нет даты — выгружать нечего.`,
      );
    }
    const skipped = out.skipped.length;
    const message = en
      ? `«${source}»: ${out.events} events${skipped ? `; ${skipped} activities without a date left out` : ''}.`
      : `«${source}»: событий ${out.events}${skipped ? `; без даты, не выгружено: ${skipped}` : ''}.`;
    return {
      sheet: source,
      fileName: `${source.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'plan'}.ics`,
      text: out.text,
      events: out.events,
      skipped,
      message,
    };
  },
);
