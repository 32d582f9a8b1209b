import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildCalendarGrid } from '../../../src/core/plan/calendar';
import { checkPlan } from '../../../src/core/plan/checks';
import { MAX_PLAN_ROWS, recognizePlan } from '../../../src/core/plan/recognize';
import type { Plan } from '../../../src/core/plan/types';
import { generatePlanValues } from '../../fixtures/seed-plans';

const TODAY = '2024-03-10';
function plan(values: unknown[][]): Plan {
  const r = recognizePlan(values, { today: TODAY });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

describe('bad input: clear errors, never a crash', () => {
  it.each<[string, unknown]>([
    ['no rows', []],
    ['one empty row', [[]]],
    [
      'only spaces',
      [
        ['', ' ', '\u00a0'],
        [null, undefined],
      ],
    ],
  ])('empty sheet: %s', (_n, values) => {
    expect(recognizePlan(values)).toEqual({ ok: false, error: { code: 'empty', message: 'Лист пуст: нет ни одной заполненной ячейки.' } });
  });

  it('not an array at all', () => {
    const r = recognizePlan('oops');
    expect(r.ok ? null : r.error.code).toBe('bad-input');
  });

  it('no header: the message lists the column names it looked for', () => {
    const r = recognizePlan([
      ['Что', 'Когда'],
      ['Совещание', 'Май 2024'],
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('no-header');
    expect(r.error.message).toMatch(
      /^Не найдена строка заголовков плана\. Искали столбцы «Мероприятие» \(«Мероприятие», «Мероприятия», .*«Перечень запланированных мероприятий».*\) и «Сроки» \(«Сроки», «Срок», «Сроки проведения».*\)\. Добавьте строку заголовков или укажите столбцы вручную\.$/,
    );
  });

  it('a header without «Сроки» is a plan without a term column; without an activity column it says which is missing', () => {
    const r = recognizePlan([
      ['№', 'Мероприятие', 'Ответственные'],
      ['1', 'Совещание', 'Иванов'],
    ]);
    expect(r.ok && r.plan.noTermColumn).toBe(true);
    const none = recognizePlan([
      ['№', 'Сроки', 'Ответственные'],
      ['1', 'Май 2024', 'Иванов'],
    ]);
    expect(none.ok ? null : none.error).toMatchObject({
      code: 'no-columns',
      message: expect.stringMatching(/^В строке заголовков \(строка 1\) не найден столбец «Мероприятие» \(«Мероприятие», /),
    });
  });

  it('English messages', () => {
    const r = recognizePlan([['a', 'b']], { lang: 'en' });
    expect(r.ok ? null : r.error.message).toMatch(/^No header row found\. Looked for the columns “Activity”/);
  });

  it('numbers where text is expected are read as text (a year number is a year)', () => {
    const p = plan([
      ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
      [1, 12345, 2024, 7],
    ]);
    expect(p.rows[0]).toMatchObject({ number: '1', activity: '12345', termText: '2024', responsible: '7' });
    expect(p.rows[0]!.term).toMatchObject({ kind: 'period', start: '2024-01-01', end: '2024-12-31' });
  });

  it('real date values in «Сроки», from this realm and from another', () => {
    const foreign = runInNewContext('new Date(2024, 4, 20)') as unknown;
    const p = plan([
      ['Мероприятие', 'Сроки'],
      ['Совещание', new Date(2024, 2, 5)],
      ['Конкурс', foreign],
    ]);
    expect(p.rows.map((r) => [r.termText, r.term.kind, r.term.start])).toEqual([
      ['05.03.2024', 'date', '2024-03-05'],
      ['20.05.2024', 'date', '2024-05-20'],
    ]);
  });

  it('formula errors become findings, not crashes', () => {
    const p = plan([
      ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
      ['1', '#N/A', 'Май 2024', '#REF!'],
      ['2', 'Конкурс', '#VALUE!', 'Иванов'],
    ]);
    expect(p.rows[0]!.cellErrors).toEqual({ activity: '#N/A', responsible: '#REF!' });
    expect(p.rows[1]!.term.kind).toBe('unknown');
    const found = checkPlan(p, { today: TODAY }).map((f) => `${f.cell} ${f.code}`);
    expect(found).toEqual(['B2 cell-error', 'D2 cell-error', 'C3 cell-error']);
    expect(buildCalendarGrid(p, { today: TODAY }).ok).toBe(true);
  });

  it('merged-looking rows: the same text repeated across cells is a heading or a stage', () => {
    const p = plan([
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['1 этап (01.09.2023 – 31.12.2023)', '1 этап (01.09.2023 – 31.12.2023)', '1 этап (01.09.2023 – 31.12.2023)'],
      ['Раздел 1. Организация', 'Раздел 1. Организация', 'Раздел 1. Организация'],
      ['Совещание', 'Сентябрь', 'Иванов'],
    ]);
    expect(p.stages).toHaveLength(1);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ group: 'Раздел 1. Организация', stageIndex: 0 });
    expect(p.rows[0]!.term).toMatchObject({ start: '2023-09-01', end: '2023-09-30' });
  });

  it('rows that are neither items nor stages are skipped: column numbering, notes, a repeated header', () => {
    const p = plan([
      ['№', 'Мероприятие', 'Сроки'],
      ['1', '2', '3'],
      ['Примечание: план утверждён приказом', '', ''],
      ['1.', 'Совещание', 'Май 2024'],
      ['№', 'Мероприятие', 'Сроки'],
      ['2.', 'Конкурс', 'Июнь 2024'],
    ]);
    expect(p.rows.map((r) => r.activity)).toEqual(['Совещание', 'Конкурс']);
    expect(p.skippedRows).toEqual([1, 2, 4]);
  });

  it('a sheet larger than the limit says so', () => {
    const r = recognizePlan(Array.from({ length: MAX_PLAN_ROWS + 1 }, () => ['']));
    expect(r.ok ? null : r.error.code).toBe('too-large');
  });
});

describe('a generated 5 000-row plan', () => {
  const values = generatePlanValues(5000);

  it('is recognised and checked', () => {
    const p = plan(values);
    expect(p.rows).toHaveLength(5000);
    expect(p.stages).toHaveLength(5);
    expect(p.range).toEqual({ start: '2023-09-01', end: '2028-08-31' });
    const known = p.rows.filter((r) => r.term.kind !== 'unknown').length;
    expect(known / p.rows.length).toBeGreaterThan(0.9);
    const found = checkPlan(p, { today: TODAY });
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(['term-unknown', 'no-responsible', 'no-result', 'overdue', 'duplicate']));
    for (let i = 1; i < found.length; i++) expect(found[i]!.row).toBeGreaterThanOrEqual(found[i - 1]!.row);
  });
});
