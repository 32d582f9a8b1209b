/** What a cell from Range.getValues() says, as text; and how to write user text back safely. */
import { dateValueToIso, formatRu, isDateValue } from './iso-day';

const FORMULA_ERRORS = new Set([
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  // Russian-localised spellings, as they can come from a Russian Excel file
  '#ССЫЛКА!',
  '#Н/Д',
  '#ЗНАЧ!',
  '#ДЕЛ/0!',
  '#ИМЯ?',
  '#ЧИСЛО!',
  '#ПУСТО!',
]);

/**
 * The text of a cell: trimmed, NBSP and other odd spaces made plain, runs of spaces collapsed,
 * line breaks normalised to "\n" (kept: Word cells often hold several lines).
 * Numbers become their plain string, booleans TRUE/FALSE, date values dd.mm.yyyy.
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateValue(v)) {
    const iso = dateValueToIso(v);
    return iso ? formatRu(iso) : '';
  }
  return normalizeText(String(v));
}

/** Anything beyond a plain trim: line breaks, odd spaces, invisible characters, double spaces. */
const NEEDS_WORK = /[\r\n\t\u000b\u00a0\u2000-\u200d\u2028\u2029\u202f\ufeff]| {2}/;

function normalizeText(s: string): string {
  if (s === '') return s;
  if (!NEEDS_WORK.test(s)) return s.trim();
  return s
    .replace(/\r\n?|[\u2028\u2029\u000b]/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\t]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True for an empty cell or one holding only spaces. */
export function isBlank(v: unknown): boolean {
  return cellText(v) === '';
}

/** True when the cell shows a formula error such as "#REF!" or "#N/A". */
export function isFormulaError(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > 12) return false;
  const t = v.trim();
  return t.charCodeAt(0) === 35 /* # */ && FORMULA_ERRORS.has(t.toUpperCase());
}

/**
 * User text made safe to write with setValues: text that Sheets would take for a formula
 * (starting with =, +, -, @, possibly after spaces) gets a leading apostrophe, which Sheets
 * treats as a "this is text" marker and does not display.
 */
export function safeText(s: string): string {
  return /^\s*[=+\-@]/.test(s) ? `'${s}` : s;
}

/** A ditto mark: «-/-», «-//-», «—"—», «"», «〃», «то же» — the cell says "the same as above". */
const DITTO = /^(?:[-–—]\s*\/{1,2}\s*[-–—]|[-–—]?\s*["“”„«»〃]\s*[-–—]?|то\s+же\.?)$/iu;

export function isDitto(text: string): boolean {
  return text.length <= 8 && DITTO.test(text.trim());
}
