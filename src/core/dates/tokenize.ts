/**
 * Splits a «Сроки» cell into tokens without regular expressions: numbers, words
 * (lowercased, ё → е) and the punctuation that matters for dates. Whitespace of any
 * kind (NBSP, thin spaces, line breaks) only separates tokens. Every token keeps
 * its offsets in the original text so that leftover words can be returned verbatim.
 */

import { lexOf, type Lex } from './lexicon';

export enum Tok {
  Num,
  Word,
  Dot,
  Dash,
  Comma,
  Slash,
  Open,
  Close,
  Other,
}

export interface Token {
  t: Tok;
  /** Offsets in the original text: [s, e). */
  s: number;
  e: number;
  /** Numeric value for Num. */
  v: number;
  /** Digit count for Num. */
  len: number;
  /** Lowercased text (ё → е) for Word; '' otherwise. */
  w: string;
  /** The word's entry in the lexicon, looked up once. */
  lex: Lex | undefined;
  /** A line break stands between this token and the one before. */
  nl?: true;
  /** The character of an Other token («:», ««», «№»). */
  ch?: string;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) || // latin
    (c >= 0x400 && c <= 0x4ff) // cyrillic
  );
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isDash(c: number): boolean {
  // - ‐ ‑ ‒ – — ― − ⁃
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2043 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

function punct(c: number): Tok {
  if (c === 46) return Tok.Dot;
  if (c === 44 || c === 59) return Tok.Comma; // , ;
  if (c === 47 || c === 92) return Tok.Slash;
  if (c === 40 || c === 91) return Tok.Open;
  if (c === 41 || c === 93) return Tok.Close;
  return isDash(c) ? Tok.Dash : Tok.Other;
}

function lowerWord(raw: string, hasYo: boolean): string {
  const w = raw.toLowerCase();
  return hasYo ? w.split('ё').join('е') : w;
}

/** Words as written → their lowercased form and lexicon entry: «Сентябрь» is looked up once, not per cell. */
const WORDS = new Map<string, { w: string; lex: Lex | undefined }>();
const WORDS_KEPT = 20_000;

function word(raw: string, hasYo: boolean): { w: string; lex: Lex | undefined } {
  let entry = WORDS.get(raw);
  if (entry === undefined) {
    const w = lowerWord(raw, hasYo);
    entry = { w, lex: lexOf(w) };
    if (WORDS.size >= WORDS_KEPT) WORDS.clear();
    WORDS.set(raw, entry);
  }
  return entry;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let nl = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 11) nl = true;
      i++;
      continue;
    }
    const brk = nl && out.length > 0;
    nl = false;
    const s = i;
    if (isDigit(c)) {
      let v = 0;
      while (i < n && isDigit(text.charCodeAt(i))) {
        v = v * 10 + (text.charCodeAt(i) - 48);
        i++;
      }
      out.push({ t: Tok.Num, s, e: i, v: i - s > 9 ? NaN : v, len: i - s, w: '', lex: undefined });
    } else if (isLetter(c)) {
      let hasYo = false;
      for (let ch = c; i < n && isLetter(ch); ch = text.charCodeAt(++i)) if (ch === 0x451 || ch === 0x401) hasYo = true;
      const { w, lex } = word(text.slice(s, i), hasYo);
      out.push({ t: Tok.Word, s, e: i, v: 0, len: 0, w, lex });
    } else {
      i++;
      const t = punct(c);
      out.push(
        t === Tok.Other
          ? { t, s, e: i, v: 0, len: 0, w: '', lex: undefined, ch: text[s]! }
          : { t, s, e: i, v: 0, len: 0, w: '', lex: undefined },
      );
    }
    if (brk) out[out.length - 1]!.nl = true;
  }
  return out;
}
