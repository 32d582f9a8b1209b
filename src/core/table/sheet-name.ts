/**
 * Sheet names the add-on makes from the user's text (a school's name for its checklist tab): names every
 * program can hold. Google Sheets takes up to 100 characters of almost anything; an .xlsx file (Excel,
 * LibreOffice, the playground's working copy, the CLI's output) takes at most 31 characters, none of
 * `: \ / ? * [ ]`, no apostrophe at either end, and not «History» (Excel keeps that name for its
 * change-tracking sheet). Names are unique without regard to case in both (Sheets refuses «лист1» beside
 * «Лист1»). So a made name follows the stricter rules, and a long one is shortened readably: cut at a word
 * boundary with «…», keeping a distinguishing tail such as «№ 117»; the full name stays where the job shows it
 * (a school tab's first row).
 */

/** The most characters of a sheet name .xlsx holds (Google Sheets: 100). */
export const MAX_SHEET_NAME = 31;

/** Names Excel keeps for itself, compared without regard to case. */
const RESERVED = new Set(['history']);

/** What .xlsx refuses in a name, and what each becomes: a readable stand-in, not a hole. */
const REPLACEMENTS: [RegExp, string][] = [
  [/[\u0000-\u001f\u007f]+/g, ' '],
  [/[/\\]/g, '-'],
  [/:/g, ' '],
  [/[?*]/g, ''],
  [/\[/g, '('],
  [/]/g, ')'],
];

/** Why .xlsx cannot hold `name` as a sheet name, or null when it can (uniqueness aside). */
export function sheetNameProblem(name: string): 'empty' | 'too-long' | 'character' | 'apostrophe' | 'reserved' | null {
  if (name.trim() === '') return 'empty';
  if (name.length > MAX_SHEET_NAME) return 'too-long';
  if (/[:\\/?*[\]\u0000-\u001f\u007f]/.test(name)) return 'character';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe';
  if (RESERVED.has(name.toLowerCase())) return 'reserved';
  return null;
}

/** The text with what .xlsx refuses replaced, spaces collapsed, apostrophes off both ends. */
export function cleanSheetName(text: string): string {
  let t = text;
  for (const [re, to] of REPLACEMENTS) t = t.replace(re, to);
  return t.replace(/\s+/g, ' ').replace(/^[\s']+|[\s']+$/g, '');
}

/** The last «№ 117» (or, without a «№», the last number) of a name: what tells one school from another. */
function distinguishingTail(text: string): { start: number; raw: string; tail: string } | null {
  const numbered = [...text.matchAll(/№\s*(\d+[\p{L}\d-]*)/gu)].pop();
  if (numbered) return { start: numbered.index!, raw: numbered[0], tail: `№ ${numbered[1]}` };
  const number = [...text.matchAll(/(?<![\p{L}\d])\d+[\p{L}]?(?![\p{L}\d])/gu)].pop();
  return number ? { start: number.index!, raw: number[0], tail: number[0] } : null;
}

const TRAILING_PUNCTUATION = /[\s,.;:«»"'(\-–—]+$/u;

/** At most `max` characters of `text`, cut at the last word boundary in its second half (else hard), punctuation trimmed. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text.replace(TRAILING_PUNCTUATION, '');
  const room = Math.max(0, max);
  const window = text.slice(0, room + 1);
  const space = window.lastIndexOf(' ');
  let cut = space >= room / 2 ? window.slice(0, space) : window.slice(0, room);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1); // never half an emoji
  return cut.replace(TRAILING_PUNCTUATION, '');
}

/**
 * The name made from `text` with `suffix` (« (2)») after it, within MAX_SHEET_NAME: the cleaned text when it
 * fits, else cut at a word with «…», keeping the distinguishing tail («Муниципальное бюджетное… № 117»).
 */
export function shortSheetName(text: string, suffix = '', fallback = 'Лист'): string {
  const clean = cleanSheetName(text) || fallback;
  const max = MAX_SHEET_NAME - suffix.length;
  if (clean.length <= max) return `${clean}${suffix}`;
  const tail = distinguishingTail(clean);
  const cut = cutAtWord(clean, max - 1);
  if (!tail || cut.includes(tail.raw)) return `${cut}…${suffix}`;
  const room = max - tail.tail.length - 2; // «… » before the tail
  const head = room >= 4 ? cutAtWord(clean.slice(0, tail.start), room) : '';
  return head ? `${head}… ${tail.tail}${suffix}` : `${cut}…${suffix}`;
}

/**
 * A sheet name for `text` that .xlsx and Google Sheets can hold and that no name in `taken` has (compared
 * without regard to case): the short name, else with « (2)», « (3)», … after it.
 */
export function uniqueSheetName(text: string, taken: Iterable<string>, fallback = 'Лист'): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  for (let k = 1; ; k++) {
    const name = shortSheetName(text, k === 1 ? '' : ` (${k})`, fallback);
    const key = name.toLowerCase();
    if (!used.has(key) && !RESERVED.has(key)) return name;
  }
}

/** True when `sheetName` is a name `uniqueSheetName` could have made of `text` (with or without a « (k)» suffix). */
export function isSheetNameOf(text: string, sheetName: string, fallback = 'Лист'): boolean {
  const suffix = / \(\d+\)$/.exec(sheetName)?.[0] ?? '';
  const key = sheetName.toLowerCase();
  return shortSheetName(text, suffix, fallback).toLowerCase() === key || shortSheetName(text, '', fallback).toLowerCase() === key;
}
