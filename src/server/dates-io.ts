/**
 * Dates between the add-on and a sheet, in the spreadsheet's own time zone.
 *
 * The script runs in its zone (appsscript.json: Europe/Moscow); a spreadsheet shows dates in its own
 * (File → Settings), anywhere from Kaliningrad (UTC+2) to Kamchatka (UTC+12). A date cell is an instant:
 * midnight in the spreadsheet's zone. Core reads a Date's local fields (getFullYear, getDate…), so every
 * date read from a sheet is first turned into a script-zone Date showing the same wall clock
 * ({@link asShown}), and every day written becomes midnight in the spreadsheet's zone ({@link cellDate}).
 *
 * The zone is read once per execution (Apps Script re-evaluates the script for each). Conversions are
 * cached per distinct value: a plan has thousands of date cells but few distinct days. Offsets are never
 * assumed fixed: Russia's zones changed several times (2011, 2014, 2016), Utilities knows the history.
 * Without a spreadsheet (a bare run of the bundle, as in the tests of the bundle) the script zone is used.
 */
import { dateValueToIso, fromIso, isDateValue } from '../core/dates';
import { activeSpreadsheet } from './active-spreadsheet';

interface SheetZone {
  zone: string;
  /** The spreadsheet's zone is the script's: cells need no conversion. */
  same: boolean;
  /** Instant (ms) → script-zone Date with the wall clock the sheet shows. */
  shown: Map<number, Date>;
  /** ISO day → midnight of that day in the spreadsheet's zone. */
  midnights: Map<string, Date>;
}

let current: SheetZone | null | undefined;

function sheetZone(): SheetZone | null {
  if (current !== undefined) return current;
  current = null;
  try {
    if (typeof SpreadsheetApp === 'undefined') return current;
    const zone = activeSpreadsheet().getSpreadsheetTimeZone();
    if (!zone) return current;
    let script: string | undefined;
    try {
      script = Session.getScriptTimeZone();
    } catch {
      script = undefined; // not every execution may ask; then every value is converted (still correct)
    }
    current = { zone, same: zone === script, shown: new Map(), midnights: new Map() };
  } catch {
    current = null;
  }
  return current;
}

/** The spreadsheet's time zone, or undefined without a spreadsheet. One service call per execution. */
export function spreadsheetTimeZone(): string | undefined {
  return sheetZone()?.zone;
}

/** A date from a cell → a script-zone Date with the wall clock (day and time) the sheet shows. */
export function shownDate(date: Date): Date {
  const z = sheetZone();
  if (!z || z.same || !isDateValue(date)) return date;
  const ms = date.getTime();
  let shown = z.shown.get(ms);
  if (!shown) {
    const f = Utilities.formatDate(date, z.zone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
    shown = new Date(f[0]!, f[1]! - 1, f[2]!, f[3]!, f[4]!, f[5]!, ((ms % 1000) + 1000) % 1000);
    z.shown.set(ms, shown);
  }
  return new Date(shown.getTime());
}

/** The day a date cell shows, as ISO yyyy-mm-dd. */
export function cellIsoDay(date: Date): string {
  return dateValueToIso(shownDate(date));
}

/**
 * Every date in `values` replaced by the date the sheet shows (in place; the same array is returned).
 * What core expects of values read from a sheet.
 */
export function asShown<T extends unknown[][]>(values: T): T {
  const z = sheetZone();
  if (!z || z.same) return values;
  for (const row of values) {
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) if (isDateValue(row[c])) row[c] = shownDate(row[c] as Date);
  }
  return values;
}

/** ISO day → the Date to write: midnight of that day in the spreadsheet's zone. Undefined for a bad day. */
export function cellDate(iso: string): Date | undefined {
  const ymd = fromIso(iso);
  if (!ymd) return undefined;
  const z = sheetZone();
  if (!z || z.same) return new Date(ymd.y, ymd.m - 1, ymd.d);
  let midnight = z.midnights.get(iso);
  if (!midnight) {
    midnight = Utilities.parseDate(iso, z.zone, 'yyyy-MM-dd');
    z.midnights.set(iso, midnight);
  }
  return new Date(midnight.getTime());
}

/** Today in the spreadsheet's zone (the script's without a spreadsheet), as ISO yyyy-mm-dd. */
export function todayIso(): string {
  return Utilities.formatDate(new Date(), spreadsheetTimeZone() ?? Session.getScriptTimeZone(), 'yyyy-MM-dd');
}
