/** The budget-tables job: recognition, checks, rollups, consolidation and the custom functions' logic. */
export * from './types';
export { parseAmount, isNilAmount, type AmountResult } from './amount';
export { parseYearLabel, parseYearQuery, type YearLabel } from './years';
export { findBudgetTables, readAmount, isProblem, unitIn, parseUnitChoice, type Grid, type BudgetChoice } from './recognize';
export { checkBudget, itemsOfTotal, sameSource, yearCol } from './checks';
export { BUDGET_FIELDS, BUDGET_SYNONYMS, BUDGET_TABLE, type BudgetField } from './spec';
export { readMoney, inlineFormulas, itemArithmetic, breakdownCell } from './money';
export {
  rollup,
  rollupGrid,
  parseRollupBy,
  collectFacts,
  commonUnit,
  unitName,
  itemRows,
  type RollupBy,
  type Rollup,
  type Fact,
  type Facts,
  type SkippedCell,
} from './rollup';
export {
  consolidate,
  sheetRef,
  MAX_FORMULA,
  type Consolidation,
  type ConsolidateInput,
  type ChartSpec,
  type CellNote,
} from './consolidate';
export { budgetCheck, budgetRollup, budgetTotal, type FunctionOptions, type TotalQuery } from './functions';
export { budgetMessages, formatAmount, pluralRu, type BudgetMessages } from './messages';
