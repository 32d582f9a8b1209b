/** The responsibility-columns job's entry points: menu items, sidebar endpoints, custom functions. */
import type { JobEntries } from '../job';

export const PEOPLE_ENTRIES: JobEntries = {
  menu: [],
  sidebar: [],
  custom: [],
};
