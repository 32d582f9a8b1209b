/** monthAgenda: «План на месяц» — every activity active or due in one month, ready to print or send. */
import type { Term } from '../dates/term';
import type { Lang } from '../i18n/lang';
import { formatRu } from '../dates/calendar-math';
import { TEXT_FORMAT } from './calendar';
import { messages } from './messages';
import { monthOf, termInMonth, type MonthKey } from './months';
import type { Plan } from './types';

export { nextMonth } from './months';

export interface MonthAgenda {
  title: string;
  /**
   * Header row and one row per activity: №, Мероприятие, Сроки (as written), Даты, Ответственные, Ожидаемый результат, Этап.
   * Text only, verbatim, meant for cells formatted '@' (`columnFormats`): «Даты» is text too («05.03.2024 – 20.03.2024», «до 26.09.2022»).
   */
  values: string[][];
  /** The number format of each column: '@' for all of them. */
  columnFormats: string[];
  count: number;
}

/** «05.03.2024 – 20.03.2024», «до 26.09.2022», «26.09.2022». */
export function termDates(t: Term, lang: Lang = 'ru'): string {
  if (t.kind === 'unknown' || !t.end) return '';
  if (t.kind === 'deadline') return messages(lang).agenda.until(formatRu(t.end));
  if (t.kind === 'several' && t.parts?.length) {
    const each = t.parts.map((p) => (p.start === p.end ? formatRu(p.start) : `${formatRu(p.start)} – ${formatRu(p.end)}`));
    return [...new Set(each)].join(', ');
  }
  if (!t.start || t.start === t.end) return formatRu(t.end);
  return `${formatRu(t.start)} – ${formatRu(t.end)}`;
}

/** The date an activity sorts by within the month: its deadline, or its start. */
function sortKey(t: Term): string {
  return (t.kind === 'deadline' || t.kind === 'date' ? t.end : t.start) ?? '9999';
}

export function monthAgenda(plan: Plan, month: MonthKey, lang: Lang = 'ru'): MonthAgenda {
  const m = messages(lang);
  const mm = Number(month.slice(5, 7));
  const title = m.agenda.title(m.monthFull[mm - 1] ?? month, month.slice(0, 4));
  const rows = plan.rows
    .filter((r) => termInMonth(r.term, month))
    .map((r) => ({ r, key: sortKey(r.term) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.r.row - b.r.row));
  const values: string[][] = [[...m.agenda.header]];
  const byRow = new Map(plan.rows.map((r) => [r.row, r] as const));
  for (const { r } of rows) {
    const parent = r.parentRow !== undefined ? byRow.get(r.parentRow) : undefined;
    const activity = r.detail && parent ? `${r.activity}: ${r.detail}` : r.activity;
    const stage = r.stageIndex !== undefined ? (plan.stages[r.stageIndex]?.name ?? '') : '';
    values.push([
      r.number ?? parent?.number ?? '',
      activity,
      r.termText,
      termDates(r.term, lang),
      r.responsible ?? '',
      r.result ?? '',
      stage,
    ]);
  }
  return { title, values, columnFormats: values[0]!.map(() => TEXT_FORMAT), count: rows.length };
}

/** True when a month key is well formed: 'yyyy-mm'. */
export function isMonthKey(s: string): boolean {
  // years 1900–2100: what a plan can span (no «0000-01»)
  return /^(19\d\d|20\d\d|2100)-(0[1-9]|1[0-2])$/.test(s) && monthOf(`${s}-01`) === s;
}
