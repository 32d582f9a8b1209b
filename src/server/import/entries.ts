/** «Импорт из Word…»'s entry points: the menu item and the sidebar's endpoints. */
import type { JobEntries } from '../job';
import type * as Exports from './index';

export const ENTRIES: JobEntries = {
  order: 45,
  menu: [
    {
      fn: 'showImportSidebar',
      label: (lang) => (lang === 'en' ? 'Import from Word…' : 'Импорт из Word…'),
      summary: 'Menu «Импорт из Word…»: opens the sidebar',
    },
  ],
  sidebar: [
    {
      fn: 'importPreview',
      params: ['payload'],
      summary: 'Sidebar «Импорт из Word»: what a .docx holds and where each table will go (writes nothing)',
    },
    { fn: 'importApply', params: ['payload'], summary: 'Sidebar «Импорт из Word»: writes the sheets, checks them, proposes «Участники»' },
  ],
  custom: [],
};

declare module '../api' {
  /** What the bundle exposes of this job (src/server/api.ts types the endpoints from it). */
  interface JobExports {
    import: typeof Exports;
  }
}
