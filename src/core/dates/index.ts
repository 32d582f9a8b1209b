/** Russian date terms («Сроки») → ranges, and the calendar helpers the rest of core shares. */
export type { DateRange, Precision, Recurrence, Term, TermContext, TermKind } from './term';
export { parseTerm, termWords, type ParseTermOptions } from './parse-term';
export {
  addDays,
  addMonths,
  dateValueToIso,
  daysBetween,
  daysInMonth,
  formatRu,
  fromIso,
  isDateValue,
  isIsoDay,
  isValidYmd,
  monthEnd,
  monthStart,
  monthsBetween,
  toIso,
  type Ymd,
} from './calendar-math';
export { REASON_NO_WEEK, REASON_NO_YEAR, WARN_AMBIGUOUS_YEAR } from './combine';
export { termReason } from './reasons';
