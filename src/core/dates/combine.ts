/**
 * From pieces to a Term: resolve each group to dates (years from neighbours, then
 * from the stage's range), then decide the kind from the words around them.
 */
import { addDays, isIsoDay } from './calendar-math';
import { spanOf } from './atoms';
import { F_DURING, F_FROM, F_START_EDGE, F_UNTIL, readGroups, type Group } from './groups';
import { noteOf } from './note';
import { P, type Scan } from './scan';
import type { DateRange, Recurrence, Term } from './term';
import type { Token } from './tokenize';
import { fillFromNeighbours, yearFromContext } from './years';

export const REASON_NO_YEAR = 'не указан год';
export const REASON_NOT_FOUND = 'не найден срок';
export const WARN_END_BEFORE_START = 'окончание раньше начала';
export const WARN_NO_RANGE = 'нет периода этапа: даты не определены';

interface Span {
  start: string;
  end: string;
}

/** Dates of one group, or a reason why there are none. */
function resolve(g: Group, ctx: DateRange | undefined): Span | string {
  const atoms = g.atoms;
  for (const a of atoms) if (a.bad) return 'несуществующая дата: ' + a.bad;
  fillFromNeighbours(atoms);
  for (const a of atoms) {
    if (a.y) continue;
    if (!ctx) return REASON_NO_YEAR;
    a.y = yearFromContext(a, ctx);
    fillFromNeighbours(atoms);
  }
  const first = spanOf(atoms[0]!, atoms[0]!.y);
  const z = atoms[atoms.length - 1]!;
  const last = atoms.length === 1 ? first : spanOf(z, z.y);
  if (!first || !last) return 'несуществующая дата';
  return { start: first[0], end: last[1] };
}

function withRange(t: Term, r: DateRange | undefined): Term {
  if (r) {
    t.start = r.start;
    t.end = r.end;
  }
  return t;
}

export function combine(text: string, toks: Token[], scan: Scan, ctx: DateRange | undefined, today: string | undefined): Term {
  const groups = readGroups(scan.pieces);
  const spans: Span[] = [];
  for (const g of groups) {
    const r = resolve(g, ctx);
    if (typeof r === 'string') return { kind: 'unknown', reason: r };
    spans.push(r);
  }
  let rec: Recurrence | undefined;
  let ongoing = false;
  let scheduled = scan.asNeeded;
  for (const pc of scan.pieces) {
    if (pc.p === P.Recur) rec ??= pc.rec;
    else if (pc.p === P.CtxSpan || pc.p === P.Constant) ongoing = true;
    else if (pc.p === P.Sched) scheduled = true;
    else continue;
    pc.used = true;
  }
  rec ??= scan.softRec;
  const note = noteOf(text, toks, scan.pieces);
  const term = build(groups, spans, rec, ongoing, scheduled, ctx, today);
  if (note && term.kind !== 'unknown') term.note = note;
  if (term.start && term.end && term.end < term.start) term.warning = WARN_END_BEFORE_START;
  return term;
}

function build(
  groups: Group[], spans: Span[], rec: Recurrence | undefined, ongoing: boolean, scheduled: boolean,
  ctx: DateRange | undefined, today: string | undefined,
): Term {
  if (groups.length === 0) {
    if (rec) return withRange({ kind: 'recurring', recurrence: rec }, ctx);
    if (ongoing) return ctx ? withRange({ kind: 'ongoing' }, ctx) : { kind: 'ongoing', warning: WARN_NO_RANGE };
    if (scheduled) return withRange({ kind: 'scheduled' }, ctx);
    return { kind: 'unknown', reason: REASON_NOT_FOUND };
  }
  const g = groups[0]!;
  let start = spans[0]!.start;
  let end = spans[0]!.end;
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < start) start = spans[i]!.start;
    if (spans[i]!.end > end) end = spans[i]!.end;
  }
  const years = g.atoms[0]!.years;
  if (rec || (years && years.length > 1)) {
    if (years && years.length > 1 && !g.range) {
      end = spanOf(g.atoms[0]!, years[years.length - 1]!)?.[1] ?? end;
    }
    return { kind: 'recurring', start, end, recurrence: rec ?? 'yearly' };
  }
  if (g.flags & F_UNTIL && !(g.flags & F_FROM) && !g.range && groups.length === 1) {
    const deadline = g.flags & F_START_EDGE ? addDays(start, -1) : end;
    const from = ctx && ctx.start < deadline ? ctx.start : deadline;
    return { kind: 'deadline', start: from, end: deadline };
  }
  if (g.present) {
    const t: Term = { kind: 'ongoing', start };
    if (isIsoDay(today) && today >= start) t.end = today;
    return t;
  }
  if (g.flags & F_FROM && !g.range) {
    const t: Term = { kind: 'period', start };
    if (ctx && ctx.end >= start) t.end = ctx.end;
    return t;
  }
  if (g.flags & F_DURING || ongoing) return { kind: 'ongoing', start, end };
  if (scheduled) return { kind: 'scheduled', start, end };
  if (groups.length === 1 && !g.range && g.atoms.length === 1 && start === end) return { kind: 'date', start, end };
  return { kind: 'period', start, end };
}
