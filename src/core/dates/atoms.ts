/**
 * Atoms: the smallest named stretches of time in a cell — a day (dd.mm.yyyy, «1 сентября», ISO yyyy-mm-dd), a month, a season,
 * a quarter, a half-year, a year, a school year — read from tokens, with the year
 * possibly still unknown (0) until the range or the stage's context supplies it.
 */
import { daysInMonth, isValidYmd, toIso } from './calendar-math';
import { Lx, SEASON_NOUNS } from './lexicon';
import { Tok, type Token } from './tokenize';

export enum Grain {
  Day,
  /** A bare day number, only meaningful before a «день месяц» («10-14 октября»). */
  DayOnly,
  Month,
  Season,
  Quarter,
  Half,
  Year,
  /** Учебный год: 1 September of `y` to 31 May of `y + 1`. */
  School,
  /** Четверть of the school year starting in `y`: I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May. */
  SchoolQuarter,
  /** Семестр of the college year starting in `y`: I Sep–Dec, II Jan–Jun. */
  Semester,
  /** A day of the week (d = 1 Monday … 7 Sunday), placed only inside a short context (a one-week plan). */
  Weekday,
  /** A декада of month `m`: d = 1 (days 1–10), 2 (11–20), 3 (21 to the month's end). */
  Decade,
}

export interface Atom {
  g: Grain;
  /** Year, 0 while unknown; for School (and a school Half) the year it starts in. */
  y: number;
  /** Month (Day, Month), first month (Season: 12 winter, 3, 6, 9), quarter or half number. */
  m: number;
  d: number;
  /** Half of a school year (I = Sep–Dec, II = Jan–May) rather than of a calendar year. */
  school: boolean;
  /** Every year named after a month or season: «Февраль, 2022, 2023 гг.». */
  years: number[] | null;
  /** Set when the text names a day that does not exist, e.g. '31.02.2023'. */
  bad: string;
}

function atom(g: Grain, y: number, m: number, d: number): Atom {
  return { g, y, m, d, school: false, years: null, bad: '' };
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function isYearToken(t: Token | undefined): boolean {
  return !!t && t.t === Tok.Num && t.len === 4 && t.v >= MIN_YEAR && t.v <= MAX_YEAR;
}

function lexAt(toks: Token[], i: number): Lx | -1 {
  const lex = toks[i]?.lex;
  return lex ? lex.k : -1;
}

/** Skips «г.», «гг.», «г.г.», «года», «годы» after a year. */
export function skipYearWords(toks: Token[], i: number): number {
  while (lexAt(toks, i) === Lx.YearWord) {
    i++;
    if (toks[i]?.t === Tok.Dot) i++;
  }
  return i;
}

/** Inclusive [start, end] ISO span of an atom in year y (y > 0); null if that day does not exist. */
export function spanOf(a: Atom, y: number): [string, string] | null {
  switch (a.g) {
    case Grain.Day:
    case Grain.DayOnly:
      return isValidYmd(y, a.m, a.d) ? [toIso(y, a.m, a.d), toIso(y, a.m, a.d)] : null;
    case Grain.Month:
      return [toIso(y, a.m, 1), toIso(y, a.m, daysInMonth(y, a.m))];
    case Grain.Season:
      if (a.m === 12) return [toIso(y - 1, 12, 1), toIso(y, 2, daysInMonth(y, 2))];
      return [toIso(y, a.m, 1), toIso(y, a.m + 2, daysInMonth(y, a.m + 2))];
    case Grain.Quarter:
      return [toIso(y, a.m * 3 - 2, 1), toIso(y, a.m * 3, daysInMonth(y, a.m * 3))];
    case Grain.Half:
      if (a.school) return a.m === 1 ? [toIso(y, 9, 1), toIso(y, 12, 31)] : [toIso(y + 1, 1, 1), toIso(y + 1, 5, 31)];
      return a.m === 1 ? [toIso(y, 1, 1), toIso(y, 6, 30)] : [toIso(y, 7, 1), toIso(y, 12, 31)];
    case Grain.Year:
      return [toIso(y, 1, 1), toIso(y, 12, 31)];
    case Grain.School:
      return [toIso(y, 9, 1), toIso(y + 1, 5, 31)];
    case Grain.SchoolQuarter: {
      const [m1, m2, yy] = SCHOOL_QUARTERS[a.m - 1]!;
      return [toIso(y + yy, m1, 1), toIso(y + yy, m2, daysInMonth(y + yy, m2))];
    }
    case Grain.Semester:
      return a.m === 1 ? [toIso(y, 9, 1), toIso(y, 12, 31)] : [toIso(y + 1, 1, 1), toIso(y + 1, 6, 30)];
    case Grain.Weekday:
      return null;
    case Grain.Decade:
      return [toIso(y, a.m, a.d * 10 - 9), toIso(y, a.m, a.d === 3 ? daysInMonth(y, a.m) : a.d * 10)];
  }
}

/** Months of each school quarter and whether it falls in the second calendar year of the school year. */
const SCHOOL_QUARTERS: [number, number, number][] = [
  [9, 10, 0],
  [11, 12, 0],
  [1, 3, 1],
  [4, 5, 1],
];

/** Position inside a year, to tell whether «сентябрь – май» crosses a New Year. */
export function orderKey(a: Atom): number {
  switch (a.g) {
    case Grain.Day:
    case Grain.DayOnly:
      return a.m * 100 + a.d;
    case Grain.Month:
      return a.m * 100;
    case Grain.Season:
      return a.m === 12 ? 0 : a.m * 100;
    case Grain.Quarter:
      return (a.m * 3 - 2) * 100;
    case Grain.Half:
      return a.school ? (a.m === 1 ? 900 : 1300) : a.m === 1 ? 100 : 700;
    case Grain.School:
      return 900;
    case Grain.SchoolQuarter:
      return [900, 1100, 1300, 1600][a.m - 1]!;
    case Grain.Semester:
      return a.m === 1 ? 900 : 1300;
    case Grain.Decade:
      return a.m * 100 + a.d * 10 - 9;
    default:
      return 0;
  }
}

export interface Read {
  a: Atom;
  next: number;
}

/** «…, 2022, 2023 гг.» after a month or season: the first year, any further ones, and the end. */
function readYearTail(toks: Token[], i: number, a: Atom): number {
  let j = i;
  if (toks[j]?.t === Tok.Comma && isYearToken(toks[j + 1])) j++;
  if (!isYearToken(toks[j])) return i;
  a.y = toks[j]!.v;
  j++;
  while ((toks[j]?.t === Tok.Comma || lexAt(toks, j) === Lx.And) && isYearToken(toks[j + 1])) {
    (a.years ??= [a.y]).push(toks[j + 1]!.v);
    j += 2;
  }
  return skipYearWords(toks, j);
}

/** dd.mm.yyyy, dd.mm.yy, dd.mm (spaces allowed around the dots). */
function readNumericDate(toks: Token[], i: number): Read | null {
  const d = toks[i]!;
  const m = toks[i + 2];
  if (d.len > 2 || toks[i + 1]?.t !== Tok.Dot || !m || m.t !== Tok.Num || m.len > 2) return null;
  const yt = toks[i + 3]?.t === Tok.Dot ? toks[i + 4] : undefined;
  if (yt && yt.t === Tok.Num && (yt.len === 2 || yt.len === 4)) {
    const y = yt.len === 4 ? yt.v : yt.v < 70 ? 2000 + yt.v : 1900 + yt.v;
    const a = atom(Grain.Day, y, m.v, d.v);
    if (!isValidYmd(y, m.v, d.v)) a.bad = `${d.v < 10 ? '0' : ''}${d.v}.${m.v < 10 ? '0' : ''}${m.v}.${y}`;
    return { a, next: skipYearWords(toks, i + 5) };
  }
  if (!isValidYmd(2000, m.v, d.v)) return null;
  // «14.02.», «12.03.–16.03.2022»: a trailing dot closes the day
  return { a: atom(Grain.Day, 0, m.v, d.v), next: toks[i + 3]?.t === Tok.Dot ? i + 4 : i + 3 };
}

/**
 * yyyy-mm-dd, as Sheets shows dates in some locales: «2023-09-01», also «2023-9-1». The parts must touch
 * (no spaces), which keeps «2023-2024», «2023-24 учебный год» and «2023 - 2025» the years they are.
 */
function readIsoDate(toks: Token[], i: number): Read | null {
  const y = toks[i]!;
  const d1 = toks[i + 1];
  const m = toks[i + 2];
  const d2 = toks[i + 3];
  const d = toks[i + 4];
  if (!d1 || d1.t !== Tok.Dash || !m || m.t !== Tok.Num || m.len > 2 || !d2 || d2.t !== Tok.Dash || !d || d.t !== Tok.Num || d.len > 2) {
    return null;
  }
  if (d1.s !== y.e || m.s !== d1.e || d2.s !== m.e || d.s !== d2.e) return null;
  const a = atom(Grain.Day, y.v, m.v, d.v);
  if (!isValidYmd(y.v, m.v, d.v)) a.bad = `${y.v}-${m.v < 10 ? '0' : ''}${m.v}-${d.v < 10 ? '0' : ''}${d.v}`;
  return { a, next: skipYearWords(toks, i + 5) };
}

function isOrdinal(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.t === Tok.Num) return t.len === 1;
  return t.lex?.k === Lx.Ordinal;
}

/** The grain named by a part word, and how many such parts a year has. */
function partGrain(k: Lx | -1): [Grain, number] | null {
  switch (k) {
    case Lx.Quarter:
      return [Grain.Quarter, 4];
    case Lx.Half:
      return [Grain.Half, 2];
    case Lx.SchoolQuarter:
      return [Grain.SchoolQuarter, 4];
    case Lx.Semester:
      return [Grain.Semester, 2];
    default:
      return null;
  }
}

/** «I», «1», «1-й», «первое» followed by «квартал», «полугодие», «четверть» or «семестр», then a year or a school year. */
function readPart(toks: Token[], i: number, n: number): Read | null {
  let j = i + 1;
  if (toks[j]?.t === Tok.Dash && isOrdinal(toks[j + 1])) {
    // «II-IV кварталы 2024»: the first number takes its grain (and year) from the second
    const pg = partGrain(lexAt(toks, j + 2));
    if (pg) return n >= 1 && n <= pg[1] ? { a: atom(pg[0], 0, n, 0), next: j } : null;
  }
  // «I, III четверти», «I и II полугодие»: the grain comes from the word after the last number
  if (toks[j]?.t === Tok.Comma || lexAt(toks, j) === Lx.And) {
    let q = j;
    while ((toks[q]?.t === Tok.Comma || lexAt(toks, q) === Lx.And) && isOrdinal(toks[q + 1])) q += 2;
    const pg = q > j ? partGrain(lexAt(toks, q)) : null;
    if (pg) return n >= 1 && n <= pg[1] ? { a: atom(pg[0], 0, n, 0), next: j } : null;
  }
  if (toks[j]?.t === Tok.Dash && toks[j + 1]?.t === Tok.Word && toks[j + 1]!.w.length <= 3) j += 2;
  const pg = partGrain(lexAt(toks, j));
  if (!pg || n < 1 || n > pg[1]) return null;
  const a = atom(pg[0], 0, n, 0);
  j++;
  if (toks[j]?.t === Tok.Dot) j++;
  if (isYearToken(toks[j])) {
    const y = readYear(toks, j);
    if (y.a.g === Grain.School && a.g === Grain.Half) a.school = true;
    if (y.a.g !== Grain.School && (a.g === Grain.SchoolQuarter || a.g === Grain.Semester) && n > 2 - (a.g === Grain.Semester ? 1 : 0)) {
      y.a.y--; // «III четверть 2025»: the school year that started in 2024
    }
    a.y = y.a.y;
    j = y.next;
  }
  return { a, next: j };
}

/** A year, or a school year «2023-2024 учебный год», «2022/2023 уч. г.», «2023/24». */
function readYear(toks: Token[], i: number): Read {
  const y = toks[i]!.v;
  const sep = toks[i + 1];
  const y2 = toks[i + 2];
  if (
    sep &&
    (sep.t === Tok.Dash || sep.t === Tok.Slash) &&
    y2 &&
    y2.t === Tok.Num &&
    ((y2.len === 4 && y2.v === y + 1) || (y2.len === 2 && y2.v === (y + 1) % 100))
  ) {
    let j = skipYearWords(toks, i + 3);
    if (lexAt(toks, j) === Lx.School) {
      j++;
      if (toks[j]?.t === Tok.Dot) j++;
      return { a: atom(Grain.School, y, 0, 0), next: skipYearWords(toks, j) };
    }
    if (sep.t === Tok.Slash) return { a: atom(Grain.School, y, 0, 0), next: j };
  }
  return { a: atom(Grain.Year, y, 0, 0), next: skipYearWords(toks, i + 1) };
}

function isMonthWord(t: Token | undefined): boolean {
  const k = t?.lex?.k;
  return t?.t === Tok.Word && (k === Lx.Month || k === Lx.MonthAbbr);
}

/** «1 декада сентября», «I декада октября», «в третьей декаде мая»: n (1–3), the word, then a month. */
function readDecade(toks: Token[], i: number, n: number): Read | null {
  if (n < 1 || n > 3 || lexAt(toks, i + 1) !== Lx.Decade || !isMonthWord(toks[i + 2])) return null;
  const a = atom(Grain.Decade, 0, toks[i + 2]!.lex!.v, n);
  let j = i + 3;
  if (lexAt(toks, i + 2) === Lx.MonthAbbr && toks[j]?.t === Tok.Dot) j++;
  return { a, next: readYearTail(toks, j, a) };
}

/** An adjective's ending: «оздоровительный», «летнего», «каникулярное». */
const ADJECTIVE = /(?:ый|ий|ой|ого|его|ом|ем|ые|ие|ых|их|ое|ее|ая|яя|ую|юю|ым|им)$/;

/**
 * «летний период», «зимние каникулы», «летний оздоровительный период 2024», «осенний 2023»: a season adjective is a
 * season only before a year or a word of time; «летнего отдыха», «осеннего праздника» are about something else.
 */
function readSeasonAdjective(toks: Token[], i: number, v: number): Read | null {
  const a = atom(Grain.Season, 0, v, 0);
  if (isYearToken(toks[i + 1])) return { a, next: readYearTail(toks, i + 1, a) };
  let j = i + 1;
  if (toks[j]?.t === Tok.Word && !SEASON_NOUNS.has(toks[j]!.w) && ADJECTIVE.test(toks[j]!.w)) j++;
  if (toks[j]?.t !== Tok.Word || !SEASON_NOUNS.has(toks[j]!.w)) return null;
  return { a, next: readYearTail(toks, j + 1, a) };
}

/** Reads the atom starting at token i, or returns null. */
export function readAtom(toks: Token[], i: number): Read | null {
  const t = toks[i];
  if (!t) return null;
  if (t.t === Tok.Num) {
    // «1.24 ноября»: a list number glued to the day
    const day = toks[i + 2];
    if (
      t.len <= 2 &&
      toks[i + 1]?.t === Tok.Dot &&
      day?.t === Tok.Num &&
      day.s === toks[i + 1]!.e &&
      day.len <= 2 &&
      day.v >= 1 &&
      day.v <= 31 &&
      isMonthWord(toks[i + 3])
    ) {
      return readAtom(toks, i + 2);
    }
    const decade = t.len <= 1 ? readDecade(toks, i, t.v) : null;
    if (decade) return decade;
    const numeric = readNumericDate(toks, i);
    if (numeric) return numeric;
    if (isYearToken(t)) return readIsoDate(toks, i) ?? readYear(toks, i);
    if (t.len > 2) return null;
    const part = readPart(toks, i, t.v);
    if (part) return part;
    const k = lexAt(toks, i + 1);
    if ((k === Lx.Month || k === Lx.MonthAbbr) && t.v >= 1 && t.v <= 31) {
      const a = atom(Grain.Day, 0, toks[i + 1]!.lex!.v, t.v);
      let j = i + 2;
      if (k === Lx.MonthAbbr && toks[j]?.t === Tok.Dot) j++;
      j = readYearTail(toks, j, a);
      if (a.y && !isValidYmd(a.y, a.m, a.d)) a.bad = `${t.v} ${toks[i + 1]!.w} ${a.y}`;
      return { a, next: j };
    }
    return t.v >= 1 && t.v <= 31 ? { a: atom(Grain.DayOnly, 0, 0, t.v), next: i + 1 } : null;
  }
  const lex = t.lex;
  if (!lex) return null;
  if (lex.k === Lx.SeasonAdj) return readSeasonAdjective(toks, i, lex.v);
  if (lex.k === Lx.Ordinal) {
    const decade = readDecade(toks, i, lex.v);
    if (decade) return decade;
  }
  if (lex.k === Lx.Month || lex.k === Lx.MonthAbbr || lex.k === Lx.Season) {
    const a = atom(lex.k === Lx.Season ? Grain.Season : Grain.Month, 0, lex.v, 0);
    let j = i + 1;
    if (lex.k === Lx.MonthAbbr && toks[j]?.t === Tok.Dot) j++;
    return { a, next: readYearTail(toks, j, a) };
  }
  if (lex.k === Lx.Ordinal) return readPart(toks, i, lex.v);
  if (lex.k === Lx.Weekday) return { a: atom(Grain.Weekday, 0, 0, lex.v), next: toks[i + 1]?.t === Tok.Dot ? i + 2 : i + 1 };
  return null;
}
