/** The budget job's server side: what the bundle exposes. */
export { RUB } from './rub';
export { BUDGET_CHECK, BUDGET_ROLLUP, BUDGET_TOTAL } from './functions';
export {
  budgetOverview,
  budgetScan,
  budgetMapping,
  budgetSaveMapping,
  budgetMark,
  budgetUnmark,
  budgetConsolidate,
  showBudgetSidebar,
  menuConsolidateBudgets,
} from './endpoints';
