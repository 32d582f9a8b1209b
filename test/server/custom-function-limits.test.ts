/**
 * Every custom function refuses a range past its limits, cells or characters, with a message naming the limit,
 * before any work (issue 14, item 4: CHECK_RESPONSIBLE on 100 000 cells of 1 KB took over 35 s). The time each
 * takes on the largest input it accepts is `npm run bench`'s business (bench/custom-functions.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/local/emulator';
import { INPUT_LIMITS } from '../../src/server/custom-function-args';
import { sessionOver } from '../support/bundle';

let s: Session;
beforeAll(async () => {
  s = await sessionOver({ sheets: [{ name: 'Лист1', rows: [] }] });
});

const KB = 'Иванов И.И.; Петрова А.С.; '.repeat(40).slice(0, 1024);
const column = (cells: number, text: string) => Array.from({ length: cells }, () => [text]);
const TOO_MUCH_TEXT = /^Слишком много текста в диапазоне: не меньше [\d ]+ знаков \(не больше ([\d ]+)\)\. Разделите диапазон на части$/;

describe('the limits', () => {
  it('are half a million cells and ten million characters; the people functions half a million characters; PLAN_DATES 100 000 cells', () => {
    expect(INPUT_LIMITS).toEqual({
      default: { cells: 500_000, chars: 10_000_000 },
      people: { cells: 200_000, chars: 500_000 },
      planDates: { cells: 100_000, chars: 10_000_000 },
    });
  });
});

describe('a range past the limits is refused at once, with the limit named', () => {
  it.each<[string, () => unknown[], RegExp | string]>([
    ["CHECK_RESPONSIBLE on 100 000 cells of 1 KB (the issue's probe)", () => [column(100_000, KB)], '500 000'],
    ['RESPONSIBLE_PEOPLE on 100 000 cells of 1 KB', () => [column(100_000, KB)], '500 000'],
    ['CHECK_RESPONSIBLE with a roster of 1 000 cells of 1 KB', () => [[['Иванов И.И.']], column(1000, KB)], '500 000'],
    ['PLAN_DATES on 20 000 cells of 1 KB', () => [column(20_000, `До 26.09.2022 ${KB}`)], '10 000 000'],
    ['RUB on 10 001 cells of 1 KB', () => [column(10_001, KB)], '10 000 000'],
    ['BUDGET_CHECK on 10 001 cells of 1 KB', () => [column(10_001, KB)], '10 000 000'],
    ['BUDGET_ROLLUP on 10 001 cells of 1 KB', () => [column(10_001, KB), 'год'], '10 000 000'],
    ['BUDGET_TOTAL on 10 001 cells of 1 KB', () => [column(10_001, KB), 2024], '10 000 000'],
    ['CHECKLIST_SCORE on 10 001 cells of 1 KB', () => [column(10_001, KB)], '10 000 000'],
    ['TARGET_MET on 10 001 cells of 1 KB', () => [column(10_001, KB), column(10_001, '1')], '10 000 000'],
  ])('%s', (label, args, limit) => {
    const fn = label.split(' ')[0]!;
    const started = performance.now();
    const result = s.customFunction(fn, ...(args() as Parameters<Session['customFunction']>[1][]));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result).toEqual({ error: expect.stringMatching(TOO_MUCH_TEXT) });
    expect((result as { error: string }).error).toContain(`(не больше ${limit})`);
  });

  it('PLAN_DATES refuses 100 001 cells; the others take them', () => {
    expect(s.customFunction('PLAN_DATES', column(100_001, ''))).toEqual({
      error: 'Слишком большой диапазон: 100001 ячейка (не больше 100000)',
    });
    const rub = s.customFunction('RUB', column(100_001, '1'));
    expect(Array.isArray(rub) && rub.length).toBe(100_001);
  });

  it('in English for an English user', async () => {
    const en = await sessionOver({ sheets: [{ name: 'Лист1', rows: [] }] }, { locale: 'en' });
    expect(en.customFunction('RUB', column(10_001, KB))).toEqual({
      error: expect.stringMatching(/^Too much text in the range: at least [\d ]+ characters \(at most 10 000 000\)\. Split the range$/),
    });
  });
});
