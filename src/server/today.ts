/** Today's date in the spreadsheet's time zone (overdue checks, the default month), as ISO yyyy-mm-dd. */
export { todayIso } from './dates-io';
