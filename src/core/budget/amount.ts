/**
 * Russian money and number text → number.
 * «30 000», «1 234,50», «20 000 руб.», «1,5 млн руб.», «8 т. р.», «(1 000)», «—» (nothing, i.e. 0),
 * «43800-00» (roubles and kopecks), «- 115,5» (a dash and a space: a list marker, not a minus).
 */

import { quoteCell } from '../table/grid';

export type AmountResult = { ok: true; value: number } | { ok: false; reason: string };
/** An amount with the unit its text names (roubles per unit: 1 for «руб.», 1000 for «тыс. руб.»), if any. */
export type AmountUnitResult = { ok: true; value: number; unit?: number } | { ok: false; reason: string };

/** Amounts at or above this are refused: 15 digits is where doubles stop holding every ruble exactly. */
export const MAX_AMOUNT = 1e15;
/** Money text is short («1 234 567,89 руб.»); a longer cell is not an amount and is not scanned. */
const MAX_AMOUNT_TEXT = 200;

const SPACES = /[\s\u00a0\u2007\u2009\u202f']/g;
const DASHES_ONLY = /^[-\u2010-\u2015\u2212]+$/;
const MINUS = /^[\u2212\u2013\u2014-]/;
const CURRENCY = /(?:руб(?:лей|ля|ль)?|р)\.?$|₽$|rub\.?$/;
const SCALE: ReadonlyArray<[RegExp, number]> = [
  // «т. р.», «т. руб.»: thousands, as old estimates abbreviate them
  [/(?:тыс(?:яч[аи]?)?|т)\.?$/, 1e3],
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
  const r = parseAmountUnit(value);
  return r.ok ? { ok: true, value: r.value } : r;
}

/** Roubles and kopecks written with a dash: «43800-00», «43 800-00 руб.». */
const KOPECKS = /^(\d{1,3}(?:[\s\u00a0\u2007\u2009\u202f]\d{3})*|\d+)\s*[-\u2013](\d{2})(\s*(?:руб(?:лей|ля|ль)?|р)\.?)?$/i;
/** A dash and a space before the number: a list marker («- 115,5 тыс. руб.»), not a minus («-115,5»). */
const LIST_MARKER = /^[-\u2013\u2014]\s+(?=\d)/;
/** The number's integer part grouped by spaces: «1 234 567» yes; «396541 89517» (several numbers) no. */
const GROUPED = /^\d{1,3}(?:\s\d{3})+$/;

/** parseAmount, and the unit the text names: «115,5 тыс. руб.» → 115 500 with unit 1000. */
export function parseAmountUnit(value: unknown): AmountUnitResult {
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
  const plainText = value.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').trim();
  const kop = KOPECKS.exec(plainText);
  if (kop) {
    // kopecks after the dash: the amount is in roubles, whether or not «руб.» follows
    const n = Number(kop[1]!.replace(/\s/g, '')) + Number(kop[2]) / 100;
    return { ok: true, value: n, unit: 1 };
  }
  const unmarked = plainText.replace(LIST_MARKER, '');
  if (!spacesGroupThousands(unmarked)) return { ok: false, reason: `«${quoteCell(value)}» не похоже на число` };

  let t = unmarked.toLowerCase().replace(SPACES, '');
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
  const currency = CURRENCY.test(t);
  t = t.replace(CURRENCY, '');
  let scale = 1;
  let scaled = false;
  for (const [pattern, factor] of SCALE) {
    if (pattern.test(t)) {
      t = t.replace(pattern, '');
      scale = factor;
      scaled = true;
      break;
    }
  }
  t = t.replace(CURRENCY, '');
  const digits = normalizeSeparators(t);
  if (digits === null || !NUMBER.test(digits)) return { ok: false, reason: `«${quoteCell(value)}» не похоже на число` };
  // Round away binary noise from scaling («1,1 млн» → 1100000, not 1100000.0000000002).
  const n = Math.round(Number(digits) * scale * 100) / 100;
  if (!(n < MAX_AMOUNT)) return tooLarge(value);
  const v = sign * n === 0 ? 0 : sign * n;
  return currency || scaled ? { ok: true, value: v, unit: scale } : { ok: true, value: v };
}

/** Spaces inside the number («1 234 567,8») group its integer part by thousands, or there are none. */
function spacesGroupThousands(text: string): boolean {
  const m = /^[(+\-\u2212\u2013\u2014]?\s*(\d[\d\s.,']*\d|\d)/.exec(text);
  if (!m || !/\s/.test(m[1]!)) return true;
  const run = m[1]!.replace(/[.,]\d*$/, '').trim();
  return GROUPED.test(run.replace(/\s+/g, ' '));
}

const tooLarge = (value: string): AmountResult => ({ ok: false, reason: `«${quoteCell(value)}» — слишком большое число (больше 15 цифр)` });

/** A text too long for money: a run of digits is a number too large, anything else is not a number. Only its start is read. */
function longText(value: string): AmountResult {
  const start = value.slice(0, MAX_AMOUNT_TEXT).trim();
  return /^[-+\u2212(]?\d[\d\s.,\u00a0\u202f]*$/.test(start)
    ? tooLarge(value)
    : { ok: false, reason: `«${quoteCell(value)}» не похоже на число` };
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
