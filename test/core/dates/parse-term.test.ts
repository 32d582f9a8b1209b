import { describe, expect, it } from 'vitest';
import { leadingTerm, parseTerm, REASON_NO_WEEK, termWords, type DateRange, type Term } from '../../../src/core/dates';
import { REASON_TIME_ONLY } from '../../../src/core/dates/combine';
import { SEED_TERMS } from '../../../bench/support/fixtures/seed-terms';

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
  [
    'Один раз в месяц с января 2024 по декабрь 2024',
    undefined,
    { kind: 'recurring', start: '2024-01-01', end: '2024-12-31', recurrence: 'monthly' },
  ],
  [
    'Один раз в месяц \nНоябрь-декабрь 2023',
    undefined,
    { kind: 'recurring', start: '2023-11-01', end: '2023-12-31', recurrence: 'monthly' },
  ],
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
      kind: 'ongoing',
      start: '2023-01-01',
      end: '2023-12-31',
      note: 'в соответствии с отдельными планами',
    });
    expect(parseTerm('По мере необходимости').note).toBe('По мере необходимости');
    expect(parseTerm('10.10.2022').note).toBeUndefined();
  });

  it('«N … в месяц» is recurring monthly and the words stay in the note', () => {
    const t = parseTerm('январь2024 -\nдекабрь 2024\nНе менее 3 индивидуальных консультаций в месяц');
    expect(t).toEqual({
      kind: 'recurring',
      start: '2024-01-01',
      end: '2024-12-31',
      recurrence: 'monthly',
      precision: 'month',
      note: 'Не менее 3 индивидуальных консультаций в месяц',
    });
    expect(pick(parseTerm('Не менее 3 консультаций в месяц', { range: YEAR_2023 }))).toEqual({
      kind: 'recurring',
      start: '2023-01-01',
      end: '2023-12-31',
      recurrence: 'monthly',
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
      kind: 'ongoing',
      start: '2017-01-01',
      end: '2024-05-01',
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
    expect(parseTerm(new Date(2022, 8, 26))).toEqual({ kind: 'date', start: '2022-09-26', end: '2022-09-26', precision: 'day' });
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
    expect(parseTerm(foreign)).toEqual({ kind: 'date', start: '2023-01-15', end: '2023-01-15', precision: 'day' });
  });

  it('ignores a malformed context', () => {
    expect(parseTerm('Январь', { range: { start: 'вчера', end: '2024-01-01' } }).reason).toBe('не указан год');
  });
});

// Cells of real plans (../shared/corpus and test/fixtures/real-plans.ts), each with what a careful reader reads.
const YEAR_2009: DateRange = { start: '2009-01-01', end: '2009-12-31' };
const SCHOOL_2012: DateRange = { start: '2012-09-01', end: '2013-05-31' };

describe('parseTerm — cells of real plans', () => {
  it.each<[string, DateRange | undefined, Partial<Term>]>([
    // two days side by side: a span whose dash was lost (Заречный: a two-day festival «25.03.2009 26.03.2009»)
    ['17.03.2009 08.04.2009', undefined, { kind: 'period', start: '2009-03-17', end: '2009-04-08' }],
    ['25.03.2009 26.03.2009', undefined, { kind: 'period', start: '2009-03-25', end: '2009-03-26' }],
    // a day before the one beside it is no span: two days
    ['08.04.2009 17.03.2009', undefined, { kind: 'several', start: '2009-03-17', end: '2009-04-08' }],
    // three days for three sub-items in one cell
    [
      '29.08.2017г. 29.08.2017г. 01.09.2017г.',
      undefined,
      {
        kind: 'several',
        start: '2017-08-29',
        end: '2017-09-01',
        parts: [
          { start: '2017-08-29', end: '2017-08-29' },
          { start: '2017-08-29', end: '2017-08-29' },
          { start: '2017-09-01', end: '2017-09-01' },
        ],
      },
    ],
    // months side by side or one per line: separate months, not the months between them
    [
      'Сентябрь март',
      SCHOOL_2012,
      {
        kind: 'several',
        start: '2012-09-01',
        end: '2013-03-31',
        parts: [
          { start: '2012-09-01', end: '2012-09-30' },
          { start: '2013-03-01', end: '2013-03-31' },
        ],
      },
    ],
    ['сентябрь\nдекабрь', SCHOOL_2012, { kind: 'several', start: '2012-09-01', end: '2012-12-31' }],
    ['в\nтечение\nгода', SCHOOL_2012, { kind: 'ongoing', start: '2012-09-01', end: '2013-05-31' }],
    // two-digit years
    ['До 10.12.07 г.', undefined, { kind: 'deadline', end: '2007-12-10' }],
    ['15.12.07 г.', undefined, { kind: 'date', start: '2007-12-15', end: '2007-12-15' }],
    // a date with a time
    ['31 августа\n10:00', SCHOOL_2012, { kind: 'date', start: '2012-08-31', time: '10:00' }],
    ['01 сентября\n08:30 - 12:30', SCHOOL_2012, { kind: 'date', start: '2012-09-01', time: '8:30–12:30' }],
    ['22 июня 10.00 ч.', YEAR_2009, { kind: 'date', start: '2009-06-22', time: '10:00' }],
    ['28 апреля\n13.00', YEAR_2009, { kind: 'date', start: '2009-04-28', time: '13:00' }],
    ['31 мая\n11.0', YEAR_2009, { kind: 'date', start: '2009-05-31', time: '11:00' }],
    ['18.02.2018 г. с 09-00 до 16-00', undefined, { kind: 'date', start: '2018-02-18', time: 'с 9:00 до 16:00' }],
    [
      '2 мая 2024 в 14:45 коворкинг центр «Атмосфера»',
      undefined,
      { kind: 'date', start: '2024-05-02', time: '14:45', note: 'коворкинг центр «Атмосфера»' },
    ],
    // a time and no date: said so, no day invented
    ['8-00', YEAR_2009, { kind: 'unknown', reason: REASON_TIME_ONLY, time: '8:00' }],
    ['с 10-00', YEAR_2009, { kind: 'unknown', reason: REASON_TIME_ONLY, time: 'с 10:00' }],
    ['17-00', undefined, { kind: 'unknown', reason: REASON_TIME_ONLY, time: '17:00' }],
    // no date at all: the first day of an event is not «every Monday»
    ['1 день понедельник', SCHOOL_2012, { kind: 'unknown', reason: REASON_NO_WEEK }],
    ['В течение недели В течение дня', undefined, { kind: 'ongoing', warning: 'нет периода этапа: даты не определены' }],
    ['В течение недели В течение дня', SCHOOL_2012, { kind: 'unknown', reason: REASON_NO_WEEK }],
    ['В течение недели', { start: '2024-11-11', end: '2024-11-15' }, { kind: 'ongoing', start: '2024-11-11', end: '2024-11-15' }],
    ['по плану воспитателей', SCHOOL_2012, { kind: 'scheduled', note: 'по плану воспитателей' }],
    // a list number glued to the day; a place before the date
    ['1.24 ноября', SCHOOL_2012, { kind: 'date', start: '2012-11-24', end: '2012-11-24' }],
    [
      'Образовательные учреждения 9 - 11 июня 2003 г.',
      undefined,
      { kind: 'period', start: '2003-06-09', end: '2003-06-11', note: 'Образовательные учреждения' },
    ],
    ['6 мая, Сясьстрой, гражданское кладбище', { start: '2024-01-01', end: '2024-12-31' }, { kind: 'date', start: '2024-05-06' }],
    // декады, «– по»
    ['1 декада сентября', { start: '2018-09-01', end: '2018-09-30' }, { kind: 'period', start: '2018-09-01', end: '2018-09-10' }],
    ['в третьей декаде февраля 2024', undefined, { kind: 'period', start: '2024-02-21', end: '2024-02-29' }],
    ['С 4.09. – по 20.09.', { start: '2018-09-01', end: '2018-09-30' }, { kind: 'period', start: '2018-09-04', end: '2018-09-20' }],
  ])('%j', (text, ctx, expected) => {
    expect(parseTerm(text, ctx ? { range: ctx } : undefined)).toMatchObject(expected);
  });

  it('reads «10.12» as a day and «10.00» as a time; «10-15 мая» and «1-4 классы» are no times', () => {
    expect(parseTerm('10.12', { range: YEAR_2009 })).toMatchObject({ kind: 'date', start: '2009-12-10' });
    expect(parseTerm('10-15 мая', { range: YEAR_2009 })).toMatchObject({ kind: 'period', start: '2009-05-10', end: '2009-05-15' });
    expect(parseTerm('1-4 классы').time).toBeUndefined();
    expect(parseTerm('10-11 классы').time).toBeUndefined();
  });
});

describe('termWords — a season word does not swallow the year', () => {
  it.each([
    [
      'План районных мероприятий по организации летнего отдыха, оздоровления и занятости детей и подростков в 2005 году',
      'в 2005 году',
      '2005-01-01',
      '2005-12-31',
    ],
    ['План проведения осеннего праздника "Урожай-2010"', '2010', '2010-01-01', '2010-12-31'],
    ['План мероприятий на летний оздоровительный период 2024 года', 'летний оздоровительный период 2024 года', '2024-06-01', '2024-08-31'],
    ['Программа зимних каникул 2023-2024', '', undefined, undefined],
  ])('%j', (title, words, start, end) => {
    const t = parseTerm(title);
    if (start) expect(t).toMatchObject({ start, end });
    if (words) expect(termWords(title)).toBe(words);
  });
});

describe('leadingTerm — the term a line starts with', () => {
  it.each<[string, ReturnType<typeof leadingTerm>]>([
    ['1 сентября: День знаний;', { term: '1 сентября', rest: 'День знаний;' }],
    ['ДО 14 АПРЕЛЯ Формирование списка координаторов', { term: 'ДО 14 АПРЕЛЯ', rest: 'Формирование списка координаторов' }],
    ['29 МАЯ — 15 ИЮНЯ Работа жюри', { term: '29 МАЯ — 15 ИЮНЯ', rest: 'Работа жюри' }],
    ['1.24 ноября. Общешкольная линейка.', { number: '1', term: '24 ноября', rest: 'Общешкольная линейка.' }],
    ['2. 25 -26 ноября. Конкурс чтецов', { number: '2', term: '25 -26 ноября', rest: 'Конкурс чтецов' }],
    ['15.03.2024 Открытие недели', { term: '15.03.2024', rest: 'Открытие недели' }],
    // no term: a month heading alone, a numbered criterion, a bare day number, text
    ['Сентябрь', null],
    ['1.1.Оценка правильности постановки целей урока', null],
    ['2.3. Целесообразность распределения времени', null],
    ['1 день понедельник', null],
    ['Международный день музыки', null],
  ])('%j', (line, expected) => {
    expect(leadingTerm(line)).toEqual(expected);
  });
});
