/** The budget job's entry points: menu items, sidebar endpoints, custom functions. */
import { budgetMessages } from '../../core/budget';
import type { JobEntries } from '../job';
import type * as Exports from './index';
import { BUDGET_CHECK_DOC, BUDGET_ROLLUP_DOC, BUDGET_TOTAL_DOC } from './functions';
import { RUB_DOC } from './rub';

export const ENTRIES: JobEntries = {
  order: 30,
  about: (lang) => budgetMessages(lang).about,
  menu: [
    { fn: 'showBudgetSidebar', label: (lang) => budgetMessages(lang).menu.sidebar, summary: 'Menu «Бюджет…»: opens the sidebar' },
    {
      fn: 'menuConsolidateBudgets',
      label: (lang) => budgetMessages(lang).menu.consolidate,
      summary: 'Menu «Свести бюджеты»: every budget table into «Бюджет — свод»',
    },
  ],
  sidebar: [
    { fn: 'budgetOverview', params: [], summary: 'Sidebar «Бюджет»: the sheets and the one to show first' },
    { fn: 'budgetScan', params: ['payload'], summary: 'Sidebar «Бюджет»: budget tables of a sheet or of all, with findings' },
    {
      fn: 'budgetMapping',
      params: ['payload'],
      summary: 'Sidebar «Бюджет»: the column form of a sheet (header row, columns, year, unit) as read',
    },
    {
      fn: 'budgetSaveMapping',
      params: ['payload'],
      summary: 'Sidebar «Бюджет»: remembers the header row, columns, year and unit for a sheet',
    },
    { fn: 'budgetMark', params: ['payload'], summary: 'Sidebar «Бюджет»: fills and notes on the cells with errors' },
    { fn: 'budgetUnmark', params: ['payload'], summary: 'Sidebar «Бюджет»: removes exactly the marks it added' },
    {
      fn: 'budgetConsolidate',
      params: ['payload'],
      summary: 'Sidebar «Бюджет»: builds «Бюджет — свод» with its chart from the chosen tabs',
    },
  ],
  custom: [BUDGET_CHECK_DOC, BUDGET_ROLLUP_DOC, BUDGET_TOTAL_DOC, RUB_DOC],
};

declare module '../api' {
  /** What the bundle exposes of this job (src/server/api.ts types the endpoints from it). */
  interface JobExports {
    budget: typeof Exports;
  }
}
