import { describe, expect, it } from 'vitest';
import { newPlanTemplate, type NewPlanInput } from '../../../src/core/plan/new-plan';
import { normalizedTermColumns } from '../../../src/core/plan/normalize-columns';
import { recognizePlan } from '../../../src/core/plan/recognize';
import { SEED_001, SEED_004 } from '../../fixtures/seed-plans';

const INPUT: NewPlanInput = {
  project: 'Академия инженерных практик',
  stages: [
    { name: 'Организационный', start: '2024-09-01', end: '2024-12-31' },
    { name: 'Внедренческий', start: '2025-01-01', end: '2025-05-31' },
  ],
};

describe('newPlanTemplate', () => {
  it('title, header, stage rows, blank rows with a status dropdown, formats of the same size', () => {
    const r = newPlanTemplate(INPUT, 'ru');
    if (!r.ok) throw new Error(r.error.message);
    const t = r.template;
    expect(t.sheetName).toBe('Новый план');
    expect(t.values[0]![0]).toBe('Календарный план реализации проекта «Академия инженерных практик»');
    expect(t.values[1]).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат', 'Статус']);
    expect(t.values[2]![0]).toBe('1 этап – Организационный (01.09.2024 – 31.12.2024)');
    expect(t.values).toHaveLength(2 + 2 * (1 + 5));
    expect(t.numberFormats).toHaveLength(t.values.length);
    expect(t.numberFormats.every((r) => r.length === 6)).toBe(true);
    expect(t.numberFormats[3]![2]).toBe('dd.mm.yyyy');
    expect(t.numberFormats[3]![0]).toBe('@');
    expect(t.validations).toEqual([
      { range: 'F4:F8', list: ['не начато', 'в работе', 'выполнено', 'отменено'] },
      { range: 'F10:F14', list: ['не начато', 'в работе', 'выполнено', 'отменено'] },
    ]);
    expect(t.merges).toEqual(['A1:F1', 'A3:F3', 'A9:F9']);
    expect(t).toMatchObject({ frozenRows: 2, headerRow: 1 });
  });

  it('reads back as a plan with its stages', () => {
    const r = newPlanTemplate(INPUT);
    if (!r.ok) throw new Error(r.error.message);
    const values = r.template.values.map((row) => [...row]);
    values[3] = ['1.', 'Совещание', 'Сентябрь', 'Иванов', 'Протокол', 'в работе'];
    const p = recognizePlan(values, { today: '2024-09-01' });
    if (!p.ok) throw new Error(p.error.message);
    expect(p.plan.stages.map((s) => s.range)).toEqual([
      { start: '2024-09-01', end: '2024-12-31' },
      { start: '2025-01-01', end: '2025-05-31' },
    ]);
    expect(p.plan.rows).toHaveLength(1);
    expect(p.plan.rows[0]!.term).toMatchObject({ start: '2024-09-01', end: '2024-09-30' });
  });

  it('a plan without stages gets blank rows', () => {
    const r = newPlanTemplate({ project: 'Проект', stages: [] });
    expect(r.ok && r.template.values.length).toBe(2 + 15);
  });

  it.each<[string, NewPlanInput, string]>([
    ['empty project', { project: '  ', stages: [] }, 'Укажите название проекта.'],
    ['empty stage name', { project: 'П', stages: [{ name: '', start: '2024-09-01', end: '2024-12-31' }] }, 'Этап 1: укажите название.'],
    [
      'bad start',
      { project: 'П', stages: [{ name: 'А', start: '2024-02-30', end: '2024-12-31' }] },
      'Этап 1: дата начала не указана или неверна (нужен формат ГГГГ-ММ-ДД).',
    ],
    [
      'bad end',
      { project: 'П', stages: [{ name: 'А', start: '2024-09-01', end: '31.12.2024' }] },
      'Этап 1: дата окончания не указана или неверна (нужен формат ГГГГ-ММ-ДД).',
    ],
    [
      'end before start',
      { ...INPUT, stages: [INPUT.stages[0]!, { name: 'Б', start: '2025-05-01', end: '2025-01-01' }] },
      'Этап 2: окончание раньше начала.',
    ],
  ])('%s → a Russian error', (_n, input, message) => {
    expect(newPlanTemplate(input)).toEqual({ ok: false, error: { code: 'bad-input', message } });
  });

  it('a project name starting with «=» cannot become a formula (it sits inside the title)', () => {
    const r = newPlanTemplate({ project: '=1+1', stages: [] }, 'en');
    expect(r.ok && r.template.values[0]![0]).toBe('Calendar plan of the project “=1+1”');
  });
});

describe('normalizedTermColumns', () => {
  it('001: «Начало»/«Окончание» beside «Сроки», one row per sheet row from the header; a deadline has no start', () => {
    const p = recognizePlan(SEED_001);
    if (!p.ok) throw new Error(p.error.message);
    const n = normalizedTermColumns(p.plan);
    expect(n.column).toBe(4);
    expect(n.startRow).toBe(3);
    expect(n.values).toHaveLength(SEED_001.length - 3);
    expect(n.values[0]).toEqual(['Начало', 'Окончание']);
    expect(n.values[1]).toEqual(['', '2022-09-26']); // «До 26.09.2022»
    expect(n.values[13 - 3]).toEqual(['2022-10-10', '2022-10-14']);
  });

  it('004: stage rows stay empty', () => {
    const p = recognizePlan(SEED_004);
    if (!p.ok) throw new Error(p.error.message);
    const n = normalizedTermColumns(p.plan, 'en');
    expect(n.column).toBe(1);
    expect(n.values[0]).toEqual(['Start', 'End']);
    expect(n.values[4 - 2]).toEqual(['', '']); // «2023 год Организационный»
    expect(n.values[22 - 2]).toEqual(['2024-03-01', '2024-05-31']); // «Весна 2024»
  });
});
