/**
 * The plan's period: where the plan states it, read with the same term parser as every «Сроки» cell.
 *
 * Decisions:
 * - Title rows above the header are read line by line; the first line naming a span («на 2025/2026 учебный
 *   год», «в 2024 году», «на 2010–2013 гг.», «(10–16 марта 2025 г.)») gives the period.
 * - Approval and document lines («Утверждаю», «Приказ № 81 от 29.08.2025 г.», «Протокол …», «Принято на
 *   педсовете …») and single days are weaker: they are used only when no title line names a span. A day D
 *   from August to December gives the school year that starts in D's year (1 Sep D.y – 31 May D.y+1): plans are
 *   approved in the summer before their year; a day in June or July runs from D itself to 31 May D.y+1 (a plan
 *   approved then may be for the summer's own events: «от 18 июня 2014 г.» over «22 июня 10.00 ч.»); a day from
 *   January to May gives the calendar year D.y.
 * - The user's period (the sidebar's «Период плана») wins over both.
 */
import { daysBetween, parseTerm, termWords } from '../dates/index';
import type { DateRange } from '../dates/term';
import { cellText } from '../table/cell';

export type PeriodSource = 'user' | 'title' | 'approval' | 'stages' | 'terms';

export interface PlanPeriod {
  range: DateRange;
  /** The words that gave the period: «2024/2025 учебный год», «29.08.2025»; for 'stages'/'terms' the range as dd.mm.yyyy. */
  text: string;
  source: PeriodSource;
  /** 0-based sheet row of the title or approval line. */
  row?: number;
}

/** How many rows above the header are read as the title. */
const TITLE_ROWS = 12;
const APPROVAL = /утвер|приказ|протокол|принят|согласован|рассмотрен|\bот\s+«?\d|«\s*\d{1,2}\s*»|^\s*«?\s*_+/iu;

function spanOf(text: string): { range: DateRange; single: boolean } | null {
  const t = parseTerm(text);
  if (t.kind === 'unknown' || !t.start || !t.end || t.start > t.end) return null;
  return { range: { start: t.start, end: t.end }, single: t.kind === 'date' || t.kind === 'deadline' || t.start === t.end };
}

/** A day of approval → the period it most likely heads (see the decisions above). */
export function periodFromApproval(day: string): DateRange {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  if (m === 6 || m === 7) return { start: day, end: `${y + 1}-05-31` };
  return m >= 8 ? { start: `${y}-09-01`, end: `${y + 1}-05-31` } : { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** «61-й годовщины победы … 1941-1945 гг.», «к 100-летию …»: years the plan is about, not its own. */
const ANNIVERSARY = /годовщин|-?летию|-?летия|юбиле/iu;

/**
 * Reads the period from the rows above the header (title first, then approval lines). A title's span that ended
 * more than a year before the document's own date, or follows an anniversary word, is history the plan marks
 * («…61-й годовщины победы … 1941-1945 гг.» over «Постановлению от 06.04.2006»): not the period.
 */
export function periodFromTitle(rows: readonly (readonly unknown[])[], headerRow: number, titleRows = TITLE_ROWS): PlanPeriod | undefined {
  let approval: PlanPeriod | undefined;
  let documentDay: string | undefined;
  const titles: PlanPeriod[] = [];
  const history: boolean[] = [];
  for (let r = Math.max(0, headerRow - titleRows); r < Math.max(0, headerRow); r++) {
    for (const cell of rows[r] ?? []) {
      const text = cellText(cell);
      if (!text || text.length > 600 || !/(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.\d{2}/.test(text)) continue;
      for (const line of text.split('\n')) {
        const found = spanOf(line);
        if (!found) continue;
        const words = termWords(line) || line;
        if (!found.single && !APPROVAL.test(line)) {
          titles.push({ range: found.range, text: words, source: 'title', row: r });
          // «…годовщины победы в великой отечественной войне 1941-1945 гг.»; «… годовщины Победы … в 2024 году» is the plan's own
          const at = line.indexOf(words);
          history.push(!/^(?:в|на|с)\s/iu.test(words) && ANNIVERSARY.test(at > 0 ? line.slice(0, at) : line));
          continue;
        }
        const short = daysBetween(found.range.start, found.range.end) <= 62; // «30» августа 2023 г.: a day or a month
        if (short) documentDay ??= found.range.end;
        approval ??= { range: short ? periodFromApproval(found.range.end) : found.range, text: words, source: 'approval', row: r };
      }
    }
  }
  const title = titles.find((t, i) => !history[i] && !(documentDay && daysBetween(t.range.end, documentDay) > 366));
  return title ?? approval;
}

/** The user's period: a term text («2024/2025 учебный год», «01.09.2024 – 31.05.2025») or a range. */
export function userPeriod(value: string | DateRange | undefined): PlanPeriod | undefined {
  if (!value) return undefined;
  if (typeof value !== 'string') {
    const t = spanOf(`${value.start} – ${value.end}`);
    return t ? { range: t.range, text: `${value.start} – ${value.end}`, source: 'user' } : undefined;
  }
  const found = spanOf(value);
  if (!found) return undefined;
  return {
    range: found.single ? periodFromApproval(found.range.end) : found.range,
    text: value.replace(/\s+/g, ' ').trim(),
    source: 'user',
  };
}
