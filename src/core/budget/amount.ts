/**
 * Russian money and number text → number.
 * «30 000», «1 234,50», «20 000 руб.», «1,5 млн руб.», «(1 000)», «—» (nothing, i.e. 0).
 */

import { quoteCell } from '../table/grid';

export type AmountResult = { ok: true; value: number } | { ok: false; reason: string };

/** Amounts at or above this are refused: 15 digits is where doubles stop holding every ruble exactly. */
export const MAX_AMOUNT = 1e15;
/** Money text is short («1 234 567,89 руб.»); a longer cell is not an amount and is not scanned. */
const MAX_AMOUNT_TEXT = 200;

const SPACES = /[\s\u00a0\u2007\u2009\u202f']/g;
const DASHES_ONLY = /^[-\u2010-\u2015\u2212]+$/;
const MINUS = /^[\u2212\u2013\u2014-]/;
const CURRENCY = /(?:руб(?:лей|ля|ль)?|р)\.?$|₽$|rub\.?$/;
const SCALE: ReadonlyArray<[RegExp, number]> = [
  [/(?:тыс(?:яч[аи]?)?)\.?$/, 1e3],
  [/(?:млн|миллион(?:а|ов)?)\.?$/, 1e6],
  [/(?:млрд|миллиард(?:а|ов)?)\.?$/, 1e9],
];
const NUMBER = /^\d+(?:\.\d+)?$/;

/** True for a value that means "nothing here" in a money column: empty, «-», «—». */
export function isNilAmount(text: string): boolean {
  const t = text.replace(SPACES, '');
  return t === '' || DASHES_ONLY.test(t);
}

/** Parses one cell. Numbers pass through; text is read the way Russian tables write money. */
export function parseAmount(value: unknown): AmountResult {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'не конечное число' };
    return Math.abs(value) < MAX_AMOUNT ? { ok: true, value } : tooLarge(String(value));
  }
  if (typeof value !== 'string') {
    if (Object.prototype.toString.call(value) === '[object Date]') return { ok: false, reason: 'в ячейке дата, а не сумма' };
    if (typeof value === 'boolean') return { ok: false, reason: 'в ячейке логическое значение, а не сумма' };
    if (value === null || value === undefined) return { ok: true, value: 0 };
    return { ok: false, reason: 'не число' };
  }
  if (value.length > MAX_AMOUNT_TEXT) return longText(value);
  if (isNilAmount(value)) return { ok: true, value: 0 };

  let t = value.toLowerCase().replace(SPACES, '');
  let sign = 1;
  if (t.startsWith('(') && t.endsWith(')')) {
    sign = -1;
    t = t.slice(1, -1);
  }
  if (MINUS.test(t)) {
    sign = -sign;
    t = t.slice(1);
  } else if (t.startsWith('+')) {
    t = t.slice(1);
  }
  t = t.replace(CURRENCY, '');
  let scale = 1;
  for (const [pattern, factor] of SCALE) {
    if (pattern.test(t)) {
      t = t.replace(pattern, '');
      scale = factor;
      break;
    }
  }
  t = t.replace(CURRENCY, '');
  const digits = normalizeSeparators(t);
  if (digits === null || !NUMBER.test(digits)) return { ok: false, reason: `«${quoteCell(value)}» не похоже на число` };
  // Round away binary noise from scaling («1,1 млн» → 1100000, not 1100000.0000000002).
  const n = Math.round(Number(digits) * scale * 100) / 100;
  if (!(n < MAX_AMOUNT)) return tooLarge(value);
  return { ok: true, value: sign * n === 0 ? 0 : sign * n };
}

const tooLarge = (value: string): AmountResult => ({ ok: false, reason: `«${quoteCell(value)}» — слишком большое число (больше 15 цифр)` });

/** A text too long for money: a run of digits is a number too large, anything else is not a number. Only its start is read. */
function longText(value: string): AmountResult {
  const start = value.slice(0, MAX_AMOUNT_TEXT).trim();
  return /^[-+\u2212(]?\d[\d\s.,\u00a0\u202f]*$/.test(start) ? tooLarge(value) : { ok: false, reason: `«${quoteCell(value)}» не похоже на число` };
}

/**
 * Decides which of «,» and «.» is the decimal separator: the last one when both appear,
 * «,» alone is decimal (Russian), several «.» are thousands separators.
 */
function normalizeSeparators(t: string): string | null {
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole, frac, ...rest] = t.split(decimal);
    if (rest.length > 0 || frac === undefined) return null;
    return `${whole!.split(thousands).join('')}.${frac}`;
  }
  if (lastComma >= 0) {
    const parts = t.split(',');
    return parts.length === 2 ? `${parts[0]}.${parts[1]}` : null;
  }
  if (lastDot >= 0 && t.indexOf('.') !== lastDot) return t.split('.').join('');
  return t;
}
