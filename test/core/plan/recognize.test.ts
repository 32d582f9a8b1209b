import { describe, expect, it } from 'vitest';
import { recognizePlan } from '../../../src/core/plan/recognize';
import { isStageTitle, parseStageTitle } from '../../../src/core/plan/stages';
import type { Plan, PlanRow } from '../../../src/core/plan/types';
import { SEED_001, SEED_002, SEED_004 } from '../../fixtures/seed-plans';

function recognize(values: unknown[][], options = {}): Plan {
  const r = recognizePlan(values, { today: '2024-10-01', ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}
const at = (plan: Plan, row: number): PlanRow => plan.rows.find((r) => r.row === row)!;
const span = (r: PlanRow) => [r.term.kind, r.term.start, r.term.end];

describe('recognizePlan on the seeds', () => {
  it.each([
    // name, values, header row, rows, continuation rows, stages, skipped rows
    ['001', SEED_001, 3, 33, 13, 0, []],
    ['002', SEED_002, 2, 11, 0, 2, [11, 12]],
    ['004', SEED_004, 2, 33, 3, 3, [3]],
  ] as const)('%s: header, rows, continuations, stages', (_n, values, headerRow, rows, continuations, stages, skipped) => {
    const plan = recognize(values as unknown[][]);
    expect(plan.headerRow).toBe(headerRow);
    expect(plan.rows).toHaveLength(rows);
    expect(plan.rows.filter((r) => r.parentRow !== undefined)).toHaveLength(continuations);
    expect(plan.stages).toHaveLength(stages);
    expect(plan.skippedRows).toEqual(skipped);
  });

  it('001: columns, deadlines, ranges without a separator, continuation rows under items 6, 8, 9', () => {
    const plan = recognize(SEED_001);
    expect(plan.columns).toEqual({ number: 0, activity: 1, result: 2, term: 3, responsible: 4 });
    expect(plan.titles.term).toBe('Сроки проведения');
    // the title «… в 2022-2023 учебном году» is the plan's period: a deadline starts with it
    expect(plan.period).toEqual({
      range: { start: '2022-09-01', end: '2023-05-31' },
      text: 'в 2022-2023 учебном году',
      source: 'title',
      row: 1,
    });
    expect(span(at(plan, 4))).toEqual(['deadline', '2022-09-01', '2022-09-26']);
    expect(at(plan, 4).cells).toEqual({ number: 'A5', activity: 'B5', result: 'C5', term: 'D5', responsible: 'E5' });
    const sub = at(plan, 13);
    expect(sub).toMatchObject({ parentRow: 12, termText: '10.10.2022- 14.10.2022', responsible: 'Руководители ОО' });
    expect(sub.activity).toBe(at(plan, 12).activity);
    expect(sub.detail).toMatch(/^Информирование целевой аудитории/);
    expect(span(sub)).toEqual(['period', '2022-10-10', '2022-10-14']);
    expect(span(at(plan, 27))).toEqual(['period', '2023-03-15', '2023-03-30']); // «15.03.2023 30.03.2023»
    // «Постоянно в течение года» under item 6: ongoing over the school year; its empty «Ответственные» comes from item 6
    const ongoing = at(plan, 10);
    expect(ongoing).toMatchObject({ parentRow: 9, responsibleInherited: true, responsible: at(plan, 9).responsible });
    expect(span(ongoing)).toEqual(['ongoing', '2022-09-01', '2023-05-31']);
    expect(at(plan, 20).term).toMatchObject({ kind: 'ongoing', note: 'в соответствии с отдельными планами' });
    expect(at(plan, 25).term.kind).toBe('scheduled'); // «По отдельному графику»
    expect(plan.range).toEqual({ start: '2022-09-01', end: '2023-08-01' });
    // «<p>Направлены в ОО …</p> <ol …><li>1. …</li>»: cleaned for display, the cell marked for a one-click cleanup
    expect(at(plan, 8).markup).toEqual(['result']);
    expect(at(plan, 8).result).toMatch(
      /^Направлены в ОО инструктивно-методические письма:\n1\. «Об организации работы специализированного класса в школе»\n2\. /,
    );
  });

  it('002: the stage named above the header, a repeated header, sections as groups, terms over a line break', () => {
    const plan = recognize(SEED_002);
    expect(plan.stages.map((s) => [s.row, s.range])).toEqual([
      [0, { start: '2014-01-01', end: '2014-12-31' }],
      [10, { start: '2014-01-01', end: '2015-12-31' }],
    ]);
    expect(plan.stages[0]!.name).toBe('1. Календарный план реализации I этапа (2014) проекта');
    expect(at(plan, 4)).toMatchObject({ number: '1.1.', stageIndex: 0, group: 'Информационно-мотивационное обеспечение проекта' });
    expect(span(at(plan, 4))).toEqual(['period', '2014-01-01', '2014-02-28']);
    expect(at(plan, 8).group).toBe('Долгосрочное и непрерывное учебно-методическое сопровождение проекта');
    expect(at(plan, 14)).toMatchObject({
      stageIndex: 1,
      group: 'Создание объединений технической направленности в образовательных организа циях ЮАО',
    });
    expect(at(plan, 16).termText).toBe('Сентябрь 2014-\nмай 2015');
    expect(span(at(plan, 16))).toEqual(['period', '2014-09-01', '2015-05-31']);
    expect(span(at(plan, 20))).toEqual(['period', '2015-02-01', '2015-05-31']); // «Февраль-\nмай 2015»
    expect(at(plan, 18).activity).toContain('\nформирование открытой'); // line breaks kept
    expect(plan.rows.some((r) => r.number === '1.' || r.number === '2.')).toBe(false);
  });

  it('004: stage rows, «Этапы реализации проекта:» skipped, rows without № continuing the one above', () => {
    const plan = recognize(SEED_004);
    expect(plan.columns).toEqual({ term: 0, activity: 1, tasks: 2, result: 4 });
    expect(plan.stages.map((s) => [s.name, s.row, s.range?.start, s.range?.end])).toEqual([
      ['2023 год Организационный (погружение в проект)', 4, '2023-01-01', '2023-12-31'],
      ['2024 год Внедренческий', 13, '2024-01-01', '2024-12-31'],
      ['2025 год Рефлексивно-прогностический', 27, '2025-01-01', '2025-12-31'],
    ]);
    expect([6, 7, 8].map((r) => at(plan, r).parentRow)).toEqual([5, 5, 5]);
    expect(at(plan, 6).detail).toBe('Создание Положений о конкурсах технической направленности');
    expect(span(at(plan, 5))).toEqual(['period', '2023-06-01', '2023-12-31']);
    expect(span(at(plan, 22))).toEqual(['period', '2024-03-01', '2024-05-31']); // «Весна 2024»
    expect(at(plan, 14).term).toMatchObject({ kind: 'recurring', recurrence: 'monthly', start: '2024-01-01', end: '2024-12-31' });
    expect(at(plan, 12).term).toMatchObject({
      kind: 'recurring',
      start: '2023-09-01',
      end: '2023-12-31',
      note: 'Не менее 3 индивидуальных консультаций в месяц',
    });
    expect(span(at(plan, 16))).toEqual(['recurring', '2024-01-01', '2024-12-31']); // «январь2024 -\nдекабрь 2024 …»
    expect(span(at(plan, 18))).toEqual(['ongoing', '2024-01-01', '2024-12-31']);
    expect(plan.rows.every((r) => r.stageIndex !== undefined)).toBe(true);
    expect(plan.range).toEqual({ start: '2023-01-01', end: '2025-12-31' });
  });
});

describe('stage titles', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['1-й этап – подготовительный (10.08.2020 – 31.05.2021 г.)', '2020-08-10', '2021-05-31'],
    ['2 этап – Практический (август 2024 г. – октябрь 2027 г.)', '2024-08-01', '2027-10-31'],
    ['2023 год     Организационный (погружение в проект)', '2023-01-01', '2023-12-31'],
    ['I этап (2014)', '2014-01-01', '2014-12-31'],
    ['Этап 3. Обобщающий', undefined, undefined],
  ])('%s', (text, start, end) => {
    expect(isStageTitle(text)).toBe(true);
    const t = parseStageTitle(text);
    expect(t.range?.start).toBe(start);
    expect(t.range?.end).toBe(end);
  });

  it.each(['Этапы реализации проекта:', 'Информационно-мотивационное обеспечение проекта', 'В течение 2024 года', ''])(
    '%j is not a stage',
    (text) => {
      expect(isStageTitle(text)).toBe(false);
    },
  );

  it('a stage range gives missing years to its rows (school-year logic)', () => {
    const plan = recognize([
      ['Мероприятие', 'Сроки'],
      ['1 этап – основной (01.09.2023 – 31.05.2024)', ''],
      ['Осенний цикл', 'Сентябрь – декабрь'],
      ['Зимняя сессия', 'Январь'],
      ['Весь этап', 'В течение этапа'],
    ]);
    expect(plan.rows.map(span)).toEqual([
      ['period', '2023-09-01', '2023-12-31'],
      ['period', '2024-01-01', '2024-01-31'],
      ['ongoing', '2023-09-01', '2024-05-31'],
    ]);
  });
});

describe('mapping override', () => {
  const values = [
    ['№', 'Мероприятие', 'Сроки', 'Когда на самом деле', 'Кто'],
    ['1', 'Совещание', 'неважно', 'Сентябрь 2023', 'Иванов'],
  ];

  it('wins over detection, and null drops a column', () => {
    const plan = recognize(values, { mapping: { term: 3, responsible: 4, number: null } });
    expect(plan.columns).toEqual({ activity: 1, term: 3, responsible: 4 });
    expect(plan.rows[0]).toMatchObject({ termText: 'Сентябрь 2023', responsible: 'Иванов' });
    expect(plan.rows[0]!.number).toBeUndefined();
  });

  it('works on a sheet with no header at all', () => {
    const plan = recognize([['Совещание', 'Март 2024']], { mapping: { activity: 0, term: 1 } });
    expect(plan.headerRow).toBe(-1);
    expect(plan.rows[0]).toMatchObject({ row: 0, activity: 'Совещание' });
  });

  it('displaces a detected field from the chosen column; one column for activity and term must hold lines that start with their term', () => {
    expect(recognize(values, { mapping: { activity: 2, term: 3 } }).columns).toEqual({ number: 0, activity: 2, term: 3 });
    const lost = recognizePlan(values, { mapping: { activity: 2 } }); // «Сроки» taken by the user's choice
    expect(lost.ok ? null : lost.error.code).toBe('no-columns');
    const r = recognizePlan(values, { mapping: { activity: 2, term: 2 } });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'no-columns', message: expect.stringContaining('один столбец C') });
    expect(recognizePlan(values, { mapping: { activity: 2, responsible: 2 } })).toMatchObject({
      ok: false,
      error: { code: 'bad-mapping' },
    });
    const neg = recognizePlan(values, { mapping: { term: -1 } });
    expect(neg.ok ? null : neg.error.code).toBe('bad-mapping');
  });
});
