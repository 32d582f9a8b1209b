/** Issue 7: checks people trust, the plan's period, sections and page breaks, the helpers the server needs. */
import { describe, expect, it } from 'vitest';
import { buildCalendarGrid, OCCURRENCE_MARK } from '../../../src/core/plan/calendar';
import { checkPlan } from '../../../src/core/plan/checks';
import { hasMarkup, stripMarkup } from '../../../src/core/plan/markup';
import { mergesWorthReporting } from '../../../src/core/plan/merges';
import { defaultAgendaMonth } from '../../../src/core/plan/months';
import { newPlanTemplate } from '../../../src/core/plan/new-plan';
import { periodFromApproval, periodFromTitle, userPeriod } from '../../../src/core/plan/period';
import { recognizePlan } from '../../../src/core/plan/recognize';
import { parseStageTitle } from '../../../src/core/plan/stages';
import type { Plan } from '../../../src/core/plan/types';

const TODAY = '2024-03-10';
function plan(values: unknown[][], options = {}): Plan {
  const r = recognizePlan(values, { today: TODAY, ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}
const HEADER = ['№', 'Мероприятие', 'Сроки', 'Ответственные'];
const stagePlan = (term: string) => [
  HEADER,
  ['1 этап – подготовительный (01.09.2023 – 30.05.2024)', '', '', ''],
  ['1.', 'Совещание', term, 'Иванов'],
  ['2 этап – основной (июнь 2024 г. – декабрь 2024 г.)', '', '', ''],
  ['2.', 'Конференция', 'Октябрь 2024', 'Петров'],
];

describe('outside-stage compares at the term’s own precision', () => {
  it.each(['Май 2024', 'Весна 2024', '30.05.2024', 'Сентябрь 2023 – май 2024'])('%j inside a stage ending 30 May is no mistake', (term) => {
    expect(checkPlan(plan(stagePlan(term)), { today: TODAY })).toEqual([]);
  });

  it('a day past the stage: the year is right, so the hint speaks of the dates, not of the year', () => {
    const [f] = checkPlan(plan(stagePlan('15.06.2024')), { today: TODAY });
    expect(f).toMatchObject({ code: 'outside-stage', cell: 'C3' });
    expect(f!.message).toBe('Срок «15.06.2024» выходит за рамки этапа «1 этап – подготовительный» (01.09.2023 – 30.05.2024).');
    expect(f!.suggestion).toBe('Перенесите мероприятие в этап «2 этап – основной» или проверьте даты срока.');
    const [g] = checkPlan(plan(stagePlan('01.05.2024 – 10.06.2024')), { today: TODAY });
    expect(g!.suggestion).toBe('Год верный, но срок выходит за этап на 11 дней: проверьте даты срока или границы этапа.');
  });

  it('a wrong year says so', () => {
    const [f] = checkPlan(plan(stagePlan('Март 2022')), { today: TODAY });
    expect(f!.suggestion).toBe('Проверьте год в сроке.');
  });

  it('a long stage title is named by its number and short name', () => {
    const t = parseStageTitle('2 этап – практический (август 2024 г. – октябрь 2027 г.)');
    expect(t).toMatchObject({ shortName: '2 этап – практический', range: { start: '2024-08-01', end: '2027-10-31' } });
    expect(parseStageTitle('2023 год Организационный').shortName).toBe('Организационный');
    const long = parseStageTitle(
      '1 этап – организационно-подготовительный: создание условий для реализации проекта, нормативная база, кадры (01.09.2023 – 31.12.2023)',
    );
    expect(long.shortName.length).toBeLessThanOrEqual(61);
    expect(long.shortName.endsWith('…')).toBe(true);
  });
});

describe('a month without a year in a multi-year stage', () => {
  it('is flagged once with the years it could be, and «ежегодно» is not', () => {
    const values = [
      ['Задачи', 'Мероприятие', 'Сроки', 'Ответственные'],
      ['2 этап – практический (август 2024 г. – октябрь 2027 г.)', '', '', ''],
      ['Задача 1', 'Конкурс проектов', 'Апрель', 'Иванов'],
      ['Задача 2', 'Летняя школа', 'Июль, далее ежегодно', 'Петров'],
    ];
    const found = checkPlan(plan(values), { today: TODAY });
    expect(found.map((f) => [f.cell, f.code])).toEqual([['C3', 'term-ambiguous']]);
    expect(found[0]!.message).toBe('В сроке «Апрель» нет года, а период длится несколько лет: это может быть 2025, 2026 или 2027.');
  });
});

describe('sections and page breaks', () => {
  it('a one-cell row is a section in whichever column it sits; a lower-case one goes on from the row above', () => {
    const p = plan([
      ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
      ['Раздел 2. Работа с родителями', '', '', ''],
      ['1.', 'Родительское собрание «Итоги', 'Май 2024', 'Директор'],
      ['', 'первого полугодия»', '', ''],
      ['', '', 'Модуль "Ключевые дела"', ''].map((x, i) => (i === 2 ? '' : i === 1 ? 'Модуль "Ключевые дела"' : x)),
      ['2.', 'Праздник', 'Июнь 2024', 'Педагог-организатор'],
    ]);
    expect(p.rows.map((r) => [r.activity, r.group])).toEqual([
      ['Родительское собрание «Итоги первого полугодия»', 'Раздел 2. Работа с родителями'],
      ['Праздник', 'Модуль "Ключевые дела"'],
    ]);
    expect(checkPlan(p, { today: TODAY }).filter((f) => f.code !== 'overdue')).toEqual([]);
  });

  it('a row cut mid-sentence with its other cells going on too is joined, word hyphenation included', () => {
    const p = plan([
      ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат'],
      ['1.', 'Проведение конкурса методи-', 'Март 2024', 'Иванов,', 'Определены'],
      ['', 'ческих разработок', '', 'Петров', 'победители'],
    ]);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({
      activity: 'Проведение конкурса методических разработок',
      responsible: 'Иванов, Петров',
      result: 'Определены победители',
    });
  });
});

describe('the plan’s period', () => {
  it.each([
    ['План работы МБОУ СОШ № 12 на 2025/2026 учебный год', '2025-09-01', '2026-05-31', 'title'],
    ['План мероприятий по профилактике ДДТТ в 2024 году', '2024-01-01', '2024-12-31', 'title'],
    ['Дорожная карта реализации проекта на 2010–2013 гг.', '2010-01-01', '2013-12-31', 'title'],
    ['План работы ШМО на 2022-2023 учебный год', '2022-09-01', '2023-05-31', 'title'],
    ['Утверждаю: директор школы, приказ от 01.09.2023 № 120', '2023-09-01', '2024-05-31', 'approval'],
    ['Утверждено приказом от 15.01.2024 № 5', '2024-01-01', '2024-12-31', 'approval'],
  ])('%j → %s … %s (%s)', (title, start, end, source) => {
    expect(periodFromTitle([[title], ['Мероприятие', 'Сроки']], 1)).toMatchObject({ range: { start, end }, source, row: 0 });
  });

  it('a title line beats an approval line above it', () => {
    const rows = [['УТВЕРЖДАЮ'], ['Приказ № 81-ОД от 29.08.2025 г.'], ['План на 2024 год'], ['Мероприятие', 'Сроки']];
    expect(periodFromTitle(rows, 3)).toMatchObject({
      source: 'title',
      range: { start: '2024-01-01', end: '2024-12-31' },
      text: '2024 год',
    });
  });

  it('the user’s period wins and is read by the same parser; rubbish is no period', () => {
    expect(userPeriod('01.09.2024 – 31.05.2025')).toEqual({
      range: { start: '2024-09-01', end: '2025-05-31' },
      text: '01.09.2024 – 31.05.2025',
      source: 'user',
    });
    expect(userPeriod({ start: '2024-01-01', end: '2024-12-31' })?.range).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(userPeriod('когда-нибудь')).toBeUndefined();
    expect(periodFromApproval('2023-08-30')).toEqual({ start: '2023-09-01', end: '2024-05-31' });
    // approved in June or July: the plan may be for that summer's own events (Кызыл: «от 18 июня 2014 г.», «22 июня»)
    expect(periodFromApproval('2014-06-18')).toEqual({ start: '2014-06-18', end: '2015-05-31' });
    const p = plan([['План на 2023 год'], ['Мероприятие', 'Сроки'], ['Совещание', 'Май']], { period: '2024/2025 учебный год' });
    expect(p.period?.source).toBe('user');
    expect(p.rows[0]!.term).toMatchObject({ start: '2025-05-01', end: '2025-05-31' });
  });

  it('stages without a year of their own take it from the period', () => {
    const p = plan([
      ['План работы на 2024/2025 учебный год'],
      ['Мероприятие', 'Сроки'],
      ['I этап: сентябрь – декабрь', ''],
      ['Совещание', 'Октябрь'],
    ]);
    expect(p.stages[0]!.range).toEqual({ start: '2024-09-01', end: '2024-12-31' });
  });
});

describe('markup pasted from Word or HTML', () => {
  it('is found, cleaned for display, and offered as a one-click fix', () => {
    expect(hasMarkup('<p>Текст</p>')).toBe(true);
    expect(hasMarkup('Режим&nbsp;дня')).toBe(true);
    expect(hasMarkup('5 < 7 и 8 > 3')).toBe(false);
    expect(stripMarkup('<ul><li>Выставка «Космос»</li><li>Субботник</li></ul>')).toBe('Выставка «Космос»\nСубботник');
    expect(stripMarkup('<p>Консультация «Режим дня&nbsp;дошкольника»</p>')).toBe('Консультация «Режим дня дошкольника»');
    const p = plan([
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['<p>Консультация</p>', 'Май 2024', 'Иванов'],
    ]);
    const [f] = checkPlan(p, { today: TODAY });
    expect(f).toMatchObject({ code: 'markup', cell: 'A2', severity: 'info', fix: { value: 'Консультация', safe: true } });
    const grid = buildCalendarGrid(p, { today: TODAY });
    expect(grid.ok && grid.grid.values.flat().some((v) => String(v).includes('<'))).toBe(false);
  });
});

describe('«Новый план» passes its own check', () => {
  it('recognised, checked: nothing to report, and none of its own merges is worth a word', () => {
    const r = newPlanTemplate({
      project: 'Школа будущего',
      stages: [
        { name: 'Организационный', start: '2024-09-01', end: '2024-12-31' },
        { name: 'Основной', start: '2025-01-01', end: '2025-05-31' },
      ],
    });
    if (!r.ok) throw new Error(r.error.message);
    const p = plan(r.template.values);
    expect(checkPlan(p, { today: TODAY })).toEqual([]);
    expect(mergesWorthReporting(r.template.merges)).toEqual([]);
    expect(mergesWorthReporting(['A1:F1', 'B4:B6', 'C3'])).toEqual(['B4:B6']);
  });
});

describe('the calendar marks each term of a cell with several', () => {
  it('«Сентябрь\\nЯнварь\\nМай»: pale over the span, ● in the three months', () => {
    const p = plan([['План на 2024/2025 учебный год'], ['Мероприятие', 'Сроки'], ['Собрание', 'Сентябрь\nЯнварь\nМай']]);
    const g = buildCalendarGrid(p, { today: TODAY });
    if (!g.ok) throw new Error(g.error.message);
    const row = g.grid.values[g.grid.values.length - 1]!;
    const marked = g.grid.monthColumns.filter((_, i) => row[5 + i] === OCCURRENCE_MARK);
    expect(marked).toEqual(['2024-09', '2025-01', '2025-05']);
  });
});

describe('defaultAgendaMonth', () => {
  const range = { start: '2024-09-01', end: '2025-05-31' };
  it.each([
    ['2024-10-15', '2024-11'],
    ['2024-06-10', '2024-09'],
    ['2025-05-20', '2025-05'],
    ['2025-08-01', '2025-05'],
  ])('today %s → %s', (today, month) => expect(defaultAgendaMonth(range, today)).toBe(month));
  it('without a plan range: next month', () => expect(defaultAgendaMonth(undefined, '2024-12-15')).toBe('2025-01'));
});

describe('a lower-case row is joined only when all its cells go on', () => {
  it('a task written in lower case with its own responsible is an activity of its own', () => {
    const p = plan([
      ['Задачи', 'Содержание работы', 'Ответственные'],
      ['1 этап (сентябрь 2024 г. – май 2025 г.)', '', ''],
      ['Задача 1', 'Разработка положения', 'Директор'],
      ['', 'проведение семинара для педагогов', 'Заместитель директора'],
    ]);
    expect(p.rows.map((r) => r.activity)).toEqual(['Разработка положения', 'проведение семинара для педагогов']);
  });
});

describe('a plan with neither a term column nor any date', () => {
  it('gets one warning naming the period field, and the calendar says the same', () => {
    const p = plan([
      ['Задачи', 'Содержание работы', 'Ответственные'],
      ['Задача 1', 'Разработка положения', 'Директор'],
      ['Задача 2', 'Семинар', 'Завуч'],
    ]);
    const found = checkPlan(p, { today: TODAY });
    expect(found.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['no-term-column', 'info', 'B1'],
      ['no-period', 'warning', 'B2'],
    ]);
    expect(found[1]!.suggestion).toMatch(/«Период плана»/);
    const g = buildCalendarGrid(p, { today: TODAY });
    expect(g.ok ? null : g.error.code).toBe('no-period');
    const given = plan(
      [
        ['Задачи', 'Содержание работы', 'Ответственные'],
        ['Задача 1', 'Разработка положения', 'Директор'],
      ],
      { period: '2024 год' },
    );
    expect(given.rows[0]!.term).toMatchObject({ kind: 'ongoing', start: '2024-01-01', end: '2024-12-31' });
  });
});
