/**
 * Second pass over the tokens: atoms and the phrases around them («до», «с … по»,
 * «в течение этапа», «один раз в месяц», «по отдельному графику») become pieces.
 * A piece is not yet a decision: `combine` decides which pieces form a range and
 * marks them used; whatever stays unused is returned as the note.
 */
import type { Recurrence } from './term';
import { readAtom, type Atom } from './atoms';
import { Lx, unitRecurrence } from './lexicon';
import { Tok, type Token } from './tokenize';

export enum P {
  Atom,
  Range, // - /
  Po, // по: a range between two dates, «по 31.12.2023» alone is a deadline
  Until, // до
  From, // с
  By, // к, не позднее
  In, // в
  EndEdge, // конца
  StartEdge, // начала
  During, // в течение (followed by an atom)
  CtxSpan, // в течение года / этапа, весь период
  Constant, // постоянно
  Recur, // ежемесячно, один раз в месяц
  Sched, // по отдельному графику
  Present, // настоящее время
  List, // , и
  Further, // далее (… ежегодно)
  Time, // a clock time or span of them: «10:00», «с 10-00», «08:30 - 12:30», «10.00 ч.»
  Text,
}

export interface Piece {
  p: P;
  /** Token range [s, e). */
  s: number;
  e: number;
  atom: Atom | null;
  rec: Recurrence | undefined;
  /** For P.Time: the time as read, «10:00», «с 9:00 до 16:00». */
  time?: string;
  used: boolean;
  /** The piece starts a new line of the cell. */
  nl: boolean;
}

export interface Scan {
  pieces: Piece[];
  /** «… в месяц» without «раз»: the words stay in the note, the recurrence is kept. */
  softRec: Recurrence | undefined;
  /** «по мере необходимости», «по отдельному плану», «в установленном порядке»: kept in the note. */
  asNeeded: boolean;
  /** «1 день», «второй день»: the day of an event (a weekday beside it is that day, not every week). */
  eventDay: boolean;
}

function k(toks: Token[], i: number): Lx | -1 {
  const lex = toks[i]?.lex;
  return lex ? lex.k : -1;
}

function unitAt(toks: Token[], i: number): Recurrence | undefined {
  const t = toks[i];
  return t && t.t === Tok.Word ? unitRecurrence(t.w) : undefined;
}

/** «[не реже] [1|один] раз(а) в месяц», «дважды в год», «каждый месяц» → [end, recurrence]. */
function readRecurrence(toks: Token[], i: number): [number, Recurrence] | null {
  let j = i;
  if (k(toks, j) === Lx.Ne && k(toks, j + 1) === Lx.Min) j += 2;
  if (k(toks, j) === Lx.Each) {
    if (k(toks, j + 1) === Lx.Weekday) return [j + 2, 'weekly']; // «каждый понедельник»
    const r = unitAt(toks, j + 1);
    return r ? [j + 2, r] : null;
  }
  if (k(toks, j) === Lx.Times) j++;
  else {
    if (toks[j]?.t === Tok.Num || k(toks, j) === Lx.Count) j++;
    if (k(toks, j) !== Lx.Raz) return null;
    j++;
  }
  if (k(toks, j) !== Lx.V) return null;
  const r = unitAt(toks, j + 1);
  return r ? [j + 2, r] : null;
}

/** After «в течение» / «на протяжении» / «весь»: «[всего|учебного|…ого] года|этапа|проекта …». */
function readContextSpan(toks: Token[], j: number): number {
  while (toks[j]?.t === Tok.Dot) j++; // «в теч. года»
  for (let n = 0; n < 2; n++) {
    const kk = k(toks, j);
    const w = toks[j]?.w ?? '';
    if (kk === Lx.All || kk === Lx.School || (w.length > 4 && (w.endsWith('ого') || w.endsWith('его')))) j++;
    else break;
    while (toks[j]?.t === Tok.Dot) j++; // «в теч. уч. года»
  }
  const kk = k(toks, j);
  if (kk !== Lx.Stage && kk !== Lx.YearWord) return -1;
  j++;
  if (toks[j]?.t === Tok.Dot) j++;
  while (k(toks, j) === Lx.Stage) j++;
  return j;
}

function isHourWord(toks: Token[], i: number): boolean {
  return k(toks, i) === Lx.Hour;
}

/**
 * A clock time at token i: «10:00», «10.00 ч.», «16.30», «11.0», «8-00» (a hyphen for the colon, touching, with
 * minutes 00–09 or above 31, which no day range has), then «ч.»/«час»; «08:30 - 12:30», «с 09-00 до 16-00» as spans.
 * Not a time: «10.12» (a day and month), «10-15 мая», «1-4 классы».
 */
function readClock(toks: Token[], i: number): [number, string] | null {
  const h = toks[i];
  const sep = toks[i + 1];
  const mm = toks[i + 2];
  if (!h || h.t !== Tok.Num || h.len > 2 || h.v > 23 || !sep || !mm || mm.t !== Tok.Num || mm.v > 59) return null;
  const hourAfter = isHourWord(toks, i + 3);
  const dateGoesOn = toks[i + 3]?.t === Tok.Dot && toks[i + 4]?.t === Tok.Num;
  if (k(toks, i + 3) === Lx.Month || k(toks, i + 3) === Lx.MonthAbbr) return null; // «1.24 ноября», «10-15 мая»
  let ok = false;
  if (sep.t === Tok.Other && sep.ch === ':') ok = mm.len === 2;
  else if (sep.t === Tok.Dot)
    ok = sep.s === h.e && mm.s === sep.e && !dateGoesOn && (mm.len === 2 || mm.v === 0) && (mm.v === 0 || mm.v > 12 || hourAfter);
  else if (sep.t === Tok.Dash) {
    const touching = sep.s === h.e && mm.s === sep.e;
    ok = touching && mm.len === 2 && !dateGoesOn && (mm.v < 10 || mm.v > 31 || hourAfter);
  }
  if (!ok) return null;
  let j = i + 3;
  while (isHourWord(toks, j)) {
    j++;
    if (toks[j]?.t === Tok.Dot) j++;
  }
  return [j, `${h.v}:${String(mm.v).padStart(2, '0')}`];
}

/** A time or a span of times, with «с», «до», «в» before it: [end, «с 9:00 до 16:00»]. */
function readTime(toks: Token[], i: number): [number, string] | null {
  const kk = k(toks, i);
  const lead = kk === Lx.From ? 'с ' : kk === Lx.Do ? 'до ' : '';
  const at = lead || kk === Lx.V ? i + 1 : i;
  const first = readClock(toks, at);
  if (!first) return null;
  let [j, text] = first;
  text = lead + text;
  const sep = toks[j];
  if (sep && (sep.t === Tok.Dash || k(toks, j) === Lx.Do)) {
    const second = readClock(toks, j + 1);
    if (second) {
      text += (sep.t === Tok.Dash ? '–' : ' до ') + second[1];
      j = second[0];
    }
  }
  return [j, text];
}

function pushPiece(pieces: Piece[], toks: Token[], p: P, s: number, e: number, atom: Atom | null = null, rec?: Recurrence): void {
  pieces.push({ p, s, e, atom, rec, used: false, nl: toks[s]?.nl === true });
}

export function scan(toks: Token[]): Scan {
  const pieces: Piece[] = [];
  let softRec: Recurrence | undefined;
  let asNeeded = false;
  let eventDay = false;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const kk = k(toks, i);
    const time = t.t === Tok.Num || kk === Lx.From || kk === Lx.Do || kk === Lx.V ? readTime(toks, i) : null;
    if (time) {
      pushPiece(pieces, toks, P.Time, i, time[0]);
      pieces[pieces.length - 1]!.time = time[1];
      i = time[0];
      continue;
    }
    if ((t.t === Tok.Num || kk === Lx.Ordinal) && k(toks, i + 1) === Lx.DayWord) eventDay = true; // «1 день понедельник»
    const rec = t.t === Tok.Num || kk >= 0 ? readRecurrence(toks, i) : null;
    if (rec) {
      pushPiece(pieces, toks, P.Recur, i, rec[0], null, rec[1]);
      i = rec[0];
      continue;
    }
    if ((kk === Lx.V || kk === Lx.Na) && k(toks, i + 1) === Lx.During) {
      const end = readContextSpan(toks, i + 2);
      if (end > 0) pushPiece(pieces, toks, P.CtxSpan, i, end);
      else pushPiece(pieces, toks, P.During, i, i + 2);
      i = end > 0 ? end : i + 2;
      continue;
    }
    if (kk === Lx.All) {
      const end = readContextSpan(toks, i);
      if (end > 0) {
        pushPiece(pieces, toks, P.CtxSpan, i, end);
        i = end;
        continue;
      }
    }
    if (kk === Lx.V) {
      const r = unitAt(toks, i + 1);
      if (r)
        softRec ??= r; // «… консультаций в месяц»: the words stay as text
      else {
        pushPiece(pieces, toks, P.In, i, i + 1);
        i++;
        continue;
      }
    }
    if (kk === Lx.Po && k(toks, i + 1) === Lx.Need) asNeeded = true; // по мере необходимости / поступления
    if (kk === Lx.Pointer) asNeeded = true; // по отдельному плану, в установленном порядке, по согласованию…
    if (kk === Lx.Po && k(toks, i + 1) === Lx.Weekday) {
      pushPiece(pieces, toks, P.Recur, i, i + 2, null, 'weekly'); // «по понедельникам»
      i += 2;
      continue;
    }
    if (kk === Lx.Po || kk === Lx.According || kk === Lx.Graph) {
      let j = kk === Lx.Graph ? i : i + 1;
      if (k(toks, j) === Lx.Separate) j++;
      if (k(toks, j) === Lx.Graph) {
        pushPiece(pieces, toks, P.Sched, i, j + 1);
        i = j + 1;
        continue;
      }
    }
    if (kk === Lx.Present && k(toks, i + 1) === Lx.Time) {
      pushPiece(pieces, toks, P.Present, i, i + 2);
      i += 2;
      continue;
    }
    if (kk === Lx.Ne && k(toks, i + 1) === Lx.Later) {
      pushPiece(pieces, toks, P.By, i, i + 2);
      i += 2;
      continue;
    }
    const read = readAtom(toks, i);
    if (read) {
      pushPiece(pieces, toks, P.Atom, i, read.next, read.a);
      i = read.next;
      continue;
    }
    pushPiece(pieces, toks, simplePiece(t, kk), i, i + 1, null, t.lex?.rec);
    i++;
  }
  return { pieces, softRec, asNeeded, eventDay };
}

function simplePiece(t: Token, kk: Lx | -1): P {
  if (t.t === Tok.Dash || t.t === Tok.Slash) return P.Range;
  if (t.t === Tok.Comma) return P.List;
  switch (kk) {
    case Lx.Po:
      return P.Po;
    case Lx.Do:
      return P.Until;
    case Lx.From:
      return P.From;
    case Lx.K:
      return P.By;
    case Lx.EndEdge:
      return P.EndEdge;
    case Lx.StartEdge:
      return P.StartEdge;
    case Lx.Constant:
      return P.Constant;
    case Lx.Every:
      return P.Recur;
    case Lx.And:
      return P.List;
    case Lx.Further:
      return P.Further;
    default:
      return P.Text;
  }
}
