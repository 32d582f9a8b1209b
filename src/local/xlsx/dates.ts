/**
 * exceljs speaks UTC: a cell showing 26.09.2022 comes in as 2022-09-26T00:00:00Z.
 * The emulator (like Apps Script) wants the wall-clock reading in local time,
 * so a date cell becomes `new Date(2022, 8, 26)` whatever the process time zone.
 */

/** UTC-based Date from exceljs → local Date with the same wall-clock fields. */
export function utcToLocal(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

/** Local Date → UTC-based Date with the same wall-clock fields, for exceljs. */
export function localToUtc(date: Date): Date {
  return new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
      date.getMilliseconds(),
    ),
  );
}
