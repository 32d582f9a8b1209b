/**
 * The held-back plans (test/fixtures/heldout-plans.ts): plans of other schools, kindergartens, a college, a
 * municipal service, a roadmap and a project, pasted the way coordinators paste them.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendarGrid } from '../../../src/core/plan/calendar';
import { checkPlan } from '../../../src/core/plan/checks';
import { recognizePlan } from '../../../src/core/plan/recognize';
import type { Plan } from '../../../src/core/plan/types';
import { HELD_PLANS } from '../../../bench/support/fixtures/heldout-plans';

const TODAY = '2023-08-15';

function recognize(values: unknown[][], options = {}): Plan {
  const r = recognizePlan(values, { today: TODAY, ...options });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}
const byName = (name: string) => HELD_PLANS.find((p) => p.name.startsWith(name))!;
const span = (plan: Plan, activity: RegExp) => {
  const r = plan.rows.find((x) => activity.test(x.activity))!;
  return [r.term.kind, r.term.start, r.term.end];
};

describe('held-back plans', () => {
  it.each(HELD_PLANS.map((p) => [p.name, p] as const))('%s: activities, sections, period', (_n, p) => {
    const plan = recognize(p.values);
    expect(plan.rows.filter((r) => r.parentRow === undefined)).toHaveLength(p.activities);
    expect(new Set(plan.rows.map((r) => r.group).filter(Boolean)).size).toBe(p.sections);
    if (p.period) expect(plan.period?.range).toEqual(p.period);
  });

  it('nine plans of ten get a calendar; every term of theirs is read', () => {
    const built = HELD_PLANS.filter((p) => buildCalendarGrid(recognize(p.values), { today: TODAY }).ok).map((p) => p.name);
    expect(built).toHaveLength(9);
    expect(built).not.toContain('МО без года');
    for (const p of HELD_PLANS.filter((x) => built.includes(x.name))) {
      const unread = recognize(p.values).rows.filter((r) => r.termText && (r.term.kind === 'unknown' || !r.term.end));
      expect(unread.map((r) => r.termText)).toEqual([]);
    }
  });

  it('no false alarms: no warning on any held-back plan but the missing year; markup is a note with its cleanup', () => {
    for (const p of HELD_PLANS) {
      const found = checkPlan(recognize(p.values), { today: TODAY });
      const warnings = found.filter((f) => f.severity !== 'info').map((f) => f.code);
      expect([p.name, warnings]).toEqual([p.name, p.name === 'МО без года' ? ['no-period'] : []]);
      const markup = found.filter((f) => f.code === 'markup').map((f) => f.cell);
      expect([p.name, markup]).toEqual([p.name, p.name.startsWith('детский сад: план работы с родителями') ? ['C4', 'C7'] : []]);
    }
  });

  it('school modules: sections from one-cell rows, terms from the title year, several terms in a cell', () => {
    const plan = recognize(byName('школа').values);
    expect(plan.period).toMatchObject({ text: '2024/2025 учебный год', source: 'title', row: 1 });
    expect(plan.columns).toMatchObject({ activity: 0, term: 2, responsible: 3 });
    expect(plan.rows[0]).toMatchObject({ group: 'Модуль «Ключевые общешкольные дела»' });
    expect(span(plan, /^Торжественная линейка/)).toEqual(['date', '2024-09-01', '2024-09-01']);
    expect(span(plan, /^Подъём/)).toEqual(['recurring', '2024-09-01', '2025-05-31']);
    expect(span(plan, /^Школьный этап/)).toEqual(['period', '2024-09-01', '2024-12-31']);
    const meetings = plan.rows.find((r) => r.activity === 'Родительские собрания')!.term;
    expect(meetings).toMatchObject({
      kind: 'ongoing',
      start: '2024-09-01',
      end: '2025-05-31',
      parts: [{ start: '2024-11-01', end: '2024-11-30' }],
    });
    expect(span(plan, /^Участие в проекте/)).toEqual(['scheduled', '2024-09-01', '2025-05-31']);
    expect(span(plan, /^Неделя профориентации/)).toEqual(['period', '2024-09-01', '2024-10-31']);
    expect(span(plan, /^Дни открытых дверей/)).toEqual(['date', '2025-02-14', '2025-02-14']);
  });

  it('kindergarten: the title beats the approval line; sections in the activity column', () => {
    const plan = recognize(byName('детский сад: годовой').values);
    expect(plan.period).toMatchObject({ source: 'title', text: '2025-2026 учебный год' });
    expect(plan.rows[0]).toMatchObject({ number: '1', group: 'I. Организационно-педагогическая работа' });
    expect(span(plan, /^Установочный/)).toEqual(['period', '2025-08-01', '2025-08-31']);
    expect(span(plan, /^Смотр-конкурс/)).toEqual(['period', '2026-03-03', '2026-03-07']);
    expect(span(plan, /^Выпускной/)).toEqual(['period', '2026-05-01', '2026-05-31']);
  });

  it('a project without a term column: each task over its stage, one info, a page break joined', () => {
    const plan = recognize(byName('проект').values);
    expect(plan.noTermColumn).toBe(true);
    expect(plan.stages.map((s) => s.shortName)).toEqual(['1 этап – подготовительный', '2 этап – практический', '3 этап – обобщающий']);
    expect(plan.columns).toMatchObject({ activity: 1, tasks: 0 });
    expect(plan.columns.term).toBeUndefined();
    expect(span(plan, /^Введение курсов/)).toEqual(['ongoing', '2024-08-01', '2027-10-31']);
    expect(plan.rows.find((r) => /^Введение курсов/.test(r.activity))!.activity).toBe(
      'Введение курсов внеурочной деятельности по робототехнике, 3D-моделированию и программированию для обучающихся 5-9 классов',
    );
    const findings = checkPlan(plan, { today: TODAY });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['no-term-column', 'info']]);
    const grid = buildCalendarGrid(plan, { today: TODAY });
    expect(grid.ok && grid.grid.monthColumns[0]).toBe('2024-05');
  });

  it('a one-week plan: weekdays are the days of the week in the title', () => {
    const plan = recognize(byName('план недели').values);
    expect(plan.columns.term).toBe(0);
    expect(plan.rows.map((r) => r.term.start)).toEqual(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14']);
  });

  it('the library plan takes its school year from «Утверждаю … «30» августа 2023 г.»', () => {
    const plan = recognize(byName('библиотека').values);
    expect(plan.period).toMatchObject({ source: 'approval', range: { start: '2023-09-01', end: '2024-05-31' }, row: 2 });
    expect(span(plan, /^Рейд/)).toEqual(['several', '2023-09-01', '2024-03-31']);
  });

  it('the roadmap reads its hyphenated «Сроки реализа-ции» header', () => {
    const plan = recognize(byName('дорожная карта').values);
    expect(plan.columns.term).toBe(2);
    expect(plan.titles.term).toBe('Сроки реализа-\nции');
    expect(span(plan, /^Повышение квалификации/)).toEqual(['recurring', '2010-01-01', '2013-12-31']);
  });

  it('a plan with no year anywhere: one clear message, then the period field gives the calendar', () => {
    const p = byName('МО без года');
    const plan = recognize(p.values);
    const findings = checkPlan(plan, { today: TODAY });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'no-period', cell: 'C3', severity: 'warning' });
    expect(findings[0]!.message).toBe('В плане не указан год: 4 срока («Август», «Октябрь», «Январь») не к чему привязать.');
    expect(findings[0]!.suggestion).toMatch(/«Период плана»/);
    const grid = buildCalendarGrid(plan, { today: TODAY });
    expect(grid.ok ? null : grid.error).toMatchObject({
      code: 'no-period',
      message: expect.stringMatching(/^В плане нигде не указан год .*«Период плана»/),
    });
    const given = recognize(p.values, { period: '2024/2025 учебный год' });
    expect(given.period).toEqual({ range: { start: '2024-09-01', end: '2025-05-31' }, text: '2024/2025 учебный год', source: 'user' });
    expect(given.rows.map((r) => r.term.start)).toEqual(['2024-08-01', '2024-10-01', '2025-01-01', '2025-05-01']);
    expect(checkPlan(given, { today: TODAY })).toEqual([]);
    expect(buildCalendarGrid(given, { today: TODAY }).ok).toBe(true);
  });

  it('speaks English about the missing year', () => {
    const plan = recognize(byName('МО без года').values, { lang: 'en' });
    expect(checkPlan(plan, { today: TODAY, lang: 'en' })[0]!.message).toBe(
      'The plan states no year: 4 terms («Август», «Октябрь», «Январь») cannot be placed.',
    );
  });
});
