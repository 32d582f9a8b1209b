/**
 * What a job's server folder declares about itself: its menu items, its sidebar endpoints and its custom
 * functions with their documentation. Each src/server/<job>/entries.ts exports `ENTRIES: JobEntries`, and the
 * shell finds them from the folders (entry-points.ts); the build bundles every src/server/<job>/index.ts
 * beside them. Pure data: the build evaluates it to write one top-level stub per entry point.
 */
import type { Lang } from '../core/i18n';

export interface ParamDoc {
  name: string;
  /** JSDoc type as Sheets shows it, e.g. `number|string|Array<Array<string>>`. */
  type: string;
  description: string;
  optional?: boolean;
}

/** A custom function: the Russian JSDoc Sheets' autocomplete shows, and both languages for «О программе». */
export interface CustomFunctionDoc {
  name: string;
  summary: string;
  summaryEn: string;
  params: ParamDoc[];
  returns: string;
  example: string;
}

export interface MenuEntry {
  /** The top-level function the menu item calls. */
  fn: string;
  label: (lang: Lang) => string;
  summary: string;
}

export interface SidebarEntry {
  fn: string;
  params: string[];
  summary: string;
}

export interface JobEntries {
  /** Where the job stands in the menu, «О программе» and `klaster check`: smaller first (plan 10 … shell 1000). */
  order: number;
  /** One line for «О программе»: what the job does (only jobs that are built are listed). */
  about?: (lang: Lang) => string;
  /** The job's menu items, in order; jobs are separated in the menu. */
  menu: readonly MenuEntry[];
  sidebar: readonly SidebarEntry[];
  custom: readonly CustomFunctionDoc[];
}
