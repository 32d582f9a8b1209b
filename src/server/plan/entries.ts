/** The calendar-plan job's entry points: menu items, sidebar endpoints, custom functions. */
import { messages } from '../../core/plan/messages';
import type { JobEntries } from '../job';
import type * as Exports from './index';
import { PLAN_DATES_DOC } from './plan-dates';

export const ENTRIES: JobEntries = {
  order: 10,
  about: (lang) => messages(lang).about,
  menu: [
    { fn: 'showPlanSidebar', label: (lang) => messages(lang).menu.sidebar, summary: 'Menu «Календарный план…»: opens the sidebar' },
    {
      fn: 'menuBuildCalendar',
      label: (lang) => messages(lang).menu.buildCalendar,
      summary: 'Menu «Построить календарь» for the active sheet',
    },
    {
      fn: 'menuMonthAgenda',
      label: (lang) => messages(lang).menu.monthAgenda,
      summary: 'Menu «План на месяц» (next month inside the plan) for the active sheet',
    },
  ],
  sidebar: [
    { fn: 'planOverview', params: [], summary: 'Sidebar «Календарный план»: sheets and the default month' },
    { fn: 'planMapping', params: ['payload'], summary: 'Sidebar «Календарный план»: detected or saved columns of a plan sheet' },
    { fn: 'planSaveMapping', params: ['payload'], summary: 'Sidebar «Календарный план»: remembers the column choice for a sheet' },
    { fn: 'planSetPeriod', params: ['payload'], summary: 'Sidebar «Календарный план»: remembers «Период плана» for a sheet' },
    { fn: 'planCheck', params: ['payload'], summary: 'Sidebar «Календарный план»: findings of one plan sheet or of all' },
    { fn: 'planBuildCalendar', params: ['payload'], summary: 'Sidebar «Календарный план»: builds the «Календарь» sheet' },
    { fn: 'planMonthAgenda', params: ['payload'], summary: 'Sidebar «Календарный план»: builds the «План на месяц» sheet' },
    {
      fn: 'planCleanMarkup',
      params: ['payload'],
      summary: 'Sidebar «Календарный план»: cleans Word/HTML markup out of one cell on request',
    },
    { fn: 'planAddDateColumns', params: ['payload'], summary: 'Sidebar «Календарный план»: adds «Начало» and «Окончание» beside «Сроки»' },
    { fn: 'planIcs', params: ['payload'], summary: 'Sidebar «Календарный план»: the plan as an .ics file (writes nothing)' },
    { fn: 'planCreate', params: ['payload'], summary: 'Sidebar «Календарный план»: makes a new plan sheet' },
  ],
  custom: [PLAN_DATES_DOC],
};

declare module '../api' {
  /** What the bundle exposes of this job (src/server/api.ts types the endpoints from it). */
  interface JobExports {
    plan: typeof Exports;
  }
}
