/**
 * Every Apps Script entry point of Code.js, joined from the jobs' own lists, found from the folders: each
 * src/server/<job>/entries.ts exports `ENTRIES` (job.ts), so a new job edits no file here. The build turns each
 * entry point into a top-level `function` stub (with JSDoc; `@customfunction` for custom functions) that calls
 * the bundle, and fails if this list and the jobs' index.ts exports differ.
 */
import type { CustomFunctionDoc, JobEntries } from './job';

export type { CustomFunctionDoc, ParamDoc } from './job';

export type EntryKind = 'trigger' | 'menu' | 'sidebar' | 'custom';

export interface EntryPoint {
  name: string;
  kind: EntryKind;
  params: string[];
  summary: string;
}

/** Every src/server/<job>/entries.ts (the esbuild bundles get them from src/local/glob-plugin.mjs). */
const FOUND = import.meta.glob<JobEntries>('./*/entries.ts', { eager: true, import: 'ENTRIES' });

/** The jobs in menu order (`order`; the folder's name breaks a tie); the shell («О программе») comes last. */
export const JOBS: readonly JobEntries[] = Object.keys(FOUND)
  .sort()
  .map((path) => FOUND[path]!)
  .sort((a, b) => a.order - b.order);

/** Custom functions, with the Russian descriptions Sheets' autocomplete shows. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionDoc[] = JOBS.flatMap((j) => j.custom);

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', kind: 'trigger', params: ['e'], summary: 'Builds the Кластер menu' },
  { name: 'onInstall', kind: 'trigger', params: ['e'], summary: 'Runs onOpen after installation' },
  ...JOBS.flatMap((j) => j.menu.map((m): EntryPoint => ({ name: m.fn, kind: 'menu', params: [], summary: m.summary }))),
  ...JOBS.flatMap((j) => j.sidebar.map((s): EntryPoint => ({ name: s.fn, kind: 'sidebar', params: s.params, summary: s.summary }))),
  ...CUSTOM_FUNCTIONS.map((f): EntryPoint => ({ name: f.name, kind: 'custom', params: f.params.map((p) => p.name), summary: f.summary })),
];
