/**
 * A plan as an iCalendar file (RFC 5545) for Google Calendar and phones: one all-day event per dated activity.
 *
 * - Terms without dates («по согласованию», «по отдельному графику») make no event; the export lists them.
 * - A day («26.09.2022») or a deadline («До 26.09.2022») is an event on that day; a span («Сентябрь –
 *   декабрь 2023», «в течение года» over the plan's period) is one event over its days; several stretches in
 *   one cell are one event each; a recurring term («ежемесячно», «раз в четверть») is one event with an RRULE
 *   up to the end of its span.
 * - Each event's UID is made of the sheet and the row (and the stretch), so exporting again gives the same UIDs:
 *   a calendar that imports the file again updates the events instead of adding copies. SEQUENCE and
 *   DTSTAMP say which copy is newer.
 * - The description names the responsible people, the term as written, the stage and the expected result.
 * - Text is escaped (\\ ; , and line breaks), lines end in CRLF and are folded at 75 octets of UTF-8 without
 *   splitting a character.
 */
import { addDays } from '../dates/calendar-math';
import type { DateRange, Recurrence, Term } from '../dates/term';
import type { Lang } from '../i18n/lang';
import type { Plan, PlanRow } from './types';

export interface IcsOptions {
  /** The sheet the plan is on: it names the calendar and makes the UIDs. */
  sheet: string;
  /** A stable id of the spreadsheet (its id in Google, the file name in the CLI) so two books never share UIDs. */
  book: string;
  /** The spreadsheet's time zone (IANA), written as the calendar's zone. */
  timeZone: string;
  /** The moment of the export (UTC), for DTSTAMP. */
  now: Date;
  lang?: Lang;
}

export interface IcsExport {
  /** The file's text, CRLF line ends. */
  text: string;
  /** How many events, and the rows left out because their term gives no date. */
  events: number;
  skipped: { row: number; termText: string }[];
}

const TEXTS = {
  ru: {
    calendar: (sheet: string) => `План «${sheet}»`,
    responsible: 'Ответственные',
    term: 'Сроки',
    stage: 'Этап',
    result: 'Результат',
    due: 'Срок',
  },
  en: {
    calendar: (sheet: string) => `Plan «${sheet}»`,
    responsible: 'Responsible',
    term: 'Term',
    stage: 'Stage',
    result: 'Result',
    due: 'Due',
  },
};

const RRULE: Record<Recurrence, string> = {
  weekly: 'FREQ=WEEKLY',
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  halfyear: 'FREQ=MONTHLY;INTERVAL=6',
  yearly: 'FREQ=YEARLY',
};

/** The plan's dated activities as an .ics file. */
export function planToIcs(plan: Plan, options: IcsOptions): IcsExport {
  const t = TEXTS[options.lang ?? 'ru'];
  const stamp = utcStamp(options.now);
  const sequence = sequenceOf(options.now);
  const uidBase = `${hash(options.book)}-${hash(options.sheet)}`;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Klaster//Calendar plan//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t.calendar(options.sheet))}`,
    `X-WR-TIMEZONE:${options.timeZone}`,
  ];
  let events = 0;
  const skipped: IcsExport['skipped'] = [];
  for (const row of plan.rows) {
    const spans = eventSpans(row.term);
    if (!spans.length) {
      skipped.push({ row: row.row, termText: row.termText });
      continue;
    }
    spans.forEach((span, i) => {
      const uid = `${uidBase}-r${row.row + 1}${spans.length > 1 ? `-${i + 1}` : ''}@klaster`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `DTSTAMP:${stamp}`,
        `SEQUENCE:${sequence}`,
        `DTSTART;VALUE=DATE:${icsDate(span.start)}`,
        `DTEND;VALUE=DATE:${icsDate(addDays(span.end, 1))}`,
      );
      if (span.rrule) lines.push(`RRULE:${span.rrule}`);
      lines.push(
        `SUMMARY:${escapeText(summary(row, t.due))}`,
        `DESCRIPTION:${escapeText(description(plan, row, t))}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
      events++;
    });
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(fold).join('\r\n') + '\r\n', events, skipped };
}

interface Span extends DateRange {
  rrule?: string;
}

/** The events a term makes: none without dates, none for «по отдельному графику» (its dates are kept elsewhere). */
export function eventSpans(term: Term): Span[] {
  if (term.kind === 'unknown' || term.kind === 'scheduled' || !term.end) return [];
  const start = term.kind === 'deadline' || term.kind === 'date' || !term.start ? term.end : term.start;
  if (start > term.end) return [];
  if (term.kind === 'recurring') {
    const rule = RRULE[term.recurrence ?? 'monthly'];
    // the first occurrence is the span's first day; the rule repeats it up to the span's last day
    return [{ start, end: start, rrule: `${rule};UNTIL=${icsDate(term.end)}` }];
  }
  if (term.parts && term.parts.length > 1 && term.kind !== 'date' && term.kind !== 'deadline') {
    return term.parts.filter((p) => p.start <= p.end).map((p) => ({ start: p.start, end: p.end }));
  }
  return [{ start, end: term.end }];
}

function summary(row: PlanRow, due: string): string {
  const what = oneLine(row.detail ? `${row.activity}: ${row.detail}` : row.activity) || '—';
  const short = what.length > 200 ? `${what.slice(0, 199)}…` : what;
  return row.term.kind === 'deadline' ? `${due}: ${short}` : short;
}

function description(plan: Plan, row: PlanRow, t: (typeof TEXTS)['ru']): string {
  const parts: string[] = [];
  if (row.responsible) parts.push(`${t.responsible}: ${oneLine(row.responsible)}`);
  if (row.termText) parts.push(`${t.term}: ${oneLine(row.termText)}`);
  const stage = row.stageIndex !== undefined ? plan.stages[row.stageIndex]?.name : undefined;
  if (stage) parts.push(`${t.stage}: ${stage}`);
  if (row.result) parts.push(`${t.result}: ${oneLine(row.result)}`);
  return parts.join('\n');
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * SEQUENCE of every event of an export: whole minutes since 2020-01-01 UTC, so a later export of the same plan has
 * a higher revision than an earlier one and a calendar that already holds the events takes it as their update
 * (RFC 5545 §3.8.7.4). The same for every event: an export is one revision of the whole plan.
 */
function sequenceOf(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
}

/** 2024-03-05 → 20240305. */
function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** 2024-03-05T07:08:09Z → 20240305T070809Z. */
function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 octets of one character (Apps Script's V8 has no TextEncoder). */
function octets(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** A content line folded at 75 octets of UTF-8 (continuation lines start with a space), never inside a character. */
export function fold(line: string): string {
  if (line.length <= 25 || [...line].reduce((n, ch) => n + octets(ch), 0) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = octets(ch);
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (bytes + n > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A short stable hash (FNV-1a, 32 bits, base 36) for UIDs. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
