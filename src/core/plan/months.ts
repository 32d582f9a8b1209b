/** Month arithmetic on 'yyyy-mm' keys, and what months a term covers. */
import type { Recurrence, Term } from '../dates/term';
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

export function termMonths(t: Term): TermMonths | undefined {
  if (t.kind === 'unknown' || !t.start || !t.end || t.start > t.end) return undefined;
  const a = monthIndex(monthOf(t.start));
  const b = monthIndex(monthOf(t.end));
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
  if (tm.due.includes(i)) return true;
  return !!tm.fill && tm.fill[0] <= i && i <= tm.fill[1];
}
