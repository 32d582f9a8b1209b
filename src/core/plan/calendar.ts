/** buildCalendarGrid: the «Календарь» sheet as equal-sized arrays for one setValues, one setBackgrounds, one setNotes. */
import type { Lang } from '../i18n/lang';
import { rangeA1, type A1 } from '../table/a1';
import { safeText } from '../table/cell';
import { messages } from './messages';
import { monthFromIndex, monthIndex, monthLabel, monthOf, termMonths } from './months';
import { CURRENT_MONTH_BG, GROUP_BG, HEADER_BG, stageColours } from './palette';
import type { Plan, PlanError, PlanRow } from './types';

export interface CalendarOptions {
  today: string;
  lang?: Lang;
  /** Most month columns (default 120 = ten years). */
  maxMonths?: number;
  /** Most cells in the grid (default 5 000 000; a sheet holds 10 million). */
  maxCells?: number;
}

export interface CalendarGrid {
  values: (string | number)[][];
  backgrounds: (string | null)[][];
  notes: string[][];
  frozenRows: number;
  frozenColumns: number;
  /** 'yyyy-mm' of each month column, left to right. */
  monthColumns: string[];
  /** 0-based column of today's month when it is on the calendar. */
  currentMonthColumn?: number;
  /** Ranges to merge: the stage titles over the first columns. */
  merges: A1[];
}

export type CalendarResult = { ok: true; grid: CalendarGrid } | { ok: false; error: PlanError };

const FIXED = 4; // №, Мероприятие, Сроки, Ответственные
export const DUE_MARK = '▲';
export const OCCURRENCE_MARK = '●';

export function buildCalendarGrid(plan: Plan, options: CalendarOptions): CalendarResult {
  const lang = options.lang ?? 'ru';
  const m = messages(lang);
  if (!plan.range) return { ok: false, error: { code: 'no-dates', message: m.errors.noDates } };
  const first = monthIndex(monthOf(plan.range.start));
  const last = monthIndex(monthOf(plan.range.end));
  const count = last - first + 1;
  const maxMonths = options.maxMonths ?? 120;
  if (count > maxMonths) {
    const message = m.errors.tooLong(count, maxMonths, monthLabel(monthFromIndex(first), lang), monthLabel(monthFromIndex(last), lang));
    return { ok: false, error: { code: 'too-long', message } };
  }
  const width = FIXED + count;
  const maxCells = options.maxCells ?? 5_000_000;
  const cells = (1 + plan.rows.length + plan.stages.length) * width;
  if (cells > maxCells) {
    const n = (x: number) => x.toLocaleString('ru-RU');
    return { ok: false, error: { code: 'too-large', message: m.errors.tooManyCells(n(cells), n(maxCells)) } };
  }

  const monthColumns = Array.from({ length: count }, (_, i) => monthFromIndex(first + i));
  const values: (string | number)[][] = [];
  const backgrounds: (string | null)[][] = [];
  const notes: string[][] = [];
  const merges: A1[] = [];
  const newRow = () => {
    values.push(new Array<string | number>(width).fill(''));
    backgrounds.push(new Array<string | null>(width).fill(null));
    notes.push(new Array<string>(width).fill(''));
    return values.length - 1;
  };

  const h = newRow();
  m.calendar.header.forEach((t, c) => (values[h]![c] = t));
  monthColumns.forEach((mk, i) => (values[h]![FIXED + i] = monthLabel(mk, lang)));
  backgrounds[h]!.fill(HEADER_BG);
  notes[h]![0] = m.calendar.legend;
  const todayCol = monthColumns.indexOf(monthOf(options.today));
  if (todayCol >= 0) backgrounds[h]![FIXED + todayCol] = CURRENT_MONTH_BG;

  const byStage = new Map<number, PlanRow[]>();
  for (const row of plan.rows) {
    const k = row.stageIndex ?? -1;
    (byStage.get(k) ?? byStage.set(k, []).get(k)!).push(row);
  }
  const sections = [-1, ...plan.stages.map((s) => s.index)];
  for (const si of sections) {
    const stage = si >= 0 ? plan.stages[si] : undefined;
    const rows = byStage.get(si) ?? [];
    if (!stage && rows.length === 0) continue;
    const colours = stageColours(stage?.index);
    if (stage) {
      const r = newRow();
      values[r]![0] = safeText(stage.name);
      for (let c = 0; c < FIXED; c++) backgrounds[r]![c] = colours.light;
      merges.push(rangeA1(r, 0, r, FIXED - 1));
      if (stage.range) {
        const a = monthIndex(monthOf(stage.range.start)) - first;
        const b = monthIndex(monthOf(stage.range.end)) - first;
        for (let i = Math.max(0, a); i <= Math.min(count - 1, b); i++) backgrounds[r]![FIXED + i] = colours.light;
      }
    }
    let group: string | undefined;
    for (const row of rows) {
      if (row.group && row.group !== group) {
        const g = newRow();
        values[g]![1] = safeText(row.group);
        for (let c = 0; c < FIXED; c++) backgrounds[g]![c] = GROUP_BG;
      }
      group = row.group;
      writeActivity(newRow(), row, colours, first, count, lang);
    }
  }

  function writeActivity(r: number, row: PlanRow, colours: ReturnType<typeof stageColours>, first: number, count: number, lang: Lang): void {
    const v = values[r]!;
    const bg = backgrounds[r]!;
    const n = notes[r]!;
    const cm = messages(lang).calendar;
    v[0] = row.parentRow === undefined ? safeText(row.number ?? '') : '';
    v[1] = row.parentRow === undefined ? safeText(row.activity) : `↳ ${row.detail ?? row.activity}`;
    v[2] = safeText(row.termText);
    v[3] = safeText(row.responsible ?? '');
    const t = row.term;
    const termNotes: string[] = [];
    if (t.kind === 'unknown') termNotes.push(cm.unknown(t.reason));
    if (t.kind === 'scheduled') termNotes.push(cm.scheduled);
    if (t.note) termNotes.push(cm.note(t.note));
    n[2] = termNotes.join('\n');
    if (row.responsibleInherited) n[3] = cm.inherited;
    const tm = termMonths(t);
    if (!tm) return;
    const col = (i: number) => FIXED + i - first;
    const inside = (i: number) => i >= first && i < first + count;
    if (tm.fill) {
      const fill = tm.fillKind === 'period' ? colours.light : colours.pale;
      for (let i = Math.max(first, tm.fill[0]); i <= Math.min(first + count - 1, tm.fill[1]); i++) bg[col(i)] = fill;
    }
    for (const i of tm.occurrences) if (inside(i)) {
      bg[col(i)] = colours.light;
      v[col(i)] = OCCURRENCE_MARK;
    }
    for (const i of tm.due) if (inside(i)) {
      bg[col(i)] = colours.strong;
      v[col(i)] = DUE_MARK;
    }
  }

  const grid: CalendarGrid = { values, backgrounds, notes, frozenRows: 1, frozenColumns: FIXED, monthColumns, merges };
  if (todayCol >= 0) grid.currentMonthColumn = FIXED + todayCol;
  return { ok: true, grid };
}
