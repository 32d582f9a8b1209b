/**
 * Reading what the responsibility job works on: a plan sheet's responsible column (found by the calendar
 * plan's recognition, so continuation rows inherit their item's responsible), its executors column when there
 * is one, and the «Участники» roster. Each sheet is read once; the column choice is remembered per sheet
 * under the job 'people'.
 */
import { PLAN_SYNONYMS, recognizePlan, type Plan, type PlanRow } from '../../core/plan';
import { buildRosterIndex, peopleMessages, readRoster, ROSTER_SHEET, type Roster, type RosterIndex } from '../../core/people';
import { cellText, columnLetter, detectHeader, type SavedColumns, type Synonyms, type TableSpec } from '../../core/table';
import { generatedKind } from '../generated-sheets';
import { UserError, currentLang } from '../runtime';
import { readValues } from '../sheets-io';
import { readSheet, readSheets, saveColumns, savedColumns, savedColumnsSchema, type SheetTable } from '../table-source';
import { todayIso } from '../today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type PeopleField = 'activity' | 'term' | 'responsible' | 'executors';
export const PEOPLE_FIELDS: readonly PeopleField[] = ['activity', 'term', 'responsible', 'executors'];

/** Headers of a column of people who take part without answering for the activity. */
const EXECUTOR_HEADERS = ['Исполнители', 'Исполнитель', 'Соисполнители', 'Соисполнитель', 'Участники', 'Привлекаемые специалисты', 'Executors'];

const SYNONYMS: Synonyms<PeopleField> = {
  activity: PLAN_SYNONYMS.activity,
  term: PLAN_SYNONYMS.term,
  responsible: PLAN_SYNONYMS.responsible,
  executors: EXECUTOR_HEADERS,
};

/** The job's table as the column form shows it. */
export const PEOPLE_TABLE: TableSpec<PeopleField> = { fields: PEOPLE_FIELDS, synonyms: SYNONYMS, required: ['activity', 'responsible'] };

export const mappingSchema = savedColumnsSchema(PEOPLE_FIELDS).shape.mapping;
export type PeopleMapping = SavedColumns<PeopleField>;

export function savedMapping(sheet: string): PeopleMapping | undefined {
  return savedColumns('people', sheet, PEOPLE_FIELDS);
}

export function saveMapping(sheet: string, saved: PeopleMapping | null): void {
  saveColumns('people', sheet, saved);
}

export interface LoadedColumn {
  sheet: string;
  target: Sheet;
  values: unknown[][];
  plan: Plan;
  /** 0-based columns of the job's fields on the sheet. */
  columns: Partial<Record<PeopleField, number>>;
  /** The responsible column's header as written. */
  title: string;
  saved: boolean;
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** A column headed like «Исполнители», other than the ones already taken. */
function executorsColumn(header: readonly unknown[], taken: Set<number>): number | undefined {
  const names = EXECUTOR_HEADERS.map(norm);
  for (let c = 0; c < header.length; c++) {
    if (taken.has(c)) continue;
    const t = norm(cellText(header[c]));
    if (t && names.some((n) => t === n || t.startsWith(`${n} `))) return c;
  }
  return undefined;
}

/** Recognises the plan on a sheet already read and finds its responsible column; a UserError the user can act on. */
export function recognizeColumn(table: SheetTable, override?: PeopleMapping): LoadedColumn {
  const lang = currentLang();
  const saved = override ?? savedMapping(table.sheet);
  const mapping = saved?.mapping ?? {};
  const planMapping: Record<string, number | null> = {};
  for (const f of ['activity', 'term', 'responsible'] as const) if (f in mapping) planMapping[f] = mapping[f] ?? null;
  const result = recognizePlan(table.values, {
    lang,
    today: todayIso(),
    mapping: planMapping,
    ...(saved?.headerRow !== undefined ? { headerRow: saved.headerRow } : {}),
  });
  if (!result.ok) throw new UserError(`${table.sheet}: ${result.error.message}`);
  const plan = result.plan;
  const responsible = plan.columns.responsible;
  if (responsible === undefined) throw new UserError(peopleMessages(lang).server.noColumn(table.sheet));
  const columns: Partial<Record<PeopleField, number>> = { responsible };
  if (plan.columns.activity !== undefined) columns.activity = plan.columns.activity;
  if (plan.columns.term !== undefined) columns.term = plan.columns.term;
  if ('executors' in mapping) {
    if (mapping.executors !== null && mapping.executors !== undefined) columns.executors = mapping.executors;
  } else {
    const header = plan.headerRow >= 0 ? table.values[plan.headerRow] ?? [] : [];
    const executors = executorsColumn(header, new Set(Object.values(plan.columns)));
    if (executors !== undefined) columns.executors = executors;
  }
  return {
    sheet: table.sheet,
    target: table.target,
    values: table.values,
    plan,
    columns,
    title: plan.titles.responsible ?? columnLetter(responsible),
    saved: saved !== undefined && override === undefined,
  };
}

/** The responsible column of one sheet (or the active one). */
export function loadColumn(ss: Spreadsheet, sheet?: string, override?: PeopleMapping): LoadedColumn {
  return recognizeColumn(readSheet(ss, sheet), override);
}

/** A header naming an activity and a responsible column within the top rows. */
function looksLikePlan(values: unknown[][]): boolean {
  return detectHeader(values.slice(0, 30), PLAN_SYNONYMS, { required: ['activity', 'responsible'] }) !== null;
}

/** Every user sheet with an activity and a responsible column; each sheet is read once. */
export function loadAllColumns(ss: Spreadsheet): LoadedColumn[] {
  return readSheets(ss, looksLikePlan)
    .filter((t) => t.sheet !== ROSTER_SHEET && generatedKind(t.target) === null)
    .flatMap((t) => {
      try {
        return [recognizeColumn(t)];
      } catch (err) {
        if (err instanceof UserError) return [];
        throw err;
      }
    });
}

/** The plan rows' cells of one column: sheet row, column and value. */
export function columnCells(loaded: LoadedColumn, field: PeopleField, rows: readonly PlanRow[] = loaded.plan.rows): { row: number; col: number; value: unknown }[] {
  const col = loaded.columns[field];
  if (col === undefined) return [];
  return rows.map((r) => ({ row: r.row, col, value: loaded.values[r.row]?.[col] ?? '' }));
}

export type RosterStatus = 'ok' | 'missing' | 'no-header' | 'empty';

export interface LoadedRoster {
  status: RosterStatus;
  sheet?: Sheet;
  values?: unknown[][];
  roster?: Roster;
  index?: RosterIndex;
}

/** The «Участники» sheet read once, and its roster when it has one. */
export function loadRoster(ss: Spreadsheet): LoadedRoster {
  const sheet = ss.getSheetByName(ROSTER_SHEET);
  if (!sheet) return { status: 'missing' };
  const values = readValues(sheet);
  const read = readRoster(values);
  if (!read.ok) return { status: read.reason === 'empty' ? 'empty' : 'no-header', sheet, values };
  return { status: 'ok', sheet, values, roster: read.roster, index: buildRosterIndex(read.roster) };
}

/** What the user is told about the roster: how many it holds, or why the column is checked against itself. */
export function rosterMessage(r: LoadedRoster): string {
  const m = peopleMessages(currentLang());
  switch (r.status) {
    case 'ok': {
      const people = r.index!.people.length;
      return m.server.rosterOk(people, r.roster!.entries.length - people - r.index!.unreadable.length);
    }
    case 'missing':
      return m.errors.rosterMissing;
    case 'no-header':
      return m.errors.rosterNoHeader;
    case 'empty':
      return m.errors.rosterEmpty;
  }
}
