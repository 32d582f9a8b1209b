/** Finding a table's header row by the usual names of its columns. */
import { cellText } from './cell';

export type Synonyms<F extends string> = Record<F, readonly string[]>;

export interface HeaderMatch<F extends string> {
  /** 0-based row of the header. */
  headerRow: number;
  /** field → 0-based column; only the fields found. */
  columns: Partial<Record<F, number>>;
  /** The header texts of the columns found, as written. */
  titles: Partial<Record<F, string>>;
  /** How many fields were found. */
  score: number;
  /** Fields not found. */
  missing: F[];
}

export interface HeaderOptions<F extends string> {
  /** How many top rows to scan (default 30). */
  maxRows?: number;
  /** Fewest fields a header must match (default 2). */
  minScore?: number;
  /** A row holding all of these beats a row with more fields but not these. */
  required?: readonly F[];
}

/**
 * Lowercase, ё→е, a word hyphenated over a line break joined («Срок реализа-\nции» → «срок реализации»),
 * punctuation and line breaks to single spaces; "№" kept as its own word.
 */
export function normalizeHeader(text: string): string {
  return text
    .replace(/(\p{L})[-\u00ad]\s*\n\s*(\p{Ll})/gu, '$1$2')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/№/g, ' № ')
    .replace(/[^\p{L}\p{N}№]+/gu, ' ')
    .trim();
}

const HEADER_KEYS = new Map<string, string>();

/**
 * normalizeHeader, remembered: the key two labels are compared by (budget code compares the same item and
 * source texts many times: every fact of a consolidation, every row of a total). Emptied when it grows large.
 */
export function headerKey(text: string): string {
  let v = HEADER_KEYS.get(text);
  if (v === undefined) {
    if (HEADER_KEYS.size > 50_000) HEADER_KEYS.clear();
    v = normalizeHeader(text);
    HEADER_KEYS.set(text, v);
  }
  return v;
}

/**
 * How well a header cell matches one synonym: 3 exact, 2 the cell starts with it, 1 contains it (whole words).
 * Called for every cell × synonym of every candidate header row of every job: no string is built here.
 */
function matchQuality(cell: string, synonym: string): number {
  if (cell === synonym) return 3;
  const n = synonym.length;
  for (let i = cell.indexOf(synonym); i >= 0; i = cell.indexOf(synonym, i + 1)) {
    if ((i === 0 || cell.charCodeAt(i - 1) === 32) && (i + n === cell.length || cell.charCodeAt(i + n) === 32)) return i === 0 ? 2 : 1;
  }
  return 0;
}

/** Header cells are short; long text (a title, an activity) only ever matches exactly. */
const MAX_LOOSE_WORDS = 7;

export interface Candidate<F> {
  field: F;
  col: number;
  quality: number;
  length: number;
}

/**
 * The ways one header cell may read: as written; with a word broken over lines without a hyphen joined
 * («ответствен\nный» from a PDF); and, for a one-word abbreviation («ответст.», «Отв-ный», «Наим.»), the
 * letters it keeps (its start, and the ending after a hyphen).
 */
interface Readings {
  texts: string[];
  /** Per text: short enough to match a synonym loosely (see MAX_LOOSE_WORDS). */
  loose: boolean[];
  /** Per text: its distinct words. */
  words: string[][];
  abbrev?: { head: string; tail: string };
}

const READINGS = new Map<string, Readings>();

/** cellReadings, remembered: the same labels are read by every job's header search. Emptied when large. */
function cellReadingsOf(raw: string): Readings {
  let v = READINGS.get(raw);
  if (v === undefined) {
    if (READINGS.size > 20_000) READINGS.clear();
    const r = cellReadings(raw);
    v = { ...r, loose: r.texts.map((t) => t.split(' ').length <= MAX_LOOSE_WORDS), words: r.texts.map((t) => [...new Set(t.split(' '))]) };
    READINGS.set(raw, v);
  }
  return v;
}

function cellReadings(raw: string): Omit<Readings, 'loose' | 'words'> {
  const texts = [normalizeHeader(raw)];
  if (raw.includes('\n')) {
    const joined = normalizeHeader(raw.replace(/(\p{Ll})\s*\n\s*(\p{Ll})/gu, '$1$2'));
    if (joined !== texts[0]) texts.push(joined);
  }
  const m = /^\s*(\p{L}{3,})(?:\.|-(\p{L}{2,})\.?)\s*$/u.exec(raw);
  if (!m) return { texts };
  return { texts, abbrev: { head: m[1]!.toLowerCase().replace(/ё/g, 'е'), tail: (m[2] ?? '').toLowerCase().replace(/ё/g, 'е') } };
}

/** A one-word synonym the abbreviation stands for: it starts with the kept letters (and ends with the tail). */
function abbreviates(abbrev: { head: string; tail: string }, synonym: string): boolean {
  if (synonym.includes(' ') || synonym.length <= abbrev.head.length + abbrev.tail.length) return false;
  return synonym.startsWith(abbrev.head) && synonym.endsWith(abbrev.tail);
}

/** Every (field, column) a row's labels could name, with how well. */
/** Per field (its index in `prepared`), its synonyms by their first word: a synonym can only match a cell holding that word. */
type SynonymIndex = Map<string, [number, string][]>;
const INDEXES = new WeakMap<object, SynonymIndex>();

function synonymIndex(prepared: [string, string[]][]): SynonymIndex {
  let index = INDEXES.get(prepared);
  if (!index) {
    index = new Map();
    prepared.forEach(([, syns], f) => {
      for (const syn of syns) {
        const first = syn.split(' ', 1)[0]!;
        let list = index!.get(first);
        if (!list) index!.set(first, (list = []));
        list.push([f, syn]);
      }
    });
    INDEXES.set(prepared, index);
  }
  return index;
}

export function rowCandidates<F extends string>(row: readonly unknown[], prepared: [F, string[]][]): Candidate<F>[] {
  const out: Candidate<F>[] = [];
  const index = synonymIndex(prepared);
  const best: (Candidate<F> | null)[] = new Array(prepared.length);
  for (let col = 0; col < row.length; col++) {
    const raw = cellText(row[col]);
    if (!raw) continue;
    const { texts, loose: looseAt, words, abbrev } = cellReadingsOf(raw);
    best.fill(null);
    let found = false;
    for (let t = 0; t < texts.length; t++) {
      const cell = texts[t]!;
      if (!cell) continue;
      const loose = looseAt[t]!;
      for (const word of words[t]!) {
        const list = index.get(word);
        if (!list) continue;
        for (const [f, syn] of list) {
          const q = matchQuality(cell, syn);
          if (q === 0 || (q < 3 && !loose)) continue;
          const b = best[f];
          if (!b || q > b.quality || (q === b.quality && syn.length > b.length)) {
            best[f] = { field: prepared[f]![0], col, quality: q, length: syn.length };
            found = true;
          }
        }
      }
    }
    // the usual cell names no field at all
    if (!found && !abbrev) continue;
    for (let f = 0; f < prepared.length; f++) {
      const [field, syns] = prepared[f]!;
      let found = best[f] ?? null;
      if (!found && abbrev) {
        for (const syn of syns) {
          if (abbreviates(abbrev, syn) && (!found || syn.length > found.length))
            found = { field, col, quality: 1, length: abbrev.head.length };
        }
      }
      if (found) out.push(found);
    }
  }
  return out;
}

/** One column per field and one field per column, best matches first. */
export function assignCandidates<F extends string>(cands: Candidate<F>[]): Candidate<F>[] {
  const sorted = [...cands].sort((a, b) => b.quality - a.quality || b.length - a.length || a.col - b.col);
  const usedF = new Set<F>();
  const usedC = new Set<number>();
  const out: Candidate<F>[] = [];
  for (const c of sorted) {
    if (usedF.has(c.field) || usedC.has(c.col)) continue;
    usedF.add(c.field);
    usedC.add(c.col);
    out.push(c);
  }
  return out;
}

/** Matches one row against the synonyms (used for the header and to spot a repeated header further down). */
export function matchHeaderRow<F extends string>(row: readonly unknown[], synonyms: Synonyms<F>): Partial<Record<F, number>> {
  const chosen = assignCandidates(rowCandidates(row, prepareSynonyms(synonyms)));
  const columns: Partial<Record<F, number>> = {};
  for (const c of chosen) columns[c.field] = c.col;
  return columns;
}

/** The synonyms normalised once. */
const PREPARED = new WeakMap<object, [string, string[]][]>();

/** The synonyms normalized, once per synonyms object (the jobs' tables are constants); not to be changed. */
export function prepareSynonyms<F extends string>(synonyms: Synonyms<F>): [F, string[]][] {
  let v = PREPARED.get(synonyms) as [F, string[]][] | undefined;
  if (!v) {
    v = (Object.keys(synonyms) as F[]).map((f) => [f, synonyms[f].map(normalizeHeader).filter(Boolean)]);
    PREPARED.set(synonyms, v);
  }
  return v;
}

/** Scans the top rows for the one naming the most fields; null when none names at least `minScore`. */
export function detectHeader<F extends string>(
  values: readonly (readonly unknown[])[],
  synonyms: Synonyms<F>,
  options: HeaderOptions<F> = {},
): HeaderMatch<F> | null {
  const maxRows = Math.min(values.length, options.maxRows ?? 30);
  const minScore = options.minScore ?? 2;
  const required = options.required ?? [];
  const prepared = prepareSynonyms(synonyms);
  const fields = Object.keys(synonyms) as F[];
  let best: { rank: number[]; match: HeaderMatch<F> } | null = null;
  for (let r = 0; r < maxRows; r++) {
    const chosen = assignCandidates(rowCandidates(values[r] ?? [], prepared));
    if (chosen.length < minScore) continue;
    const columns: Partial<Record<F, number>> = {};
    const titles: Partial<Record<F, string>> = {};
    for (const c of chosen) {
      columns[c.field] = c.col;
      titles[c.field] = cellText(values[r]?.[c.col]);
    }
    const hasRequired = required.every((f) => columns[f] !== undefined) ? 1 : 0;
    const quality = chosen.reduce((s, c) => s + c.quality, 0);
    const rank = [hasRequired, chosen.length, quality];
    if (!best || compareRank(rank, best.rank) > 0) {
      const missing = fields.filter((f) => columns[f] === undefined);
      best = { rank, match: { headerRow: r, columns, titles, score: chosen.length, missing } };
    }
  }
  return best ? best.match : null;
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
