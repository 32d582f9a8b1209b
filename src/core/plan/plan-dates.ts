/**
 * PLAN_DATES' logic: each «Сроки» cell → [start, end, kind] with ISO days. The server turns the days into
 * date values in the spreadsheet's zone; date cells reach here as the day the sheet shows.
 */
import {
  dateValueToIso,
  formatRu,
  isDateValue,
  parseTerm,
  termReason,
  type DateRange,
  type Recurrence,
  type TermKind,
} from '../dates/index';
import type { Lang } from '../i18n/lang';

const KIND_LABELS: Record<Lang, Record<TermKind, string>> = {
  ru: {
    date: 'дата',
    deadline: 'срок',
    period: 'период',
    several: 'несколько дат',
    recurring: 'повторяется',
    ongoing: 'в течение периода',
    scheduled: 'по графику',
    unknown: 'не распознано',
  },
  en: {
    date: 'date',
    deadline: 'deadline',
    period: 'period',
    several: 'several dates',
    recurring: 'recurring',
    ongoing: 'throughout the period',
    scheduled: 'by schedule',
    unknown: 'not understood',
  },
};

const RECURRENCE_LABELS: Record<Lang, Record<Recurrence, string>> = {
  ru: { weekly: 'еженедельно', monthly: 'ежемесячно', quarterly: 'ежеквартально', halfyear: 'раз в полугодие', yearly: 'ежегодно' },
  en: { weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', halfyear: 'every half-year', yearly: 'yearly' },
};

/** One output row: start and end as ISO days ('' when unknown), and the kind in words. */
export type PlanDatesRow = [start: string, end: string, kind: string];

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/** A context cell or range → the range it names: two date cells, a date, or text such as «Сентябрь 2023 – май 2024». */
export function contextRange(value: unknown): DateRange | undefined {
  if (Array.isArray(value)) {
    const cells = (value as unknown[]).flat().filter((v) => !isBlank(v));
    if (cells.length === 2 && cells.every(isDateValue)) {
      const [a, b] = cells.map((d) => dateValueToIso(d as Date));
      return { start: a!, end: b! };
    }
    return contextRange(cells.map((c) => (isDateValue(c) ? formatRu(dateValueToIso(c)) : String(c))).join(' – '));
  }
  if (isBlank(value)) return undefined;
  const term = parseTerm(value);
  return term.start && term.end ? { start: term.start, end: term.end } : undefined;
}

function termRow(value: unknown, context: DateRange | undefined, lang: Lang): PlanDatesRow {
  if (isBlank(value)) return ['', '', ''];
  const kinds = KIND_LABELS[lang];
  const term = parseTerm(value, context ? { range: context } : undefined);
  if (term.kind === 'unknown') return ['', '', `${kinds.unknown}: ${termReason(term.reason, lang) ?? ''}`.replace(/: $/, '')];
  const kind = term.recurrence ? `${kinds[term.kind]}, ${RECURRENCE_LABELS[lang][term.recurrence]}` : kinds[term.kind];
  return [term.start ?? '', term.end ?? '', kind];
}

/**
 * For each term cell a row [start, end, kind]. `context` is one range for all (text or two date cells), or a
 * column as tall as `terms`, one context per row.
 */
export function planDates(terms: readonly (readonly unknown[])[], context?: unknown, lang: Lang = 'ru'): PlanDatesRow[] {
  const perRow = Array.isArray(context) && context.length === terms.length && terms.length > 1;
  const shared = perRow ? undefined : contextRange(context);
  const out: PlanDatesRow[] = [];
  terms.forEach((row, r) => {
    const ctx = perRow ? contextRange((context as unknown[][])[r]) : shared;
    for (const value of row) out.push(termRow(value, ctx, lang));
  });
  return out;
}
