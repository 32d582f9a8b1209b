/**
 * Reading what the responsibility job works on: a plan sheet's responsibility columns through the shared pipeline
 * (core/people/table: the plan's rows, the «Ответственные» column, the executors by their header), and the
 * «Участники» roster. Each sheet is read once; the column choice (columns, header row) is remembered per sheet
 * under the job 'people', the period is the plan's own («Период плана», remembered by the plan job).
 */
import { PLAN_TABLE } from '../../core/plan';
import {
  buildRosterIndex,
  PEOPLE_FIELDS,
  peopleMessages,
  readPeopleTable,
  readRoster,
  ROSTER_SHEET,
  type PeopleChoice,
  type PeopleField,
  type PeopleTable,
  type Roster,
  type RosterIndex,
} from '../../core/people';
import { readTable, type SavedColumns } from '../../core/table';
import { generatedKind } from '../generated-sheets';
import { savedPeriod } from '../plan/plan-source';
import { UserError, currentLang } from '../runtime';
import { readValues } from '../sheets-io';
import { readSheet, readSheets, saveColumns, savedColumns, savedColumnsSchema, type SheetTable } from '../table-source';
import { todayIso } from '../today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  table: PeopleTable;
  saved: boolean;
}

/** Reads the job's table on a sheet already read; a UserError the user can act on (the column form). */
export function recognizeColumn(sheet: SheetTable, override?: PeopleChoice): LoadedColumn {
  const lang = currentLang();
  const saved = override ?? savedMapping(sheet.sheet);
  const period = savedPeriod(sheet.sheet);
  const choice: PeopleChoice = { ...(saved ?? {}), ...(period && !saved?.period ? { period } : {}) };
  const read = readPeopleTable(sheet.values, choice, { lang, today: todayIso() });
  if (!read.ok) {
    if (read.error.code === 'no-column') throw new UserError(peopleMessages(lang).server.noColumn(sheet.sheet));
    throw new UserError(`${sheet.sheet}: ${read.error.message}`);
  }
  return {
    sheet: sheet.sheet,
    target: sheet.target,
    values: sheet.values,
    table: read.table,
    saved: saved !== undefined && override === undefined,
  };
}

/** The responsible column of one sheet (or the active one). */
export function loadColumn(ss: Spreadsheet, sheet?: string, override?: PeopleChoice): LoadedColumn {
  return recognizeColumn(readSheet(ss, sheet), override);
}

/** A table the pipeline reads with an activity and a responsible column (by header or, without one, by cells). */
function looksLikePlan(values: unknown[][]): boolean {
  const t = readTable(values, PLAN_TABLE, {}, { checkRequired: false });
  return t.ok && t.columns.activity !== undefined && t.columns.responsible !== undefined;
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
