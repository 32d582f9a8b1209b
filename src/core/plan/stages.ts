/** Stage rows: «1-й этап – подготовительный (10.08.2020 – 31.05.2021 г.)», «2023 год Организационный», «I этап (2014)». */
import { parseTerm } from '../dates/index';
import type { DateRange } from '../dates/term';

export interface StageTitle {
  name: string;
  /** The name without its dates, for short messages: «2 этап – практический». */
  shortName: string;
  termText?: string;
  range?: DateRange;
  /** The range comes from whole years only («2014», «2014-2015», «2023 год»), so neighbours may share a year. */
  yearsOnly?: boolean;
}

const STAGE_WORD = /(^|[^\p{L}])(этап|stage\b)/iu;
const YEAR_TITLE = /^(\d{4})\s*(?:год[ау]?|г\.)(?=\s|$|[^\p{L}])/iu;
const ACADEMIC_TITLE = /^(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*(?:уч(?:ебн\p{L}*)?\.?\s*(?:г(?:од|\.)?)?)/iu;

/** True when a lone text in a row reads as a stage title rather than a note or a heading like «Этапы реализации проекта:». */
export function isStageTitle(text: string): boolean {
  const t = text.trim();
  if (!t || /:$/.test(t) || t.length > 300) return false;
  return STAGE_WORD.test(t) || YEAR_TITLE.test(t) || ACADEMIC_TITLE.test(t);
}

function yearRange(from: number, to: number): DateRange {
  return { start: `${from}-01-01`, end: `${to}-12-31` };
}

/** A range from a term text, only when it is a real span with both ends. */
function termRange(text: string): DateRange | undefined {
  const term = parseTerm(text);
  if (term.kind === 'unknown' || !term.start || !term.end || term.start > term.end) return undefined;
  return { start: term.start, end: term.end };
}

/** Bare years the date parser may leave alone: «2014», «2014-2015». */
function bareYears(text: string): DateRange | undefined {
  const m = /^\s*(\d{4})\s*(?:г(?:од|\.|г\.)?)?\s*(?:[-–—]\s*(\d{4})\s*(?:гг?\.?|годы)?)?\s*$/iu.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a >= 1990 && b >= a && b - a < 30 ? yearRange(a, b) : undefined;
}

const YEARS_ONLY = /^\s*\d{4}\s*(?:[-–—]\s*\d{4})?\s*(?:гг?\.?|год[аы]?)?\s*$/iu;

function withYears<T extends { termText?: string }>(t: T): T {
  return t.termText && YEARS_ONLY.test(t.termText) ? { ...t, yearsOnly: true } : t;
}

const SHORT_MAX = 60;

/** The stage's name without the part that gave its dates, cut at a word within SHORT_MAX characters. */
export function shortStageName(name: string, termText: string | undefined): string {
  let s = name;
  if (termText) s = s.replace(`(${termText})`, ' ').replace(termText, ' ');
  s = s
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;,.–—-]+$/u, '')
    .replace(/^[\s:;,.–—-]+/u, '')
    .trim();
  if (!s) s = name;
  if (s.length <= SHORT_MAX) return s;
  const cut = s.slice(0, SHORT_MAX);
  const space = cut.lastIndexOf(' ');
  return (space > 20 ? cut.slice(0, space) : cut).replace(/[\s:;,.–—-]+$/u, '') + '…';
}

/** Reads a stage title: its name (the whole text on one line) and, where the text gives one, its range. */
export function parseStageTitle(text: string): StageTitle {
  const t = readStageTitle(text);
  return { ...t, shortName: shortStageName(t.name, t.termText) };
}

function readStageTitle(text: string): Omit<StageTitle, 'shortName'> & { shortName?: string } {
  const name = text.replace(/\s+/g, ' ').trim();
  const title: Omit<StageTitle, 'shortName'> = { name };
  // 1. a parenthesised part holding a year: «(август 2024 г. – октябрь 2027 г.)», «(2014)»
  const parens = [...name.matchAll(/\(([^()]*\d{4}[^()]*)\)/g)];
  for (let i = parens.length - 1; i >= 0; i--) {
    const inner = parens[i]![1]!.trim();
    const range = termRange(inner) ?? bareYears(inner);
    if (range) return withYears({ ...title, termText: inner, range });
  }
  // 2. a leading year or academic year: «2023 год Организационный», «2023-2024 учебный год»
  const academic = ACADEMIC_TITLE.exec(name);
  if (academic) {
    const range = termRange(academic[0]);
    if (range) return { ...title, termText: academic[0].trim(), range };
  }
  const year = YEAR_TITLE.exec(name);
  if (year) return { ...title, termText: year[0].trim(), range: yearRange(Number(year[1]), Number(year[1])), yearsOnly: true };
  // 3. dates elsewhere in the text: «1 этап – подготовительный с 10.08.2020 по 31.05.2021»
  const tail = /(?:^|\s)(с\s+\d|\d{1,2}\.\d{1,2}\.\d{2,4}|\p{L}+\s+\d{4}).*$/iu.exec(
    name.replace(/^[\dIVXivx]+(?:-?й)?\s*этап\p{L}*/u, ''),
  );
  if (tail) {
    const range = termRange(tail[0].trim());
    if (range) return { ...title, termText: tail[0].trim(), range };
  }
  return title;
}
