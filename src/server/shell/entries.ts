/** The shell's entry points: «О программе» and what every sidebar shares. */
import { messages } from '../../core/i18n';
import type { JobEntries } from '../job';

export const ENTRIES: JobEntries = {
  order: 1000,
  menu: [{ fn: 'showAbout', label: (lang) => messages(lang).menu.about, summary: 'Menu «О программе»: opens the sidebar' }],
  sidebar: [
    { fn: 'getAboutInfo', params: [], summary: 'Sidebar «О программе»: texts and functions' },
    { fn: 'selectCell', params: ['payload'], summary: 'Sidebars: selects a cell on a sheet' },
  ],
  custom: [],
};

// what the bundle exposes of the shell is declared in index.ts (see there)
