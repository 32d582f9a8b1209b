/**
 * From pieces to a Term: resolve each group to dates (years from neighbours, then
 * from the stage's range), then decide the kind from the words around them.
 */
import { addDays, dayNumber, daysBetween, fromIso, isIsoDay } from './calendar-math';
import { Grain, spanOf, type Atom } from './atoms';
import { F_DURING, F_FROM, F_START_EDGE, F_UNTIL, readGroups, type Group } from './groups';
import { noteOf } from './note';
import { P, type Scan } from './scan';
import type { DateRange, Precision, Recurrence, Term } from './term';
import type { Token } from './tokenize';
import { fillFromNeighbours, yearFromContext, yearsInside } from './years';

export const REASON_NO_YEAR = 'не указан год';
export const REASON_NOT_FOUND = 'не найден срок';
export const REASON_NO_WEEK = 'день недели без недели: не указаны даты';
export const WARN_END_BEFORE_START = 'окончание раньше начала';
export const WARN_NO_RANGE = 'нет периода этапа: даты не определены';
export const WARN_AMBIGUOUS_YEAR = 'не указан год, а период плана длится несколько лет';
export const REASON_TIME_ONLY = 'указано только время, без даты';

/** A context this short is one week of a plan: weekdays are its days; in a longer one they recur weekly. */
const WEEK_DAYS = 13;

interface Span {
  start: string;
  end: string;
  /** The years the group could be in, when its year came from a multi-year context. */
  years?: number[];
  /** Year taken from the context (not written). */
  fromCtx: boolean;
  precision: Precision;
}

const WEEKLY = 'weekly';

function precisionOf(a: Atom): Precision {
  if (a.g === Grain.Day || a.g === Grain.DayOnly || a.g === Grain.Weekday || a.g === Grain.Decade) return 'day';
  return a.g === Grain.Year ? 'year' : 'month';
}

const COARSER: Record<Precision, number> = { day: 0, month: 1, year: 2 };

function coarser(a: Precision, b: Precision): Precision {
  return COARSER[b] > COARSER[a] ? b : a;
}

/** A context longer than a year, where a month without a year may fit more than once. */
function multiYear(ctx: DateRange): boolean {
  return (
    Number(ctx.end.slice(0, 4)) - Number(ctx.start.slice(0, 4)) >= 2 ||
    (ctx.end.slice(0, 4) !== ctx.start.slice(0, 4) && ctx.end.slice(5) >= ctx.start.slice(5))
  );
}

/** The day of the week of an ISO day: 1 Monday … 7 Sunday. */
function weekday(iso: string): number {
  const p = fromIso(iso)!;
  return ((((dayNumber(p.y, p.m, p.d) + 3) % 7) + 7) % 7) + 1;
}

/** Weekdays in a one-week context become its days; `eventDay` («1 день понедельник») never makes them weekly. */
function placeWeekdays(atoms: Atom[], ctx: DateRange | undefined, eventDay: boolean): string | null {
  for (const a of atoms) {
    if (a.g !== Grain.Weekday) continue;
    if (!ctx) return REASON_NO_WEEK;
    if (daysBetween(ctx.start, ctx.end) > WEEK_DAYS) return eventDay ? REASON_NO_WEEK : WEEKLY;
    const first = weekday(ctx.start);
    const day = addDays(ctx.start, (a.d - first + 7) % 7);
    if (day > ctx.end) return REASON_NO_WEEK;
    const p = fromIso(day)!;
    a.g = Grain.Day;
    a.y = p.y;
    a.m = p.m;
    a.d = p.d;
  }
  return null;
}

/** Dates of one group, or a reason why there are none. */
function resolve(g: Group, ctx: DateRange | undefined, eventDay: boolean): Span | string {
  const atoms = g.atoms;
  for (const a of atoms) if (a.bad) return 'несуществующая дата: ' + a.bad;
  let precision: Precision = 'day';
  for (const a of atoms) precision = coarser(precision, precisionOf(a));
  const weekdays = placeWeekdays(atoms, ctx, eventDay);
  if (weekdays) return weekdays;
  fillFromNeighbours(atoms);
  let fromCtx = true;
  for (const a of atoms) if (a.y) fromCtx = false;
  let years: number[] | undefined;
  for (const a of atoms) {
    if (a.y) continue;
    if (!ctx) return REASON_NO_YEAR;
    if (fromCtx && !years && multiYear(ctx)) {
      const inside = yearsInside(a, ctx);
      if (inside.length > 1) years = inside;
    }
    a.y = yearFromContext(a, ctx);
    fillFromNeighbours(atoms);
  }
  const first = spanOf(atoms[0]!, atoms[0]!.y);
  const z = atoms[atoms.length - 1]!;
  const last = atoms.length === 1 ? first : spanOf(z, z.y);
  if (!first || !last) return 'несуществующая дата';
  const span: Span = { start: first[0], end: last[1], fromCtx, precision };
  if (years) span.years = years;
  return span;
}

function withRange(t: Term, r: DateRange | undefined): Term {
  if (r) {
    t.start = r.start;
    t.end = r.end;
  }
  return t;
}

export function combine(text: string, toks: Token[], scan: Scan, ctx: DateRange | undefined, today: string | undefined): Term {
  let groups = readGroups(scan.pieces);
  const spans: Span[] = [];
  let weekly = false;
  for (const g of groups) {
    const r = resolve(g, ctx, scan.eventDay);
    if (r === WEEKLY) {
      weekly = true; // «Вторник» in a plan of a whole year: every Tuesday
      continue;
    }
    if (typeof r === 'string') return { kind: 'unknown', reason: r };
    spans.push(r);
  }
  if (weekly) groups = groups.filter((g) => !g.atoms.some((a) => a.g === Grain.Weekday));
  let rec: Recurrence | undefined;
  let ongoing = false;
  let scheduled = scan.asNeeded;
  const times: string[] = [];
  let weekOutside = false;
  for (const pc of scan.pieces) {
    if (pc.p === P.Time) times.push(pc.time!);
    else if (pc.p === P.Recur) rec ??= pc.rec;
    else if (
      pc.p === P.CtxSpan &&
      ctx &&
      daysBetween(ctx.start, ctx.end) > WEEK_DAYS &&
      toks.slice(pc.s, pc.e).some((t) => t.w === 'недели')
    ) {
      weekOutside = true; // «в течение недели» in a plan of a year: which week is not said
    } else if (pc.p === P.CtxSpan || pc.p === P.Constant) ongoing = true;
    else if (pc.p === P.Sched) scheduled = true;
    else if (pc.p === P.Further) {
      // «…, далее ежегодно»
    } else continue;
    pc.used = true;
  }
  rec ??= scan.softRec;
  if (weekly) rec ??= 'weekly';
  const note = noteOf(text, toks, scan.pieces);
  let term =
    weekOutside && !groups.length && !rec && !ongoing && !scheduled
      ? { kind: 'unknown' as const, reason: REASON_NO_WEEK }
      : build(groups, spans, rec, ongoing, scheduled, ctx, today);
  if (times.length) {
    if (term.kind === 'unknown' && term.reason === REASON_NOT_FOUND) term = { kind: 'unknown', reason: REASON_TIME_ONLY };
    term.time = times.join(', ');
  }
  if (note && term.kind !== 'unknown') term.note = note;
  if (term.start && term.end && term.end < term.start) term.warning = WARN_END_BEFORE_START;
  if (spans.length && term.kind !== 'unknown') {
    let precision: Precision = 'day';
    for (const sp of spans) precision = coarser(precision, sp.precision);
    term.precision = precision;
  }
  return term;
}

/** The separate stretches of a cell naming several terms, in order. */
function partsOf(spans: Span[]): DateRange[] {
  const out: DateRange[] = [];
  for (const s of spans) out.push({ start: s.start, end: s.end });
  return out.sort(byStart);
}

function byStart(a: DateRange, b: DateRange): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

function withParts(t: Term, parts: DateRange[] | undefined): Term {
  if (parts && parts.length > 1) t.parts = parts;
  return t;
}

/** Marks a term whose year is one of several, then adds its parts. */
function flagged(t: Term, ambiguous: number[] | undefined, parts: DateRange[] | undefined): Term {
  if (ambiguous) {
    t.years = ambiguous;
    t.warning = WARN_AMBIGUOUS_YEAR;
  }
  return withParts(t, parts);
}

/** «Сентябрь, далее ежегодно», «ежегодно в мае» over a multi-year context: from the first occurrence to the last inside it. */
function yearlyEnd(g: Group, span: Span, ctx: DateRange): string {
  const a = g.atoms[0]!;
  let end = span.end;
  for (let y = a.y + 1; y <= a.y + 200; y++) {
    const s = spanOf(a, y);
    if (!s || s[1] > ctx.end) break;
    end = s[1];
  }
  return end;
}

function build(
  groups: Group[],
  spans: Span[],
  rec: Recurrence | undefined,
  ongoing: boolean,
  scheduled: boolean,
  ctx: DateRange | undefined,
  today: string | undefined,
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
  let parts: DateRange[] | undefined;
  if (spans.length > 1) parts = partsOf(spans);
  else if (g.atoms.length > 1 && !g.range) {
    const each: Span[] = [];
    for (const a of g.atoms) each.push(atomSpan(a, spans[0]!));
    parts = partsOf(each);
  }
  // «Ноябрь\nВ течение года», «март, в течение года»: the whole context, with the months named marked
  if (ongoing && ctx && !(g.flags & F_DURING)) {
    const t: Term = {
      kind: rec ? 'recurring' : 'ongoing',
      start: ctx.start < start ? ctx.start : start,
      end: ctx.end > end ? ctx.end : end,
    };
    if (rec) t.recurrence = rec;
    t.parts = partsOf(spans);
    return t;
  }
  const years = g.atoms[0]!.years;
  if (rec || (years && years.length > 1)) {
    if (rec && ctx && g.flags & F_UNTIL && !g.range) {
      // «ежемесячно до 5 числа», «Ежегодно, до 1 февраля»: a deadline in every period of the context
      return { kind: 'recurring', start: ctx.start, end: ctx.end, recurrence: rec };
    }
    if (years && years.length > 1 && !g.range) {
      end = spanOf(g.atoms[0]!, years[years.length - 1]!)?.[1] ?? end;
    } else if (rec === 'yearly' && ctx && spans.length === 1 && spans[0]!.fromCtx && !g.range && g.atoms.length === 1) {
      end = yearlyEnd(g, spans[0]!, ctx);
    }
    return withParts({ kind: 'recurring', start, end, recurrence: rec ?? 'yearly' }, parts);
  }
  let ambiguous: number[] | undefined;
  for (const sp of spans) if (sp.years) ambiguous ??= sp.years;
  if (g.flags & F_UNTIL && !(g.flags & F_FROM) && !g.range && groups.length === 1) {
    const deadline = g.flags & F_START_EDGE ? addDays(start, -1) : end;
    const from = ctx && ctx.start < deadline ? ctx.start : deadline;
    return flagged({ kind: 'deadline', start: from, end: deadline }, ambiguous, parts);
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
  if (g.flags & F_DURING || ongoing) return flagged({ kind: 'ongoing', start, end }, ambiguous, parts);
  if (scheduled) return flagged({ kind: 'scheduled', start, end }, ambiguous, parts);
  // separate days or months: «Сентябрь март», «сентябрь\nдекабрь», «29.08.2017 29.08.2017 01.09.2017», «1 и 15 марта»
  if (parts)
    return flagged(
      { kind: 'several', start: parts[0]!.start, end: parts.reduce((e, p) => (p.end > e ? p.end : e), parts[0]!.end) },
      ambiguous,
      parts,
    );
  if (groups.length === 1 && !g.range && g.atoms.length === 1 && start === end)
    return flagged({ kind: 'date', start, end }, ambiguous, parts);
  return flagged({ kind: 'period', start, end }, ambiguous, parts);
}

/** The span of one atom of a list, in the year it was resolved to. */
function atomSpan(a: Atom, fallback: Span): Span {
  const s = a.y ? spanOf(a, a.y) : null;
  return s ? { start: s[0], end: s[1], fromCtx: fallback.fromCtx, precision: precisionOf(a) } : fallback;
}
