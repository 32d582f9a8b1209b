/**
 * Every action of the add-on, run once on the sample workbook, with the spreadsheet calls it may cost.
 * The server test asserts each count; `npm run bench` prints them. Each job's actions live in
 * ./actions/<job>.ts (exporting `ORDER` and `ACTIONS`), found from the folder: a new job adds its file there.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session } from '../../src/local/emulator';
import { sampleWorkbook } from '../../sample/workbook';
import { sessionOver } from './bundle';
import type { Action } from './actions/action';

/** Read from the folder at load (plain dynamic imports: the bench runs this under tsx, the tests under vitest). */
const DIR = join(dirname(fileURLToPath(import.meta.url)), 'actions');
const JOBS = (
  await Promise.all(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'action.ts')
      .sort()
      .map((f) => import(join(DIR, f)) as Promise<{ ORDER: number; ACTIONS: Action[] }>),
  )
).sort((a, b) => a.ORDER - b.ORDER);

/** Every action, job by job in menu order. */
export const ACTIONS: Action[] = JOBS.flatMap((j) => j.ACTIONS);

/** Runs one action on a fresh sample session and returns the spreadsheet calls it made. */
export async function countCalls(action: Action): Promise<{ total: number; session: Session }> {
  const session = await sessionOver(sampleWorkbook());
  action.before?.(session);
  session.calls.reset();
  action.run(session);
  return { total: session.calls.total(), session };
}
