/** The checklist-monitoring job's entry points: menu items, sidebar endpoints, custom functions. */
import type { JobEntries } from '../job';

export const CHECKLIST_ENTRIES: JobEntries = {
  menu: [],
  sidebar: [],
  custom: [],
};
