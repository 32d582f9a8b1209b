/**
 * SUMIFS-style text patterns («*» any text, «?» one character) matched in time linear in the text, whatever the
 * pattern: no RegExp is built from it (`a.*a.*…b` backtracks exponentially: 200 stars in BUDGET_TOTAL never
 * finished) and nothing backtracks. The pattern is an automaton whose states are its characters (a «*» is a loop
 * on the state before it), and the set of states alive after each character of the text is kept as bits, all of
 * them updated at once (the Shift-And method of Baeza-Yates and Gonnet, with loops for the stars): one pass over
 * the text, ⌈(characters + 1) / 32⌉ word operations per character.
 */

/** The most characters a pattern may have besides its stars (Excel refuses SUMIFS criteria longer than 255). */
export const MAX_PATTERN_CHARS = 255;

export type GlobMatcher = (text: string) => boolean;

/** True when the pattern has a «*» or a «?» (a plain text is compared as it is). */
export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * A matcher for `pattern` over whole texts (the pattern must match all of it), or null when the pattern has more
 * than MAX_PATTERN_CHARS characters besides «*». `fold` is applied to the pattern and to every text first
 * (case, «ё», spaces); it must keep «*» and «?».
 */
export function globMatcher(pattern: string, fold: (s: string) => string = (s) => s): GlobMatcher | null {
  const p = fold(pattern);
  // tokens: the pattern's characters other than «*»; loops[i]: a «*» right after token i (state i loops)
  const tokens: (string | null)[] = []; // null = «?»
  const loopsAt: number[] = [];
  for (const ch of p) {
    if (ch === '*') loopsAt.push(tokens.length);
    else tokens.push(ch === '?' ? null : ch);
    if (tokens.length > MAX_PATTERN_CHARS) return null;
  }
  const states = tokens.length + 1; // state i: the first i tokens matched
  const words = Math.ceil(states / 32);
  const bit = (i: number): [number, number] => [i >>> 5, 1 << (i & 31)];
  const any = new Uint32Array(words); // states entered on any character («?»)
  const loops = new Uint32Array(words);
  const byChar = new Map<string, Uint32Array>();
  tokens.forEach((t, i) => {
    const [w, m] = bit(i + 1);
    if (t === null) any[w]! |= m;
    else {
      let mask = byChar.get(t);
      if (!mask) byChar.set(t, (mask = new Uint32Array(words)));
      mask[w]! |= m;
    }
  });
  for (const i of loopsAt) {
    const [w, m] = bit(i);
    loops[w]! |= m;
  }
  const [acceptWord, acceptMask] = bit(states - 1);
  const alive = new Uint32Array(words);
  const next = new Uint32Array(words);
  return (text) => {
    alive.fill(0);
    alive[0] = 1;
    for (const ch of fold(text)) {
      const entered = byChar.get(ch);
      let carry = 0;
      let live = 0;
      for (let w = 0; w < words; w++) {
        const d = alive[w]!;
        const shifted = ((d << 1) | carry) >>> 0;
        carry = d >>> 31;
        const v = ((shifted & ((entered ? entered[w]! : 0) | any[w]!)) | (d & loops[w]!)) >>> 0;
        next[w] = v;
        live |= v;
      }
      if (live === 0) return false;
      alive.set(next);
    }
    return (alive[acceptWord]! & acceptMask) !== 0;
  };
}
