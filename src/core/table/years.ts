/**
 * Year column headers as budget and indicator tables write them: «2023», «2023 год», «2023 г.», «2021/2022»,
 * «2021/22», «2021-2022 уч. г.», «2019 - 2020 годы», «на 2024 год», «2023 год, руб.».
 */
/** A single year, a school year («2021/2022»), or a span («2019 - 2020 годы»). */
export type YearKind = 'year' | 'academic' | 'range';

export interface YearLabel {
  key: string;
  kind: YearKind;
  from: number;
  to: number;
  plausible: boolean;
}

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const LEAD = /^\s*(?:\d|на|за|На|За)/;
const HEAD = /^(?:на|за)?\s*(\d{2,5})(?:\s*(?:[-\u2010-\u2015\u2212/]|по)\s*(\d{2,5}))?\s*(.*)$/;
/** What may follow the number(s): year words, school-year words, a unit, in any order. */
const TAIL_WORD = /^(?:год|года|годы|годов|гг|г|уч|учеб|учебный|учебного|у|фин|финансовый|плановый|руб|рублей|р|тыс|млн|в|тч|т|ч)$/;
const SEVERAL = /^(?:годы|годов|гг)$/;
const SCHOOL = /^(?:уч|учеб|учебный|учебного|у)$/;

/** The header text made plain: lower case, odd spaces to spaces, trimmed. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/**
 * Reads a year header; null when the text is not written like a year at all.
 * A bare number needs four digits (so the column-numbering row «1 2 3» is no year row);
 * with «год» or a span, two to five digits read as a year that may be implausible («20233 год»).
 */
export function parseYearLabel(value: unknown): YearLabel | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1000 || value > 9999) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    // Fast exit for the usual cell: a year header starts with digits, «на» or «за».
    if (value.length > 60 || !LEAD.test(value)) return null;
    text = plain(value);
  } else return null;
  if (text.length > 40) return null;
  const m = HEAD.exec(text);
  if (!m) return null;
  const a = m[1]!;
  const b = m[2];
  const tailText = m[3]!.replace(/[.,:;()*]/g, ' ').trim();
  const tail = tailText === '' ? [] : tailText.split(/\s+/);
  if (!tail.every((w) => TAIL_WORD.test(w))) return null;
  const several = tail.some((w) => SEVERAL.test(w));
  const school = tail.some((w) => SCHOOL.test(w));
  const hasYearWord = tail.some((w) => /^(?:год|года|годы|годов|гг|г)$/.test(w));
  if (!b && !hasYearWord && a.length !== 4) return null;
  if (!b && !hasYearWord && tail.length > 0 && !school) {
    // «2023 руб.» is no year header; «2023 тыс. руб.» neither.
    return null;
  }
  const from = Number(a);
  let to = from;
  if (b !== undefined) {
    to = Number(b);
    // «2021/22» → 2022
    if (b.length === 2 && a.length === 4) to = Math.floor(from / 100) * 100 + to;
  }
  let kind: YearKind = 'year';
  if (b !== undefined) {
    const slash = /\//.test(text);
    if (several && !school) kind = 'range';
    else if (slash || school || to === from + 1) kind = 'academic';
    else kind = 'range';
  }
  const inRange = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;
  let plausible = inRange(from) && inRange(to) && to >= from;
  if (kind === 'academic' && to !== from + 1) plausible = false;
  if (kind === 'year' && to !== from) plausible = false;
  const key = kind === 'year' ? String(from) : kind === 'academic' ? `${from}/${to}` : `${from}–${to}`;
  return { key, kind, from, to, plausible };
}
