/** Every action of the budget job that writes is all-or-nothing (see atomic-plan.test.ts). */
import { describe, expect, it } from 'vitest';
import '../support/actions'; // first: the job lists import it
import { BUDGET_ACTIONS } from '../support/actions/budget';
import { sweepAction, summary } from './atomic-sweep';

describe('the budget job: a failure at any write leaves the workbook as before or says what stays', () => {
  const writing = BUDGET_ACTIONS.filter((a) => !/обзор|таблицы/.test(a.name));
  it.each(writing.map((a) => [a.name, a] as const))('%s', async (name, action) => {
    const { sweep, verdicts, problems } = await sweepAction(action);
    expect(sweep.writes.length).toBeGreaterThan(0);
    console.log(summary(name, verdicts));
    expect(problems).toEqual([]);
  });
  it.each(['Бюджет: отметить ошибки', '«Свести» (первая сборка)'])('%s — the undo fails too: the message says what stays', async (name) => {
    const { verdicts, problems } = await sweepAction(BUDGET_ACTIONS.find((a) => a.name === name)!, { persist: true });
    console.log(summary(`${name} (persist)`, verdicts));
    expect(problems).toEqual([]);
  });
});
