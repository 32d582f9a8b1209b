/**
 * Every action of the calendar-plan job that writes is all-or-nothing: each of its writes is made to fail in turn
 * (Google's time-out), and the workbook is as before or the message names every sheet that stays changed.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../bench/support/actions';
import { ACTIONS as BUDGET_ACTIONS } from '../../bench/support/actions/budget';
import { ACTIONS as CHECKLIST_ACTIONS } from '../../bench/support/actions/checklist';
import { ACTIONS as PEOPLE_ACTIONS } from '../../bench/support/actions/people';
import { sampleWorkbook } from '../../sample/workbook';
import { ok, sessionOver } from '../support/bundle';
import { sweepAction, summary } from './atomic-sweep';

const others = new Set([...PEOPLE_ACTIONS, ...BUDGET_ACTIONS, ...CHECKLIST_ACTIONS]);
export const PLAN_WRITES = [
  '«Построить календарь» (первая сборка)',
  '«Построить календарь» (пересборка)',
  '«План на месяц» (пересборка)',
  '«План на месяц» всех планов (пересборка)',
  'План: очистить ячейку от разметки',
  '«Начало/Окончание»',
  '«Новый план»',
];

describe('the plan job: a failure at any write leaves the workbook as before or says what stays', () => {
  it('the table lists every plan action that writes', () => {
    const plan = ACTIONS.filter((a) => !others.has(a));
    expect(PLAN_WRITES.every((n) => plan.some((a) => a.name === n))).toBe(true);
  });

  it.each(PLAN_WRITES)('%s', async (name) => {
    const { sweep, verdicts, problems } = await sweepAction(ACTIONS.find((a) => a.name === name)!);
    expect(sweep.writes.length).toBeGreaterThan(0);
    console.log(summary(name, verdicts));
    expect(problems).toEqual([]);
  });

  it.each(['«Построить календарь» (первая сборка)', '«Начало/Окончание»', '«Новый план»'])(
    '%s — the undo fails too: the message says what stays',
    async (name) => {
      const { verdicts, problems } = await sweepAction(
        ACTIONS.find((a) => a.name === name)!,
        { persist: true },
      );
      console.log(summary(`${name} (persist)`, verdicts));
      expect(problems).toEqual([]);
      // a first write that fails leaves nothing; a later one leaves something that the message names
      expect(verdicts.some((v) => v.changed.length && /запустите действие ещё раз|удалите/.test(v.message))).toBe(true);
    },
  );
});

describe("promises about the user's cells: «Начало/Окончание» asks again when any character of a listed cell changed", () => {
  it('a change after the 80th character of a cell makes the confirmation stale: nothing is overwritten', async () => {
    const s = await sessionOver(sampleWorkbook());
    const PLAN = 'Академия 2023-2025';
    const first = ok<{ columns: string; inserted: boolean }>(s.run('planAddDateColumns', { sheet: PLAN }));
    expect(first.inserted).toBe(true);
    const col = first.columns
      .split(':')[0]!
      .split('')
      .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const sheet = s.workbook.sheet(PLAN)!;
    const row = [...Array(60).keys()].map((i) => i + 2).find((r) => sheet.cell(r, col)?.value instanceof Date)!;
    const long = `уточняется: ${'подробности '.repeat(10)}конец`;
    expect(long.length).toBeGreaterThan(100);
    sheet.cellForWrite(row, col).value = long;
    const asked = ok<{ pending?: { token: string; changes: { old: string }[] } }>(s.run('planAddDateColumns', { sheet: PLAN }));
    expect(asked.pending?.changes[0]?.old).toBe(long.slice(0, 80));
    // the user edits the cell past what the list showed, then confirms
    const edited = `${long.slice(0, 95)}X${long.slice(96)}`;
    sheet.cellForWrite(row, col).value = edited;
    const again = ok<{ pending?: { token: string } }>(s.run('planAddDateColumns', { sheet: PLAN, confirm: asked.pending!.token }));
    expect(again.pending).toBeDefined();
    expect(again.pending!.token).not.toBe(asked.pending!.token);
    expect(sheet.cell(row, col)?.value).toBe(edited);
    // confirmed with the new token, it is replaced
    ok(s.run('planAddDateColumns', { sheet: PLAN, confirm: again.pending!.token }));
    expect(sheet.cell(row, col)?.value).toBeInstanceOf(Date);
  });
});
