/**
 * Utilities.formatDate and Utilities.parseDate: the SimpleDateFormat letters the add-on needs
 * (yyyy yy MM M dd d HH H mm ss), in any IANA time zone.
 */
import { isDate } from './realm';
import { localDate, localFields, zoneFields, zoneInstant, type WallClock } from './zones';

/**
 * Formats `date` in `timeZone`. When `timeZone` is the script's own zone the local wall clock
 * of the process is used (the emulator's stand-in for the script zone, see the emulator README);
 * any other zone goes through Intl.
 */
export function formatDate(date: Date, timeZone: string, pattern: string, scriptTimeZone: string): string {
  if (!isDate(date) || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const f = timeZone === scriptTimeZone ? localFields(date) : zoneFields(date, timeZone);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, quoted: string | undefined, letter: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = token.length;
    switch (letter) {
      case 'y':
        return n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
      case 'M':
        if (n > 2) break;
        return pad(f.month, n);
      case 'd':
        return pad(f.day, n);
      case 'H':
        return pad(f.hour, n);
      case 'm':
        return pad(f.minute, n);
      case 's':
        return pad(f.second, n);
    }
    throw new Error(`Utilities.formatDate: эмулятор не поддерживает «${token}» в шаблоне «${pattern}»`);
  });
}

/**
 * Parses `text` by `pattern` as a wall clock in `timeZone` and returns that instant (Utilities.parseDate).
 * Fields the pattern lacks are the start of the day / year. Text that does not match throws
 * Apps Script's «Unparseable date».
 */
export function parseDate(text: string, timeZone: string, pattern: string, scriptTimeZone: string): Date {
  const f: WallClock = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  const fail = (): never => {
    throw new Error(`Unparseable date: "${text}"`);
  };
  let at = 0;
  const tokens = pattern.match(/'[^']*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  tokens.forEach((token, i) => {
    if (token.startsWith("'")) {
      const literal = token === "''" ? "'" : token.slice(1, -1);
      if (!text.startsWith(literal, at)) fail();
      at += literal.length;
      return;
    }
    if (!/^[A-Za-z]/.test(token)) {
      if (!text.startsWith(token, at)) fail();
      at += token.length;
      return;
    }
    const letter = token[0]!;
    // a field followed directly by another field takes exactly its width; otherwise as many digits as there are
    const nextIsField = /^[A-Za-z]/.test(tokens[i + 1] ?? '');
    const digits = (nextIsField ? new RegExp(`^\\d{${token.length}}`) : /^\d+/).exec(text.slice(at))?.[0] ?? fail();
    at += digits.length;
    const n = Number(digits);
    switch (letter) {
      case 'y':
        f.year = token.length === 2 && digits.length === 2 ? 2000 + n - (n > 79 ? 100 : 0) : n;
        break;
      case 'M':
        f.month = n;
        break;
      case 'd':
        f.day = n;
        break;
      case 'H':
        f.hour = n;
        break;
      case 'm':
        f.minute = n;
        break;
      case 's':
        f.second = n;
        break;
      default:
        throw new Error(`Utilities.parseDate: эмулятор не поддерживает «${token}» в шаблоне «${pattern}»`);
    }
  });
  // SimpleDateFormat is lenient: 31.02 rolls over into March
  const rolled = new Date(0);
  rolled.setUTCFullYear(f.year, f.month - 1, f.day);
  rolled.setUTCHours(f.hour, f.minute, f.second, 0);
  const wall: WallClock = {
    year: rolled.getUTCFullYear(),
    month: rolled.getUTCMonth() + 1,
    day: rolled.getUTCDate(),
    hour: rolled.getUTCHours(),
    minute: rolled.getUTCMinutes(),
    second: rolled.getUTCSeconds(),
    millisecond: 0,
  };
  return timeZone === scriptTimeZone ? localDate(wall) : zoneInstant(wall, timeZone);
}
