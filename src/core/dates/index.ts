/** Russian date terms («Сроки») → ranges, and the calendar helpers the rest of core shares. */
export type { DateRange, Precision, Recurrence, Term, TermContext, TermKind } from './term';
export { leadingTerm, parseTerm, termWords, type ParseTermOptions } from './parse-term';
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
export { REASON_NO_WEEK, REASON_NO_YEAR, REASON_TIME_ONLY, WARN_AMBIGUOUS_YEAR } from './combine';
export { termReason } from './reasons';
