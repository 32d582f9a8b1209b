/**
 * Dates in the spreadsheet's own zone in `npm run bench`: a 5 000-row plan whose «Сроки» are date cells
 * (730 distinct days), checked in a Moscow sheet (no conversion) and a Vladivostok sheet (one Utilities call
 * per distinct day, cached); PLAN_DATES over the same 5 000 date cells. Time and Utilities calls, counted
 * by the emulator. A figure, never a timed test.
 */
import { readFileSync } from 'node:fs';
import { createSession } from '../src/local/emulator';
import { CODE_PATH, DIST } from '../src/local/paths';
import { median, type BenchRow, type BenchSection, type BenchPart } from './table';

const ROWS = 5000;

function datePlan(): unknown[][] {
  const rows: unknown[][] = [['№', 'Мероприятие', 'Сроки', 'Статус']];
  for (let i = 0; i < ROWS; i++) rows.push([i + 1, `Мероприятие ${i + 1}`, new Date(2024, 0, 1 + (i % 730)), 'в работе']);
  return rows;
}

async function measure(code: string, zone: string, action: 'planCheck' | 'PLAN_DATES'): Promise<{ ms: number; utilities: number }> {
  const rows = datePlan();
  const times: number[] = [];
  let utilities = 0;
  for (let i = 0; i < 5; i++) {
    // a fresh session each run: Apps Script starts every execution with empty caches
    const s = await createSession({
      code,
      workbook: { sheets: [{ name: 'План', rows: rows as never }] },
      htmlDir: DIST,
      spreadsheetTimeZone: zone,
      now: () => new Date(2025, 0, 15),
    });
    const t0 = performance.now();
    if (action === 'planCheck') {
      const r = s.run('planCheck', { sheet: 'План' }) as { ok: boolean };
      if (!r.ok) throw new Error('bench: planCheck failed');
    } else {
      const out = s.customFunction(
        'PLAN_DATES',
        rows.slice(1).map((r) => [r[2] as Date]),
      );
      if (!Array.isArray(out) || out.length !== ROWS) throw new Error('bench: PLAN_DATES failed');
    }
    times.push(performance.now() - t0);
    utilities = s.calls.get('Utilities.formatDate') + s.calls.get('Utilities.parseDate');
  }
  return { ms: median(times), utilities };
}

export const timeZonesBench: BenchSection = async () => {
  const code = readFileSync(CODE_PATH, 'utf8');
  const rows: BenchRow[] = [];
  for (const action of ['planCheck', 'PLAN_DATES'] as const) {
    for (const zone of ['Europe/Moscow', 'Asia/Vladivostok']) {
      const { ms, utilities } = await measure(code, zone, action);
      rows.push({
        name: `${action}, ${ROWS} ячеек-дат (730 дней), лист ${zone}: вызовов Utilities ${utilities}`,
        ours: `${ms.toFixed(1)} ms`,
        peer: '—',
        goal: '—',
      });
    }
  }
  return rows;
};

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 15, title: 'Часовые пояса', run: timeZonesBench }];
