/**
 * The note: the cell's words that are not about time, verbatim from the original
 * text («по соглашению с ОО-участниками проекта»), with whitespace collapsed and
 * stray punctuation at the edges dropped.
 */
import type { Piece } from './scan';
import type { Token } from './tokenize';

const WHITESPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const HAS_WORD = /[0-9A-Za-z\u0400-\u04ff]/;
const EDGE_CHARS = ' ,;:.-\u2010\u2011\u2012\u2013\u2014\u2015\u2212/\\';

function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  for (;;) {
    while (a < b && EDGE_CHARS.indexOf(s[a]!) >= 0) a++;
    while (b > a && EDGE_CHARS.indexOf(s[b - 1]!) >= 0) b--;
    if (s[a] === '(' && s[b - 1] === ')' && s.lastIndexOf('(', b - 1) === a) {
      a++;
      b--;
      continue;
    }
    if (s[a] === ')') {
      a++;
      continue;
    }
    if (s[b - 1] === '(') {
      b--;
      continue;
    }
    return s.slice(a, b);
  }
}

function appendPart(out: string, part: string): string {
  if (!HAS_WORD.test(part)) return out;
  const clean = trimEdges(part.replace(WHITESPACE, ' '));
  return !clean ? out : out ? out + ' ' + clean : clean;
}

export function noteOf(text: string, toks: Token[], pieces: Piece[]): string {
  let out = '';
  let runStart = -1;
  let runEnd = -1;
  for (const pc of pieces) {
    if (pc.used) {
      if (runStart >= 0) out = appendPart(out, text.slice(runStart, runEnd));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = toks[pc.s]!.s;
    runEnd = toks[pc.e - 1]!.e;
  }
  if (runStart >= 0) out = appendPart(out, text.slice(runStart, runEnd));
  return out;
}
