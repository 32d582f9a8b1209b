/**
 * Small calendar helpers on ISO strings (`yyyy-mm-dd`, months as `yyyy-mm`).
 * Pure arithmetic: no time zones, no `Date` except where a spreadsheet hands us one.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function pad4(n: number): string {
  return n < 1000 ? ('000' + n).slice(-4) : String(n);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether y-m-d is a real calendar day (years 1..9999). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

/** `toIso(2022, 9, 26)` → '2022-09-26'. No validation: check with `isValidYmd` first. */
export function toIso(y: number, m: number, d: number): string {
  return pad4(y) + '-' + pad2(m) + '-' + pad2(d);
}

/** Value of `len` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Whether the text is a real ISO day 'yyyy-mm-dd' (no allocation). */
export function isIsoDay(iso: unknown): iso is string {
  return (
    typeof iso === 'string' && iso.length === 10 && iso[4] === '-' && iso[7] === '-' &&
    isValidYmd(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2))
  );
}

/** '2022-09-26' → {y, m, d}; null when it is not a real ISO day. */
export function fromIso(iso: string): Ymd | null {
  if (typeof iso !== 'string' || iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 2);
  const d = digits(iso, 8, 2);
  return isValidYmd(y, m, d) ? { y, m, d } : null;
}

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

/**
 * A valid Date value, including one from another JS realm (Apps Script hands Dates
 * across contexts, so `instanceof Date` is not reliable).
 */
export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !isNaN((v as Date).getTime());
}

/** A Date's local calendar day as ISO (Sheets gives dates at local midnight). */
export function dateValueToIso(d: Date): string {
  return toIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** '2022-09-26' → '26.09.2022'; any other text is returned unchanged. */
export function formatRu(iso: string): string {
  const p = fromIso(iso);
  return p ? pad2(p.d) + '.' + pad2(p.m) + '.' + pad4(p.y) : iso;
}
