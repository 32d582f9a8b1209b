/**
 * Groups: atoms joined into one stretch of time with the words in front of them —
 * «с X по Y», «X – Y», «X Y» (two dates side by side), «X, Y», «до X», «в течение X»,
 * «с X по настоящее время». Pieces that join a group are marked used.
 */
import { Grain, type Atom } from './atoms';
import { P, type Piece } from './scan';

export const F_FROM = 1;
export const F_UNTIL = 2; // до, к, не позднее
export const F_DURING = 4;
export const F_END_EDGE = 8; // до конца
export const F_START_EDGE = 16; // до начала

export interface Group {
  flags: number;
  atoms: Atom[];
  /** Two ends written: «X – Y», «с X по Y». */
  range: boolean;
  /** «… по настоящее время». */
  present: boolean;
}

function prefixFlag(p: P): number {
  switch (p) {
    case P.From:
      return F_FROM;
    case P.Until:
    case P.By:
    case P.Po:
      return F_UNTIL;
    case P.During:
      return F_DURING;
    case P.EndEdge:
      return F_END_EDGE;
    case P.StartEdge:
      return F_START_EDGE;
    case P.In:
      return -1; // «в марте»: no meaning of its own
    default:
      return 0;
  }
}

function isAtom(pc: Piece | undefined): boolean {
  return !!pc && pc.p === P.Atom;
}

/** Atoms side by side with nothing between them, of one grain: «29.08.2017г. 29.08.2017г. 01.09.2017г.», «Сентябрь март». */
function alike(a: Atom, b: Atom): boolean {
  return a.g === b.g && a.g !== Grain.DayOnly;
}

function dayKey(a: Atom): number {
  return a.y * 10000 + a.m * 100 + a.d;
}

/**
 * Two days (or years) side by side are a span written without its dash — the way fixed-width tables lose it:
 * «15.03.2023 30.03.2023», «17.03.2009 08.04.2009», when the second comes after the first. Anything else side by
 * side — months («Сентябрь март»), three days or more, a day before the one beside it — is a list.
 */
function sideBySideSpan(atoms: Atom[]): boolean {
  if (atoms.length !== 2) return false;
  const [a, b] = atoms as [Atom, Atom];
  if (a.g === Grain.Year) return b.y > a.y;
  if (a.g !== Grain.Day) return false;
  return (a.y === 0) === (b.y === 0) && dayKey(b) > dayKey(a);
}

export function readGroups(pieces: Piece[]): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    let flags = 0;
    while (j < pieces.length && j - i < 4) {
      const f = prefixFlag(pieces[j]!.p);
      if (f === 0) break;
      if (f > 0) flags |= f;
      j++;
    }
    const first = pieces[j];
    if (!first || first.p !== P.Atom) {
      i = j > i ? j : i + 1;
      continue;
    }
    const at = j;
    const atoms: Atom[] = [first.atom!];
    let range = false;
    let present = false;
    j++;
    const sep = pieces[j];
    const next = pieces[j + 1];
    // «С 4.09. – по 20.09.»: a dash and «по» together
    const dashPo = sep?.p === P.Range && (next?.p === P.Po || next?.p === P.Until) && isAtom(pieces[j + 2]);
    const run: Atom[] = [first.atom!];
    for (let q = j; isAtom(pieces[q]) && !pieces[q]!.nl && alike(first.atom!, pieces[q]!.atom!); q++) run.push(pieces[q]!.atom!);
    if (dashPo) {
      range = true;
      atoms.push(pieces[j + 2]!.atom!);
      j += 3;
    } else if (sep && (sep.p === P.Range || sep.p === P.Po || sep.p === P.Until) && next && (next.p === P.Atom || next.p === P.Present)) {
      range = true;
      present = next.p === P.Present;
      if (!present) atoms.push(next.atom!);
      j += 2;
    } else if (run.length > 1 && sideBySideSpan(run)) {
      range = true;
      atoms.push(run[1]!);
      j++;
    } else if (run.length > 1) {
      atoms.push(...run.slice(1)); // a list written with spaces only
      j += run.length - 1;
    } else if (sep && sep.p === P.Range && !next) {
      j++; // a dangling dash: «Сентябрь 2014-»
    } else {
      // «Сентябрь, январь», and months on lines of their own: «Сентябрь\nЯнварь\nМай»
      for (;;) {
        if (pieces[j]?.p === P.List && isAtom(pieces[j + 1]) && pieces[j + 1]!.atom!.g !== Grain.DayOnly) {
          atoms.push(pieces[j + 1]!.atom!);
          j += 2;
        } else if (isAtom(pieces[j]) && pieces[j]!.nl && pieces[j]!.atom!.g === first.atom!.g && first.atom!.g !== Grain.DayOnly) {
          atoms.push(pieces[j]!.atom!);
          j += 1;
        } else break;
      }
    }
    if (atoms.length === 1 && first.atom!.g === Grain.DayOnly) {
      i = at + 1; // a bare number on its own is text («Не менее 3 консультаций»)
      continue;
    }
    for (let u = i; u < j; u++) pieces[u]!.used = true;
    groups.push({ flags, atoms, range, present });
    i = j;
  }
  return groups;
}
