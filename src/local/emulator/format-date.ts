/** Utilities.formatDate: the SimpleDateFormat letters the add-on needs (yyyy yy MM M dd d HH H mm ss). */

interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Formats `date` in `timeZone`. When `timeZone` is the script's own zone the local wall clock
 * of the process is used (the emulator's stand-in for the script zone, see the emulator README);
 * any other zone goes through Intl.
 */
export function formatDate(date: Date, timeZone: string, pattern: string, scriptTimeZone: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
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

function localFields(date: Date): DateFields {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  };
}

function zoneFields(date: Date, timeZone: string): DateFields {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(date);
  } catch {
    throw new Error(`Invalid argument: timeZone (${timeZone})`);
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}
