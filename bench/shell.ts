/**
 * The add-on shell in `npm run bench`: how big dist/Code.js is (every custom-function call loads it afresh),
 * how long a cold load takes in a fresh V8 context, RUB over 100 000 cells, and how many spreadsheet
 * calls «Построить календарь» costs on a 5 000-row plan (counted by the emulator).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createContext, Script } from 'node:vm';
import { createSession } from '../src/local/emulator';
import { CODE_PATH, DIST } from '../src/local/paths';
import { generatePlanValues } from '../sample/seed-plans';
import { median, type BenchRow, type BenchSection, type BenchPart } from './table';

const fmt = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

/**
 * A cold load as Apps Script does it for every custom-function call: a fresh process that has never compiled
 * Code.js reads it and runs it in a new context (compile + evaluate; the process start itself not counted).
 * In one process V8 caches the compiled script after the first run, which flatters every later one (10 ms
 * against 53 ms): so each sample is a new node process.
 */
function coldLoadMs(): number {
  const child = `const { readFileSync } = require('node:fs'); const vm = require('node:vm');
const code = readFileSync(${JSON.stringify(CODE_PATH)}, 'utf8');
const t0 = performance.now(); new vm.Script(code).runInContext(vm.createContext({}));
process.stdout.write(String(performance.now() - t0));`;
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: cold load failed: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  return median(times);
}

function rubMs(code: string): { ms: number; ok: boolean } {
  const context = createContext({});
  new Script(code).runInContext(context);
  const rub = context.RUB as (v: unknown[][]) => unknown[][];
  const samples = ['30 000', '1 234,50', '20 000 руб.', '—', '275000', '120 тыс. руб.', '-1 000', 'abc'];
  const column = Array.from({ length: 100_000 }, (_, i) => [samples[i % samples.length]]);
  rub(column.slice(0, 1000));
  const times: number[] = [];
  let out: unknown[][] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    out = rub(column);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), ok: out.length === 100_000 && out[0]![0] === 30000 };
}

async function calendarCalls(code: string): Promise<{ first: number; rebuild: number }> {
  const session = await createSession({
    code,
    workbook: { sheets: [{ name: 'План', rows: generatePlanValues(5000) as never }] },
    htmlDir: DIST,
    now: () => new Date(2025, 0, 15),
  });
  session.calls.reset();
  const first = session.run('planBuildCalendar', { sheet: 'План' }) as { ok: boolean };
  const firstCalls = session.calls.total();
  session.calls.reset();
  const again = session.run('planBuildCalendar', { sheet: 'План' }) as { ok: boolean };
  if (!first.ok || !again.ok) throw new Error('bench: the calendar was not built');
  return { first: firstCalls, rebuild: session.calls.total() };
}

export const shellBench: BenchSection = async () => {
  const code = readFileSync(CODE_PATH, 'utf8');
  const bytes = Buffer.byteLength(code);
  const gzip = gzipSync(code).length;
  const load = coldLoadMs();
  const rub = rubMs(code);
  const calls = await calendarCalls(code);
  const rows: BenchRow[] = [
    {
      name: 'dist/Code.js, байт (gzip)',
      ours: `${fmt.format(bytes)} (${fmt.format(gzip)})`,
      peer: '—',
      goal: '≤ 600 000',
      ok: bytes <= 600_000,
    },
    {
      name: 'Холодная загрузка Code.js в новом процессе (компиляция + выполнение)',
      ours: `${fmt.format(load)} мс`,
      peer: '—',
      goal: '≤ 50 мс',
      ok: load <= 50,
    },
    {
      name: 'RUB: 100 000 ячеек одним вызовом',
      ours: `${fmt.format(rub.ms)} мс`,
      peer: '—',
      goal: '≤ 1 000 мс',
      ok: rub.ok && rub.ms <= 1000,
    },
    {
      name: '«Построить календарь», 5 000 строк: вызовов (пересборка)',
      ours: String(calls.rebuild),
      peer: '—',
      goal: '≤ 19',
      ok: calls.rebuild <= 19,
    },
    { name: '«Построить календарь», 5 000 строк: вызовов (первая сборка)', ours: String(calls.first), peer: '—', goal: '—' },
  ];
  return rows;
};

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 5, title: 'Надстройка', run: shellBench }];
