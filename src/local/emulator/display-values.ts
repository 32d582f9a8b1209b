/**
 * Roughly what Sheets shows for a value (`getDisplayValues`), for the ru and en locales:
 * dates as dd.MM.yyyy (ru) or M/d/yyyy (en) unless the cell has a date format,
 * numbers with a decimal comma in ru, fixed decimals / grouping / percent from the number format.
 */
import type { CellValue } from './workbook';

export type Locale = 'ru' | 'en';

export function displayValue(value: CellValue, numberFormat: string | undefined, locale: Locale): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return locale === 'ru' ? (value ? 'ИСТИНА' : 'ЛОЖЬ') : value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDateValue(value, numberFormat, locale);
  if (typeof value === 'number') return formatNumber(value, numberFormat, locale);
  return value;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDateValue(date: Date, format: string | undefined, locale: Locale): string {
  if (format && /[dy]/i.test(format) && !/^[#0.,%]/.test(format)) return applyDateFormat(date, format);
  const hasTime = date.getHours() || date.getMinutes() || date.getSeconds();
  const day =
    locale === 'ru'
      ? `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`
      : `${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()}`;
  if (!hasTime) return day;
  return `${day} ${date.getHours()}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Spreadsheet date formats: d, dd, m/mm (month, or minutes after h / before s), yy, yyyy, h, hh, ss. */
function applyDateFormat(date: Date, format: string): string {
  const tokens = format.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|[^ymdhs"\\]+/gi) ?? [];
  let out = '';
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const prev =
      tokens
        .slice(0, i)
        .reverse()
        .find((t) => /^[ymdhs]/i.test(t))
        ?.toLowerCase() ?? '';
    const next =
      tokens
        .slice(i + 1)
        .find((t) => /^[ymdhs]/i.test(t))
        ?.toLowerCase() ?? '';
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (lower.startsWith('y')) out += lower.length <= 2 ? pad(date.getFullYear() % 100) : String(date.getFullYear());
    else if (lower.startsWith('d')) out += lower.length >= 2 ? pad(date.getDate()) : String(date.getDate());
    else if (lower.startsWith('h')) out += lower.length >= 2 ? pad(date.getHours()) : String(date.getHours());
    else if (lower.startsWith('s')) out += pad(date.getSeconds());
    else if (lower.startsWith('m')) {
      const minutes = prev.startsWith('h') || next.startsWith('s');
      const n = minutes ? date.getMinutes() : date.getMonth() + 1;
      out += lower.length >= 2 ? pad(n) : String(n);
    } else out += token;
  });
  return out;
}

function formatNumber(value: number, format: string | undefined, locale: Locale): string {
  const decimalSep = locale === 'ru' ? ',' : '.';
  const groupSep = locale === 'ru' ? '\u00a0' : ',';
  const section = (format ?? '').split(';')[0] ?? '';
  if (!section || section === 'General' || section.startsWith('0.###')) {
    const text = String(Number(value.toPrecision(15)));
    return text.replace('.', decimalSep);
  }
  const percent = section.includes('%');
  const n = percent ? value * 100 : value;
  const decimals = /\.([0#]+)/.exec(section)?.[1]?.length ?? 0;
  const [intPart, fracPart] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = section.includes(',') ? (intPart ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, groupSep) : intPart;
  const sign = n < 0 && Number(Math.abs(n).toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${grouped}${fracPart ? decimalSep + fracPart : ''}${percent ? '%' : ''}`;
}
