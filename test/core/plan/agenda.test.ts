import { describe, expect, it } from 'vitest';
import { isMonthKey, monthAgenda, nextMonth, termDates } from '../../../src/core/plan/agenda';
import { recognizePlan } from '../../../src/core/plan/recognize';
import type { Plan } from '../../../src/core/plan/types';
import { SEED_001, SEED_004 } from '../../fixtures/seed-plans';

function plan(values: unknown[][]): Plan {
  const r = recognizePlan(values, { today: '2024-03-15' });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

describe('monthAgenda', () => {
  it('004, March 2024: the seminar, «Весна 2024», the monthly meetings and every «В течение 2024 года» item', () => {
    const a = monthAgenda(plan(SEED_004), '2024-03', 'ru');
    expect(a.title).toBe('План на март 2024 г.');
    expect(a.values[0]).toEqual(['№', 'Мероприятие', 'Сроки', 'Даты', 'Ответственные', 'Ожидаемый результат', 'Этап']);
    expect(a.count).toBe(9);
    expect(a.values).toHaveLength(10);
    const terms = a.values.slice(1).map((r) => r[2]);
    expect(terms.filter((t) => t!.startsWith('В течение 2024 года'))).toHaveLength(5);
    const seminar = a.values.find((r) => r[1]!.startsWith('Проведение обучающего семинара'))!;
    expect(seminar).toEqual([
      '',
      'Проведение обучающего семинара для педагогических работников по применению инженерных практик',
      'март 2024',
      '01.03.2024 – 31.03.2024',
      '',
      'Опубликованная рабочая тетрадь семинара',
      '2024 год Внедренческий',
    ]);
    expect(a.values.some((r) => r[2] === 'Весна 2024')).toBe(true);
    expect(a.values.some((r) => r[2] === 'Один раз в месяц с января 2024 по декабрь 2024')).toBe(true);
    expect(a.values.some((r) => r[2] === 'Январь 2024' || r[2] === 'апрель 2024')).toBe(false);
    // sorted by date: the year-long items (from 01.01) before the March ones
    const starts = a.values.slice(1).map((r) => r[3]!.slice(6, 10) + r[3]!.slice(3, 5) + r[3]!.slice(0, 2));
    expect([...starts].sort()).toEqual(starts);
  });

  it('001, October 2022: deadlines that month as «до …», sub-rows with their item’s number and text', () => {
    const a = monthAgenda(plan(SEED_001), '2022-10', 'ru');
    // sorted by start: the year-long item (from the plan's start) first, then the deadlines by date
    expect(a.values[1]![2]).toBe('Постоянно в течение года');
    expect(a.values.find((r) => r[0] === '4.')!.slice(0, 4)).toEqual([
      '4.',
      expect.stringMatching(/^Знакомство с планом мероприятий/),
      'До 10.10.2022',
      'до 10.10.2022',
    ]);
    const sub = a.values.find((r) => r[2] === '10.10.2022- 14.10.2022')!;
    expect(sub[0]).toBe('8.');
    expect(sub[1]).toMatch(/^Проведение опроса обучающихся.*: Информирование целевой аудитории/s);
    expect(sub[3]).toBe('10.10.2022 – 14.10.2022');
    expect(a.values.some((r) => r[2] === 'До 26.09.2022')).toBe(false);
    expect(a.values.some((r) => r[2] === 'Постоянно в течение года')).toBe(true);
    expect(a.values.some((r) => r[2] === 'По отдельному графику')).toBe(true);
  });

  it('an empty month has only the header; English title', () => {
    const a = monthAgenda(plan(SEED_004), '2030-01', 'en');
    expect(a).toEqual({
      title: 'Agenda for January 2030',
      values: [['No.', 'Activity', 'Term', 'Dates', 'Responsible', 'Expected result', 'Stage']],
      columnFormats: ['@', '@', '@', '@', '@', '@', '@'],
      count: 0,
    });
  });
});

describe('month helpers', () => {
  it.each([
    ['2024-03-15', '2024-04'],
    ['2024-12-31', '2025-01'],
    ['2023-01-01', '2023-02'],
  ])('nextMonth(%s) = %s', (today, m) => expect(nextMonth(today)).toBe(m));

  it('isMonthKey', () => {
    expect(isMonthKey('2024-03')).toBe(true);
    expect(isMonthKey('2024-13')).toBe(false);
    expect(isMonthKey('2024-3')).toBe(false);
  });

  it('termDates', () => {
    expect(termDates({ kind: 'deadline', start: '2022-09-01', end: '2022-09-26' })).toBe('до 26.09.2022');
    expect(termDates({ kind: 'date', start: '2022-09-26', end: '2022-09-26' })).toBe('26.09.2022');
    expect(termDates({ kind: 'period', start: '2024-03-01', end: '2024-05-31' })).toBe('01.03.2024 – 31.05.2024');
    expect(termDates({ kind: 'unknown', reason: 'x' })).toBe('');
  });
});
