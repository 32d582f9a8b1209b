/**
 * ISO days (`yyyy-mm-dd`) and date cells: the calendar primitives reading a table needs. They live here, in
 * the layer every job reads through, and core/dates (calendar-math.ts) shares them on.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function pad4(n: number): string {
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
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
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
    typeof iso === 'string' &&
    iso.length === 10 &&
    iso[4] === '-' &&
    iso[7] === '-' &&
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
