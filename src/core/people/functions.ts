/**
 * The pure logic of the custom functions CHECK_RESPONSIBLE and RESPONSIBLE_PEOPLE (grid in → grid out,
 * one call for a whole column), and the roster proposed from a plan's names for «Участники».
 */
import type { Lang } from '../i18n/lang';
import type { Result } from '../table/findings';
import { checkResponsibleColumn, type CellReport, type ColumnReport } from './check';
import { buildRosterIndex, type RosterIndex } from './match';
import { messages } from './messages';
import { ROSTER_HEADER, readRoster, type Roster } from './roster';
import type { Grid } from '../table/grid';

/** The roster a custom function was given: a range of the «Участники» sheet, or nothing. */
function rosterArg(values: Grid | null | undefined, lang: Lang): Result<{ index: RosterIndex | null }, 'roster'> {
  if (!values || values.length === 0) return { ok: true, index: null };
  const r = readRoster(values);
  if (!r.ok) {
    const m = messages(lang);
    return { ok: false, error: { code: 'roster', message: r.reason === 'empty' ? m.errors.rosterEmpty : m.errors.rosterNoHeader } };
  }
  return { ok: true, index: buildRosterIndex(r.roster) };
}

function columns(cells: Grid): unknown[][] {
  let width = 0; // a loop, not Math.max(...rows): 500 000 arguments overflow the stack
  for (const r of cells) if (Array.isArray(r) && r.length > width) width = r.length;
  return Array.from({ length: width }, (_, c) => cells.map((r) => (Array.isArray(r) ? r[c] : undefined)));
}

function line(cell: CellReport): string {
  return cell.findings.map((f) => f.message).join(' ');
}

/**
 * CHECK_RESPONSIBLE(cells, [roster]): for each cell, '' when it is fine, otherwise one line of findings
 * with the suggested correction. Empty cells count only between filled ones. Each column is checked as
 * a column of its own. A roster range that cannot be read is an error with a message.
 */
export function checkResponsibleGrid(
  cells: Grid,
  roster?: Grid | null,
  lang: Lang = 'ru',
): Result<{ values: string[][] }, 'roster' | 'too-large' | 'bad-input'> {
  if (!Array.isArray(cells)) return { ok: true, values: [['']] };
  const r = rosterArg(roster, lang);
  if (!r.ok) return r;
  const out: string[][] = cells.map((row) => (Array.isArray(row) ? row.map(() => '') : ['']));
  const cols = columns(cells);
  for (let c = 0; c < cols.length; c++) {
    const checked = checkResponsibleColumn(
      cols[c]!.map((v) => [v]),
      r.index,
      { lang, empty: 'inside', col: c },
    );
    if (!checked.ok) return checked;
    checked.report.cells.forEach((cell, i) => {
      if (out[i] && c < out[i]!.length) out[i]![c] = line(cell);
    });
  }
  return { ok: true, values: out };
}

/** RESPONSIBLE_PEOPLE(cells): the distinct people (then groups and organisations) in their normal form, with the number of cells each appears in. */
export function responsiblePeopleGrid(
  cells: Grid,
  lang: Lang = 'ru',
  roster?: Grid | null,
): Result<{ values: (string | number)[][] }, 'roster' | 'too-large' | 'bad-input'> {
  const m = messages(lang);
  const r = rosterArg(roster, lang);
  if (!r.ok) return r;
  const flat = Array.isArray(cells) ? cells.flatMap((row) => (Array.isArray(row) ? row : [row])).map((v) => [v]) : [];
  const checked = checkResponsibleColumn(flat, r.index, { lang, empty: 'none' });
  if (!checked.ok) return checked;
  const rows = checked.report.people.filter((p) => p.kind !== 'position').map((p) => [p.name, p.cells]);
  return { ok: true, values: rows.length ? [m.people.header, ...rows] : [[m.errors.nothing, '']] };
}

/**
 * Rows for «Участники» proposed from the names of a plan's responsible column, for the coordinator to
 * confirm: people in their usual spelling with the role written beside them, then groups and
 * organisations (with an abbreviation defined in the plan as the short name). Names already in
 * `existing` are left out. Rows follow ROSTER_HEADER.
 */
export function rosterFromColumn(report: ColumnReport, existing: Roster | null = null, lang: Lang = 'ru'): string[][] {
  const m = messages(lang);
  const index = existing ? buildRosterIndex(existing) : null;
  const have = new Set<string>([...(index?.people.map((p) => p.normal) ?? []), ...(existing?.entries.map((e) => e.name) ?? [])]);
  const roles = new Map<string, string>();
  const shorts = new Map<string, string>();
  for (const c of report.cells) {
    for (const e of c.entries) {
      if (e.kind === 'person' && e.role && !roles.has(e.name)) roles.set(e.name, e.role);
      if (e.defines) shorts.set(e.name, e.defines);
    }
  }
  const rows: string[][] = [];
  const kindWord = { person: m.rosterKinds.person, group: m.rosterKinds.group, organisation: m.rosterKinds.organisation } as const;
  for (const p of report.people) {
    if (p.kind !== 'person' && p.kind !== 'group' && p.kind !== 'organisation') continue;
    if (p.rosterRow !== undefined || have.has(p.name)) continue;
    const row = ROSTER_HEADER.map(() => '');
    row[0] = p.name;
    row[1] = shorts.get(p.name) ?? '';
    row[2] = kindWord[p.kind];
    row[3] = roles.get(p.name) ?? '';
    rows.push(row);
  }
  return rows;
}

/** The «Участники» sheet as the add-on creates it: the header only (example rows would be matched as real people). */
export function rosterTemplate(): string[][] {
  return [[...ROSTER_HEADER]];
}
