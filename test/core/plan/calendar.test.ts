import { describe, expect, it } from 'vitest';
import {
  buildCalendarGrid,
  CALENDAR_FIXED_COLUMNS as FIXED,
  DUE_MARK,
  OCCURRENCE_MARK,
  type CalendarGrid,
} from '../../../src/core/plan/calendar';
import { PALETTE, CURRENT_MONTH_BG, HEADER_BG } from '../../../src/core/plan/palette';
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
const HEADER = 1; // row 0 is the legend
const NOTE = 4; // the «Примечание» column
const rowOf = (g: CalendarGrid, startsWith: string) => g.values.findIndex((r) => String(r[1]).startsWith(startsWith));
/** The months of a grid row that are filled (by background), as 'yyyy-mm'. */
const filled = (g: CalendarGrid, r: number) => g.monthColumns.filter((_, i) => g.backgrounds[r]![FIXED + i] !== null);
const marked = (g: CalendarGrid, r: number, mark: string) => g.monthColumns.filter((_, i) => g.values[r]![FIXED + i] === mark);

describe('buildCalendarGrid on 004', () => {
  const p = plan(SEED_004);
  const g = grid(p);

  it('a legend row, a header, one row per stage and per activity, five fixed columns and one per month', () => {
    expect(FIXED).toBe(5);
    expect(g.values).toHaveLength(2 + 3 + 33);
    expect(g.monthColumns).toHaveLength(36);
    expect(g.monthColumns[0]).toBe('2023-01');
    expect(g.monthColumns.at(-1)).toBe('2025-12');
    for (const a of [g.values, g.backgrounds]) {
      expect(a).toHaveLength(g.values.length);
      for (const row of a) expect(row).toHaveLength(FIXED + 36);
    }
    expect(g.columns).toHaveLength(FIXED + 36);
    expect(g.columns[1]).toEqual({ width: 340, wrap: true, align: 'left' }); // «Мероприятие» wraps
    expect(g.columns[FIXED]).toEqual({ width: 64, wrap: false, align: 'center' }); // month marks centred
    expect(Object.keys(g).sort()).toEqual([
      'backgrounds',
      'columnFormats',
      'columns',
      'currentMonthColumn',
      'frozenColumns',
      'frozenRows',
      'monthColumns',
      'values',
    ]);
    expect(g.values[HEADER]!.slice(0, 7)).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Примечание', 'янв 2023', 'фев 2023']);
    expect(g).toMatchObject({ frozenRows: 2, frozenColumns: 2 });
  });

  it('the legend is the first row: text in the wide wrapping column B only, no fill', () => {
    expect(g.columns[1]!.wrap).toBe(true);
    expect(g.values[0]![1]).toBe(
      'Календарь построен надстройкой «Кластер» и перестраивается заново. ▲ — срок, ● — повторяющееся мероприятие; заливка — период, бледная заливка — «в течение».',
    );
    expect(g.values[0]!.filter((v) => v !== '')).toHaveLength(1);
    expect(g.backgrounds[0]!.every((b) => b === null)).toBe(true);
  });

  it('stage title rows: the name in column A, the stage colour over the fixed columns and the stage months', () => {
    const titles = g.values.flatMap((row, r) => (String(row[0]).match(/^20\d\d год/) ? [r] : []));
    expect(titles).toEqual([2, 11, 25]);
    expect(g.values[2]![0]).toBe('2023 год Организационный (погружение в проект)');
    expect(g.values[2]!.slice(1, FIXED).every((v) => v === '')).toBe(true);
    expect(g.backgrounds[2]!.slice(0, FIXED)).toEqual(new Array(FIXED).fill(PALETTE[0]!.light));
    expect(filled(g, 11)).toEqual(g.monthColumns.filter((m) => m.startsWith('2024')));
    expect(g.backgrounds[11]![FIXED + 12]).toBe(PALETTE[1]!.light);
  });

  it('«Весна 2024» fills March to May 2024 only, in the stage colour', () => {
    const r = rowOf(g, 'Проведение профессиональных проб');
    expect(filled(g, r)).toEqual(['2024-03', '2024-04', '2024-05']);
    expect(g.backgrounds[r]![FIXED + g.monthColumns.indexOf('2024-04')]).toBe(PALETTE[1]!.light);
  });

  it('recurring activities are marked in every month; «в течение» is a pale fill', () => {
    const monthly = g.values.findIndex((row) => row[2] === 'Один раз в месяц с января 2024 по декабрь 2024');
    expect(marked(g, monthly, OCCURRENCE_MARK)).toEqual(g.monthColumns.filter((m) => m.startsWith('2024')));
    const during = g.values.findIndex((row) => row[2] === 'В течение 2024 года');
    expect(filled(g, during)).toHaveLength(12);
    expect(g.backgrounds[during]![FIXED + 12]).toBe(PALETTE[1]!.pale);
    expect(marked(g, during, OCCURRENCE_MARK)).toEqual([]);
  });

  it('continuation rows are shown under their item; a term note goes into the «Примечание» column', () => {
    expect(g.values[4]![1]).toBe('↳ Создание Положений о конкурсах технической направленности');
    expect(g.values[4]![NOTE]).toBe('');
    const r = g.values.findIndex((row) => String(row[2]).startsWith('Сентябрь-\nдекабрь 2023'));
    expect(g.values[r]![NOTE]).toBe('Примечание к сроку: Не менее 3 индивидуальных консультаций в месяц');
    expect(g.backgrounds[r]![NOTE]).toBeNull();
  });

  it('the current month is highlighted in the header', () => {
    expect(g.currentMonthColumn).toBe(FIXED + g.monthColumns.indexOf('2024-03'));
    expect(g.values[HEADER]![g.currentMonthColumn!]).toBe('мар 2024');
    expect(g.backgrounds[HEADER]![g.currentMonthColumn!]).toBe(CURRENT_MONTH_BG);
    expect(g.backgrounds[HEADER]![FIXED]).toBe(HEADER_BG);
    expect(grid(p, '2030-01-01').currentMonthColumn).toBeUndefined();
  });

  it('English labels', () => {
    const en = grid(p, '2024-03-15', 'en');
    expect(en.values[0]![1]).toMatch(/^Built by the Кластер add-on/);
    expect(en.values[HEADER]!.slice(0, 6)).toEqual(['No.', 'Activity', 'Term', 'Responsible', 'Note', 'Jan 2023']);
    const r = en.values.findIndex((row) => String(row[2]).startsWith('Сентябрь-\nдекабрь 2023'));
    expect(en.values[r]![NOTE]).toBe('Note on the term: Не менее 3 индивидуальных консультаций в месяц');
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

  it('an unknown term is explained in «Примечание» and gets no marks', () => {
    const g = grid(
      plan([
        ['Мероприятие', 'Сроки'],
        ['Совещание', 'Май 2024'],
        ['Конкурс', 'когда получится'],
      ]),
    );
    expect(g.values[3]![1]).toBe('Конкурс');
    expect(g.values[3]![NOTE]).toMatch(/^Срок не распознан: [^;]+; мероприятие не отмечено в календаре$/);
    expect(filled(g, 3)).toEqual([]);
    expect(g.values[2]![NOTE]).toBe('');
  });

  it('several remarks share the «Примечание» cell, joined with «; »', () => {
    const g = grid(plan(SEED_001));
    const scheduled = g.values.findIndex((r) => r[2] === 'По отдельному графику');
    expect(g.values[scheduled]![NOTE]).toBe('По отдельному графику: отмечен весь период, точные даты — в графике');
    const inherited = g.values.findIndex((r) => r[2] === 'Постоянно в течение года');
    expect(g.values[inherited]![NOTE]).toBe('Ответственные взяты из строки выше');
    const p = plan([
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['Совещание', 'Май 2024', 'Иванов И. И.'],
      ['Конкурс', 'по согласованию', ''],
    ]);
    p.rows[1]!.responsibleInherited = true;
    p.rows[1]!.term = { kind: 'scheduled', start: '2024-05-01', end: '2024-05-31', note: 'по согласованию' };
    expect(grid(p).values[3]![NOTE]).toBe(
      'По отдельному графику: отмечен весь период, точные даты — в графике; примечание к сроку: по согласованию; ответственные взяты из строки выше',
    );
  });

  it('quarterly marks each quarter’s first month from the start', () => {
    const p = plan([
      ['Мероприятие', 'Сроки'],
      ['Отчёт', 'Май 2024'],
    ]);
    p.rows[0]!.term = { kind: 'recurring', recurrence: 'quarterly', start: '2024-01-01', end: '2024-12-31' };
    p.range = { start: '2024-01-01', end: '2024-12-31' };
    expect(marked(grid(p), 2, OCCURRENCE_MARK)).toEqual(['2024-01', '2024-04', '2024-07', '2024-10']);
  });

  it('every column is plain text ("@"), so user text is kept verbatim: «=…», «1.», «26.09.2022»', () => {
    const g = grid(
      plan([
        ['№', 'Мероприятие', 'Сроки'],
        ['1.', '=IMPORTXML("x")', '26.09.2022'],
      ]),
    );
    expect(g.values[2]!.slice(0, 3)).toEqual(['1.', '=IMPORTXML("x")', '26.09.2022']);
    expect(g.columnFormats).toEqual(new Array(g.values[0]!.length).fill('@'));
  });
});

describe('buildCalendarGrid errors', () => {
  it('no dates at all', () => {
    const r = buildCalendarGrid(
      plan([
        ['Мероприятие', 'Сроки'],
        ['Совещание', 'когда-нибудь'],
      ]),
      { today: '2024-01-01' },
    );
    expect(r.ok ? null : r.error.code).toBe('no-dates');
  });

  it('more than 120 months: a typo in a year, said clearly', () => {
    const r = buildCalendarGrid(
      plan([
        ['Мероприятие', 'Сроки'],
        ['Совещание', 'Май 2024'],
        ['Отчёт', 'До 01.06.2042'],
      ]),
      { today: '2024-01-01' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('too-long');
    expect(r.error.message).toBe(
      'План охватывает 218 мес. (май 2024 – июн 2042), а календарь вмещает не больше 120. Проверьте годы в сроках: возможно, где-то опечатка.',
    );
  });

  it('a 5 000-row plan builds within the cell budget', () => {
    const g = grid(plan(generatePlanValues(5000)));
    expect(g.values.length).toBeGreaterThan(5000);
    expect(g.monthColumns).toHaveLength(60);
    expect(g.backgrounds.every((r) => r.length === FIXED + 60)).toBe(true);
    expect(g.values.every((r) => r.length === FIXED + 60)).toBe(true);
  });
});

describe('buildCalendarGrid size guard', () => {
  it('a grid over the cell budget is refused with a clear message', () => {
    const r = buildCalendarGrid(plan(generatePlanValues(500)), { today: '2024-01-01', maxCells: 10_000 });
    expect(r.ok ? null : r.error.code).toBe('too-large');
    expect(r.ok ? '' : r.error.message).toMatch(
      /^Календарь получился бы слишком большим: [\d\s ]+ ячеек \(Кластер строит календарь не больше чем на 10\s000,/u,
    );
  });
});
