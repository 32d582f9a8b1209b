/**
 * The entry of Code.js. It only gathers the entry points: the build wraps them as top-level
 * functions named in entry-points.ts. No logic here.
 */
export { onOpen, onInstall, showAbout } from './menu';
export { getAboutInfo } from './about';
export { RUB, PLAN_DATES } from './custom-functions';
export {
  planOverview,
  planMapping,
  planSaveMapping,
  planCheck,
  planBuildCalendar,
  planMonthAgenda,
  planAddDateColumns,
  planCreate,
  selectCell,
  showPlanSidebar,
  menuBuildCalendar,
  menuMonthAgenda,
} from './plan/endpoints';
