/**
 * parseTerm: a «Сроки» cell (text, a Date, a number) → a Term. Never throws: what it
 * cannot read comes back as `{kind: 'unknown', reason}` with a short Russian reason.
 *
 * Decisions:
 * - A month is the whole month; seasons: весна Mar–May, лето Jun–Aug, осень Sep–Nov,
 *   зима Y = 1 Dec (Y−1) … end of Feb Y (the winter that ends in Y).
 * - Учебный год Y/Y+1 = 1 Sep Y … 31 May Y+1. Полугодие with a calendar year: I = Jan–Jun,
 *   II = Jul–Dec; of a school year (written, or a stage starting in autumn): I = Sep–Dec,
 *   II = Jan–May.
 * - Missing year: from the neighbour in a range, else the year that puts the month inside
 *   the context range (else overlapping, else nearest); no context → unknown «не указан год».
 * - Deadline («до», «к», «не позднее»): end = the day (the end of a month/year for «до
 *   декабря 2023», «до конца сентября»); start = context start when it is earlier, else the day.
 * - «N … в месяц» («Не менее 3 консультаций в месяц») → recurring monthly, words kept as note.
 * - «По отдельному графику» → scheduled; «По мере необходимости» → scheduled, phrase kept as note.
 * - «с 2017 по настоящее время» → ongoing from 2017-01-01, end = options.today when given.
 * - «В течение года / этапа», «Постоянно» → ongoing over the context range; without one,
 *   ongoing without dates and a warning.
 * - A bare number: 1900…2100 is a year (a period); any other number is unknown.
 * - School quarters (четверти) are month-granular, because their exact days change by region and year:
 *   I = Sep–Oct, II = Nov–Dec, III = Jan–Mar, IV = Apr–May of the school year that holds the context.
 *   College semesters: I = Sep–Dec, II = Jan–Jun. «III четверть 2025» is the school year 2024/2025.
 * - Weekdays: inside a context of at most two weeks (a one-week plan) a weekday is its day there; in a
 *   longer one it recurs weekly («Вторник», «по понедельникам», «каждый понедельник»); with none, unknown.
 * - Terms that point elsewhere («по отдельному плану», «в установленном порядке», «по согласованию», «по мере
 *   необходимости», «по графику …») are scheduled over the context, the words kept as the note.
 * - Several terms in one cell (lines, commas): «Ноябрь\nВ течение года» is ongoing over the context with
 *   November in `parts`; «Сентябрь\nЯнварь\nМай», «сентябрь\nдекабрь», «Сентябрь, январь» are `several`: each month
 *   in `parts`, start the first, end the last — not a span (the months between are not meant).
 * - Terms side by side with only spaces between them: two days (or years), the second after the first, are a span
 *   whose dash was lost — fixed-width tables lose it, and a span is what such cells mean in every real plan we
 *   have («17.03.2009 08.04.2009», «25.03.2009 26.03.2009» of a two-day festival); months side by side («Сентябрь
 *   март»), three days or more («29.08.2017г. 29.08.2017г. 01.09.2017г.», one per sub-item), or a day before the one
 *   beside it, are `several`.
 * - Clock times («10:00», «10.00 ч.», «8-00», «с 10-00», «08:30 - 12:30», «с 09-00 до 16-00») are read into `time`
 *   and never taken for a day («10.00» is no 10th of a month); a cell with a time and no date is unknown with
 *   REASON_TIME_ONLY — no day is invented.
 * - «летнего», «осенний» are a season only before a year or a word of time («летний период», «зимние каникулы»,
 *   «летний оздоровительный период 2024»): «…летнего отдыха … в 2005 году» is 2005, «осеннего праздника» no season.
 * - «1 декада сентября», «во II декаде мая»: ten days (the third декада to the month's end).
 * - «1.24 ноября»: a list number glued to the day is not part of the date.
 * - «1 день понедельник»: the first day of an event; its weekday is not «every Monday».
 * - A month, season or quarter without a year whose context is longer than a year: placed in the first
 *   year it fits, with `years` listing every year it could be and a warning — unless the wording recurs
 *   («ежегодно в мае», «Сентябрь, далее ежегодно»): then yearly from the first occurrence to the last inside.
 * - `precision` says how finely the dates are written (day, month, year); plan checks compare at it.
 */
import { dateValueToIso, isDateValue, isIsoDay, toIso } from './calendar-math';
import { combine } from './combine';
import { Grain } from './atoms';
import { Lx } from './lexicon';
import { P, scan } from './scan';
import type { DateRange, Term, TermContext } from './term';
import { Tok, tokenize } from './tokenize';

export interface ParseTermOptions {
  /** ISO day used for «по настоящее время». */
  today?: string;
}

const MAX_LENGTH = 2000;

function unknown(reason: string): Term {
  return { kind: 'unknown', reason };
}

function validRange(ctx: TermContext | undefined): DateRange | undefined {
  const r = ctx?.range;
  if (!r || !isIsoDay(r.start) || !isIsoDay(r.end) || r.end < r.start) return undefined;
  return r;
}

export function parseTerm(value: unknown, context?: TermContext, options?: ParseTermOptions): Term {
  try {
    if (typeof value === 'string') {
      if (value.length > MAX_LENGTH) return unknown('слишком длинный текст');
      const toks = tokenize(value);
      if (toks.length === 0) return unknown('пусто');
      return combine(value, toks, scan(toks), validRange(context), options?.today);
    }
    if (value === null || value === undefined) return unknown('пусто');
    if (isDateValue(value)) {
      const iso = dateValueToIso(value);
      return { kind: 'date', start: iso, end: iso, precision: 'day' };
    }
    if (Object.prototype.toString.call(value) === '[object Date]') return unknown('неверная дата');
    if (typeof value === 'number') {
      if (Number.isInteger(value) && value >= 1900 && value <= 2100) {
        return { kind: 'period', start: toIso(value, 1, 1), end: toIso(value, 12, 31) };
      }
      return unknown('число, а не срок');
    }
    if (typeof value === 'boolean') return unknown('логическое значение, а не срок');
    return unknown('не текст');
  } catch {
    return unknown('не удалось разобрать');
  }
}

/**
 * The words of a longer text that state its term: «План мероприятий … на 2024/2025 учебный год» →
 * «2024/2025 учебный год». '' when the text states none.
 */
export function termWords(text: string): string {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return '';
  const toks = tokenize(text);
  const sc = scan(toks);
  const t = combine(text, toks, sc, undefined, undefined);
  if (t.kind === 'unknown') return '';
  let s = -1;
  let e = -1;
  for (const pc of sc.pieces) {
    if (!pc.used) continue;
    if (s < 0) s = toks[pc.s]!.s;
    e = toks[pc.e - 1]!.e;
  }
  if (s < 0) return '';
  // a sentence's full stop goes, an abbreviation's dot («гг.», «уч. г.») stays
  return text
    .slice(s, e)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\p{L}]{4,})\.$/u, '$1');
}

/** Pieces a leading term is made of: dates and the words that join them («до», «с … по», «–», «,», a clock time). */
const LEAD_PIECES = new Set<P>([P.Atom, P.Range, P.Po, P.Until, P.From, P.By, P.In, P.List, P.Time, P.EndEdge, P.StartEdge]);

/**
 * The term a line starts with, and what follows it: «1 сентября: День знаний;» → «1 сентября» + «День знаний;»,
 * «ДО 14 АПРЕЛЯ Формирование списка» → «ДО 14 АПРЕЛЯ» + «Формирование списка», «2. 25 -26 ноября. Конкурс чтецов»
 * → number «2», «25 -26 ноября», «Конкурс чтецов». The term must name its month in words or give a whole date with
 * its year («1.1 Постановка целей» is an item number, not 1 January); null when the line does not start with one or
 * nothing follows it.
 */
export function leadingTerm(line: string): { number?: string; term: string; rest: string } | null {
  if (typeof line !== 'string' || line.length > MAX_LENGTH) return null;
  const toks = tokenize(line);
  let from = 0;
  let number: string | undefined;
  // «2. 25 -26 ноября»: a list number, then a space; «1.24 ноября»: glued to the day
  const glued = toks[2]?.t === Tok.Num && toks[3]?.t === Tok.Word && (toks[3].lex?.k === Lx.Month || toks[3].lex?.k === Lx.MonthAbbr);
  if (toks[0]?.t === Tok.Num && toks[0].len <= 2 && toks[1]?.t === Tok.Dot && toks[2] && (toks[2].s > toks[1].e || glued)) {
    number = String(toks[0].v);
    from = 2;
  }
  const { pieces } = scan(toks.slice(from));
  let end = -1;
  let month = false;
  for (const pc of pieces) {
    if (!LEAD_PIECES.has(pc.p)) break;
    if (pc.p === P.Atom) {
      // a month named in words, or a date with its year: «1.1 Постановка целей» is a numbered item, not 1 January
      const named = toks.slice(from + pc.s, from + pc.e).some((t) => t.lex?.k === Lx.Month || t.lex?.k === Lx.MonthAbbr);
      if (
        (named || pc.atom!.y > 0) &&
        pc.atom!.m > 0 &&
        pc.atom!.g !== Grain.SchoolQuarter &&
        pc.atom!.g !== Grain.Quarter &&
        pc.atom!.g !== Grain.Half
      )
        month = true;
      end = pc.e;
    } else if (pc.p === P.Time && end >= 0) end = pc.e;
  }
  if (!month || end < 0) return null;
  const termEnd = toks[from + end - 1]!.e;
  const rest = line
    .slice(termEnd)
    .replace(/^[\s:.;,–—-]+/u, '')
    .trim();
  if (!/\p{L}{3,}/u.test(rest)) return null;
  const out: { number?: string; term: string; rest: string } = { term: line.slice(toks[from]!.s, termEnd).trim(), rest };
  if (number) out.number = number;
  return out;
}
