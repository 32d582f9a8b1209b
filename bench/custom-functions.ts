/**
 * Every custom function on the largest input it accepts, through dist/Code.js in the emulator (the bundle
 * evaluated afresh, the range carried into the script realm, as in Sheets): its range arguments at their limits
 * (server/custom-function-args.ts: cells and characters), filled with the text each function works hardest on,
 * in the shape that costs it most (many short cells, or fewer long ones; distinct names, so nothing is read
 * from a cache). Goal: well under Google's 30 s per call: 10 s of processor time here (Node is faster than
 * Apps Script's V8; processor time, because on a shared machine wall time measures the neighbours).
 *
 * `npx tsx bench/custom-functions.ts [scale] [FUNCTION]` prints the times at `scale` times the limits (how the
 * limits were chosen).
 */
import { INPUT_LIMITS, type InputLimits } from '../src/server/custom-function-args';
import type { Session } from '../src/local/emulator';
import { generateBudgetValues } from './support/budget-tables';
import { generateColumn } from './support/people-columns';
import { sessionOver } from './support/bundle';
import type { BenchRow, BenchPart } from './table';

/** Google's time limit of one custom-function call, and ours in Node. */
const GOOGLE_LIMIT_MS = 30_000;
export const GOAL_MS = 10_000;

type Grid = unknown[][];

/** `text` repeated (joined by `sep`) to exactly `length` characters. */
function fill(text: string, length: number, sep = ' '): string {
  if (length <= 0) return '';
  const unit = text + sep;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A column of `cells` cells holding `chars` characters in all, each cell `unit` repeated. */
function column(cells: number, chars: number, unit: (i: number) => string, sep = ' '): Grid {
  const per = Math.max(1, Math.floor(chars / cells));
  return Array.from({ length: cells }, (_, i) => [fill(unit(i), per, sep)]);
}

/** A column of `cells` cells of `chars` characters in all, each cell the next items of `items` (so cells differ). */
function distinctColumn(cells: number, chars: number, items: readonly string[], sep: string): Grid {
  const per = Math.max(1, Math.floor(chars / cells));
  let k = 0;
  return Array.from({ length: cells }, () => {
    let t = '';
    while (t.length < per) t += (t ? sep : '') + items[k++ % items.length]!;
    return [t.slice(0, per)];
  });
}

export interface LargestInput {
  fn: string;
  /** What the input is, for the bench row. */
  what: string;
  args: () => unknown[];
}

/**
 * The inputs at the limits: for each function, the shapes that cost it most, every range argument at its
 * function's limits (INPUT_LIMITS), or at `scale` times them (to see how time grows).
 */
export function largestInputs(scale = 1): LargestInput[] {
  const at = (l: InputLimits) => ({ cells: Math.floor(l.cells * scale), chars: Math.floor(l.chars * scale) });
  const people = at(INPUT_LIMITS.people);
  const plan = at(INPUT_LIMITS.planDates);
  const { cells, chars } = at(INPUT_LIMITS.default);
  const gen = generateColumn(2000, 60_000, { seed: 5, injectRate: 0.3 });
  const names = gen.cells;
  // a roster as large as the people limits allow: its rows repeated to the cell limit (7 columns) or the characters
  const rosterWidth = gen.rosterValues[0]!.length;
  const rosterRowChars = Math.ceil(gen.rosterValues.slice(1).reduce((n, r) => n + r.join('').length, 0) / (gen.rosterValues.length - 1));
  const rosterRows = Math.min(Math.floor(people.cells / rosterWidth), Math.floor(people.chars / rosterRowChars));
  const roster = () => [
    gen.rosterValues[0]!,
    ...Array.from({ length: rosterRows - 1 }, (_, i) => gen.rosterValues[1 + (i % (gen.rosterValues.length - 1))]!),
  ];
  const namesColumn = (n: number) => distinctColumn(n, people.chars, names, '; ');
  const terms = [
    'До 26.09.2022',
    'Сентябрь 2014 – май 2015',
    'Один раз в месяц с января 2024 по декабрь 2024',
    'Весна 2024',
    'В течение года',
    '2023 год',
  ];
  const budget = (letters: boolean) => {
    const rows = generateBudgetValues({ items: Math.floor((cells / 9 - 5) / 3), years: 5, sources: 3, seed: 3 });
    const isItem = (r: unknown[]) =>
      typeof r[1] === 'string' && r[1] !== '' && r[1] !== 'Итого' && r[1] !== 'Всего' && r[1] !== 'Статьи затрат';
    const items = rows.filter(isItem).length;
    const other = rows.reduce(
      (sum, r) => sum + r.reduce((k: number, v, c) => k + (typeof v === 'string' && !(c === 1 && isItem(r)) ? v.length : 0), 0),
      0,
    );
    const per = Math.max(1, Math.floor((chars - other) / Math.max(items, 1)));
    return rows.map((r, i) => (isItem(r) ? [r[0], letters ? `${'a'.repeat(per - 6)}${i}` : fill(String(r[1]), per), ...r.slice(2)] : r));
  };
  const stars = `${'a*'.repeat(200)}0`; // the issue's pattern of 200 stars, ending so that some items match
  const n = (x: number) => new Intl.NumberFormat('ru-RU').format(Math.floor(x));
  return [
    {
      fn: 'CHECK_RESPONSIBLE',
      what: `${n(people.cells)} ячеек имён (${n(people.chars)} знаков) и реестр ${n(rosterRows)} строк`,
      args: () => [namesColumn(people.cells), roster()],
    },
    { fn: 'CHECK_RESPONSIBLE', what: `${n(people.chars / 60)} ячеек по 60 знаков имён`, args: () => [namesColumn(people.chars / 60)] },
    {
      fn: 'CHECK_RESPONSIBLE',
      what: `${n(people.chars / 4900)} ячеек по 4 900 знаков имён`,
      args: () => [namesColumn(people.chars / 4900)],
    },
    {
      fn: 'RESPONSIBLE_PEOPLE',
      what: `${n(people.cells)} ячеек имён (${n(people.chars)} знаков) и реестр ${n(rosterRows)} строк`,
      args: () => [namesColumn(people.cells), roster()],
    },
    { fn: 'RESPONSIBLE_PEOPLE', what: `${n(people.chars / 60)} ячеек по 60 знаков имён`, args: () => [namesColumn(people.chars / 60)] },
    {
      fn: 'PLAN_DATES',
      what: `${n(plan.cells)} ячеек сроков (${n(plan.chars)} знаков)`,
      args: () => [column(plan.cells, plan.chars, (i) => terms[i % terms.length]!, '; '), '2023-2024 учебный год'],
    },
    {
      fn: 'PLAN_DATES',
      what: `${n(plan.cells / 20)} ячеек сроков по ${n((plan.chars / plan.cells) * 20)} знаков`,
      args: () => [column(plan.cells / 20, plan.chars, (i) => terms[i % terms.length]!, '; ')],
    },
    {
      fn: 'RUB',
      what: `${n(cells)} ячеек сумм (${n(chars)} знаков)`,
      args: () => [column(cells, chars, (i) => `${(i * 37) % 100000} руб.`, '')],
    },
    { fn: 'BUDGET_CHECK', what: `таблица ${n(cells)} ячеек, статьи на ${n(chars)} знаков`, args: () => [budget(false)] },
    { fn: 'BUDGET_ROLLUP', what: `таблица ${n(cells)} ячеек по статьям, ${n(chars)} знаков`, args: () => [budget(false), 'статья'] },
    {
      fn: 'BUDGET_TOTAL',
      what: `таблица ${n(cells)} ячеек, статьи «aaa…» на ${n(chars)} знаков, шаблон «a*a*…0» из 200 «*»`,
      args: () => [budget(true), '', '', stars],
    },
    {
      fn: 'CHECKLIST_SCORE',
      what: `${n(cells / 2)} ответов (${n(chars)} знаков) и весов`,
      args: () => [column(cells / 2, chars, () => 'Частично, есть вопросы'), column(cells / 2, cells / 2, () => '1')],
    },
    {
      fn: 'TARGET_MET',
      what: `${n(cells / 2)} целей (${n(chars)} знаков) и фактов`,
      args: () => [column(cells / 2, chars, () => 'Не менее 3 консультаций в месяц'), column(cells / 2, cells / 2, (i) => String(i % 7))],
    },
  ];
}

/**
 * One call through the bundle: the processor time it took (user + system: on a machine shared with other work
 * the wall time says more about the neighbours than about us) and whether Sheets would show a value.
 */
export function timeCall(session: Session, input: LargestInput): { ms: number; error?: string } {
  const args = input.args() as Parameters<Session['customFunction']>[1][];
  const c0 = process.cpuUsage();
  const result = session.customFunction(input.fn, ...args);
  const used = process.cpuUsage(c0);
  const ms = (used.user + used.system) / 1000;
  const error = result && typeof result === 'object' && !Array.isArray(result) && 'error' in result ? String(result.error) : undefined;
  return error === undefined ? { ms } : { ms, error };
}

const fmt = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });

export async function benchCustomFunctions(): Promise<BenchRow[]> {
  const session = await sessionOver({ sheets: [{ name: 'Лист1', rows: [] }] }, { customFunctionTimeoutMs: GOOGLE_LIMIT_MS * 4 });
  return largestInputs().map((input) => {
    const r = timeCall(session, input);
    const shown = r.error ? `${fmt.format(r.ms)} мс (#ERROR!: ${r.error.slice(0, 60)})` : `${fmt.format(r.ms)} мс`;
    return {
      name: `${input.fn}: ${input.what}`,
      ours: shown,
      peer: '—',
      goal: `< ${fmt.format(GOAL_MS)} мс`,
      ok: r.ms < GOAL_MS && !r.error,
    };
  });
}

if (process.argv[1] && /custom-functions\.ts$/.test(process.argv[1])) {
  const scale = Number(process.argv[2] ?? 1);
  const only = process.argv[3];
  const session = await sessionOver({ sheets: [{ name: 'Лист1', rows: [] }] }, { customFunctionTimeoutMs: 600_000 });
  for (const input of largestInputs(scale)) {
    if (only && input.fn !== only) continue;
    const r = timeCall(session, input);
    console.log(
      `${input.fn.padEnd(20)} ${fmt.format(r.ms).padStart(8)} мс  ${input.what}${r.error ? `  #ERROR! ${r.error.slice(0, 100)}` : ''}`,
    );
  }
}

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [
  { order: 90, title: 'Функции формул на самом большом допустимом вводе (бандл в эмуляторе, время процессора)', run: benchCustomFunctions },
];
