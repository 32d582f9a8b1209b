/**
 * Custom functions for formulas. Each call is its own execution (30 s limit), so they take whole
 * ranges and return whole arrays, never write, and put a readable message into a bad cell instead
 * of failing the whole range. Their JSDoc for Sheets' autocomplete lives in entry-points.ts.
 */
import { parseAmount } from '../core/budget/amount';
import { messages } from '../core/i18n';
import { toGrid } from '../core/table/grid';
import { dateValueToIso, formatRu, fromIso, isDateValue, parseTerm, type DateRange, type Recurrence, type TermKind } from '../core/dates';

/** Above this many cells a custom function refuses before doing any work. */
export const MAX_CELLS = 500_000;

type Cell = unknown;
type Grid = Cell[][];

/** The argument as a rectangular grid (ragged and null rows filled); a range larger than MAX_CELLS is refused before any work. */
function grid(value: unknown): Grid {
  const g = toGrid(value, { maxCells: MAX_CELLS });
  if (!g.ok) throw new Error(g.message);
  return g.grid;
}

/** RUB(value): Russian money text → number. Blank stays blank; a bad cell gets a message (a single bad cell: an error). */
export function RUB(value: Cell | Grid): number | string | (number | string)[][] {
  const t = messages('ru').rub;
  if (!Array.isArray(value)) {
    if (value === '' || value === null || value === undefined) return '';
    const one = parseAmount(value);
    if (!one.ok) throw new Error(t.notNumber(one.reason));
    return one.value;
  }
  return grid(value).map((row) =>
    row.map((cell) => {
      if (cell === '' || cell === null || cell === undefined) return '';
      const r = parseAmount(cell);
      return r.ok ? r.value : t.notNumber(r.reason);
    }),
  );
}

const KIND_LABELS: Record<TermKind, string> = {
  date: 'дата',
  deadline: 'срок',
  period: 'период',
  recurring: 'повторяется',
  ongoing: 'в течение периода',
  scheduled: 'по графику',
  unknown: 'не распознано',
};

const RECURRENCE_LABELS: Record<Recurrence, string> = {
  weekly: 'еженедельно',
  monthly: 'ежемесячно',
  quarterly: 'ежеквартально',
  halfyear: 'раз в полугодие',
  yearly: 'ежегодно',
};

/** A context cell or range → the range it names: two date cells, a date, or text such as «Сентябрь 2023 – май 2024». */
function contextRange(value: unknown): DateRange | undefined {
  if (Array.isArray(value)) {
    const cells = (value as unknown[][]).flat().filter((v) => v !== '' && v !== null && v !== undefined);
    if (cells.length === 2 && cells.every(isDateValue)) {
      const [a, b] = cells.map((d) => dateValueToIso(d as Date));
      return { start: a!, end: b! };
    }
    return contextRange(cells.map((c) => (isDateValue(c) ? formatRu(dateValueToIso(c)) : String(c))).join(' – '));
  }
  if (value === '' || value === null || value === undefined) return undefined;
  const term = parseTerm(value);
  return term.start && term.end ? { start: term.start, end: term.end } : undefined;
}

function toDate(iso: string | undefined): Date | '' {
  const ymd = iso ? fromIso(iso) : null;
  return ymd ? new Date(ymd.y, ymd.m - 1, ymd.d) : '';
}

function termRow(value: unknown, context: DateRange | undefined): (Date | string)[] {
  if (value === '' || value === null || value === undefined) return ['', '', ''];
  const term = parseTerm(value, context ? { range: context } : undefined);
  if (term.kind === 'unknown') return ['', '', `${KIND_LABELS.unknown}: ${term.reason ?? ''}`.trim()];
  const kind = term.recurrence ? `${KIND_LABELS[term.kind]}, ${RECURRENCE_LABELS[term.recurrence]}` : KIND_LABELS[term.kind];
  return [toDate(term.start), toDate(term.end), kind];
}

/**
 * PLAN_DATES(terms, [context]): for each «Сроки» cell a row [Начало, Окончание, Тип].
 * `context` is one range for all (text or two date cells), or a column as tall as `terms`, one per row.
 */
export function PLAN_DATES(terms: Cell | Grid, context?: Cell | Grid): (Date | string)[][] {
  const rows = grid(terms);
  if (Array.isArray(context)) context = grid(context);
  const perRow = Array.isArray(context) && context.length === rows.length && rows.length > 1;
  const shared = perRow ? undefined : contextRange(context);
  const out: (Date | string)[][] = [];
  rows.forEach((row, r) => {
    const ctx = perRow ? contextRange((context as Grid)[r]) : shared;
    for (const value of row) out.push(termRow(value, ctx));
  });
  return out;
}
