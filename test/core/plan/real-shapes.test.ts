/**
 * Issue 13: the shapes real plans take that the corpus showed — plans of lines, month rows, merged and listed term
 * cells, a header without an activity column, a date and a time column, and what a careful reader flags in the
 * dates taken together. Short tables in those shapes; the evidence is the corpus (test/local/corpus/plans.test.ts)
 * and the real plans (test/fixtures/real-plans.ts).
 */
import { describe, expect, it } from 'vitest';
import { monthAgenda, termDates } from '../../../src/core/plan/agenda';
import { buildCalendarGrid, CALENDAR_FIXED_COLUMNS, DUE_MARK, OCCURRENCE_MARK } from '../../../src/core/plan/calendar';
import { checkPlan } from '../../../src/core/plan/checks';
import { readLinesPlan } from '../../../src/core/plan/lines';
import { recognizePlan, type RecognizeOptions } from '../../../src/core/plan/recognize';
import type { Finding, Plan } from '../../../src/core/plan/types';

const TODAY = '2026-01-15';
function plan(values: unknown[][], options: RecognizeOptions = {}): Plan {
  const r = recognizePlan(values, { today: TODAY, ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}
const findings = (values: unknown[][], options: RecognizeOptions = {}): Finding[] => checkPlan(plan(values, options), { today: TODAY });
const E = '';

describe('a plan of lines, not a table', () => {
  const FEDERAL = [
    ['Календарный план воспитательной работы на 2024-2025 учебный год'],
    ['Сентябрь'],
    ['1 сентября: День знаний;'],
    ['3 сентября: День окончания Второй мировой войны, День солидарности в борьбе с терроризмом;'],
    ['Январь:'],
    ['25 января: День российского студенчества;'],
    ['27 января: День полного'],
    ['освобождения Ленинграда от фашистской блокады'],
  ];

  it('is read line by line: the term is each line’s first words, the school year comes from the title', () => {
    const p = plan(FEDERAL);
    expect(p.lines).toBe(true);
    expect(p.columns).toEqual({ activity: 0, term: 0 });
    expect(p.period).toMatchObject({ source: 'title', range: { start: '2024-09-01', end: '2025-05-31' } });
    expect(p.rows.map((r) => [r.cells.term, r.termText, r.term.start, r.group])).toEqual([
      ['A3', '1 сентября', '2024-09-01', 'Сентябрь'],
      ['A4', '3 сентября', '2024-09-03', 'Сентябрь'],
      ['A6', '25 января', '2025-01-25', 'Январь'],
      ['A7', '27 января', '2025-01-27', 'Январь'],
    ]);
    expect(p.rows[3]!.activity).toBe('День полного\nосвобождения Ленинграда от фашистской блокады');
    expect(checkPlan(p, { today: TODAY })).toEqual([]);
  });

  it('the user can say so: the same column for activity and term', () => {
    const values = [['Афиша'], ['Когда и что', 'Где'], ['5 мая: Концерт', 'Актовый зал'], ['9 мая: Митинг', 'Сквер']];
    expect(recognizePlan(values, { today: TODAY }).ok).toBe(false); // two lines and a header: not a plan by itself
    const p = plan(values, { mapping: { activity: 0, term: 0 }, period: '2025 год' });
    expect(p.rows.map((r) => [r.termText, r.activity, r.term.start])).toEqual([
      ['5 мая', 'Концерт', '2025-05-05'],
      ['9 мая', 'Митинг', '2025-05-09'],
    ]);
  });

  it('a table of several columns, or too few dated lines, is not a plan of lines', () => {
    expect(
      readLinesPlan([
        ['Мероприятие', 'Сроки'],
        ['1 сентября: День знаний', 'Сентябрь'],
        ['Урок', 'Май'],
      ]),
    ).toBeNull();
    expect(readLinesPlan([['План'], ['1 сентября: День знаний'], ['Текст без даты'], ['Ещё текст']])).toBeNull();
  });
});

describe('rows with no term of their own', () => {
  it('a month row dates the rows under it, also in a plan with no term column', () => {
    const p = plan([
      ['План мероприятий летнего отдыха детей в 2005 году'],
      ['N', 'Мероприятия', 'Кол-во детей', 'Ответственные'],
      ['ИЮНЬ', E, E, E],
      ['1.', 'Лагерь дневного пребывания', '919', 'Директора школ'],
      ['ИЮЛЬ', E, E, E],
      ['2.', 'Трудовой лагерь', '20', 'Директор ЦСОН'],
    ]);
    expect(p.noTermColumn).toBe(true);
    expect(p.rows.map((r) => [r.term.start, r.term.end, r.termFrom])).toEqual([
      ['2005-06-01', '2005-06-30', { row: 2, how: 'heading' }],
      ['2005-07-01', '2005-07-31', { row: 4, how: 'heading' }],
    ]);
    expect(checkPlan(p, { today: TODAY })).toEqual([]);
  });

  it('a day number under a month row is a day of that month', () => {
    const p = plan([
      ['План на 2024 год'],
      ['Мероприятие', 'Дата', 'Ответственный'],
      ['Сентябрь', E, E],
      ['Линейка', '1', 'Директор'],
      ['Кросс', '12-14', 'Учитель физкультуры'],
      ['Субботник', E, 'Завхоз'],
    ]);
    expect(p.rows.map((r) => [r.term.start, r.term.end])).toEqual([
      ['2024-09-01', '2024-09-01'],
      ['2024-09-12', '2024-09-14'],
      ['2024-09-01', '2024-09-30'],
    ]);
  });

  it('a term cell merged over the unnumbered rows below it dates them; a numbered row with an empty term is reported', () => {
    const values = [
      ['План на 2023 год'],
      [E, 'Наименование мероприятий', 'Месяц', 'Ответственный'],
      ['1.', '2. Ремонт оборудования', 'Март-апрель', 'Зельманчук С.Г.'],
      [E, '3. Формирование клумб', E, 'Классные руководители'],
      [E, '4. Подготовка дорожек', E, 'Зельманчук С.Г.'],
      ['2.', 'Высадка рассады', E, 'Классные руководители'],
    ];
    const p = plan(values);
    expect(p.rows.map((r) => [r.term.start, r.term.end, r.termFrom?.how])).toEqual([
      ['2023-03-01', '2023-04-30', undefined],
      ['2023-03-01', '2023-04-30', 'merged'],
      ['2023-03-01', '2023-04-30', 'merged'],
      [undefined, undefined, undefined],
    ]);
    expect(checkPlan(p, { today: TODAY }).map((f) => [f.cell, f.code])).toEqual([['C6', 'term-missing']]);
  });

  it('a cell listing one date per row dates each row below it', () => {
    const p = plan([
      ['План на 2024/2025 учебный год'],
      ['№', 'Мероприятие', 'Сроки'],
      ['1', 'Отборочный тур', '12.11\n14.11\n19.11'],
      ['2', 'Полуфинал', E],
      ['3', 'Финал', E],
    ]);
    expect(p.rows.map((r) => [r.term.kind, r.term.start, r.termFrom?.how])).toEqual([
      ['date', '2024-11-12', undefined],
      ['date', '2024-11-14', 'split'],
      ['date', '2024-11-19', 'split'],
    ]);
  });
});

describe('columns', () => {
  it('a term column headed «Место проведения»: its dates make it the term column, with one question', () => {
    const p = plan([
      ['План на 2024 год'],
      ['Мероприятие', 'Место проведения', 'Ответственный'],
      ['Линейка', '1 сентября', 'Иванова А.А.'],
      ['Кросс', '12 сентября', 'Петров Б.Б.'],
      ['Выставка', '5-10 октября', 'Сидорова В.В.'],
    ]);
    expect(p.columns.term).toBe(1);
    expect(p.questions).toEqual([{ code: 'by-content', field: 'term', col: 1 }]);
    expect(p.rows.map((r) => [r.term.start, r.term.end])).toEqual([
      ['2024-09-01', '2024-09-01'],
      ['2024-09-12', '2024-09-12'],
      ['2024-10-05', '2024-10-10'],
    ]);
  });

  it('«День, дата» and «Время проведения»: the terms are in the date column', () => {
    const p = plan([
      ['День, дата', 'Мероприятие', 'Время проведения', 'Ответственные'],
      ['14.11.2024', 'Открытие недели', '9:00', 'Иванова А.А.'],
      ['15.11.2024', 'Викторина', 'в течение дня', 'Петрова Б.Б.'],
    ]);
    expect(p.columns.term).toBe(0);
  });

  it.each([
    ['Предмет', ['Математика', 'Русский язык', 'Окружающий мир']],
    ['Группа', ['Младшая группа «Солнышко»', 'Средняя группа «Радуга»', 'Старшая группа «Звёздочки»']],
  ])('a header «%s» names no activity: its column of words is read, with one question', (head, cells) => {
    const values = [
      [head, 'Сроки', 'Ответственный'],
      [cells[0], 'Ноябрь 2024', 'Иванова А.А.'],
      [cells[1], 'Декабрь 2024', 'Петрова Б.Б.'],
      [cells[2], 'Январь 2025', 'Сидорова В.В.'],
    ];
    const p = plan(values);
    expect(p.columns).toMatchObject({ activity: 0, term: 1, responsible: 2 });
    expect(p.questions).toEqual([{ code: 'by-content', field: 'activity', col: 0 }]);
    const f = checkPlan(p, { today: TODAY });
    expect(f.map((x) => [x.cell, x.code])).toEqual([['A1', 'table-question']]);
    expect(f[0]!.message).toMatch(/Столбец «Мероприятие» — A: выбран по содержимому ячеек/);
  });
});

describe('what a careful reader flags in the dates together', () => {
  it('another year in an activity’s text than the plan’s: «на 2022 год» in a plan «на 2023 год»', () => {
    const values = [
      ['План на 2023 год'],
      ['Мероприятие', 'Месяц'],
      ['Разработка плана мероприятий на 2022 год', 'Февраль'],
      ['Анализ работы за 2022 год', 'Январь'],
      ['Отчёт на 2023 год', 'Декабрь'],
    ];
    expect(findings(values).map((f) => [f.cell, f.code])).toEqual([['A3', 'period-mismatch']]);
  });

  it('a term whose written year lies outside the stated period; August before a school year does not', () => {
    const values = [
      ['План на 2024/2025 учебный год'],
      ['Мероприятие', 'Сроки'],
      ['Педсовет', '28.08.2024'],
      ['Выпускной', '25.06.2025'],
      ['Конкурс', '15.12.2023'],
      ['Праздник', 'Декабрь'],
    ];
    expect(findings(values).map((f) => [f.cell, f.code])).toEqual([['B5', 'outside-period']]);
  });

  it('one date a month off in a plan in date order is a question', () => {
    const dates = ['19.05.2014', '19.05.2014', '20.04.2014', '21.05.2014', '22.05.2014', '19.05.2014'];
    const values = [['Мероприятие', 'Дата проведения'], ...dates.map((d, i) => [`Мероприятие ${i + 1}`, d])];
    expect(findings(values).map((f) => [f.cell, f.code, f.severity])).toEqual([['B4', 'date-order', 'info']]);
    // deadlines are listed loosely; a plan in no order says nothing by its order
    const loose = [
      ['Мероприятие', 'Сроки'],
      ...['до 30.10.2022', 'до 10.10.2022', 'до 15.11.2022', 'до 01.10.2022', 'до 20.12.2022'].map((d, i) => [`Шаг ${i + 1}`, d]),
    ];
    expect(findings(loose)).toEqual([]);
  });

  it('a step due before the step it depends on: «отборочный тур до 20.11» before «сбор работ до 22.11»', () => {
    const values = [
      ['План проведения конкурса на 2024/2025 учебный год'],
      ['Мероприятие', 'Сроки'],
      ['Сбор работ участников', 'до 22.11'],
      ['Отборочный тур', 'до 20.11'],
      ['Подведение итогов, награждение', '29.11'],
    ];
    const f = findings(values);
    expect(f.map((x) => [x.cell, x.code, x.severity])).toEqual([['B4', 'step-order', 'info']]);
    expect(f[0]!.message).toBe(
      '«Отборочный тур» (до 20.11) назначено раньше, чем «Сбор работ участников» (до 22.11), без чего этот шаг не провести. Так задумано?',
    );
    const inOrder = values.map((r, i) => (i === 3 ? ['Отборочный тур', 'до 25.11'] : r));
    expect(findings(inOrder)).toEqual([]);
  });

  it('clock times and no dates: one finding for the plan, no day invented', () => {
    const values = [
      ['План праздника «Урожай-2010»'],
      ['Мероприятие', 'Время проведения'],
      ['Ярмарка', '8-00'],
      ['Выставка', 'с 10-00'],
      ['Концерт', '17-00'],
    ];
    const p = plan(values);
    expect(p.rows.every((r) => r.term.kind === 'unknown' && !r.term.start)).toBe(true);
    expect(checkPlan(p, { today: TODAY }).map((f) => [f.cell, f.code])).toEqual([['B3', 'time-only']]);
  });

  it('case and role-only cells are no mistakes', () => {
    const values = [
      ['План на 2024-2025 уч год'],
      ['Содержание работы', 'Срок исполнения', 'Ответственный'],
      ['Обзор литературы', 'в течение года', 'Воспитатели групп'],
      ['Участие в акциях', 'В течение года', 'воспитатели групп'],
    ];
    expect(findings(values)).toEqual([]);
  });
});

describe('the calendar and the month agenda of several separate dates', () => {
  const p = plan([
    ['План на 2012-2013 учебный год'],
    ['Мероприятие', 'Сроки'],
    ['Беседы', 'Сентябрь март'],
    ['Месячник', '29.08.2012 01.09.2012 05.09.2012'],
  ]);

  it('marks each month named, not the months between', () => {
    const g = buildCalendarGrid(p, { today: TODAY });
    if (!g.ok) throw new Error(g.error.message);
    const row = g.grid.values[2]!;
    const col = (ym: string) => CALENDAR_FIXED_COLUMNS + g.grid.monthColumns.indexOf(ym);
    expect([row[col('2012-09')], row[col('2012-12')], row[col('2013-03')]]).toEqual([OCCURRENCE_MARK, '', OCCURRENCE_MARK]);
    const days = g.grid.values[3]!;
    expect([days[col('2012-08')], days[col('2012-09')]]).toEqual([DUE_MARK, DUE_MARK]);
  });

  it('lists the dates in «Даты» and is in the agenda only in its months', () => {
    expect(termDates(p.rows[1]!.term)).toBe('29.08.2012, 01.09.2012, 05.09.2012');
    expect(monthAgenda(p, '2012-12').count).toBe(0);
    expect(monthAgenda(p, '2013-03').count).toBe(1);
  });
});

describe('approval lines', () => {
  it.each([
    ['ЗАЦВЯРДЖАЮ\n______________ 2023г', '2023-01-01', '2023-12-31'],
    ['Приложение к Распоряжению от 22.09.2010 г № 1348-Р', '2010-09-01', '2011-05-31'],
  ])('%j gives the period when no title line does', (line, start, end) => {
    const p = plan([[line], ['Мероприятие', 'Сроки'], ['Субботник', 'Апрель'], ['Покос травы', 'Май']]);
    expect(p.period).toMatchObject({ source: 'approval', range: { start, end } });
  });
});
