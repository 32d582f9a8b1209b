/**
 * The roster: the «Участники» sheet, shared by the responsibility job (who may be named as responsible)
 * and the checklist job (which schools get a tab, and whose e-mail may edit it).
 *
 * One table, one row per entry:
 *   ФИО / Наименование | Краткое имя | Тип | Должность | Организация | Email | Группа
 * «Тип» is Человек (default for a row that reads as a person's name), Организация, Школа (an organisation
 * that fills a checklist: «ОО», a college, a kindergarten) or Группа («Руководители ОО», «Творческая группа»).
 * A person's «Организация» names an organisation row (by full or short name); their «Группа» lists the
 * groups they belong to (comma-separated). «Email» may hold several addresses.
 */
import { cellText } from '../table/cell';
import { detectHeader, type Synonyms } from '../table/headers';

export type RosterKind = 'person' | 'organisation' | 'school' | 'group';

export type RosterField = 'name' | 'short' | 'kind' | 'position' | 'organisation' | 'email' | 'group';

export const ROSTER_FIELDS: readonly RosterField[] = ['name', 'short', 'kind', 'position', 'organisation', 'email', 'group'];

export const ROSTER_SYNONYMS: Synonyms<RosterField> = {
  name: ['ФИО', 'Ф.И.О.', 'ФИО / Наименование', 'Наименование', 'Участник', 'Имя', 'Name', 'Full name'],
  short: ['Краткое имя', 'Краткое наименование', 'Сокращение', 'Короткое имя', 'Short name'],
  kind: ['Тип', 'Вид', 'Kind', 'Type'],
  position: ['Должность', 'Роль', 'Position', 'Role'],
  organisation: ['Организация', 'ОО', 'Место работы', 'Учреждение', 'Organisation', 'Organization'],
  email: ['Email', 'E-mail', 'Эл. почта', 'Электронная почта', 'Почта', 'Mail'],
  group: ['Группа', 'Группы', 'Group', 'Groups'],
};

/** The roster sheet's name and header as the add-on creates it. */
export const ROSTER_SHEET = 'Участники';
export const ROSTER_HEADER: readonly string[] = ['ФИО / Наименование', 'Краткое имя', 'Тип', 'Должность', 'Организация', 'Email', 'Группа'];

/** The words of the «Тип» column, lower case, ё→е; anything else in it is read as a person. */
export const KIND_WORDS: Record<RosterKind, readonly string[]> = {
  person: ['человек', 'сотрудник', 'участник', 'person'],
  organisation: ['организация', 'партнер', 'organisation', 'organization'],
  school: ['школа', 'оо', 'образовательная организация', 'колледж', 'детский сад', 'доу', 'school'],
  group: ['группа', 'group'],
};

export interface RosterEntry {
  kind: RosterKind;
  /** As written in the «ФИО / Наименование» column, spaces collapsed. */
  name: string;
  short?: string;
  position?: string;
  /** The organisation's name as written in the person's row. */
  organisation?: string;
  emails: string[];
  groups: string[];
  /** 0-based sheet row. */
  row: number;
}

export interface Roster {
  headerRow: number;
  /** 0-based column of «ФИО / Наименование» (where findings about the roster point); 0 when unknown. */
  nameCol?: number;
  entries: RosterEntry[];
}

export type RosterResult = { ok: true; roster: Roster } | { ok: false; reason: 'no-header' | 'empty' };

const EMAIL = /[^\s,;<>()"']+@[^\s,;<>()"']+\.[^\s,;<>()"']+/g;

function kindOf(text: string): RosterKind {
  const t = text.toLowerCase().replace(/ё/g, 'е').trim();
  if (!t) return 'person';
  for (const kind of ['school', 'organisation', 'group', 'person'] as const) {
    if (KIND_WORDS[kind].some((w) => t === w || t.startsWith(w + ' '))) return kind;
  }
  return 'person';
}

/** Reads the roster table from a sheet's values (header found by its usual names; «ФИО» is required). */
/**
 * A leading apostrophe before «=», «+», «-» or «@» is the «this is text» marker of a write (safeText), never part
 * of a name: a roster written into plain-text cells by an earlier version kept it literally («'-Методисты»).
 */
function withoutMarker(text: string): string {
  return /^'\s*[=+\-@]/.test(text) ? text.slice(1) : text;
}

export function readRoster(values: readonly (readonly unknown[])[]): RosterResult {
  const header = detectHeader<RosterField>(values, ROSTER_SYNONYMS, { minScore: 1, required: ['name'] });
  if (!header || header.columns.name === undefined) return { ok: false, reason: 'no-header' };
  const col = header.columns;
  const at = (row: readonly unknown[], f: RosterField) =>
    col[f] === undefined ? '' : withoutMarker(cellText(row[col[f]!]).replace(/\s+/g, ' ').trim());
  const entries: RosterEntry[] = [];
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const name = at(row, 'name');
    if (!name) continue;
    const short = at(row, 'short');
    const position = at(row, 'position');
    const organisation = at(row, 'organisation');
    entries.push({
      kind: kindOf(at(row, 'kind')),
      name,
      ...(short ? { short } : {}),
      ...(position ? { position } : {}),
      ...(organisation ? { organisation } : {}),
      emails: (col.email === undefined ? '' : cellText(row[col.email]!)).match(EMAIL)?.map((e) => e.toLowerCase()) ?? [],
      groups: at(row, 'group')
        .split(/[,;]/)
        .map((g) => g.trim())
        .filter(Boolean),
      row: r,
    });
  }
  if (entries.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, roster: { headerRow: header.headerRow, nameCol: col.name, entries } };
}

/** The schools (organisations that fill a checklist), each with every e-mail that may edit its tab. */
export function rosterSchools(roster: Roster): { name: string; short?: string; emails: string[]; row: number }[] {
  const schools = roster.entries.filter((e) => e.kind === 'school');
  return schools.map((s) => {
    const names = new Set([s.name, s.short].filter(Boolean).map((n) => n!.toLowerCase()));
    const staff = roster.entries.filter((e) => e.kind === 'person' && e.organisation && names.has(e.organisation.toLowerCase()));
    const emails = [...new Set([...s.emails, ...staff.flatMap((p) => p.emails)])];
    return { name: s.name, ...(s.short ? { short: s.short } : {}), emails, row: s.row };
  });
}
