/**
 * What Sheets makes of a string written with `Range.setValue(s)` / `Sheet.appendRow` into a cell whose
 * number format is not plain text ('@'): the string is read as if the user had typed it, in the
 * spreadsheet's locale ([R] setValue, [VIO] USER_ENTERED: "strings may be converted to numbers, dates,
 * etc. following the same rules that are applied when entering text into a cell via the Google Sheets UI").
 *
 * The rules below (sources in the emulator README, «Strings written into cells»):
 * - ru (comma-decimal locales: ru_RU and the rest of the world that is not English):
 *   «1,5» → 1.5; «1 000», «22 34» → 1000, 2234 (space grouping, not checked for groups of three:
 *   vlucas/sheetquery#20 saw «22 34» → 2234); «1.5», «26.09.2022», «26.09.22» → dates (a point is the date
 *   separator there, not a decimal one: burnash/gspread#501 and sharkdp/hyperfine#379 saw point decimals
 *   turned into dates/times in comma-decimal locales; «3.14» — not a valid day.month — stays text, unverified).
 *   «1.» / «10.» → 1 / 10: unverified for ru_RU; chosen so that a forgotten '@' on a «№» column fails here.
 * - en (en_*): «1.5» → 1.5; «1,234» and even «1234,1234» → 12341234 (comma grouping, unchecked: gspread#501);
 *   «1 234» stays text (gspread#501); M/d/yyyy, M/d/yy and M/d → dates.
 * - both: ISO «2023-09-01» → a date; «50%», «12,5 %» → 0.5 / 0.125 with a percent format; «1e3» → 1000;
 *   leading zeros are dropped («01234» → 1234, sheetquery#20); TRUE/FALSE (ru also ИСТИНА/ЛОЖЬ, any case)
 *   → booleans. Two-digit years: 00–29 → 20xx, 30–99 → 19xx (Excel's rule; unverified for Sheets).
 *   Dates typed without a year take the current year of the session clock.
 * Left out (they stay text here): times «10:30», currencies «100 ₽», month names «янв 2024», «3 5» as a date (getodk#463).
 */
import type { CellValue } from './workbook';

export type InputLocale = 'ru' | 'en';

export interface InputContext {
  locale: InputLocale;
  /** The session clock: dates typed without a year get its year. */
  now: () => Date;
}

export interface TypedValue {
  value: Exclude<CellValue, string>;
  /** The number format Sheets gives the cell with the value (dates and percentages). */
  numberFormat?: string;
}

const SPACES = /[ \u00a0\u202f]/g;

/** The value a typed string becomes, or undefined when it stays text. */
export function parseTypedInput(text: string, ctx: InputContext): TypedValue | undefined {
  const s = text.trim();
  if (s === '' || s.length > 64) return undefined;
  return booleanOf(s, ctx.locale) ?? percentOf(s, ctx.locale) ?? dateOf(s, ctx) ?? numberValue(s, ctx.locale);
}

/**
 * A calendar day as a cell value: midnight of that wall-clock day. The emulator keeps date cells as local
 * wall-clock Dates (see the README, «Dates»); this is the one place a parsed date is made, so a spreadsheet
 * time zone can be applied here.
 */
export function calendarDay(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  d.setHours(0, 0, 0, 0);
  return d;
}

function booleanOf(s: string, locale: InputLocale): TypedValue | undefined {
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || (locale === 'ru' && upper === 'ИСТИНА')) return { value: true };
  if (upper === 'FALSE' || (locale === 'ru' && upper === 'ЛОЖЬ')) return { value: false };
  return undefined;
}

function percentOf(s: string, locale: InputLocale): TypedValue | undefined {
  const m = /^(.*?)\s?%$/.exec(s);
  if (!m || !m[1]) return undefined;
  const n = numberOf(m[1], locale);
  if (n === undefined) return undefined;
  return { value: n / 100, numberFormat: Number.isInteger(n) ? '0%' : '0.00%' };
}

function numberValue(s: string, locale: InputLocale): TypedValue | undefined {
  const n = numberOf(s, locale);
  return n === undefined ? undefined : { value: n };
}

const RU_NUMBER = /^[+-]?(?:\d+(?:[ \u00a0\u202f]\d+)*(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;
const RU_TRAILING_POINT = /^[+-]?\d+\.$/;
const EN_NUMBER = /^[+-]?(?:\d+(?:,\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number as the locale writes it, or undefined. */
function numberOf(s: string, locale: InputLocale): number | undefined {
  let plain: string;
  if (locale === 'ru') {
    if (RU_TRAILING_POINT.test(s)) plain = s.slice(0, -1);
    else if (RU_NUMBER.test(s)) plain = s.replace(SPACES, '').replace(',', '.');
    else return undefined;
  } else {
    if (!EN_NUMBER.test(s)) return undefined;
    plain = s.replace(/,/g, '');
  }
  const n = Number(plain.endsWith('.') ? plain.slice(0, -1) : plain);
  return Number.isFinite(n) ? n : undefined;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const RU_DAY = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/;
const EN_DAY = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;

function dateOf(s: string, ctx: InputContext): TypedValue | undefined {
  const iso = ISO_DAY.exec(s);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]), 'yyyy-mm-dd');
  const m = (ctx.locale === 'ru' ? RU_DAY : EN_DAY).exec(s);
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[2])];
  const year = m[3] === undefined ? ctx.now().getFullYear() : fullYear(m[3]);
  return ctx.locale === 'ru' ? day(year, second, first, 'dd.mm.yyyy') : day(year, first, second, 'M/d/yyyy');
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function day(year: number, month: number, dayOfMonth: number, numberFormat: string): TypedValue | undefined {
  if (month < 1 || month > 12 || dayOfMonth < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dayOfMonth > last) return undefined;
  return { value: calendarDay(year, month, dayOfMonth), numberFormat };
}
