/**
 * Small calendar helpers on ISO strings (`yyyy-mm-dd`, months as `yyyy-mm`).
 * Pure arithmetic: no time zones, no `Date` except where a spreadsheet hands us one.
 */
import { pad2, pad4, daysInMonth, toIso, fromIso, type Ymd } from '../table/iso-day';

/** The ISO-day primitives live in core/table (the lower layer reads date cells with them); core/dates shares them from here. */
export {
  dateValueToIso,
  daysInMonth,
  formatRu,
  fromIso,
  isDateValue,
  isIsoDay,
  isLeapYear,
  isValidYmd,
  toIso,
  type Ymd,
} from '../table/iso-day';

/** Year and month of an ISO day or of a 'yyyy-mm' month. */
function yearMonth(isoOrMonth: string): { y: number; m: number } | null {
  if (typeof isoOrMonth !== 'string' || isoOrMonth.length < 7 || isoOrMonth[4] !== '-') return null;
  const y = Number(isoOrMonth.slice(0, 4));
  const m = Number(isoOrMonth.slice(5, 7));
  return Number.isInteger(y) && y >= 1 && m >= 1 && m <= 12 ? { y, m } : null;
}

/** First day of the month of an ISO day or a 'yyyy-mm' month: '2023-09-15' → '2023-09-01'. */
export function monthStart(isoOrMonth: string): string {
  const ym = yearMonth(isoOrMonth);
  return ym ? toIso(ym.y, ym.m, 1) : '';
}

/** Last day of the month: '2024-02' → '2024-02-29'. */
export function monthEnd(isoOrMonth: string): string {
  const ym = yearMonth(isoOrMonth);
  return ym ? toIso(ym.y, ym.m, daysInMonth(ym.y, ym.m)) : '';
}

/**
 * Shift by n months, keeping the shape: '2024-01-31' + 1 → '2024-02-29' (day clamped),
 * '2023-12' + 1 → '2024-01'.
 */
export function addMonths(isoOrMonth: string, n: number): string {
  const ym = yearMonth(isoOrMonth);
  if (!ym) return '';
  const index = ym.y * 12 + (ym.m - 1) + Math.trunc(n);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (isoOrMonth.length === 7) return pad4(y) + '-' + pad2(m);
  const d = Math.min(Number(isoOrMonth.slice(8, 10)) || 1, daysInMonth(y, m));
  return toIso(y, m, d);
}

/** Months touched by the inclusive range, as 'yyyy-mm': ('2023-11-15', '2024-01-02') → 3 months. */
export function monthsBetween(startIso: string, endIso: string): string[] {
  const a = yearMonth(startIso);
  const b = yearMonth(endIso);
  const out: string[] = [];
  if (!a || !b) return out;
  const last = b.y * 12 + b.m - 1;
  for (let i = a.y * 12 + a.m - 1; i <= last && out.length < 1200; i++) {
    const y = Math.floor(i / 12);
    out.push(pad4(y) + '-' + pad2(i - y * 12 + 1));
  }
  return out;
}

/** Days since 1970-01-01 (proleptic Gregorian), for distances and day arithmetic. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `dayNumber`. */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Days from a to b (negative when b is earlier); NaN for a bad ISO day. */
export function daysBetween(aIso: string, bIso: string): number {
  const a = fromIso(aIso);
  const b = fromIso(bIso);
  if (!a || !b) return NaN;
  return dayNumber(b.y, b.m, b.d) - dayNumber(a.y, a.m, a.d);
}

/** '2023-09-01' + (-1) → '2023-08-31'. */
export function addDays(iso: string, n: number): string {
  const a = fromIso(iso);
  if (!a) return '';
  const r = fromDayNumber(dayNumber(a.y, a.m, a.d) + Math.trunc(n));
  return toIso(r.y, r.m, r.d);
}
