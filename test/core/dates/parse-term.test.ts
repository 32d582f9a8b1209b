import { describe, expect, it } from 'vitest';
import { parseTerm, type DateRange, type Term } from '../../../src/core/dates';
import { SEED_TERMS } from '../../fixtures/seed-terms';

type Expected = Pick<Term, 'kind' | 'start' | 'end' | 'recurrence'> & { note?: string };

function pick(t: Term): Expected {
  return { kind: t.kind, start: t.start, end: t.end, recurrence: t.recurrence };
}

const SCHOOL_2023: DateRange = { start: '2023-09-01', end: '2024-05-31' };
const YEAR_2023: DateRange = { start: '2023-01-01', end: '2023-12-31' };

const period = (start: string, end: string): Expected => ({ kind: 'period', start, end });
const date = (day: string): Expected => ({ kind: 'date', start: day, end: day });
const deadline = (start: string, end: string): Expected => ({ kind: 'deadline', start, end });

describe('parseTerm — every «Сроки» cell of the seeds', () => {
  it.each(SEED_TERMS.map((s) => [s.seed, JSON.stringify(s.text), s] as const))('%s %s', (_seed, _text, s) => {
    const t = parseTerm(s.text, s.context ? { range: s.context } : undefined);
    const { note, ...dates } = s.expected;
    expect(pick(t)).toEqual(dates);
    if (note !== undefined) expect(t.note).toBe(note);
  });
});

// [text, context, expected]
const GENERAL: [string, DateRange | undefined, Expected][] = [
  // exact dates
  ['26.09.2022', undefined, date('2022-09-26')],
  ['26.09.22', undefined, date('2022-09-26')],
  ['30.06. 2023', undefined, date('2023-06-30')],
  ['30. 06.2023', undefined, date('2023-06-30')],
  ['26.09.2022 г.', undefined, date('2022-09-26')],
  ['26.09.2022г.', undefined, date('2022-09-26')],
  ['15.03.2023 года', undefined, date('2023-03-15')],
  ['1 сентября 2023', undefined, date('2023-09-01')],
  ['15 марта 2024 г.', undefined, date('2024-03-15')],
  // deadlines
  ['До 26.09.2022', undefined, deadline('2022-09-26', '2022-09-26')],
  ['до 26.09.2022 г.', undefined, deadline('2022-09-26', '2022-09-26')],
  ['До 26.09.2022', { start: '2022-09-01', end: '2023-05-31' }, deadline('2022-09-01', '2022-09-26')],
  ['До 26.09.2022', { start: '2022-10-01', end: '2023-05-31' }, deadline('2022-09-26', '2022-09-26')],
  ['не позднее 01.03.2023', undefined, deadline('2023-03-01', '2023-03-01')],
  ['к 1 сентября 2023', undefined, deadline('2023-09-01', '2023-09-01')],
  ['до конца сентября 2023', undefined, deadline('2023-09-30', '2023-09-30')],
  ['До 1 октября', SCHOOL_2023, deadline('2023-09-01', '2023-10-01')],
  ['до начала марта 2024', undefined, deadline('2024-02-29', '2024-02-29')],
  // ranges of days
  ['10-14 октября 2022', undefined, period('2022-10-10', '2022-10-14')],
  ['с 1 по 15 марта 2024', undefined, period('2024-03-01', '2024-03-15')],
  ['10.10.2022 – 14.10.2022', undefined, period('2022-10-10', '2022-10-14')],
  ['10.10.2022—14.10.2022', undefined, period('2022-10-10', '2022-10-14')],
  ['10.10.2022 по 14.10.2022', undefined, period('2022-10-10', '2022-10-14')],
  ['с 10.10.2022 по 14.10.2022', undefined, period('2022-10-10', '2022-10-14')],
  ['с 10.10.2022 до 14.10.2022', undefined, period('2022-10-10', '2022-10-14')],
  ['10.10.2022\n-\n14.10.2022', undefined, period('2022-10-10', '2022-10-14')],
  ['15.03.2023 30.03.2023', undefined, period('2023-03-15', '2023-03-30')],
  ['10.10-14.10.2022', undefined, period('2022-10-10', '2022-10-14')],
  // ISO dates, as Sheets shows them in some locales and as our custom functions pass contexts
  ['2023-09-01', undefined, date('2023-09-01')],
  ['2023-9-1', undefined, date('2023-09-01')],
  ['2024-02-29 г.', undefined, date('2024-02-29')],
  ['2023-09-01 – 2024-05-31', undefined, period('2023-09-01', '2024-05-31')],
  ['2023-09-01-2024-05-31', undefined, period('2023-09-01', '2024-05-31')],
  ['2023-09-01—2024-05-31', undefined, period('2023-09-01', '2024-05-31')],
  ['2023-09-01 по 2023-12-31', undefined, period('2023-09-01', '2023-12-31')],
  ['с 2023-09-01 по 2023-12-31', undefined, period('2023-09-01', '2023-12-31')],
  ['с 2023-10-01', SCHOOL_2023, period('2023-10-01', '2024-05-31')],
  ['до 2024-05-31', undefined, deadline('2024-05-31', '2024-05-31')],
  ['до 2024-05-31', SCHOOL_2023, deadline('2023-09-01', '2024-05-31')],
  ['не позднее 2023-12-01', undefined, deadline('2023-12-01', '2023-12-01')],
  ['2023-02-30', undefined, { kind: 'unknown' }],
  ['2023 - 2025', undefined, period('2023-01-01', '2025-12-31')],
  ['2023-24 учебный год', undefined, period('2023-09-01', '2024-05-31')],
  // months
  ['ЯНВАРЬ 2024', undefined, period('2024-01-01', '2024-01-31')],
  ['января 2024', undefined, period('2024-01-01', '2024-01-31')],
  ['в январе 2024', undefined, period('2024-01-01', '2024-01-31')],
  ['янв. 2024', undefined, period('2024-01-01', '2024-01-31')],
  ['к январю 2024', undefined, deadline('2024-01-31', '2024-01-31')],
  ['Май, 2021', undefined, period('2021-05-01', '2021-05-31')],
  ['в мае 2021', undefined, period('2021-05-01', '2021-05-31')],
  ['февраль 2024', undefined, period('2024-02-01', '2024-02-29')],
  ['январь2024 -\nдекабрь 2024', undefined, period('2024-01-01', '2024-12-31')],
  ['Март – апрель 2021 г.', undefined, period('2021-03-01', '2021-04-30')],
  ['Ноябрь-декабрь 2023', undefined, period('2023-11-01', '2023-12-31')],
  ['Январь-февраль 2014', undefined, period('2014-01-01', '2014-02-28')],
  ['Сентябрь 2014 – май 2015', undefined, period('2014-09-01', '2015-05-31')],
  ['Сентябрь 2014-\nмай 2015', undefined, period('2014-09-01', '2015-05-31')],
  ['Июнь 2023 – \nдекабрь 2023', undefined, period('2023-06-01', '2023-12-31')],
  ['Сентябрь – май 2015', undefined, period('2014-09-01', '2015-05-31')],
  ['с сентября 2023 по май', undefined, period('2023-09-01', '2024-05-31')],
  ['Февраль, 2022, 2023 гг.', undefined, { kind: 'recurring', start: '2022-02-01', end: '2023-02-28', recurrence: 'yearly' }],
  // seasons, quarters, halves
  ['Весна 2024', undefined, period('2024-03-01', '2024-05-31')],
  ['летом 2023', undefined, period('2023-06-01', '2023-08-31')],
  ['осень 2022 г.', undefined, period('2022-09-01', '2022-11-30')],
  ['зима 2024', undefined, period('2023-12-01', '2024-02-29')],
  ['I квартал 2024', undefined, period('2024-01-01', '2024-03-31')],
  ['1 квартал 2024 г.', undefined, period('2024-01-01', '2024-03-31')],
  ['IV кв. 2023', undefined, period('2023-10-01', '2023-12-31')],
  ['II полугодие', SCHOOL_2023, period('2024-01-01', '2024-05-31')],
  ['I полугодие', SCHOOL_2023, period('2023-09-01', '2023-12-31')],
  ['II полугодие', YEAR_2023, period('2023-07-01', '2023-12-31')],
  ['I полугодие 2024', undefined, period('2024-01-01', '2024-06-30')],
  ['II полугодие 2024', undefined, period('2024-07-01', '2024-12-31')],
  ['I полугодие 2022-2023 учебного года', undefined, period('2022-09-01', '2022-12-31')],
  // school years and years
  ['2023-2024 учебный год', undefined, period('2023-09-01', '2024-05-31')],
  ['2022/2023 уч. г.', undefined, period('2022-09-01', '2023-05-31')],
  ['2023-2024 уч.год', undefined, period('2023-09-01', '2024-05-31')],
  ['в 2022-2023 учебном году', undefined, period('2022-09-01', '2023-05-31')],
  ['2023-2025 годы', undefined, period('2023-01-01', '2025-12-31')],
  ['2017-2020', undefined, period('2017-01-01', '2020-12-31')],
  ['с 2017 по 2020', undefined, period('2017-01-01', '2020-12-31')],
  ['2024 год', undefined, period('2024-01-01', '2024-12-31')],
  ['2024 г.', undefined, period('2024-01-01', '2024-12-31')],
  ['2024', undefined, period('2024-01-01', '2024-12-31')],
  // ongoing, recurring, scheduled
  ['В течение года', SCHOOL_2023, { kind: 'ongoing', start: '2023-09-01', end: '2024-05-31' }],
  ['Постоянно', YEAR_2023, { kind: 'ongoing', start: '2023-01-01', end: '2023-12-31' }],
  ['Постоянно в течение года', YEAR_2023, { kind: 'ongoing', start: '2023-01-01', end: '2023-12-31' }],
  ['В течение 2024 года', undefined, { kind: 'ongoing', start: '2024-01-01', end: '2024-12-31' }],
  ['В течение этапа', YEAR_2023, { kind: 'ongoing', start: '2023-01-01', end: '2023-12-31' }],
  ['В течение практического этапа', YEAR_2023, { kind: 'ongoing', start: '2023-01-01', end: '2023-12-31' }],
  ['на протяжении всего проекта', YEAR_2023, { kind: 'ongoing', start: '2023-01-01', end: '2023-12-31' }],
  ['весь период', YEAR_2023, { kind: 'ongoing', start: '2023-01-01', end: '2023-12-31' }],
  ['ежемесячно', YEAR_2023, { kind: 'recurring', start: '2023-01-01', end: '2023-12-31', recurrence: 'monthly' }],
  ['ежеквартально', undefined, { kind: 'recurring', recurrence: 'quarterly' }],
  ['еженедельно', undefined, { kind: 'recurring', recurrence: 'weekly' }],
  ['ежегодно', undefined, { kind: 'recurring', recurrence: 'yearly' }],
  ['1 раз в четверть', undefined, { kind: 'recurring', recurrence: 'quarterly' }],
  ['Один раз в месяц', undefined, { kind: 'recurring', recurrence: 'monthly' }],
  ['раз в полгода', undefined, { kind: 'recurring', recurrence: 'halfyear' }],
  ['2 раза в год', undefined, { kind: 'recurring', recurrence: 'yearly' }],
  ['Один раз в месяц с января 2024 по декабрь 2024', undefined, { kind: 'recurring', start: '2024-01-01', end: '2024-12-31', recurrence: 'monthly' }],
  ['Один раз в месяц \nНоябрь-декабрь 2023', undefined, { kind: 'recurring', start: '2023-11-01', end: '2023-12-31', recurrence: 'monthly' }],
  ['По отдельному графику', SCHOOL_2023, { kind: 'scheduled', start: '2023-09-01', end: '2024-05-31' }],
  ['По отдельному графику', undefined, { kind: 'scheduled' }],
  ['По мере необходимости', SCHOOL_2023, { kind: 'scheduled', start: '2023-09-01', end: '2024-05-31' }],
  // missing years from context
  ['Сентябрь – декабрь', SCHOOL_2023, period('2023-09-01', '2023-12-31')],
  ['Январь', SCHOOL_2023, period('2024-01-01', '2024-01-31')],
  ['Сентябрь – май', SCHOOL_2023, period('2023-09-01', '2024-05-31')],
  ['Август', SCHOOL_2023, period('2023-08-01', '2023-08-31')],
  ['10-14 октября', SCHOOL_2023, period('2023-10-10', '2023-10-14')],
];

describe('parseTerm — general cases', () => {
  it.each(GENERAL.map(([text, ctx, exp]) => [JSON.stringify(text), ctx?.start ?? '—', text, ctx, exp] as const))(
    '%s (context from %s)',
    (_label, _c, text, ctx, exp) => {
      expect(pick(parseTerm(text, ctx ? { range: ctx } : undefined))).toEqual(exp);
    },
  );
});

describe('parseTerm — notes, warnings, decisions', () => {
  it('keeps the words that are not about time', () => {
    expect(parseTerm('В течение 2024 года по соглашению с ОО-участниками проекта').note).toBe('по соглашению с ОО-участниками проекта');
    expect(parseTerm('В течение года (в соответствии с отдельными планами)', { range: YEAR_2023 })).toEqual({
      kind: 'ongoing', start: '2023-01-01', end: '2023-12-31', note: 'в соответствии с отдельными планами',
    });
    expect(parseTerm('По мере необходимости').note).toBe('По мере необходимости');
    expect(parseTerm('10.10.2022').note).toBeUndefined();
  });

  it('«N … в месяц» is recurring monthly and the words stay in the note', () => {
    const t = parseTerm('январь2024 -\nдекабрь 2024\nНе менее 3 индивидуальных консультаций в месяц');
    expect(t).toEqual({
      kind: 'recurring', start: '2024-01-01', end: '2024-12-31', recurrence: 'monthly', precision: 'month',
      note: 'Не менее 3 индивидуальных консультаций в месяц',
    });
    expect(pick(parseTerm('Не менее 3 консультаций в месяц', { range: YEAR_2023 }))).toEqual({
      kind: 'recurring', start: '2023-01-01', end: '2023-12-31', recurrence: 'monthly',
    });
    expect(parseTerm('не реже 1 раза в месяц').note).toBeUndefined();
  });

  it('an end before the start is kept as written, with a warning', () => {
    const t = parseTerm('31.12.2023 - 01.01.2023');
    expect(pick(t)).toEqual(period('2023-12-31', '2023-01-01'));
    expect(t.warning).toBe('окончание раньше начала');
  });

  it('«с 2017 по настоящее время» is ongoing from 2017, up to today when given', () => {
    expect(parseTerm('с 2017 по настоящее время')).toEqual({ kind: 'ongoing', start: '2017-01-01', precision: 'year' });
    expect(pick(parseTerm('с 2017 по настоящее время', undefined, { today: '2024-05-01' }))).toEqual({
      kind: 'ongoing', start: '2017-01-01', end: '2024-05-01',
    });
  });

  it('«В течение года» without a stage range is ongoing without dates, with a warning', () => {
    const t = parseTerm('В течение года');
    expect(t.kind).toBe('ongoing');
    expect(t.start).toBeUndefined();
    expect(t.warning).toMatch(/период/);
  });

  it('«с …» without an end runs to the end of the context', () => {
    expect(pick(parseTerm('с октября 2023', { range: SCHOOL_2023 }))).toEqual(period('2023-10-01', '2024-05-31'));
  });
});

describe('parseTerm — what it cannot read', () => {
  it.each([
    ['31.02.2023', /несуществующая дата: 31\.02\.2023/],
    ['2023-02-30', /^несуществующая дата: 2023-02-30$/],
    ['2023-13-01 – 2024-05-31', /^несуществующая дата: 2023-13-01$/],
    ['45.13.2022', /несуществующая дата/],
    ['30 февраля 2023', /несуществующая дата/],
    ['Январь', /не указан год/],
    ['10-14 октября', /не указан год/],
    ['', /пусто/],
    ['   \n\t ', /пусто/],
    ['Готовый к тиражированию продукт', /не найден срок/],
    ['abc', /не найден срок/],
  ])('%j → unknown', (text, reason) => {
    const t = parseTerm(text);
    expect(t.kind).toBe('unknown');
    expect(t.reason).toMatch(reason);
  });

  it('handles values that are not text', () => {
    expect(parseTerm(new Date(2022, 8, 26))).toEqual({ kind: 'date', start: '2022-09-26', end: '2022-09-26' });
    expect(parseTerm(2024)).toEqual(period('2024-01-01', '2024-12-31'));
    for (const v of [42, 2024.5, -1, NaN, Infinity, true, false, {}, [], new Date(NaN), Symbol('x'), () => 1]) {
      const t = parseTerm(v);
      expect(t.kind).toBe('unknown');
      expect(t.reason).toBeTruthy();
    }
    expect(parseTerm(null)).toEqual({ kind: 'unknown', reason: 'пусто' });
    expect(parseTerm(undefined)).toEqual({ kind: 'unknown', reason: 'пусто' });
  });

  it('accepts a Date from another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date(2023, 0, 15)') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(parseTerm(foreign)).toEqual({ kind: 'date', start: '2023-01-15', end: '2023-01-15' });
  });

  it('ignores a malformed context', () => {
    expect(parseTerm('Январь', { range: { start: 'вчера', end: '2024-01-01' } }).reason).toBe('не указан год');
  });
});
