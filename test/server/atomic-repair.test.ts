/**
 * «A re-run repairs»: whatever write of an action fails, running the action again ends with the workbook a clean
 * run leaves (sheet ids aside: a sheet made again is a new sheet).
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../bench/support/actions';
import { sweepRepair } from './atomic-sweep';

const REPAIRED = [
  '«Построить календарь» (первая сборка)',
  '«Построить календарь» (пересборка)',
  '«Начало/Окончание»',
  'Ответственные: «Исправить все надёжные»',
  '«Матрица ответственности» (пересборка)',
  'Бюджет: отметить ошибки',
  'Бюджет: убрать отметки',
  '«Свести» (пересборка)',
  '«Разослать чек-листы» (листы есть, шаблон новый)',
  '«Зафиксировать срез» (первый)',
  '«Зафиксировать срез» (следующий)',
  '«Построить сводку» (пересборка)',
];

describe('after a failure at any write, running the action again gives what a clean run gives', () => {
  it.each(REPAIRED)('%s', async (name) => {
    const { writes, broken } = await sweepRepair(ACTIONS.find((a) => a.name === name)!);
    expect(writes).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
