/**
 * Every action of the calendar-plan job that writes is all-or-nothing: each of its writes is made to fail in turn
 * (Google's time-out), and the workbook is as before or the message names every sheet that stays changed.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../support/actions';
import { BUDGET_ACTIONS } from '../support/actions/budget';
import { CHECKLIST_ACTIONS } from '../support/actions/checklist';
import { PEOPLE_ACTIONS } from '../support/actions/people';
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

  it.each(['«Построить календарь» (первая сборка)', '«Начало/Окончание»', '«Новый план»'])('%s — the undo fails too: the message says what stays', async (name) => {
    const { verdicts, problems } = await sweepAction(ACTIONS.find((a) => a.name === name)!, { persist: true });
    console.log(summary(`${name} (persist)`, verdicts));
    expect(problems).toEqual([]);
    // a first write that fails leaves nothing; a later one leaves something that the message names
    expect(verdicts.some((v) => v.changed.length && /запустите действие ещё раз|удалите/.test(v.message))).toBe(true);
  });
});
