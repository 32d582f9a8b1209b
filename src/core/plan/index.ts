export * from './types';
export { messages as planMessages, type PlanMessages, type Replacement } from './messages';
export { PLAN_SYNONYMS } from './synonyms';
export {
  recognizePlan,
  unionRange,
  MAX_PLAN_ROWS,
  PLAN_TABLE,
  NO_TERM_COLUMN_REASON,
  type RecognizeOptions,
  type RecognizeResult,
} from './recognize';
export { readLinesPlan, isMonthHeading, type LinesPlan, type PlanLine } from './lines';
export { isStageTitle, parseStageTitle, type StageTitle } from './stages';
export { checkPlan, isDone, type CheckOptions } from './checks';
export {
  buildCalendarGrid,
  CALENDAR_FIXED_COLUMNS,
  DUE_MARK,
  OCCURRENCE_MARK,
  type CalendarGrid,
  type CalendarOptions,
  type CalendarResult,
  type ColumnHint,
} from './calendar';
export { monthAgenda, termDates, isMonthKey, nextMonth, type MonthAgenda } from './agenda';
export { defaultAgendaMonth, monthLabel, termMonths, termInMonth, type MonthKey } from './months';
export { periodFromTitle, periodFromApproval, userPeriod } from './period';
export { hasMarkup, stripMarkup } from './markup';
export { mergesWorthReporting } from './merges';
export { shortStageName } from './stages';
export { normalizedTermColumns, type NormalizedColumns } from './normalize-columns';
export { newPlanTemplate, MAX_STAGES, type NewPlanInput, type NewPlanResult, type NewPlanTemplate } from './new-plan';
export { planDates, contextRange, type PlanDatesRow } from './plan-dates';
