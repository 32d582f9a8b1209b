/**
 * Generated sheets of the responsibility job: «Нагрузка» (per person, activities per month as responsible
 * and as executor, over a threshold highlighted) and «Матрица ответственности» (activities × people, Р/И,
 * with flags for an activity without a responsible or with several under a single «Ответственный»).
 * Pure: rows in, values out; the server writes each sheet once.
 */
import { isIsoDay, monthsBetween } from '../dates/calendar-math';
import type { TermKind } from '../dates/term';
import type { Lang } from '../i18n/lang';
import type { Result } from '../table/findings';
import { checkResponsibleColumn, MAX_CELLS, type ResolvedEntry } from './check';
import type { RosterIndex } from './match';
import { messages } from './messages';
import type { EntryKind } from './parse';
import type { Roster } from './roster';

export interface ActivityRow {
  /** 0-based sheet row of the activity. */
  row: number;
  activity?: string;
  /** The «Ответственные» cell value. */
  responsible: unknown;
  /** The «Исполнители» cell value, when the plan has such a column. */
  executors?: unknown;
  /** The term as the calendar plan parsed it (kind decides which months count: a deadline counts its month only). */
  term?: { kind: TermKind; start?: string; end?: string };
  /** Or the range directly (ISO days). */
  start?: string;
  end?: string;
  /** Or the months directly ('yyyy-mm'). */
  months?: readonly string[];
}

export interface MonthLoad {
  responsible: number;
  executor: number;
  /** Distinct activities in the month, whatever the role. */
  total: number;
}

export interface PersonLoad {
  name: string;
  kind: EntryKind;
  rosterRow?: number;
  responsible: number;
  executor: number;
  months: Record<string, MonthLoad>;
  undated: MonthLoad;
}

export interface Workload {
  threshold: number;
  /** Every month of the plan's activities, in order ('yyyy-mm'). */
  months: string[];
  people: PersonLoad[];
  /** Person × month cells over the threshold. */
  over: { name: string; month: string; count: number }[];
}

export interface WorkloadOptions {
  /** Activities a month above which a cell is highlighted (default 5). */
  threshold?: number;
  lang?: Lang;
  /** Count groups and organisations too (default: people only). */
  includeGroups?: boolean;
}

export const DEFAULT_THRESHOLD = 5;

function monthsOf(r: ActivityRow): string[] {
  if (r.months) return [...r.months].filter((m) => /^\d{4}-\d{2}$/.test(m));
  const t = r.term;
  const iso = (v: unknown) => (isIsoDay(v) ? v : undefined);
  const start = iso(t?.start) ?? iso(r.start);
  const end = iso(t?.end) ?? iso(r.end);
  if (t?.kind === 'deadline' && end) return [end.slice(0, 7)];
  if (t?.kind === 'date' && start) return [start.slice(0, 7)];
  if (start && end) return monthsBetween(start, end);
  if (start || end) return [(start ?? end)!.slice(0, 7)];
  return [];
}

interface Resolved {
  responsible: ResolvedEntry[][];
  executors: ResolvedEntry[][];
}

const COUNTED: ReadonlySet<EntryKind> = new Set(['person', 'group', 'organisation', 'position']);

function resolveRows(
  rows: readonly ActivityRow[],
  roster: Roster | RosterIndex | null,
  lang: Lang,
): Result<Resolved, 'too-large' | 'bad-input'> {
  const cells = [
    ...rows.map((r, i) => ({ row: i, col: 0, value: r.responsible })),
    ...rows.map((r, i) => ({ row: i, col: 1, value: r.executors ?? '' })),
  ];
  const checked = checkResponsibleColumn(cells, roster, { lang, empty: 'none' });
  if (!checked.ok) return checked;
  const cs = checked.report.cells;
  const pick = (list: typeof cs) => list.map((c) => c.entries.filter((e) => COUNTED.has(e.kind)));
  return { ok: true, responsible: pick(cs.slice(0, rows.length)), executors: pick(cs.slice(rows.length)) };
}

function validThreshold(t: number | undefined): number | null {
  const v = t ?? DEFAULT_THRESHOLD;
  return Number.isInteger(v) && v >= 1 && v <= 1000 ? v : null;
}

/** Per person, how many activities they answer for (Р) and take part in (И), in total and per month. */
export function workload(
  rows: readonly ActivityRow[],
  roster: Roster | RosterIndex | null,
  options: WorkloadOptions = {},
): Result<{ workload: Workload }, 'too-large' | 'bad-input'> {
  const lang = options.lang ?? 'ru';
  const m = messages(lang);
  const threshold = validThreshold(options.threshold);
  if (threshold === null) return { ok: false, error: { code: 'bad-input', message: m.workload.badThreshold } };
  if (rows.length * 2 > MAX_CELLS)
    return { ok: false, error: { code: 'too-large', message: m.errors.tooLarge(rows.length, MAX_CELLS / 2) } };
  const resolved = resolveRows(rows, roster, lang);
  if (!resolved.ok) return resolved;
  const people = new Map<string, PersonLoad>();
  const allMonths = new Set<string>();
  rows.forEach((r, i) => {
    const months = monthsOf(r);
    for (const mo of months) allMonths.add(mo);
    const roles = new Map<string, { e: ResolvedEntry; responsible: boolean; executor: boolean }>();
    for (const [list, role] of [
      [resolved.responsible[i]!, 'responsible'],
      [resolved.executors[i]!, 'executor'],
    ] as const) {
      for (const e of list) {
        if (!options.includeGroups && e.kind !== 'person') continue;
        const key = `${e.kind}|${e.name}`;
        const v = roles.get(key) ?? { e, responsible: false, executor: false };
        v[role] = true;
        roles.set(key, v);
      }
    }
    for (const [key, v] of roles) {
      let p = people.get(key);
      if (!p) {
        p = {
          name: v.e.name,
          kind: v.e.kind,
          ...(v.e.rosterRow !== undefined ? { rosterRow: v.e.rosterRow } : {}),
          responsible: 0,
          executor: 0,
          months: {},
          undated: { responsible: 0, executor: 0, total: 0 },
        };
        people.set(key, p);
      }
      // Responsible wins when a cell names someone both ways: one activity, one role.
      const asResponsible = v.responsible;
      if (asResponsible) p.responsible++;
      else p.executor++;
      const cells = months.length ? months : [''];
      for (const mo of cells) {
        const load = mo ? (p.months[mo] ??= { responsible: 0, executor: 0, total: 0 }) : p.undated;
        if (asResponsible) load.responsible++;
        else load.executor++;
        load.total++;
      }
    }
  });
  const months = [...allMonths].sort();
  const list = [...people.values()].sort(
    (a, b) => b.responsible + b.executor - (a.responsible + a.executor) || a.name.localeCompare(b.name, 'ru'),
  );
  const over: Workload['over'] = [];
  for (const p of list)
    for (const mo of months) if ((p.months[mo]?.total ?? 0) > threshold) over.push({ name: p.name, month: mo, count: p.months[mo]!.total });
  return { ok: true, workload: { threshold, months, people: list, over } };
}

function monthLabel(month: string, lang: Lang): string {
  const i = Number(month.slice(5, 7)) - 1;
  return `${messages(lang).monthShort[i] ?? month} ${month.slice(0, 4)}`;
}

export interface GeneratedSheet {
  name: string;
  /** Text values, header first (every cell a string, to be written with the text format). */
  values: string[][];
  /** 0-based cells of `values` to highlight. */
  highlights: { row: number; col: number }[];
  /** A legend line for the sheet's note. */
  legend: string;
}

/** The «Нагрузка» sheet: a row per person, totals, then one column per month («Р / И»), and «Без срока» when needed. */
export function workloadSheet(w: Workload, lang: Lang = 'ru'): GeneratedSheet {
  const m = messages(lang);
  const undated = w.people.some((p) => p.undated.total > 0);
  const header = [...m.workload.header, ...w.months.map((mo) => monthLabel(mo, lang)), ...(undated ? [m.workload.undated] : [])];
  const values: string[][] = [header];
  const highlights: GeneratedSheet['highlights'] = [];
  w.people.forEach((p, i) => {
    const row = [p.name, String(p.responsible), String(p.executor)];
    w.months.forEach((mo, j) => {
      const load = p.months[mo];
      row.push(load ? m.workload.cell(load.responsible, load.executor) : '');
      if (load && load.total > w.threshold) highlights.push({ row: i + 1, col: 3 + j });
    });
    if (undated) row.push(p.undated.total ? m.workload.cell(p.undated.responsible, p.undated.executor) : '');
    values.push(row);
  });
  return { name: m.workload.sheet, values, highlights, legend: m.workload.legend(w.threshold) };
}

export interface MatrixRow {
  row: number;
  activity: string;
  /** One mark per matrix person: 'Р', 'И' or ''. */
  marks: string[];
  flags: ('no-responsible' | 'several-responsible')[];
}

export interface Matrix {
  people: { name: string; kind: EntryKind; rosterRow?: number }[];
  rows: MatrixRow[];
}

/** True for a header naming one responsible: «Ответственный», «Ответственное лицо», not «Ответственные». */
export function isSingleResponsibleHeader(title: string): boolean {
  const t = title.toLowerCase().replace(/ё/g, 'е').trim();
  return /^(?:ответственн(?:ый|ая|ое)|ответственное лицо|отв\.?)(?:\s+(?:исполнитель|лицо|за(?:\s.*)?))?$/.test(t);
}

/**
 * «Матрица ответственности»: activities × people (people, groups and organisations), Р for responsible,
 * И for executor. `singleResponsible`: the plan's column is «Ответственный» (one person), so several
 * names in it are flagged.
 */
export function responsibilityMatrix(
  rows: readonly ActivityRow[],
  roster: Roster | RosterIndex | null,
  options: { lang?: Lang; singleResponsible?: boolean } = {},
): Result<{ matrix: Matrix }, 'too-large' | 'bad-input'> {
  const lang = options.lang ?? 'ru';
  const m = messages(lang);
  if (rows.length * 2 > MAX_CELLS)
    return { ok: false, error: { code: 'too-large', message: m.errors.tooLarge(rows.length, MAX_CELLS / 2) } };
  const resolved = resolveRows(rows, roster, lang);
  if (!resolved.ok) return resolved;
  const people = new Map<string, { name: string; kind: EntryKind; rosterRow?: number; count: number; first: number }>();
  const keyOf = (e: ResolvedEntry) => `${e.kind}|${e.name}`;
  rows.forEach((_, i) => {
    for (const e of [...resolved.responsible[i]!, ...resolved.executors[i]!]) {
      const k = keyOf(e);
      const p = people.get(k);
      if (p) p.count++;
      else
        people.set(k, { name: e.name, kind: e.kind, ...(e.rosterRow !== undefined ? { rosterRow: e.rosterRow } : {}), count: 1, first: i });
    }
  });
  const rank: Record<EntryKind, number> = { person: 0, position: 1, group: 2, organisation: 3, role: 4, unknown: 5 };
  const ordered = [...people.entries()].sort(
    (a, b) => rank[a[1].kind] - rank[b[1].kind] || b[1].count - a[1].count || a[1].first - b[1].first,
  );
  const column = new Map(ordered.map(([k], i) => [k, i]));
  const out: MatrixRow[] = rows.map((r, i) => {
    const marks = ordered.map(() => '');
    const resp = new Set(resolved.responsible[i]!.map(keyOf));
    for (const e of resolved.executors[i]!) marks[column.get(keyOf(e))!] = m.matrix.executor;
    for (const k of resp) marks[column.get(k)!] = m.matrix.responsible;
    const flags: MatrixRow['flags'] = [];
    if (resp.size === 0) flags.push('no-responsible');
    else if (options.singleResponsible && resp.size > 1) flags.push('several-responsible');
    return { row: r.row, activity: r.activity ?? '', marks, flags };
  });
  return {
    ok: true,
    matrix: {
      people: ordered.map(([, p]) => ({ name: p.name, kind: p.kind, ...(p.rosterRow !== undefined ? { rosterRow: p.rosterRow } : {}) })),
      rows: out,
    },
  };
}

/** The «Матрица ответственности» sheet: row, activity, one column per person, remarks; flagged rows highlighted. */
export function matrixSheet(matrix: Matrix, lang: Lang = 'ru'): GeneratedSheet {
  const m = messages(lang);
  const values: string[][] = [[m.matrix.row, m.matrix.activity, ...matrix.people.map((p) => p.name), m.matrix.flags]];
  const highlights: GeneratedSheet['highlights'] = [];
  const flagCol = matrix.people.length + 2;
  matrix.rows.forEach((r, i) => {
    const flags = r.flags.map((f) =>
      f === 'no-responsible' ? m.matrix.noResponsible : m.matrix.several(r.marks.filter((x) => x === m.matrix.responsible).length),
    );
    values.push([String(r.row + 1), r.activity, ...r.marks, flags.join('; ')]);
    if (flags.length) highlights.push({ row: i + 1, col: flagCol });
  });
  return { name: m.matrix.sheet, values, highlights, legend: m.matrix.legend };
}
