import { describe, expect, it } from 'vitest';
import { buildCalendarGrid, DUE_MARK, OCCURRENCE_MARK, type CalendarGrid } from '../../../src/core/plan/calendar';
import { PALETTE, CURRENT_MONTH_BG } from '../../../src/core/plan/palette';
import { recognizePlan } from '../../../src/core/plan/recognize';
import type { Plan } from '../../../src/core/plan/types';
import { generatePlanValues, SEED_001, SEED_004 } from '../../fixtures/seed-plans';

function plan(values: unknown[][]): Plan {
  const r = recognizePlan(values, { today: '2024-03-15' });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}
function grid(p: Plan, today = '2024-03-15', lang: 'ru' | 'en' = 'ru'): CalendarGrid {
  const r = buildCalendarGrid(p, { today, lang });
  if (!r.ok) throw new Error(r.error.message);
  return r.grid;
}
const rowOf = (g: CalendarGrid, startsWith: string) => g.values.findIndex((r) => String(r[1]).startsWith(startsWith));
/** The months of a grid row that are filled (by background), as 'yyyy-mm'. */
const filled = (g: CalendarGrid, r: number) => g.monthColumns.filter((_, i) => g.backgrounds[r]![4 + i] !== null);
const marked = (g: CalendarGrid, r: number, mark: string) => g.monthColumns.filter((_, i) => g.values[r]![4 + i] === mark);

describe('buildCalendarGrid on 004', () => {
  const p = plan(SEED_004);
  const g = grid(p);

  it('one header, one row per stage and per activity, four fixed columns and one per month', () => {
    expect(g.values).toHaveLength(1 + 3 + 33);
    expect(g.monthColumns).toHaveLength(36);
    expect(g.monthColumns[0]).toBe('2023-01');
    expect(g.monthColumns.at(-1)).toBe('2025-12');
    for (const a of [g.values, g.backgrounds, g.notes]) {
      expect(a).toHaveLength(g.values.length);
      for (const row of a) expect(row).toHaveLength(40);
    }
    expect(g.values[0]!.slice(0, 6)).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'янв 2023', 'фев 2023']);
    expect(g).toMatchObject({ frozenRows: 1, frozenColumns: 4 });
    expect(g.merges).toEqual(['A2:D2', 'A11:D11', 'A25:D25']);
  });

  it('stage title rows in the stage colour over the stage months', () => {
    expect(g.values[1]![0]).toBe('2023 год Организационный (погружение в проект)');
    expect(g.backgrounds[1]![0]).toBe(PALETTE[0]!.light);
    expect(filled(g, 10)).toEqual(g.monthColumns.filter((m) => m.startsWith('2024')));
    expect(g.backgrounds[10]![4 + 12]).toBe(PALETTE[1]!.light);
  });

  it('«Весна 2024» fills March to May 2024 only, in the stage colour', () => {
    const r = rowOf(g, 'Проведение профессиональных проб');
    expect(filled(g, r)).toEqual(['2024-03', '2024-04', '2024-05']);
    expect(g.backgrounds[r]![4 + g.monthColumns.indexOf('2024-04')]).toBe(PALETTE[1]!.light);
  });

  it('recurring activities are marked in every month; «в течение» is a pale fill', () => {
    const monthly = g.values.findIndex((row) => row[2] === 'Один раз в месяц с января 2024 по декабрь 2024');
    expect(marked(g, monthly, OCCURRENCE_MARK)).toEqual(g.monthColumns.filter((m) => m.startsWith('2024')));
    const during = g.values.findIndex((row) => row[2] === 'В течение 2024 года');
    expect(filled(g, during)).toHaveLength(12);
    expect(g.backgrounds[during]![4 + 12]).toBe(PALETTE[1]!.pale);
    expect(marked(g, during, OCCURRENCE_MARK)).toEqual([]);
  });

  it('continuation rows are shown under their item; a term note goes into the note of «Сроки»', () => {
    expect(g.values[3]![1]).toBe('↳ Создание Положений о конкурсах технической направленности');
    const r = g.values.findIndex((row) => String(row[2]).startsWith('Сентябрь-\nдекабрь 2023'));
    expect(g.notes[r]![2]).toBe('Примечание к сроку: Не менее 3 индивидуальных консультаций в месяц');
  });

  it('the current month is highlighted in the header', () => {
    expect(g.currentMonthColumn).toBe(4 + g.monthColumns.indexOf('2024-03'));
    expect(g.backgrounds[0]![g.currentMonthColumn!]).toBe(CURRENT_MONTH_BG);
    expect(grid(p, '2030-01-01').currentMonthColumn).toBeUndefined();
  });

  it('English month labels', () => {
    expect(grid(p, '2024-03-15', 'en').values[0]!.slice(0, 5)).toEqual(['No.', 'Activity', 'Term', 'Responsible', 'Jan 2023']);
  });
});

describe('buildCalendarGrid marks', () => {
  it('001: a deadline marks its month ▲ in the strong colour; a range fills its months', () => {
    const g = grid(plan(SEED_001));
    expect(g.monthColumns[0]).toBe('2022-09');
    const first = rowOf(g, 'Утверждение списков');
    expect(marked(g, first, DUE_MARK)).toEqual(['2022-09']);
    expect(filled(g, first)).toEqual(['2022-09']);
    const range = g.values.findIndex((r) => r[2] === '10.10.2022- 14.10.2022');
    expect(g.values[range]![1]).toMatch(/^↳ Информирование целевой аудитории/);
    expect(filled(g, range)).toEqual(['2022-10']);
    expect(marked(g, range, DUE_MARK)).toEqual([]);
  });

  it('an unknown term gets a note and no marks', () => {
    const g = grid(plan([['Мероприятие', 'Сроки'], ['Совещание', 'Май 2024'], ['Конкурс', 'когда получится']]));
    expect(g.notes[2]![2]).toMatch(/^Срок не распознан: .+\. Мероприятие не отмечено в календаре\.$/);
    expect(filled(g, 2)).toEqual([]);
  });

  it('quarterly marks each quarter’s first month from the start', () => {
    const p = plan([['Мероприятие', 'Сроки'], ['Отчёт', 'Май 2024']]);
    p.rows[0]!.term = { kind: 'recurring', recurrence: 'quarterly', start: '2024-01-01', end: '2024-12-31' };
    p.range = { start: '2024-01-01', end: '2024-12-31' };
    expect(marked(grid(p), 1, OCCURRENCE_MARK)).toEqual(['2024-01', '2024-04', '2024-07', '2024-10']);
  });

  it('user text that looks like a formula is written as text', () => {
    const g = grid(plan([['№', 'Мероприятие', 'Сроки'], ['1', '=IMPORTXML("x")', 'Май 2024']]));
    expect(g.values[1]![1]).toBe('\'=IMPORTXML("x")');
  });
});

describe('buildCalendarGrid errors', () => {
  it('no dates at all', () => {
    const r = buildCalendarGrid(plan([['Мероприятие', 'Сроки'], ['Совещание', 'когда-нибудь']]), { today: '2024-01-01' });
    expect(r.ok ? null : r.error.code).toBe('no-dates');
  });

  it('more than 120 months: a typo in a year, said clearly', () => {
    const r = buildCalendarGrid(plan([['Мероприятие', 'Сроки'], ['Совещание', 'Май 2024'], ['Отчёт', 'До 01.06.2042']]), { today: '2024-01-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('too-long');
    expect(r.error.message).toBe('План охватывает 218 мес. (май 2024 – июн 2042), а календарь вмещает не больше 120. Проверьте годы в сроках: возможно, где-то опечатка.');
  });

  it('a 5 000-row plan builds within the cell budget', () => {
    const g = grid(plan(generatePlanValues(5000)));
    expect(g.values.length).toBeGreaterThan(5000);
    expect(g.monthColumns).toHaveLength(60);
    expect(g.backgrounds.every((r) => r.length === 64)).toBe(true);
  });
});

describe('buildCalendarGrid size guard', () => {
  it('a grid over the cell budget is refused with a clear message', () => {
    const r = buildCalendarGrid(plan(generatePlanValues(500)), { today: '2024-01-01', maxCells: 10_000 });
    expect(r.ok ? null : r.error.code).toBe('too-large');
    expect(r.ok ? '' : r.error.message).toMatch(/^Календарь получился бы слишком большим: [\d\s ]+ ячеек \(в листе помещается не больше 10\s000\)/u);
  });
});
