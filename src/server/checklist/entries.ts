/** The checklist-monitoring job's entry points: menu items, sidebar endpoints, custom functions. */
import { checklistMessages } from '../../core/checklist/messages';
import type { JobEntries } from '../job';
import type * as Exports from './index';
import { CHECKLIST_SCORE_DOC, TARGET_MET_DOC } from './functions';

export const ENTRIES: JobEntries = {
  order: 40,
  about: (lang) => checklistMessages(lang).about,
  menu: [
    { fn: 'showChecklistSidebar', label: (lang) => checklistMessages(lang).menu.sidebar, summary: 'Menu «Мониторинг…»: opens the sidebar' },
    { fn: 'menuChecklistSummary', label: (lang) => checklistMessages(lang).menu.summary, summary: 'Menu «Построить сводку мониторинга»' },
  ],
  sidebar: [
    { fn: 'checklistOverview', params: [], summary: 'Sidebar «Мониторинг»: template, schools, tabs, rounds' },
    { fn: 'checklistCreateTemplate', params: ['payload'], summary: 'Sidebar «Мониторинг»: makes the template sheet when there is none' },
    {
      fn: 'checklistDistribute',
      params: ['payload'],
      summary: 'Sidebar «Мониторинг»: «Разослать чек-листы» (a batch of school tabs per call)',
    },
    { fn: 'checklistCheck', params: ['payload'], summary: 'Sidebar «Мониторинг»: findings of the template and the school tabs' },
    { fn: 'checklistFixRound', params: ['payload'], summary: 'Sidebar «Мониторинг»: «Зафиксировать срез» into the history' },
    { fn: 'checklistBuildSummary', params: ['payload'], summary: 'Sidebar «Мониторинг»: builds «Мониторинг — сводка»' },
    { fn: 'checklistBuildNote', params: ['payload'], summary: 'Sidebar «Мониторинг»: builds «Аналитическая справка»' },
    {
      fn: 'checklistNote',
      params: ['payload'],
      summary: "Sidebar «Мониторинг»: the note's structure, for .md / .docx in the CLI and the playground",
    },
    {
      fn: 'checklistNoteDoc',
      params: ['payload'],
      summary: 'Sidebar «Мониторинг»: the note as a Google Doc (documents scope checked now)',
    },
    { fn: 'checklistIndicators', params: ['payload'], summary: 'Sidebar «Мониторинг»: «Показатели» checked, results written' },
    {
      fn: 'checklistImportPreview',
      params: ['payload'],
      summary: 'Sidebar «Мониторинг»: «Импорт чек-листа» — what a pasted checklist reads as, with the column form',
    },
    {
      fn: 'checklistImportSaveMapping',
      params: ['payload'],
      summary: "Sidebar «Мониторинг»: remembers the import's column choice for a sheet",
    },
    { fn: 'checklistPasted', params: ['payload'], summary: 'CLI check: pasted checklists and indicator tables, with what was questioned' },
    {
      fn: 'checklistImport',
      params: ['payload'],
      summary: 'Sidebar «Мониторинг»: makes «Чек-лист (шаблон)» from a pasted checklist (replaces one only when asked)',
    },
  ],
  custom: [CHECKLIST_SCORE_DOC, TARGET_MET_DOC],
};

declare module '../api' {
  /** What the bundle exposes of this job (src/server/api.ts types the endpoints from it). */
  interface JobExports {
    checklist: typeof Exports;
  }
}
