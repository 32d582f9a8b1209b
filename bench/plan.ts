/**
 * Calendar plans in `npm run bench`: recognition + checks of a generated 5 000-row plan (goal < 200 ms in
 * Node, a wide margin under Apps Script's slower V8 and its 6-minute limit), and the «Календарь» grid on it.
 * Median of several warm runs; a figure, never a timed test.
 */
import { buildCalendarGrid } from '../src/core/plan/calendar';
import { checkPlan } from '../src/core/plan/checks';
import { recognizePlan } from '../src/core/plan/recognize';
import type { Plan } from '../src/core/plan/types';
import { HELD_PLANS } from './support/fixtures/heldout-plans';
import { REAL_PLANS, realPlanDoc } from './support/fixtures/real-plans';
import { figureLines, measureJob } from '../src/local/corpus/measure';
import { measurePlanDoc } from '../src/local/corpus/plans';
import { generatePlanValues } from '../sample/seed-plans';
import { ms, timeMedian, type BenchRow, type BenchSection, type BenchPart } from './table';

const ROWS = 5000;
const RUNS = 9;
const TODAY = '2025-01-15';
const GOAL_MS = 200;

export const planBench: BenchSection = async () => {
  const values = generatePlanValues(ROWS);
  const recognize = (): Plan => {
    const r = recognizePlan(values, { today: TODAY });
    if (!r.ok) throw new Error(r.error.message);
    return r.plan;
  };
  const plan = recognize();
  const recognizeMs = timeMedian(recognize, RUNS);
  const bothMs = timeMedian(() => checkPlan(recognize(), { today: TODAY }), RUNS);
  const calendarMs = timeMedian(() => {
    const g = buildCalendarGrid(plan, { today: TODAY });
    if (!g.ok) throw new Error(g.error.message);
  }, RUNS);
  const grid = buildCalendarGrid(plan, { today: TODAY });
  const cells = grid.ok ? grid.grid.values.length * (grid.grid.values[0]?.length ?? 0) : 0;
  let built = 0;
  let terms = 0;
  let read = 0;
  let warnings = 0;
  for (const p of HELD_PLANS) {
    const r = recognizePlan(p.values, { today: TODAY });
    if (!r.ok) continue;
    if (buildCalendarGrid(r.plan, { today: TODAY }).ok) built++;
    for (const row of r.plan.rows) {
      if (!row.termText) continue;
      terms++;
      if (row.term.kind !== 'unknown' && row.term.end) read++;
    }
    warnings += checkPlan(r.plan, { today: TODAY }).filter((f) => f.severity !== 'info' && f.code !== 'overdue').length;
  }
  const rows: BenchRow[] = [
    {
      name: `Планы других школ (${HELD_PLANS.length}): календарь построен`,
      ours: `${built} из ${HELD_PLANS.length}`,
      peer: '—',
      goal: '—',
    },
    { name: 'Планы других школ: сроки прочитаны', ours: `${read} из ${terms}`, peer: '—', goal: '—' },
    { name: 'Планы других школ: предупреждения (кроме «срок истёк»)', ours: String(warnings), peer: '—', goal: '—' },
    ...realPlanRows(),
    { name: `План: распознавание, ${ROWS} строк`, ours: ms(recognizeMs), peer: '—', goal: '—' },
    { name: `План: распознавание + проверка, ${ROWS} строк`, ours: ms(bothMs), peer: '—', goal: `< ${GOAL_MS} ms`, ok: bothMs < GOAL_MS },
    { name: `Календарь: сетка ${cells.toLocaleString('ru-RU')} ячеек (${ROWS} строк)`, ours: ms(calendarMs), peer: '—', goal: '—' },
  ];
  return rows;
};

/** The real plans found outside the corpus (test/fixtures/real-plans.ts), measured as the corpus is. */
function realPlanRows(): BenchRow[] {
  const byName = new Map(REAL_PLANS.map((p) => [p.name, p] as const));
  const job = {
    name: `Реальные планы вне корпуса (${REAL_PLANS.length})`,
    folders: ['plans'] as const,
    expects: () => true,
    measure: (d: ReturnType<typeof realPlanDoc>) => measurePlanDoc(d, byName.get(d.name)!.expect),
  };
  return figureLines(measureJob(job, REAL_PLANS.map(realPlanDoc)))
    .filter((l) => !l.name.endsWith('документов'))
    .map((l) => ({ name: l.name, ours: l.value, peer: '—', goal: l.goal, ...(l.ok !== undefined ? { ok: l.ok } : {}) }));
}

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 10, title: 'Календарные планы', run: planBench }];
