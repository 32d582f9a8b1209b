/** Every action of the people job that writes is all-or-nothing (see atomic-plan.test.ts). */
import { describe, expect, it } from 'vitest';
import '../support/actions'; // first: the job lists import it
import { PEOPLE_ACTIONS } from '../support/actions/people';
import { sweepAction, summary } from './atomic-sweep';

describe('the people job: a failure at any write leaves the workbook as before or says what stays', () => {
  const writing = PEOPLE_ACTIONS.filter((a) => !/обзор|столбцы|проверка|предложить|имена для выбора|уже есть/.test(a.name));
  it('covers the fixes, the roster, the dropdown, the insert, the load and the matrix', () => {
    expect(writing.map((a) => a.name)).toEqual(expect.arrayContaining(['Ответственные: «Исправить все надёжные»', '«Нагрузка» (первая сборка)', '«Матрица ответственности» (пересборка)']));
  });
  it.each(writing.map((a) => [a.name, a] as const))('%s', async (name, action) => {
    const { sweep, verdicts, problems } = await sweepAction(action);
    expect(sweep.writes.length).toBeGreaterThan(0);
    console.log(summary(name, verdicts));
    expect(problems).toEqual([]);
  });
  it('«Нагрузка» (первая сборка) — the undo fails too: the message says what stays', async () => {
    const { verdicts, problems } = await sweepAction(PEOPLE_ACTIONS.find((a) => a.name === '«Нагрузка» (первая сборка)')!, { persist: true });
    console.log(summary('«Нагрузка» (persist)', verdicts));
    expect(problems).toEqual([]);
  });
});
