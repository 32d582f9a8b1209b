/**
 * The responsibility-columns actions: sidebar endpoints (validated payloads, `{ok, data}` replies) and the
 * menu items. Each reads the plan sheet once (and «Участники» once), decides in core/people, and writes once:
 * a fix run is one setValues per column, a generated sheet one write per kind of content.
 */
import { z } from '../lazy-zod';
import {
  applyFixes,
  checkPeopleTable,
  checkRoster,
  DEFAULT_THRESHOLD,
  isSingleResponsibleHeader,
  matrixSheet,
  peopleActivityRows,
  peopleMessages,
  peopleQuestionTexts,
  PEOPLE_TABLE,
  responsibilityMatrix,
  ROSTER_FIELDS,
  ROSTER_SHEET,
  ROSTER_SYNONYMS,
  rosterFromColumn,
  rosterTemplate,
  workload,
  workloadSheet,
  type ColumnReport,
  type EntryEdit,
  type EntryKind,
  type GeneratedSheet,
  type PeopleFinding,
  type PersonCount,
  type RosterField,
} from '../../core/people';
import { cellText, columnLetter, detectHeader, safeText, type Severity } from '../../core/table';
import { generatedKind } from '../generated-sheets';
import {
  currentLang,
  endpoint,
  guard,
  sheetNameSchema as sheetName,
  UserError,
  userMessage,
  withDocumentLock,
  type Reply,
} from '../runtime';
import { readSetting, writeSetting } from '../settings';
import {
  activeSpreadsheet,
  appendTextRows,
  sheetByName,
  rewriteColumnSpan,
  setListValidations,
  writeCellText,
  writeGeneratedSheet,
  writeNewSheet,
} from '../sheets-io';
import { showSidebar } from '../sidebars';
import { columnChoices, headerRowSchema, type ColumnChoices } from '../table-source';
import {
  loadAllColumns,
  loadColumn,
  loadRoster,
  mappingSchema,
  rosterMessage,
  saveMapping,
  type LoadedColumn,
  type LoadedRoster,
  type RosterStatus,
} from './people-source';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const texts = () => peopleMessages(currentLang());

// ---- overview and columns ---------------------------------------------------------------------

export interface PeopleOverview {
  sheets: string[];
  selected: string;
  roster: { status: RosterStatus; message: string };
  threshold: number;
  lang: string;
}

/** Sidebar start: the sheet names, the one to show first, the roster's state, the workload threshold. */
export function peopleOverview(): Reply<PeopleOverview> {
  return guard(() => {
    const ss = activeSpreadsheet();
    const all = ss.getSheets();
    const sheets = all.map((s) => s.getName());
    const active = ss.getActiveSheet();
    const activeName = active.getName();
    const isUserSheet = (name: string, i: number) => name !== ROSTER_SHEET && generatedKind(all[i]!) === null;
    const activeIndex = sheets.indexOf(activeName);
    const selected = isUserSheet(activeName, activeIndex) ? activeName : (sheets.find((n, i) => isUserSheet(n, i)) ?? activeName);
    const roster = loadRoster(ss);
    return {
      sheets,
      selected,
      roster: { status: roster.status, message: rosterMessage(roster) },
      threshold: threshold(),
      lang: currentLang(),
    };
  });
}

export interface PeopleMappingInfo extends ColumnChoices {
  sheet: string;
  headerRow: number;
  saved: boolean;
  rows: number;
  /** The responsible column's letter. */
  column: string;
}

function describe(loaded: LoadedColumn): PeopleMappingInfo {
  const { table } = loaded;
  return {
    sheet: loaded.sheet,
    ...columnChoices(loaded.values, { ...table, questions: peopleQuestionTexts(table, currentLang()) }, PEOPLE_TABLE, texts().fields),
    saved: loaded.saved,
    rows: table.plan.rows.length,
    column: columnLetter(table.columns.responsible!),
  };
}

/** The detected (or saved) columns of a plan sheet. */
export const peopleMapping = endpoint(z.object({ sheet: sheetName }), ({ sheet }) => describe(loadColumn(activeSpreadsheet(), sheet)));

/**
 * Remembers the column choice (and the header row) for a sheet (null: back to detection); a choice that does not
 * make a plan with a responsible column is refused before it is remembered.
 */
export const peopleSaveMapping = endpoint(
  z.object({ sheet: sheetName, mapping: z.nullable(mappingSchema), headerRow: z.optional(headerRowSchema) }),
  ({ sheet, mapping, headerRow }) => {
    const ss = activeSpreadsheet();
    if (!mapping) {
      saveMapping(sheet, null);
      return describe(loadColumn(ss, sheet));
    }
    const loaded = loadColumn(ss, sheet, { mapping, ...(headerRow !== undefined ? { headerRow } : {}) });
    saveMapping(sheet, { mapping, headerRow: loaded.table.headerRow });
    return { ...describe(loaded), saved: true };
  },
);

// ---- checks -------------------------------------------------------------------------------------

export interface ShownPeopleFinding {
  cell: string;
  row: number;
  col?: number;
  severity: Severity;
  code: string;
  message: string;
  suggestion?: string;
  fix?: { value: string; safe: boolean };
  /** The one entry the fix replaces; the sidebar sends it back to apply the fix. */
  edit?: EntryEdit;
}

export interface PeopleSheetCheck {
  sheet: string;
  /** The responsible column's letter. */
  column: string;
  rows: number;
  /** The first `limit` findings, in sheet order. */
  findings: ShownPeopleFinding[];
  total: number;
  /** How many findings have a safe fix. */
  safe: number;
  /**
   * Each cell with a safe fix, with its whole text as the check read it: «Исправить все надёжные» sends these back
   * and fixes only cells that still hold exactly this text (a cell typed or edited after the check is skipped).
   */
  safeCells: SeenCell[];
  people: PersonCount[];
  /** The text for the CLI's summary line. */
  summary: string;
}

export interface PeopleCheck {
  sheets: PeopleSheetCheck[];
  roster: { status: RosterStatus; message: string; findings: ShownPeopleFinding[] };
}

/** Findings a sidebar gets at most per sheet (the CLI asks for all). */
export const FINDINGS_LIMIT = 500;

function shown(f: PeopleFinding): ShownPeopleFinding {
  return {
    cell: f.cell,
    row: f.row,
    ...(f.col !== undefined ? { col: f.col } : {}),
    severity: f.severity,
    code: f.code,
    message: f.message,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.edit ? { edit: f.edit } : {}),
  };
}

interface Checked {
  loaded: LoadedColumn;
  findings: PeopleFinding[];
  report: ColumnReport;
}

/** The job's check of one sheet's table (core/people/table), against the roster when there is one. */
function checkColumn(loaded: LoadedColumn, roster: LoadedRoster): Checked {
  const checked = checkPeopleTable(loaded.values, loaded.table, roster.index ?? null, currentLang());
  if (!checked.ok) throw new UserError(`${loaded.sheet}: ${checked.error.message}`);
  return { loaded, findings: checked.findings, report: checked.report };
}

const checkPayload = z._default(
  z.object({ sheet: z.optional(sheetName), limit: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))) }),
  {},
);

/** «Проверить»: one plan sheet, or every sheet with a responsible column when none is named; and the roster itself. */
export const peopleCheck = endpoint(checkPayload, ({ sheet, limit }): PeopleCheck => {
  const ss = activeSpreadsheet();
  const m = texts();
  const columns = sheet ? [loadColumn(ss, sheet)] : loadAllColumns(ss);
  if (!columns.length) throw new UserError(m.server.noPlans);
  const roster = loadRoster(ss);
  const sheets = columns.map((loaded): PeopleSheetCheck => {
    const { findings, report } = checkColumn(loaded, roster);
    const people = report.people.filter((p) => p.kind === 'person').length;
    return {
      sheet: loaded.sheet,
      column: columnLetter(loaded.table.columns.responsible!),
      rows: loaded.table.plan.rows.length,
      findings: findings.slice(0, limit ?? FINDINGS_LIMIT).map(shown),
      total: findings.length,
      safe: findings.filter((f) => f.fix?.safe).length,
      safeCells: seenCells(findings),
      people: report.people.slice(0, 300),
      summary: m.server.summary(loaded.table.plan.rows.length, people),
    };
  });
  const rosterFindings = roster.roster ? checkRoster(roster.roster, currentLang()).map(shown) : [];
  return { sheets, roster: { status: roster.status, message: rosterMessage(roster), findings: rosterFindings } };
});

// ---- fixes --------------------------------------------------------------------------------------

const editSchema = z.object({
  row: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  col: z.int().check(z.minimum(0), z.maximum(1000)),
  start: z.int().check(z.minimum(0), z.maximum(5000)),
  end: z.int().check(z.minimum(0), z.maximum(5000)),
  from: z.string().check(z.maxLength(5000)),
  to: z.string().check(z.maxLength(500)),
  text: z.string().check(z.maxLength(5000)),
});

export interface FixResult {
  sheet: string;
  applied: number;
  skipped: number;
  cells: number;
  message: string;
}

/**
 * Applies entry edits to a sheet: per column, the span of the edited rows is read once and written once
 * (one setValues, one Undo). An edit whose cell no longer holds the text it was made for is skipped.
 */
function applyEdits(ss: Spreadsheet, sheet: string, edits: readonly (EntryEdit & { row: number; col: number })[]): FixResult {
  const target = sheetByName(ss, sheet);
  if (generatedKind(target) !== null) throw new UserError(texts().server.generatedCell);
  const findings: PeopleFinding[] = edits.map((e) => ({
    cell: '',
    row: e.row,
    col: e.col,
    severity: 'info',
    code: 'style',
    message: '',
    edit: e,
  }));
  const byColumn = new Map<number, PeopleFinding[]>();
  for (const f of findings) {
    const list = byColumn.get(f.col!) ?? [];
    list.push(f);
    byColumn.set(f.col!, list);
  }
  let applied = 0;
  let skipped = 0;
  let cells = 0;
  for (const [col, list] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const rows = list.map((f) => f.row);
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    const result: { applied: number; skipped: number } = { applied: 0, skipped: 0 };
    const byRow = new Map<number, PeopleFinding[]>();
    for (const f of list) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);
    cells += rewriteColumnSpan(target, col, first, last, (row, value, formula) => {
      const mine = byRow.get(row);
      if (!mine) return undefined;
      if (formula) {
        result.skipped += mine.length;
        return undefined;
      }
      // applyFixes keeps the rest of the cell, skips an edit made for other text, and keeps text from becoming a formula
      const r = applyFixes(mine, () => value);
      result.applied += r.applied.length;
      result.skipped += r.skipped.length;
      return r.writes[0]?.value;
    });
    applied += result.applied;
    skipped += result.skipped;
  }
  return { sheet, applied, skipped, cells, message: texts().server.fixed(cells, skipped) };
}

/** One or more fixes the user chose in the sidebar. */
export const peopleApplyFixes = endpoint(
  z.object({ sheet: sheetName, edits: z.array(editSchema).check(z.minLength(1), z.maxLength(20_000)) }),
  ({ sheet, edits }) => withDocumentLock(() => applyEdits(activeSpreadsheet(), sheet, edits)),
);

export interface SeenCell {
  row: number;
  col: number;
  /** The whole text of the cell when the check read it. */
  text: string;
}

function seenCells(findings: readonly PeopleFinding[]): SeenCell[] {
  const out = new Map<string, SeenCell>();
  for (const f of findings)
    if (f.fix?.safe && f.edit && f.col !== undefined) out.set(`${f.row}|${f.col}`, { row: f.row, col: f.col, text: f.edit.text });
  return [...out.values()];
}

const seenSchema = z.object({
  row: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  col: z.int().check(z.minimum(0), z.maximum(1000)),
  text: z.string().check(z.maxLength(50_000)),
});

/**
 * «Исправить все надёжные»: the sheet is checked anew and the safe fixes applied in one write per column — only in
 * the cells the user saw (`seen`, from the check): a cell whose whole text differs from what the check showed, or
 * one the check did not show, is skipped and counted as skipped. Without `seen` (an older sidebar) every safe fix
 * of the fresh check is applied.
 */
export const peopleFixSafe = endpoint(
  z.object({ sheet: sheetName, seen: z.optional(z.array(seenSchema).check(z.maxLength(20_000))) }),
  ({ sheet, seen }) =>
    withDocumentLock(() => {
      const ss = activeSpreadsheet();
      const { findings } = checkColumn(loadColumn(ss, sheet), loadRoster(ss));
      const shown = seen ? new Map(seen.map((c) => [`${c.row}|${c.col}`, c.text])) : undefined;
      const safe = findings.filter((f) => f.fix?.safe && f.edit && f.col !== undefined);
      const edits = safe
        .filter((f) => !shown || shown.get(`${f.row}|${f.col}`) === f.edit!.text)
        .map((f) => ({ ...f.edit!, row: f.row, col: f.col! }));
      const unseen = safe.length - edits.length;
      if (!edits.length) return { sheet, applied: 0, skipped: unseen, cells: 0, message: texts().server.fixed(0, unseen) };
      const done = applyEdits(ss, sheet, edits);
      return unseen ? { ...done, skipped: done.skipped + unseen, message: texts().server.fixed(done.cells, done.skipped + unseen) } : done;
    }),
);

// ---- roster -------------------------------------------------------------------------------------

/** «Создать лист «Участники»»: the template (the header only), unless the sheet is there. */
export const peopleCreateRoster = endpoint(z._default(z.object({}), {}), () =>
  withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const m = texts();
    if (ss.getSheetByName(ROSTER_SHEET)) return { sheet: ROSTER_SHEET, created: false, message: m.server.rosterExists(ROSTER_SHEET) };
    const values = rosterTemplate();
    const sheet = writeNewSheet(ss, ROSTER_SHEET, {
      values,
      numberFormats: values.map((r) => r.map(() => '@')),
      headerRow: 0,
      frozenRows: 1,
      columnWidths: [260, 140, 110, 220, 200, 200, 160],
    });
    return { sheet: sheet.getName(), created: true, message: m.server.rosterCreated(sheet.getName()) };
  }),
);

export interface ProposedRoster {
  header: string[];
  rows: string[][];
}

/** «Заполнить из плана»: roster rows proposed from the names of one plan (or all), for the user to confirm. Writes nothing. */
export const peopleProposeRoster = endpoint(z._default(z.object({ sheet: z.optional(sheetName) }), {}), ({ sheet }): ProposedRoster => {
  const ss = activeSpreadsheet();
  const columns = sheet ? [loadColumn(ss, sheet)] : loadAllColumns(ss);
  if (!columns.length) throw new UserError(texts().server.noPlans);
  const roster = loadRoster(ss);
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const loaded of columns) {
    const { report } = checkColumn(loaded, roster);
    for (const row of rosterFromColumn(report, roster.roster ?? null, currentLang())) {
      if (seen.has(row[0]!)) continue;
      seen.add(row[0]!);
      rows.push(row);
    }
  }
  return { header: rosterTemplate()[0]!, rows: rows.slice(0, 2000) };
});

const rosterRow = z.array(z.string().check(z.maxLength(300))).check(z.minLength(1), z.maxLength(ROSTER_FIELDS.length));

/** Appends the rows the user confirmed to «Участники» (created first when missing), under its own columns; names already there are left out. */
export const peopleAppendRoster = endpoint(z.object({ rows: z.array(rosterRow).check(z.minLength(1), z.maxLength(2000)) }), ({ rows }) =>
  withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const m = texts();
    let roster = loadRoster(ss);
    let sheet = roster.sheet;
    if (!sheet) {
      const values = rosterTemplate();
      sheet = writeNewSheet(ss, ROSTER_SHEET, { values, numberFormats: values.map((r) => r.map(() => '@')), headerRow: 0, frozenRows: 1 });
      roster = { status: 'empty', sheet, values };
    }
    const header = detectHeader<RosterField>(roster.values ?? [], ROSTER_SYNONYMS, { minScore: 1, required: ['name'] });
    if (!header || header.columns.name === undefined) throw new UserError(m.server.rosterBadHeader(sheet.getName()));
    const have = new Set((roster.roster?.entries ?? []).map((e) => e.name.toLowerCase()));
    const width = Math.max(...Object.values(header.columns).map((c) => (c as number) + 1));
    const out: string[][] = [];
    for (const row of rows) {
      const name = (row[0] ?? '').replace(/\s+/g, ' ').trim();
      if (!name || have.has(name.toLowerCase())) continue;
      have.add(name.toLowerCase());
      const line = new Array<string>(width).fill('');
      ROSTER_FIELDS.forEach((f, i) => {
        const col = header.columns[f];
        // the rows are written as text ('@', appendTextRows): «=…» stays text with no apostrophe, which such a
        // cell would keep as part of the name (it is a marker only where strings are read as typed input)
        if (col !== undefined && row[i]) line[col] = row[i]!.trim();
      });
      line[header.columns.name] = name;
      out.push(line);
    }
    if (!out.length) return { sheet: sheet.getName(), added: 0, message: m.server.rosterNothing };
    appendTextRows(sheet, out);
    return { sheet: sheet.getName(), added: out.length, message: m.server.rosterAdded(out.length, sheet.getName()) };
  }),
);

// ---- dropdown and picker --------------------------------------------------------------------------

/** Sheets refuses a list validation with more items than this. */
export const MAX_LIST_ITEMS = 500;

export interface RosterName {
  name: string;
  kind: EntryKind;
  detail?: string;
}

function rosterNames(roster: LoadedRoster): RosterName[] {
  if (!roster.index) return [];
  const people = roster.index.people.map((p): RosterName => ({
    name: p.display,
    kind: 'person',
    ...(p.entry.position ? { detail: p.entry.position } : {}),
  }));
  const names = [...new Map([...roster.index.names.values()].map((n) => [n.normal, n])).values()].map((n): RosterName => ({
    name: n.normal,
    kind: n.kind,
  }));
  const seen = new Set<string>();
  return [...people, ...names].filter((n) => (seen.has(n.name) ? false : (seen.add(n.name), true)));
}

/** The roster's names for the picker: people as cells should write them, then groups and organisations. */
export const peopleRosterNames = endpoint(z._default(z.object({}), {}), () => {
  const roster = loadRoster(activeSpreadsheet());
  return { status: roster.status, message: rosterMessage(roster), names: rosterNames(roster) };
});

/**
 * «Поставить выпадающий список»: a warning-only list validation (a cell may name several people, so a value
 * outside the list is marked, not refused) on the responsible cells of the plan, in one setDataValidations.
 */
export const peopleInstallDropdown = endpoint(z.object({ sheet: sheetName }), ({ sheet }) =>
  withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const m = texts();
    const roster = loadRoster(ss);
    const names = rosterNames(roster).map((n) => n.name);
    if (!names.length) throw new UserError(m.server.rosterNeeded);
    const loaded = loadColumn(ss, sheet);
    const rows = loaded.table.plan.rows.map((r) => r.row);
    if (!rows.length) throw new UserError(m.server.noRows(sheet));
    const letter = columnLetter(loaded.table.columns.responsible!);
    const range = `${letter}${Math.min(...rows) + 1}:${letter}${Math.max(...rows) + 1}`;
    const list = names.slice(0, MAX_LIST_ITEMS);
    setListValidations(loaded.target, [{ range, list, allowInvalid: true }]);
    const message =
      m.server.dropdown(range, list.length) +
      (names.length > MAX_LIST_ITEMS ? ` ${m.server.tooManyNames(names.length, MAX_LIST_ITEMS)}` : '');
    return { sheet, range, names: list.length, message };
  }),
);

/** The picker: adds a name to the text of the cell selected now («;» and a line break between names). */
export const peopleInsert = endpoint(z.object({ name: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)) }), ({ name }) =>
  withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const m = texts();
    const active = ss.getActiveRange();
    if (!active) throw new UserError(m.server.noCell);
    const cell = active.getCell(1, 1);
    const sheet = cell.getSheet();
    if (generatedKind(sheet) !== null) throw new UserError(m.server.generatedCell);
    const a1 = cell.getA1Notation();
    if (cell.getFormula()) throw new UserError(m.server.formulaCell);
    const before = cell.getValue();
    const now = cellText(before).replace(/[\s;,]+$/, '');
    const present = now.split(/[;,\n]/).some((part) => part.replace(/\s+/g, ' ').trim() === name);
    if (present) return { sheet: sheet.getName(), cell: a1, value: now, message: m.server.alreadyThere(name, a1) };
    const value = now ? `${now};\n${name}` : name;
    writeCellText(sheet, cell, a1, safeText(value), before);
    return { sheet: sheet.getName(), cell: a1, value, message: m.server.inserted(name, a1) };
  }),
);

// ---- workload and matrix ------------------------------------------------------------------------

const thresholdSchema = z.int().check(z.minimum(1), z.maximum(1000));
const THRESHOLD_KEY = 'people.threshold';

function threshold(): number {
  return readSetting(THRESHOLD_KEY, thresholdSchema) ?? DEFAULT_THRESHOLD;
}

export interface BuiltSheet {
  sheet: string;
  message: string;
}

/** Writes a generated sheet of this job: text throughout, the header bold, highlighted cells, the legend below. */
function writeJobSheet(
  ss: Spreadsheet,
  kind: string,
  g: GeneratedSheet,
  widths: [number, number, number][],
): { name: string; notice?: string } {
  const width = g.values[0]!.length;
  const pad = (cells: string[]) => [...cells, ...new Array<string>(width - cells.length).fill('')];
  const values = [...g.values, pad([]), pad([g.legend])];
  const backgrounds = values.map((_, r) => new Array<string | null>(width).fill(r === 0 ? '#f1f3f4' : null));
  for (const h of g.highlights) backgrounds[h.row]![h.col] = '#fce8e6';
  const written = writeGeneratedSheet(ss, g.name, kind, {
    values,
    columnFormats: new Array<string>(width).fill('@'),
    backgrounds,
    fontWeights: values.map((_, r) => new Array<'bold' | 'normal'>(width).fill(r === 0 ? 'bold' : 'normal')),
    frozenRows: 1,
    frozenColumns: kind === 'workload' ? 1 : 2,
    columnWidths: widths,
  });
  return { name: written.name, ...(written.notice ? { notice: written.notice } : {}) };
}

const withNotice = (message: string, notice?: string) => (notice ? `${message} ${notice}` : message);

function buildWorkload(sheet: string | undefined, limit: number | undefined): BuiltSheet {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const m = peopleMessages(lang);
    const loaded = loadColumn(ss, sheet);
    if (!loaded.table.plan.rows.length) throw new UserError(m.server.noRows(loaded.sheet));
    const roster = loadRoster(ss);
    const t = limit ?? threshold();
    const result = workload(peopleActivityRows(loaded.values, loaded.table), roster.index ?? null, { threshold: t, lang });
    if (!result.ok) throw new UserError(result.error.message);
    const w = result.workload;
    const g = workloadSheet(w, lang);
    const written = writeJobSheet(ss, 'workload', g, [
      [1, 1, 200],
      [2, 2, 110],
      [4, Math.max(1, g.values[0]!.length - 3), 72],
    ]);
    return {
      sheet: written.name,
      message: withNotice(m.server.workloadBuilt(written.name, w.people.length, w.over.length, w.threshold), written.notice),
    };
  });
}

/** Most cells the matrix may have: one write of this size stays well inside Apps Script's 6 minutes. */
export const MATRIX_MAX_CELLS = 1_500_000;

function buildMatrix(sheet: string | undefined): BuiltSheet {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const lang = currentLang();
    const m = peopleMessages(lang);
    const loaded = loadColumn(ss, sheet);
    if (!loaded.table.plan.rows.length) throw new UserError(m.server.noRows(loaded.sheet));
    const roster = loadRoster(ss);
    const result = responsibilityMatrix(peopleActivityRows(loaded.values, loaded.table), roster.index ?? null, {
      lang,
      singleResponsible: isSingleResponsibleHeader(loaded.table.title),
    });
    if (!result.ok) throw new UserError(result.error.message);
    const mx = result.matrix;
    const cells = (mx.rows.length + 1) * (mx.people.length + 3);
    if (cells > MATRIX_MAX_CELLS) throw new UserError(m.server.matrixTooLarge(mx.rows.length, mx.people.length));
    const g = matrixSheet(mx, lang);
    const written = writeJobSheet(ss, 'matrix', g, [
      [1, 1, 56],
      [2, 1, 320],
      [3, mx.people.length, 44],
      [3 + mx.people.length, 1, 260],
    ]);
    const flagged = mx.rows.filter((r) => r.flags.length).length;
    return {
      sheet: written.name,
      message: withNotice(m.server.matrixBuilt(written.name, mx.rows.length, mx.people.length, flagged), written.notice),
    };
  });
}

/** «Нагрузка»: per person, activities as responsible and as executor, per month; the threshold is remembered. */
export const peopleWorkload = endpoint(
  z._default(z.object({ sheet: z.optional(sheetName), threshold: z.optional(thresholdSchema) }), {}),
  ({ sheet, threshold: limit }) => {
    if (limit !== undefined && limit !== threshold()) writeSetting(THRESHOLD_KEY, limit);
    return buildWorkload(sheet, limit);
  },
);

/** «Матрица ответственности»: activities × people, Р and И, flagged rows highlighted. */
export const peopleMatrix = endpoint(z._default(z.object({ sheet: z.optional(sheetName) }), {}), ({ sheet }) => buildMatrix(sheet));

// ---- menu ---------------------------------------------------------------------------------------

export function showPeopleSidebar(): void {
  showSidebar('people', texts().sidebarTitle);
}

/** Menu: both generated sheets from the active sheet, said in a toast (or an alert when it cannot). */
export function menuPeopleSheets(): void {
  try {
    // the first build activates its new sheet: both read the sheet that was active when the menu was used
    const sheet = activeSpreadsheet().getActiveSheet().getName();
    const a = buildWorkload(sheet, undefined);
    const b = buildMatrix(sheet);
    activeSpreadsheet().toast(`${a.message} ${b.message}`, 'Кластер', 8);
  } catch (err) {
    SpreadsheetApp.getUi().alert(userMessage(err));
  }
}
