/**
 * The held-back «Сроки» set (test/fixtures/heldout-terms.ts) and the behaviours it asks for, one by one.
 * The share is also printed by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { parseTerm, type DateRange } from '../../../src/core/dates';
import { HELD_TERMS } from '../../../bench/support/fixtures/heldout-terms';

const SY24: DateRange = { start: '2024-09-01', end: '2025-05-31' };
const MY: DateRange = { start: '2024-08-01', end: '2027-10-31' };

describe('parseTerm on the held-back set', () => {
  it(`at least 97 % of ${HELD_TERMS.length} terms get the right start and end`, () => {
    const wrong = HELD_TERMS.filter((h) => {
      const t = parseTerm(h.text, h.context ? { range: h.context } : undefined);
      return t.start !== h.start || t.end !== h.end;
    }).map((h) => h.text);
    expect(HELD_TERMS.length).toBeGreaterThanOrEqual(200);
    expect(wrong.length / HELD_TERMS.length).toBeLessThanOrEqual(0.03);
  });
});

describe('parseTerm — several terms in a cell', () => {
  it('«Ноябрь» and «В течение года» on the next line: the whole period, November marked', () => {
    expect(parseTerm('Ноябрь\nВ течение года', { range: SY24 })).toMatchObject({
      kind: 'ongoing',
      start: '2024-09-01',
      end: '2025-05-31',
      parts: [{ start: '2024-11-01', end: '2024-11-30' }],
    });
    expect(parseTerm('март, в течение года', { range: SY24 }).parts).toEqual([{ start: '2025-03-01', end: '2025-03-31' }]);
  });

  it('months on separate lines are several months, each its own part', () => {
    expect(parseTerm('Сентябрь\nЯнварь\nМай', { range: SY24 })).toMatchObject({
      kind: 'several',
      start: '2024-09-01',
      end: '2025-05-31',
      parts: [
        { start: '2024-09-01', end: '2024-09-30' },
        { start: '2025-01-01', end: '2025-01-31' },
        { start: '2025-05-01', end: '2025-05-31' },
      ],
    });
    expect(parseTerm('Сентябрь - май', { range: SY24 }).parts).toBeUndefined();
  });
});

describe('parseTerm — terms that point elsewhere', () => {
  it.each([
    'по отдельному плану',
    'по отд. плану',
    'в установленном порядке',
    'по согласованию',
    'по мере необходимости',
    'по графику МО',
    'В установленные сроки',
  ])('%j is scheduled over the context, never unknown', (text) => {
    expect(parseTerm(text, { range: SY24 })).toMatchObject({ kind: 'scheduled', start: SY24.start, end: SY24.end });
    expect(parseTerm(text).kind).toBe('scheduled');
  });
});

describe('parseTerm — school quarters and semesters (month-granular: I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May)', () => {
  it.each([
    ['I четверть', '2024-09-01', '2024-10-31'],
    ['во II четверти', '2024-11-01', '2024-12-31'],
    ['III четверть', '2025-01-01', '2025-03-31'],
    ['IV четверть', '2025-04-01', '2025-05-31'],
    ['I, III четверти', '2024-09-01', '2025-03-31'],
    ['I семестр', '2024-09-01', '2024-12-31'],
    ['II семестр', '2025-01-01', '2025-06-30'],
  ])('%j → %s … %s', (text, start, end) => {
    expect(parseTerm(text, { range: SY24 })).toMatchObject({ start, end, precision: 'month' });
  });

  it('a quarter with a calendar year belongs to the school year it falls in', () => {
    expect(parseTerm('III четверть 2025')).toMatchObject({ start: '2025-01-01', end: '2025-03-31' });
    expect(parseTerm('I четверть 2024')).toMatchObject({ start: '2024-09-01', end: '2024-10-31' });
  });
});

describe('parseTerm — weekdays', () => {
  const WEEK: DateRange = { start: '2025-03-10', end: '2025-03-16' };
  it('inside a one-week plan a weekday is its day', () => {
    expect(parseTerm('Четверг', { range: WEEK })).toMatchObject({ kind: 'date', start: '2025-03-13', end: '2025-03-13' });
    expect(parseTerm('пн-ср', { range: WEEK })).toMatchObject({ kind: 'period', start: '2025-03-10', end: '2025-03-12' });
  });
  it('in a longer plan it recurs weekly; without any context it names what is missing', () => {
    expect(parseTerm('Вторник', { range: SY24 })).toMatchObject({
      kind: 'recurring',
      recurrence: 'weekly',
      start: SY24.start,
      end: SY24.end,
    });
    expect(parseTerm('каждый понедельник', { range: SY24 })).toMatchObject({ kind: 'recurring', recurrence: 'weekly' });
    expect(parseTerm('Вторник')).toMatchObject({ kind: 'unknown', reason: 'день недели без недели: не указаны даты' });
  });
});

describe('parseTerm — years of a multi-year context', () => {
  it('a month without a year is not silently put in the first year: the years it could be are given', () => {
    const t = parseTerm('Сентябрь', { range: MY });
    expect(t).toMatchObject({ kind: 'period', start: '2024-09-01', end: '2024-09-30', years: [2024, 2025, 2026, 2027] });
    expect(t.warning).toBe('не указан год, а период плана длится несколько лет');
    expect(parseTerm('I четверть', { range: MY }).years).toEqual([2024, 2025, 2026, 2027]);
  });

  it('recurring where the wording says so: «далее ежегодно», «ежегодно в мае» run to the last year inside', () => {
    expect(parseTerm('Сентябрь, далее ежегодно', { range: MY })).toMatchObject({
      kind: 'recurring',
      recurrence: 'yearly',
      start: '2024-09-01',
      end: '2027-09-30',
    });
    expect(parseTerm('Сентябрь, далее ежегодно', { range: MY }).note).toBeUndefined();
    expect(parseTerm('ежегодно в мае', { range: MY })).toMatchObject({ start: '2025-05-01', end: '2027-05-31' });
    expect(parseTerm('Сентябрь', { range: MY }).kind).toBe('period');
  });

  it('a school-year or calendar-year context is no ambiguity', () => {
    expect(parseTerm('Сентябрь', { range: SY24 }).years).toBeUndefined();
    expect(parseTerm('Май', { range: { start: '2024-01-01', end: '2024-12-31' } }).years).toBeUndefined();
  });
});

describe('parseTerm — dates without a year, abbreviations, precision', () => {
  it.each([
    ['14.02.', '2025-02-14', '2025-02-14'],
    ['С 20.04. – 5.05.', '2025-04-20', '2025-05-05'],
    ['12.03.–16.03.2025', '2025-03-12', '2025-03-16'],
    ['25.12.24.', '2024-12-25', '2024-12-25'],
    ['в теч. года', SY24.start, SY24.end],
    ['В течении года', SY24.start, SY24.end],
    ['в теч. уч. года', SY24.start, SY24.end],
    ['ежемес.', SY24.start, SY24.end],
  ])('%j → %s … %s', (text, start, end) => {
    expect(parseTerm(text, { range: SY24 })).toMatchObject({ start, end });
  });

  it('precision is how finely the text states its dates', () => {
    expect(parseTerm('26.09.2022').precision).toBe('day');
    expect(parseTerm('Май 2024').precision).toBe('month');
    expect(parseTerm('I квартал 2024').precision).toBe('month');
    expect(parseTerm('2024 год').precision).toBe('year');
    expect(parseTerm('01.09.2024 – май 2025').precision).toBe('month');
  });
});
