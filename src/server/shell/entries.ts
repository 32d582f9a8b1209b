/** The shell's entry points: «О программе» and what every sidebar shares. */
import { messages } from '../../core/i18n';
import type { JobEntries } from '../job';
import type * as Exports from './index';

export const ENTRIES: JobEntries = {
  order: 1000,
  menu: [{ fn: 'showAbout', label: (lang) => messages(lang).menu.about, summary: 'Menu «О программе»: opens the sidebar' }],
  sidebar: [
    { fn: 'getAboutInfo', params: [], summary: 'Sidebar «О программе»: texts and functions' },
    { fn: 'selectCell', params: ['payload'], summary: 'Sidebars: selects a cell on a sheet' },
  ],
  custom: [],
};

declare module '../api' {
  /** What the bundle exposes of this job (src/server/api.ts types the endpoints from it). */
  interface JobExports {
    shell: typeof Exports;
  }
}
