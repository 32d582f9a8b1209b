/**
 * Time zones for the emulator: the wall clock of an instant in any IANA zone, the instant of a wall
 * clock in a zone (historic offset changes included: Intl carries the tz database), and the bridge
 * between a date cell and the Date a script sees.
 *
 * A date cell holds a wall clock (what the sheet shows). The model keeps it as a host Date whose
 * local fields are that wall clock (the process time zone plays the script's zone, see the README).
 * Sheets hands a script the instant of that wall clock in the spreadsheet's zone, and stores a Date
 * written by a script as the wall clock that instant shows in the spreadsheet's zone.
 */

/** The script's zone (appsscript.json), which the process plays. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`Invalid argument: timeZone (${timeZone})`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a zone Intl knows ('Asia/Vladivostok', 'UTC', 'Etc/GMT-3'…). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Throws a clear message (Russian, for the emulator's users) for a zone Intl does not know. */
export function checkTimeZone(timeZone: string, what = 'Часовой пояс'): string {
  if (!isTimeZone(timeZone)) {
    throw new Error(`${what}: неизвестный часовой пояс «${timeZone}» (нужно имя IANA, например Europe/Moscow или Asia/Vladivostok)`);
  }
  return timeZone;
}

/** The process's own zone: the one `new Date(y, m, d)` and `getDate()` use. */
export function processTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const msOf = (t: number) => ((t % 1000) + 1000) % 1000;

/** The wall clock `date` shows in `timeZone`. */
export function zoneFields(date: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const bc = parts.find((p) => p.type === 'era')?.value === 'BC';
  return {
    year: bc ? 1 - get('year') : get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    millisecond: msOf(date.getTime()),
  };
}

/** The wall clock of a Date in the process zone. */
export function localFields(date: Date): WallClock {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
    millisecond: date.getMilliseconds(),
  };
}

/** A wall clock read as if it were UTC (years 0–99 kept as they are). */
function utcMs(f: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  d.setUTCHours(f.hour, f.minute, f.second, f.millisecond);
  return d.getTime();
}

/** The Date in the process zone with these wall-clock fields. */
export function localDate(f: WallClock): Date {
  const d = new Date(0);
  d.setFullYear(f.year, f.month - 1, f.day);
  d.setHours(f.hour, f.minute, f.second, f.millisecond);
  return d;
}

/** How far `timeZone` is ahead of UTC at instant `t`, in ms. */
function offsetAt(t: number, timeZone: string): number {
  return utcMs(zoneFields(new Date(t), timeZone)) - t;
}

/**
 * The instant at which `timeZone` shows this wall clock. A wall clock skipped by a clock change
 * (spring forward) lands after the gap; one shown twice (fall back) gives the earlier instant.
 */
export function zoneInstant(f: WallClock, timeZone: string): Date {
  const wall = utcMs(f);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (first === second) return new Date(first);
  const shows = (t: number) => utcMs(zoneFields(new Date(t), timeZone)) === wall;
  const valid = [first, second].filter(shows);
  return new Date(valid.length ? Math.min(...valid) : Math.max(first, second));
}

/**
 * Date cells ↔ the Dates a script sees, for one spreadsheet zone. When the spreadsheet's zone is the
 * process's own, both directions are plain copies.
 */
export class DateBridge {
  readonly same: boolean;
  /** Wall clock (local ms) → instant ms, and back: a sheet has many cells but few distinct dates. */
  private readonly instants = new Map<number, number>();
  private readonly walls = new Map<number, number>();

  constructor(readonly spreadsheetTimeZone: string) {
    checkTimeZone(spreadsheetTimeZone);
    this.same = spreadsheetTimeZone === processTimeZone();
  }

  /** A date cell's wall clock (a process-local Date) → the instant the script gets from getValues. */
  toScript(wall: Date): Date {
    const ms = wall.getTime();
    if (this.same || Number.isNaN(ms)) return new Date(ms);
    let t = this.instants.get(ms);
    if (t === undefined) {
      t = zoneInstant(localFields(wall), this.spreadsheetTimeZone).getTime();
      this.instants.set(ms, t);
    }
    return new Date(t);
  }

  /** A Date the script writes → the wall clock the cell shows (a process-local Date). */
  toCell(instant: Date): Date {
    const ms = instant.getTime();
    if (this.same || Number.isNaN(ms)) return new Date(ms);
    let w = this.walls.get(ms);
    if (w === undefined) {
      w = localDate(zoneFields(instant, this.spreadsheetTimeZone)).getTime();
      this.walls.set(ms, w);
    }
    return new Date(w);
  }
}
