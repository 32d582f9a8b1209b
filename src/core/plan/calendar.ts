/**
 * buildCalendarGrid: the «Календарь» sheet as two equal-sized arrays, for one setValues and one setBackgrounds.
 * No cell notes and no merges (each would cost more spreadsheet calls): row 1 is a legend (in column B, which
 * wraps), row 2 the header,
 * and what a note would say is in the visible, printable «Примечание» column.
 * Every cell is text, written into columns formatted '@' (`columnFormats`): «1.», «2024», «26.09.2022» and
 * «=…» stay exactly as the plan has them, so the values are verbatim (no apostrophe needed).
 */
import { REASON_NO_YEAR } from '../dates/combine';
import type { Lang } from '../i18n/lang';
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
  /** Text only, meant for cells formatted '@'. */
  values: string[][];
  /** The number format of each column: '@' (plain text) for all of them. */
  columnFormats: string[];
  backgrounds: (string | null)[][];
  /** The legend and the header row. */
  frozenRows: number;
  /** № and Мероприятие stay visible while the months scroll. */
  frozenColumns: number;
  /** 'yyyy-mm' of each month column, left to right. */
  monthColumns: string[];
  /** 0-based column (over the full row) of today's month when it is on the calendar. */
  currentMonthColumn?: number;
  /** One per column, left to right: width in pixels, whether text wraps, horizontal alignment. */
  columns: ColumnHint[];
}

export interface ColumnHint {
  width: number;
  wrap: boolean;
  align: 'left' | 'center';
}

/** №, Мероприятие, Сроки, Ответственные, Примечание: long texts wrap; marks in month columns are centred. */
const FIXED_HINTS: ColumnHint[] = [
  { width: 44, wrap: false, align: 'center' },
  { width: 340, wrap: true, align: 'left' },
  { width: 150, wrap: true, align: 'left' },
  { width: 190, wrap: true, align: 'left' },
  { width: 230, wrap: true, align: 'left' },
];
const MONTH_HINT: ColumnHint = { width: 64, wrap: false, align: 'center' };

export type CalendarResult = { ok: true; grid: CalendarGrid } | { ok: false; error: PlanError };

/** Columns before the months: №, Мероприятие, Сроки, Ответственные, Примечание. */
export const CALENDAR_FIXED_COLUMNS = 5;
const FIXED = CALENDAR_FIXED_COLUMNS;
const NOTE_COLUMN = 4;
/** Rows above the first stage or activity: the legend and the header. */
const TOP_ROWS = 2;
export const DUE_MARK = '▲';
/** Sheets' plain-text number format: a string written into such a cell is kept as it is. */
export const TEXT_FORMAT = '@';
export const OCCURRENCE_MARK = '●';

export function buildCalendarGrid(plan: Plan, options: CalendarOptions): CalendarResult {
  const lang = options.lang ?? 'ru';
  const m = messages(lang);
  if (!plan.range) {
    const noYear = [
      ...new Set(plan.rows.filter((r) => r.term.reason === REASON_NO_YEAR).map((r) => `«${r.termText.replace(/\s+/g, ' ')}»`)),
    ];
    if (noYear.length || plan.noTermColumn) {
      return { ok: false, error: { code: 'no-period', message: m.errors.noPeriod(noYear.slice(0, 3).join(', ')) } };
    }
    return { ok: false, error: { code: 'no-dates', message: m.errors.noDates } };
  }
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
  const cells = (TOP_ROWS + plan.rows.length + plan.stages.length) * width;
  if (cells > maxCells) {
    const n = (x: number) => x.toLocaleString('ru-RU');
    return { ok: false, error: { code: 'too-large', message: m.errors.tooManyCells(n(cells), n(maxCells)) } };
  }

  const monthColumns = Array.from({ length: count }, (_, i) => monthFromIndex(first + i));
  const values: string[][] = [];
  const backgrounds: (string | null)[][] = [];
  const newRow = () => {
    values.push(new Array<string>(width).fill(''));
    backgrounds.push(new Array<string | null>(width).fill(null));
    return values.length - 1;
  };

  // the legend in the wide, wrapping «Мероприятие» column: readable without a merge (which frozen columns would refuse)
  values[newRow()]![1] = m.calendar.legend;
  const h = newRow();
  m.calendar.header.forEach((t, c) => (values[h]![c] = t));
  monthColumns.forEach((mk, i) => (values[h]![FIXED + i] = monthLabel(mk, lang)));
  backgrounds[h]!.fill(HEADER_BG);
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
      values[r]![0] = stage.name;
      for (let c = 0; c < FIXED; c++) backgrounds[r]![c] = colours.light;
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
        values[g]![1] = row.group;
        for (let c = 0; c < FIXED; c++) backgrounds[g]![c] = GROUP_BG;
      }
      group = row.group;
      writeActivity(newRow(), row, colours, first, count, lang);
    }
  }

  function writeActivity(
    r: number,
    row: PlanRow,
    colours: ReturnType<typeof stageColours>,
    first: number,
    count: number,
    lang: Lang,
  ): void {
    const v = values[r]!;
    const bg = backgrounds[r]!;
    const cm = messages(lang).calendar;
    v[0] = row.parentRow === undefined ? (row.number ?? '') : '';
    v[1] = row.parentRow === undefined ? row.activity : `↳ ${row.detail ?? row.activity}`;
    v[2] = row.termText;
    v[3] = row.responsible ?? '';
    const t = row.term;
    const notes: string[] = [];
    if (t.kind === 'unknown') notes.push(cm.unknown(t.reason), cm.notShown);
    if (t.kind === 'scheduled') notes.push(cm.scheduled);
    if (t.years && t.years.length > 1) notes.push(cm.ambiguous(t.years.join(', ')));
    if (t.note) notes.push(cm.note(t.note));
    if (row.termFrom) notes.push(cm.termFrom[row.termFrom.how](row.termFrom.row + 1));
    if (t.time) notes.push(cm.time(t.time));
    if (row.responsibleInherited) notes.push(cm.inherited);
    v[NOTE_COLUMN] = joinNotes(notes);
    const tm = termMonths(t);
    if (!tm) return;
    const col = (i: number) => FIXED + i - first;
    const inside = (i: number) => i >= first && i < first + count;
    if (tm.fill) {
      const fill = tm.fillKind === 'period' ? colours.light : colours.pale;
      for (let i = Math.max(first, tm.fill[0]); i <= Math.min(first + count - 1, tm.fill[1]); i++) bg[col(i)] = fill;
    }
    for (const i of tm.occurrences)
      if (inside(i)) {
        bg[col(i)] = colours.light;
        v[col(i)] = OCCURRENCE_MARK;
      }
    for (const i of tm.due)
      if (inside(i)) {
        bg[col(i)] = colours.strong;
        v[col(i)] = DUE_MARK;
      }
  }

  const columnFormats = new Array<string>(width).fill(TEXT_FORMAT);
  const columns = [...FIXED_HINTS, ...monthColumns.map(() => MONTH_HINT)];
  const grid: CalendarGrid = { values, backgrounds, columnFormats, frozenRows: TOP_ROWS, frozenColumns: 2, monthColumns, columns };
  if (todayCol >= 0) grid.currentMonthColumn = FIXED + todayCol;
  return { ok: true, grid };
}

/** The remarks of one row as one cell: «Срок не распознан: …; мероприятие не отмечено в календаре». */
function joinNotes(parts: string[]): string {
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
