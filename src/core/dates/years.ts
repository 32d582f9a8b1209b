/**
 * Missing years. Inside a range or a list, a year written once serves every atom
 * («Март – апрель 2021», «Сентябрь – май 2015» → September 2014). What is still
 * missing comes from the stage's range: the year that puts the atom inside the
 * range, else the one that overlaps it, else the nearest (school-year logic falls
 * out of this: in 2023-09-01…2024-05-31 «Сентябрь» is 2023 and «Январь» 2024).
 */
import { daysBetween, fromIso } from './calendar-math';
import { Grain, orderKey, spanOf, type Atom } from './atoms';
import type { DateRange } from './term';

/** Fills years (and the month of «10-14 октября») from neighbours in a range or list. */
export function fillFromNeighbours(atoms: Atom[]): void {
  for (let i = atoms.length - 2; i >= 0; i--) {
    const a = atoms[i]!;
    const b = atoms[i + 1]!;
    if (a.g === Grain.DayOnly && (b.g === Grain.Day || b.g === Grain.DayOnly) && b.m) {
      a.g = Grain.Day;
      a.m = a.d > b.d ? (b.m === 1 ? 12 : b.m - 1) : b.m;
    }
    if (!a.y && b.y) a.y = b.y - (orderKey(a) > orderKey(b) ? 1 : 0);
  }
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i]!;
    const p = atoms[i - 1]!;
    if (!a.y && p.y) a.y = p.y + (orderKey(a) < orderKey(p) ? 1 : 0);
  }
}

/** The year for an atom without one, from the stage's range. */
export function yearFromContext(a: Atom, ctx: DateRange): number {
  const cs = fromIso(ctx.start);
  const ce = fromIso(ctx.end);
  if (!cs || !ce) return 0;
  // A half-year in a stage that starts in autumn is a half of the school year.
  if (a.g === Grain.Half && cs.m >= 8) a.school = true;
  let best = 0;
  let bestScore = Infinity;
  for (let y = cs.y - 1; y <= ce.y + 1; y++) {
    const span = spanOf(a, y);
    if (!span) continue;
    let score: number;
    if (span[0] >= ctx.start && span[1] <= ctx.end) score = 0;
    else if (span[0] <= ctx.end && span[1] >= ctx.start) score = 1;
    else score = 2 + (span[1] < ctx.start ? daysBetween(span[1], ctx.start) : daysBetween(ctx.end, span[0]));
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** Every year whose span of the atom lies wholly inside the context (more than one: the year is ambiguous). */
export function yearsInside(a: Atom, ctx: DateRange): number[] {
  const cs = fromIso(ctx.start);
  const ce = fromIso(ctx.end);
  if (!cs || !ce || a.g === Grain.Year || a.g === Grain.School) return [];
  const out: number[] = [];
  for (let y = cs.y - 1; y <= ce.y + 1; y++) {
    const span = spanOf(a, y);
    if (span && span[0] >= ctx.start && span[1] <= ctx.end) out.push(span[0] < ctx.start ? y : Number(span[0].slice(0, 4)));
  }
  return out;
}
