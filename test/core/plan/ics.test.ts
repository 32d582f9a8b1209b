/**
 * The plan as .ics: parsed back by ical.js (Mozilla's RFC 5545 parser), the events' dates equal the plan's,
 * recurring terms have their rule, UIDs are stable across exports, lines are folded and text escaped.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventSpans, escapeText, fold, planToIcs } from '../../../src/core/plan/ics';
import { recognizePlan } from '../../../src/core/plan/recognize';
import type { Plan } from '../../../src/core/plan/types';
import { SEED_001 } from '../../fixtures/seed-plans';

const NOW = new Date(Date.UTC(2026, 11, 2, 6, 0, 0));

function plan(values: unknown[][]): Plan {
  const r = recognizePlan(values, { today: '2026-12-02' });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      rrule: v.getFirstPropertyValue('rrule')?.toString(),
      sequence: e.sequence,
    };
  });
}

describe('planToIcs', () => {
  const values = [
    ['План на 2024/2025 учебный год', '', '', ''],
    ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
    ['1.', 'Совещание; итоги, планы', '26.09.2024', 'Иванова И.И., Петров П.П.'],
    ['2.', 'Отчёт', 'До 20.11.2024', 'Петров П.П.'],
    ['3.', 'Семинары', 'Ежемесячно', 'Методисты'],
    ['4.', 'Сопровождение', 'В течение года', 'Координатор'],
    ['5.', 'Консультации', 'Октябрь 2024 – декабрь 2024', ''],
    ['6.', 'Что-то', 'по согласованию с партнёрами', ''],
  ];

  it('one all-day event per dated activity, parsed back with the plan’s dates', () => {
    const out = planToIcs(plan(values), { sheet: 'План', book: 'книга.xlsx', timeZone: 'Asia/Vladivostok', now: NOW });
    const events = parse(out.text);
    expect(events.map((e) => [e.summary, e.start, e.end, e.rrule])).toEqual([
      ['Совещание; итоги, планы', '2024-09-26', '2024-09-27', undefined],
      ['Срок: Отчёт', '2024-11-20', '2024-11-21', undefined],
      ['Семинары', '2024-09-01', '2024-09-02', 'FREQ=MONTHLY;UNTIL=20250531'],
      ['Сопровождение', '2024-09-01', '2025-06-01', undefined],
      ['Консультации', '2024-10-01', '2025-01-01', undefined],
    ]);
    expect(events[0]!.description).toBe('Ответственные: Иванова И.И., Петров П.П.\nСроки: 26.09.2024');
    expect(out.events).toBe(5);
    expect(out.skipped).toEqual([{ row: 7, termText: 'по согласованию с партнёрами' }]);
    expect(out.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(out.text).toContain('X-WR-TIMEZONE:Asia/Vladivostok\r\n');
    expect(out.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('UIDs are the same on every export of the same sheet and differ between sheets and books', () => {
    const p = plan(values);
    const uids = (sheet: string, book: string) =>
      parse(planToIcs(p, { sheet, book, timeZone: 'Europe/Moscow', now: NOW }).text).map((e) => e.uid);
    const a = uids('План', 'книга.xlsx');
    expect(uids('План', 'книга.xlsx')).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
    expect(uids('План 2', 'книга.xlsx')[0]).not.toBe(a[0]);
    expect(uids('План', 'другая.xlsx')[0]).not.toBe(a[0]);
    // a later export is a later revision (SEQUENCE), so a calendar takes it as the events' update
    const sequence = (now: Date) =>
      parse(planToIcs(p, { sheet: 'План', book: 'книга.xlsx', timeZone: 'Europe/Moscow', now }).text).map((e) => e.sequence);
    const later = sequence(new Date(NOW.getTime() + 60_000));
    sequence(NOW).forEach((s, i) => expect(later[i]).toBeGreaterThan(s));
  });

  it('seed 001: every dated row exports, the file parses', () => {
    const p = plan(SEED_001 as unknown[][]);
    const out = planToIcs(p, { sheet: 'План 2022-2023', book: 'seed', timeZone: 'Europe/Moscow', now: NOW });
    const dated = p.rows.filter((r) => eventSpans(r.term).length > 0).length;
    expect(dated).toBeGreaterThan(25);
    expect(parse(out.text).length).toBeGreaterThanOrEqual(dated);
    expect(out.skipped.length + dated).toBe(p.rows.length);
  });
});

describe('RFC 5545 text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets of UTF-8, never inside a character', () => {
    const line = `SUMMARY:${'Ы'.repeat(100)}`;
    const folded = fold(line).split('\r\n');
    for (const l of folded) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
  });
});
