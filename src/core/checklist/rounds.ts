/**
 * Monitoring rounds: «Зафиксировать срез» appends every school's answers, with the round's name and date,
 * to the history sheet (only ever appended to); reading it back gives the rounds to compare.
 * Each history row carries its own points and maximum, so a later change of the template does not rewrite
 * the past.
 */
import { cellText } from '../table/cell';
import { toA1 } from '../table/a1';
import { dateValueToIso, isDateValue, isIsoDay } from '../dates/index';
import type { Synonyms } from '../table/headers';
import { readTable, type TableSpec } from '../table/read-table';
import type { Result } from '../table/findings';
import type { Lang } from '../i18n/lang';
import { answerLabel, answerScore } from './answer';
import { checklistMessages } from './messages';
import type { ChecklistFinding, RoundRecord, RoundSchool, SchoolSheet, Template } from './types';

export const HISTORY_SHEET = 'Мониторинг — история';
export const HISTORY_HEADER: readonly string[] = [
  'Срез',
  'Дата',
  'Школа',
  'Раздел',
  '№',
  'Критерий',
  'Ответ',
  'Баллы',
  'Макс.',
  'Код критерия',
];
/** Number formats per column: the date as a date, points as numbers, the rest text. */
export const HISTORY_FORMATS: readonly string[] = ['@', 'dd.mm.yyyy', '@', '@', '@', '@', '@', '0.##', '0.##', '@'];

type HistoryField = 'round' | 'date' | 'school' | 'section' | 'number' | 'text' | 'answer' | 'earned' | 'max' | 'id';
/** The fields in the order of HISTORY_HEADER. */
const HISTORY_FIELDS: readonly HistoryField[] = ['round', 'date', 'school', 'section', 'number', 'text', 'answer', 'earned', 'max', 'id'];
const HISTORY_SYNONYMS: Synonyms<HistoryField> = {
  round: ['Срез', 'Раунд', 'Round'],
  date: ['Дата', 'Date'],
  school: ['Школа', 'ОО', 'School'],
  section: ['Раздел', 'Section'],
  number: ['№'],
  text: ['Критерий', 'Criterion'],
  answer: ['Ответ', 'Answer'],
  earned: ['Баллы', 'Points'],
  max: ['Макс.', 'Максимум', 'Max'],
  id: ['Код критерия', 'Id'],
};

/** The history sheet as a table: a header naming four of its columns at least, «Срез» and «Школа» among them. */
const HISTORY_TABLE: TableSpec<HistoryField> = {
  fields: HISTORY_FIELDS,
  synonyms: HISTORY_SYNONYMS,
  required: ['round', 'school'],
  minScore: 4,
};

export interface Snapshot {
  /** Rows to append to the history sheet (the header first when the sheet is new). */
  rows: (string | number)[][];
  schools: number;
  started: number;
}

/**
 * The rows of one round. Refused (with a message) for an empty name, a name already used, or a round where
 * no school has answered anything.
 */
export function snapshotRows(
  name: string,
  dateIso: string,
  template: Template,
  sheets: readonly SchoolSheet[],
  options: { history?: readonly RoundRecord[]; withHeader?: boolean; lang?: Lang } = {},
): Result<Snapshot> {
  const m = checklistMessages(options.lang ?? 'ru').rounds;
  const roundName = name.replace(/\s+/g, ' ').trim();
  if (!roundName) return { ok: false, error: { code: 'no-name', message: m.noName } };
  if (!isIsoDay(dateIso)) return { ok: false, error: { code: 'bad-date', message: m.badDate(dateIso) } };
  if ((options.history ?? []).some((r) => r.name.toLowerCase() === roundName.toLowerCase())) {
    return { ok: false, error: { code: 'name-taken', message: m.nameTaken(roundName) } };
  }
  if (sheets.length === 0) return { ok: false, error: { code: 'no-schools', message: m.noSchools } };
  const started = sheets.filter((s) => !s.notStarted).length;
  if (started === 0) return { ok: false, error: { code: 'empty-round', message: m.emptyRound } };
  const rows: (string | number)[][] = options.withHeader ? [[...HISTORY_HEADER]] : [];
  for (const sheet of sheets) {
    const byId = new Map(sheet.answers.map((a) => [a.criterionId, a.answer]));
    for (const c of template.criteria) {
      const a = byId.get(c.id);
      const s = a ? answerScore(a, c.scale, c.weight, c.direction) : null;
      rows.push([
        roundName,
        dateIso,
        sheet.school,
        c.section,
        c.number,
        c.text,
        a ? answerLabel(a, c.scale) : '',
        s ? s.earned : '',
        s ? s.max : '',
        c.id,
      ]);
    }
  }
  return { ok: true, rows, schools: sheets.length, started };
}

function dayOf(v: unknown): string {
  if (isDateValue(v)) return dateValueToIso(v) ?? '';
  const t = cellText(v);
  if (isIsoDay(t)) return t;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
}

function numOrNull(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = cellText(v).replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Reads the history sheet back: rounds in the order they were taken, schools in their order. */
export function readHistory(
  values: readonly (readonly unknown[])[],
  lang: Lang = 'ru',
): { rounds: RoundRecord[]; findings: ChecklistFinding[] } {
  const m = checklistMessages(lang).rounds;
  const findings: ChecklistFinding[] = [];
  if (values.length === 0) return { rounds: [], findings };
  // The add-on writes the header in row 1 (read exactly); a sheet edited by hand goes through the reading pipeline.
  const first = values[0] ?? [];
  let header: { headerRow: number; columns: Partial<Record<HistoryField, number>> } | null = null;
  if (HISTORY_HEADER.every((h, i) => cellText(first[i]) === h))
    header = { headerRow: 0, columns: Object.fromEntries(HISTORY_FIELDS.map((f, i) => [f, i])) as Partial<Record<HistoryField, number>> };
  else {
    const table = readTable(values, HISTORY_TABLE);
    if (table.ok && table.headerRow >= 0) header = { headerRow: table.headerRow, columns: table.columns };
  }
  if (!header || header.columns.round === undefined || header.columns.school === undefined) {
    findings.push({ cell: 'A1', row: 0, severity: 'error', code: 'history-no-header', message: m.historyNoHeader });
    return { rounds: [], findings };
  }
  const col = header.columns;
  const at = (row: readonly unknown[], f: HistoryField) => (col[f] === undefined ? '' : cellText(row[col[f]!]));
  const rounds = new Map<string, RoundRecord>();
  const schools = new Map<string, RoundSchool>();
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const name = at(row, 'round');
    const school = at(row, 'school');
    if (!name && !school) continue;
    if (!name || !school) {
      findings.push({ cell: toA1(r, 0), row: r, severity: 'warning', code: 'history-bad-row', message: m.historyBadRow });
      continue;
    }
    let round = rounds.get(name);
    if (!round) rounds.set(name, (round = { name, date: col.date === undefined ? '' : dayOf(row[col.date]), schools: [] }));
    const key = `${name}\u0000${school}`;
    let rs = schools.get(key);
    if (!rs) {
      schools.set(key, (rs = { school, items: [] }));
      round.schools.push(rs);
    }
    const section = at(row, 'section');
    const number = at(row, 'number');
    const text = at(row, 'text');
    rs.items.push({
      criterionId: at(row, 'id') || `${section.toLowerCase()}|${number ? '№' + number : text.toLowerCase()}`,
      section,
      number,
      text,
      answer: at(row, 'answer'),
      earned: col.earned === undefined ? null : numOrNull(row[col.earned]),
      max: col.max === undefined ? null : numOrNull(row[col.max]),
    });
  }
  return { rounds: [...rounds.values()], findings };
}

/** A school's score in a round (points over the maximum of the counted criteria); null when nothing counted. */
export function roundSchoolScore(rs: RoundSchool): number | null {
  let earned = 0;
  let max = 0;
  for (const it of rs.items) {
    if (it.earned === null || it.max === null) continue;
    earned += it.earned;
    max += it.max;
  }
  return max > 0 ? earned / max : null;
}
