/** Every action's spreadsheet calls stay within its budget (the table lives in test/support/actions.ts). */
import { describe, expect, it } from 'vitest';
import { ACTIONS, countCalls } from '../../bench/support/actions';

describe('spreadsheet calls per action', () => {
  it.each(ACTIONS.map((a) => [a.name, a] as const))('%s', async (_name, action) => {
    const { total, session } = await countCalls(action);
    expect(total, `${action.name}: ${JSON.stringify(session.calls.snapshot?.() ?? {})}`).toBeLessThanOrEqual(action.max);
  });

  it('the whole-plan actions read the plan sheet exactly once', async () => {
    for (const name of [
      'План: проверка листа',
      '«Построить календарь» (пересборка)',
      '«План на месяц» (пересборка)',
      '«Начало/Окончание»',
    ]) {
      const { session } = await countCalls(ACTIONS.find((a) => a.name === name)!);
      expect(session.calls.get('Range.getValues'), name).toBe(1);
    }
  });
});
