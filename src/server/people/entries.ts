/** The responsibility-columns job's entry points: menu items, sidebar endpoints, custom functions. */
import { peopleMessages } from '../../core/people';
import type { JobEntries } from '../job';
import type * as Exports from './index';
import { CHECK_RESPONSIBLE_DOC, RESPONSIBLE_PEOPLE_DOC } from './functions';

const SIDEBAR = 'Sidebar «Ответственные»';

export const ENTRIES: JobEntries = {
  order: 20,
  about: (lang) => peopleMessages(lang).about,
  menu: [
    { fn: 'showPeopleSidebar', label: (lang) => peopleMessages(lang).menu.sidebar, summary: 'Menu «Ответственные…»: opens the sidebar' },
    {
      fn: 'menuPeopleSheets',
      label: (lang) => peopleMessages(lang).menu.buildSheets,
      summary: 'Menu «Нагрузка и матрица ответственности» for the active sheet',
    },
  ],
  sidebar: [
    { fn: 'peopleOverview', params: [], summary: `${SIDEBAR}: sheets, the roster's state, the workload threshold` },
    { fn: 'peopleMapping', params: ['payload'], summary: `${SIDEBAR}: detected or saved columns of a plan sheet` },
    { fn: 'peopleSaveMapping', params: ['payload'], summary: `${SIDEBAR}: remembers the column choice for a sheet` },
    { fn: 'peopleCheck', params: ['payload'], summary: `${SIDEBAR}: findings of one responsible column or of all, and of the roster` },
    { fn: 'peopleApplyFixes', params: ['payload'], summary: `${SIDEBAR}: applies the chosen fixes, one write per column` },
    { fn: 'peopleFixSafe', params: ['payload'], summary: `${SIDEBAR}: «Исправить все надёжные»` },
    { fn: 'peopleCreateRoster', params: ['payload'], summary: `${SIDEBAR}: creates «Участники» from the template` },
    { fn: 'peopleProposeRoster', params: ['payload'], summary: `${SIDEBAR}: roster rows proposed from the plan's names` },
    { fn: 'peopleAppendRoster', params: ['payload'], summary: `${SIDEBAR}: appends the confirmed rows to «Участники»` },
    { fn: 'peopleRosterNames', params: ['payload'], summary: `${SIDEBAR}: the roster's names for the picker` },
    { fn: 'peopleInstallDropdown', params: ['payload'], summary: `${SIDEBAR}: a warning-only dropdown on the responsible column` },
    { fn: 'peopleInsert', params: ['payload'], summary: `${SIDEBAR}: the picker adds a name to the selected cell` },
    { fn: 'peopleWorkload', params: ['payload'], summary: `${SIDEBAR}: builds «Нагрузка»` },
    { fn: 'peopleMatrix', params: ['payload'], summary: `${SIDEBAR}: builds «Матрица ответственности»` },
  ],
  custom: [CHECK_RESPONSIBLE_DOC, RESPONSIBLE_PEOPLE_DOC],
};

declare module '../api' {
  /** What the bundle exposes of this job (src/server/api.ts types the endpoints from it). */
  interface JobExports {
    people: typeof Exports;
  }
}
