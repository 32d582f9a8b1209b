/** Month arithmetic on 'yyyy-mm' keys, and what months a term covers. */
import type { DateRange, Recurrence, Term } from '../dates/term';
import type { Lang } from '../i18n/lang';
import { messages } from './messages';

export type MonthKey = string; // 'yyyy-mm'

export function monthOf(iso: string): MonthKey {
  return iso.slice(0, 7);
}

export function monthIndex(month: MonthKey): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(i: number): MonthKey {
  const y = Math.floor(i / 12);
  return `${y}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The month after today's: '2024-12-15' → '2025-01'. */
export function nextMonth(today: string): MonthKey {
  return monthFromIndex(monthIndex(monthOf(today)) + 1);
}

/** 'сен 2023' / 'Sep 2023'. */
export function monthLabel(month: MonthKey, lang: Lang = 'ru'): string {
  return `${messages(lang).monthShort[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

const STEP: Record<Recurrence, number> = { weekly: 1, monthly: 1, quarterly: 3, halfyear: 6, yearly: 12 };

/** How a term sits in the months: the span it fills, and the months it marks (a deadline, or each occurrence). */
export interface TermMonths {
  /** First and last month index filled, or none for a deadline/date. */
  fill?: [number, number];
  /** 'period' strong fill, 'ongoing' pale fill. */
  fillKind?: 'period' | 'ongoing';
  /** Month indices marked ▲ (deadline/date) */
  due: number[];
  /** Month indices marked ● (recurring occurrences) */
  occurrences: number[];
}

/** Months named by a cell with several terms («Сентябрь\nЯнварь\nМай», «Ноябрь\nВ течение года»). */
function partMonths(parts: DateRange[]): number[] {
  const out = new Set<number>();
  for (const p of parts) for (let i = monthIndex(monthOf(p.start)); i <= monthIndex(monthOf(p.end)) && out.size < 1200; i++) out.add(i);
  return [...out].sort((x, y) => x - y);
}

export function termMonths(t: Term): TermMonths | undefined {
  if (t.kind === 'unknown' || !t.start || !t.end || t.start > t.end) return undefined;
  const a = monthIndex(monthOf(t.start));
  const b = monthIndex(monthOf(t.end));
  // separate days or months: each marked, nothing between them («Сентябрь март» is not September to March)
  if (t.kind === 'several' && t.parts?.length) {
    const months = partMonths(t.parts);
    return t.precision === 'day' ? { due: months, occurrences: [] } : { due: [], occurrences: months };
  }
  // several terms in one cell: the whole span pale, each named month marked
  if (t.parts && t.parts.length && t.kind !== 'date' && t.kind !== 'deadline') {
    return { fill: [a, b], fillKind: 'ongoing', due: [], occurrences: partMonths(t.parts) };
  }
  switch (t.kind) {
    case 'date':
    case 'deadline':
      return { due: [b], occurrences: [] };
    case 'period':
      return { fill: [a, b], fillKind: 'period', due: [], occurrences: [] };
    case 'recurring': {
      const step = STEP[t.recurrence ?? 'monthly'];
      const occ: number[] = [];
      for (let i = a; i <= b; i += step) occ.push(i);
      return { fill: [a, b], fillKind: 'ongoing', due: [], occurrences: occ };
    }
    default: // ongoing, scheduled
      return { fill: [a, b], fillKind: 'ongoing', due: [], occurrences: [] };
  }
}

/** True when the term is active or due in the month. */
export function termInMonth(t: Term, month: MonthKey): boolean {
  const tm = termMonths(t);
  if (!tm) return false;
  const i = monthIndex(month);
  if (tm.due.includes(i) || tm.occurrences.includes(i)) return true;
  return !!tm.fill && tm.fill[0] <= i && i <= tm.fill[1];
}

/**
 * The month «План на месяц» opens on: next month, kept inside the plan — its first month when the plan starts
 * later, its last when it is over. Without a plan range: next month.
 */
export function defaultAgendaMonth(range: DateRange | undefined, today: string): MonthKey {
  const next = nextMonth(today);
  if (!range) return next;
  const first = monthOf(range.start);
  const last = monthOf(range.end);
  if (next < first) return first;
  if (next > last) return monthOf(today) <= last && monthOf(today) >= first ? monthOf(today) : last;
  return next;
}
