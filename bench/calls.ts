/** Spreadsheet service calls per action on the sample workbook: the same table the server test asserts. */
import { ACTIONS, countCalls } from './support/actions';
import type { BenchRow, BenchSection, BenchPart } from './table';

export const callsBench: BenchSection = async () => {
  const rows: BenchRow[] = [];
  for (const action of ACTIONS) {
    const { total } = await countCalls(action);
    rows.push({ name: `Вызовы: ${action.name}`, ours: String(total), peer: '—', goal: `≤ ${action.max}`, ok: total <= action.max });
  }
  return rows;
};

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 100, title: 'Вызовы Таблиц на действие (пример, эмулятор)', run: callsBench }];
