/** The calendar-plan job's server side: what the bundle exposes. */
export {
  planOverview,
  planMapping,
  planSaveMapping,
  planSetPeriod,
  planCleanMarkup,
  planCheck,
  planBuildCalendar,
  planMonthAgenda,
  planAddDateColumns,
  planCreate,
  planIcs,
  showPlanSidebar,
  menuBuildCalendar,
  menuMonthAgenda,
} from './endpoints';
export { PLAN_DATES } from './plan-dates';
