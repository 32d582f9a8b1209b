/**
 * Every Apps Script entry point of Code.js, joined from the jobs' own lists: the build turns each into a
 * top-level `function` stub (with JSDoc; `@customfunction` for custom functions) that calls the bundle.
 * The build fails if this list and the exports of src/server/index.ts differ.
 */
import { BUDGET_ENTRIES } from './budget/entries';
import { CHECKLIST_ENTRIES } from './checklist/entries';
import { IMPORT_ENTRIES } from './import/entries';
import type { CustomFunctionDoc, JobEntries } from './job';
import { PEOPLE_ENTRIES } from './people/entries';
import { PLAN_ENTRIES } from './plan/entries';
import { SHELL_ENTRIES } from './shell/entries';

export type { CustomFunctionDoc, ParamDoc } from './job';

export type EntryKind = 'trigger' | 'menu' | 'sidebar' | 'custom';

export interface EntryPoint {
  name: string;
  kind: EntryKind;
  params: string[];
  summary: string;
}

/** The jobs in menu order; the shell («О программе») comes last. */
export const JOBS: readonly JobEntries[] = [PLAN_ENTRIES, PEOPLE_ENTRIES, BUDGET_ENTRIES, CHECKLIST_ENTRIES, IMPORT_ENTRIES, SHELL_ENTRIES];

/** Custom functions, with the Russian descriptions Sheets' autocomplete shows. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionDoc[] = JOBS.flatMap((j) => j.custom);

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', kind: 'trigger', params: ['e'], summary: 'Builds the Кластер menu' },
  { name: 'onInstall', kind: 'trigger', params: ['e'], summary: 'Runs onOpen after installation' },
  ...JOBS.flatMap((j) => j.menu.map((m): EntryPoint => ({ name: m.fn, kind: 'menu', params: [], summary: m.summary }))),
  ...JOBS.flatMap((j) => j.sidebar.map((s): EntryPoint => ({ name: s.fn, kind: 'sidebar', params: s.params, summary: s.summary }))),
  ...CUSTOM_FUNCTIONS.map((f): EntryPoint => ({ name: f.name, kind: 'custom', params: f.params.map((p) => p.name), summary: f.summary })),
];
