/** Every action of the checklist job that writes is all-or-nothing (see atomic-plan.test.ts). */
import { describe, expect, it } from 'vitest';
import '../support/actions'; // first: the job lists import it
import { CHECKLIST_ACTIONS } from '../support/actions/checklist';
import { sweepAction, summary } from './atomic-sweep';

describe('the checklist job: a failure at any write leaves the workbook as before or says what stays', () => {
  const writing = CHECKLIST_ACTIONS.filter((a) => !/обзор|уже есть|повторно|проверка листов|документ Google/.test(a.name));
  it.each(writing.map((a) => [a.name, a] as const))('%s', async (name, action) => {
    const { sweep, verdicts, problems } = await sweepAction(action);
    expect(sweep.writes.length).toBeGreaterThan(0);
    console.log(summary(name, verdicts));
    expect(problems).toEqual([]);
  });
  it.each(['«Разослать чек-листы» (листы есть, шаблон новый)', '«Зафиксировать срез» (первый)'])('%s — the undo fails too: the message says what stays', async (name) => {
    const { verdicts, problems } = await sweepAction(CHECKLIST_ACTIONS.find((a) => a.name === name)!, { persist: true });
    console.log(summary(`${name} (persist)`, verdicts));
    expect(problems).toEqual([]);
  });
});
