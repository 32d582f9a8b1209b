/**
 * Word list numbers as text. A list paragraph holds no number: `w:numPr` names a list (numId) and a level;
 * numbering.xml maps the list to an abstract definition whose level says the format («decimal»,
 * «lowerLetter», «russianLower», «bullet», …), the start and the pattern («%1.%2.»). Counting follows Word:
 * each list counts on its own, a level restarts when a higher level moves on, and a list's `w:lvlOverride`
 * can set a new start.
 */
import { attr, child, elements, type XmlElement } from './xml';

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface Numbering {
  /** The next number of list `numId` at level `ilvl`, as Word writes it; '' for an unknown list. */
  next(numId: string, ilvl: number): string;
}

export function readNumbering(root: XmlElement): Numbering {
  const abstracts = new Map<string, Level[]>();
  for (const a of elements(root, 'w:abstractNum')) {
    const id = attr(a, 'w:abstractNumId');
    if (id !== undefined) abstracts.set(id, levelsOf(a));
  }
  const lists = new Map<string, { levels: Level[]; counters: (number | undefined)[] }>();
  for (const n of elements(root, 'w:num')) {
    const id = attr(n, 'w:numId');
    const abs = attr(child(n, 'w:abstractNumId'), 'w:val');
    if (id === undefined || abs === undefined) continue;
    const levels = (abstracts.get(abs) ?? []).map((l) => ({ ...l }));
    for (const o of elements(n, 'w:lvlOverride')) {
      const i = Number(attr(o, 'w:ilvl') ?? '-1');
      const start = attr(child(o, 'w:startOverride'), 'w:val');
      const lvl = child(o, 'w:lvl');
      if (lvl) levels[i] = levelOf(lvl);
      else if (start !== undefined && levels[i]) levels[i]!.start = Number(start);
    }
    lists.set(id, { levels, counters: [] });
  }
  return {
    next(numId, ilvl) {
      const list = lists.get(numId);
      if (!list || numId === '0') return '';
      const lvl = list.levels[ilvl];
      if (!lvl) return '';
      const c = list.counters;
      c[ilvl] = c[ilvl] === undefined ? lvl.start : c[ilvl]! + 1;
      // the levels under this one start again
      c.length = ilvl + 1;
      if (lvl.format === 'bullet') return bullet(lvl.text);
      if (lvl.format === 'none') return '';
      return lvl.text.replace(/%(\d)/g, (_, d: string) => {
        const k = Number(d) - 1;
        const l = list.levels[k];
        const value = c[k] ?? l?.start ?? 1;
        return formatNumber(value, l?.format ?? 'decimal');
      });
    },
  };
}

function levelsOf(abstract: XmlElement): Level[] {
  const out: Level[] = [];
  for (const l of elements(abstract, 'w:lvl')) out[Number(attr(l, 'w:ilvl') ?? '0')] = levelOf(l);
  return out;
}

function levelOf(l: XmlElement): Level {
  return {
    format: attr(child(l, 'w:numFmt'), 'w:val') ?? 'decimal',
    text: attr(child(l, 'w:lvlText'), 'w:val') ?? '',
    start: Number(attr(child(l, 'w:start'), 'w:val') ?? '1'),
  };
}

/** A bullet character: symbol-font glyphs (Wingdings, Symbol) become «•». */
function bullet(text: string): string {
  if (!text) return '•';
  const c = text.codePointAt(0)!;
  return c >= 0xf000 || c < 0x20 || text === 'o' || text === '§' || text === '·' ? '•' : text;
}

const RU_LOWER = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** A number in a Word list format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'russianLower':
      return letters(n, RU_LOWER);
    case 'russianUpper':
      return letters(n, RU_LOWER).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** 1 → a, 26 → z, 27 → aa (Word repeats the letter). */
function letters(n: number, alphabet: string): string {
  if (n < 1) return String(n);
  const k = alphabet.length;
  const letter = alphabet[(n - 1) % k]!;
  return letter.repeat(Math.floor((n - 1) / k) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
