/**
 * dist/Code.js as Apps Script sees it: one plain script. Loaded here into a bare vm context with no
 * services at all, so anything that needs a global it does not declare fails here, not in a user's sheet.
 */
import { createContext, Script } from 'node:vm';
import { transform } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS, ENTRY_POINTS } from '../../src/server/entry-points';
import { bundleCode } from '../support/bundle';

let code = '';
let context: Record<string, unknown>;

beforeAll(async () => {
  code = await bundleCode();
  context = createContext({});
  new Script(code, { filename: 'Code.js' }).runInContext(context);
});

/** The top-level function declarations of the script, by a scan of its text. */
function declaredFunctions(source: string): string[] {
  return [...source.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]!);
}

describe('dist/Code.js', () => {
  it('declares exactly the entry points as top-level functions, none ending in "_"', () => {
    const names = declaredFunctions(code);
    expect(new Set(names)).toEqual(new Set(ENTRY_POINTS.map((e) => e.name)));
    expect(names.filter((n) => n.endsWith('_'))).toEqual([]);
    for (const name of names) expect(typeof context[name]).toBe('function');
  });

  it('keeps nothing else global but the hidden bundle object (and the config zod keeps there, which is no function)', () => {
    const globals = Object.keys(context).filter((k) => typeof context[k] !== 'function');
    expect(globals.sort()).toEqual(['Klaster_', '__zod_globalConfig']);
  });

  it('is ES2019, what the Apps Script V8 runtime runs: lowering it to es2019 changes nothing (and would change newer syntax)', async () => {
    const lowered = async (source: string, target: string) =>
      (await transform(source, { target, minifyWhitespace: true, charset: 'utf8', legalComments: 'none' })).code;
    expect(await lowered(code, 'es2019')).toBe(await lowered(code, 'esnext'));
    for (const newer of ['x = a?.b;', 'x = a ?? b;', 'class A { x = 1 }', 'a ||= b;']) {
      expect(await lowered(newer, 'es2019'), newer).not.toBe(await lowered(newer, 'esnext'));
    }
  });

  it('has no top-level export, which clasp push rejects', () => {
    expect(code).not.toMatch(/^\s*export\s/m);
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s has @customfunction JSDoc with its parameters right above it',
    (name, doc) => {
      const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
      expect(match).not.toBeNull();
      const [, jsdoc, params] = match!;
      expect(jsdoc).toContain('@customfunction');
      expect(jsdoc).toContain(doc.summary);
      expect(params!.split(',').map((p) => p.trim())).toEqual(doc.params.map((p) => p.name));
      for (const p of doc.params) expect(jsdoc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? ${p.description.slice(0, 20)}`));
    },
  );

  it('custom functions need no service: RUB and PLAN_DATES work in a bare context', () => {
    const rub = context.RUB as (v: unknown) => unknown;
    expect(rub([['30 000'], ['1 234,50'], ['—'], ['']])).toEqual([[30000], [1234.5], [0], ['']]);
    expect(rub(275000)).toBe(275000);
    expect(() => rub('тридцать')).toThrow(/Не число/);
    const planDates = context.PLAN_DATES as (t: unknown, c?: unknown) => unknown[][];
    const [row] = planDates([['Сентябрь 2014 –\nмай 2015']]);
    expect(row![2]).toBe('период');
    expect(Object.prototype.toString.call(row![0])).toBe('[object Date]');
    expect([(row![0] as Date).getFullYear(), (row![0] as Date).getMonth(), (row![0] as Date).getDate()]).toEqual([2014, 8, 1]);
    expect([(row![1] as Date).getFullYear(), (row![1] as Date).getMonth(), (row![1] as Date).getDate()]).toEqual([2015, 4, 31]);
  });

  it('a custom function refuses a range over 500 000 cells before doing any work', () => {
    const rub = context.RUB as (v: unknown) => unknown;
    const huge = Array.from({ length: 250_001 }, () => ['1', '2']);
    expect(() => rub(huge)).toThrow(/^Слишком большой диапазон: 500002 ячейки \(не больше 500000\)$/);
    expect(() => (context.PLAN_DATES as (v: unknown) => unknown)(huge)).toThrow(/Слишком большой диапазон/);
  });

  it('the size guard counts every cell, not the first row width times the rows', () => {
    const rub = context.RUB as (v: unknown) => unknown;
    const sneaky = [['1'], Array.from({ length: 2000 }, () => '1'), ...Array.from({ length: 300 }, () => ['1'])];
    expect(() => rub(sneaky)).toThrow(/^Слишком большой диапазон: 604000 ячеек \(не больше 500000\)$/);
  });

  it('RUB on hostile ranges: ragged and null rows, 300-digit and 1 MB cells → per-cell Russian messages, never a TypeError', () => {
    const rub = context.RUB as (v: unknown) => unknown[][];
    expect(rub([['1 000'], ['2', '3,5'], null, undefined])).toEqual([
      [1000, ''],
      [2, 3.5],
      ['', ''],
      ['', ''],
    ]);
    const [digits, mega, ok] = rub([['9'.repeat(300)], ['тридцать '.repeat(120_000)], ['30 000']]).map((row) => row[0] as string);
    expect(digits).toMatch(/^Не число: «9{100}…» — слишком большое число \(больше 15 цифр\)$/);
    expect(mega).toMatch(/^Не число: «тридцать тридцать .{70,100}…» не похоже на число$/);
    expect(mega!.length).toBeLessThan(140);
    expect(ok).toBe(30000);
    expect(() => rub('9'.repeat(300))).toThrow(/^Не число: .*слишком большое число/);
    for (const v of rub([[Number.POSITIVE_INFINITY, '1e400', '١٢٣']]).flat()) expect(v).toMatch(/^Не число: /);
  });

  it('PLAN_DATES on hostile ranges: null rows, a 1 MB cell, a ragged context → a row per cell, Russian text', () => {
    const planDates = context.PLAN_DATES as (t: unknown, c?: unknown) => unknown[][];
    const rows = planDates([['Май 2024'], null, ['x'.repeat(1 << 20)]], [['Сентябрь 2023 – май 2024'], null]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['', '', '']);
    expect(rows[2]![2]).toMatch(/^не распознано/);
    expect(String(rows[2]![2]).length).toBeLessThan(200);
  });

  it('a menu action needing services fails in a bare context (the bundle really calls SpreadsheetApp)', () => {
    expect(() => (context.onOpen as () => void)()).toThrow(/SpreadsheetApp/);
  });
});
