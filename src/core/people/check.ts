/**
 * Checking a responsible column: every cell read into entries, people matched against the roster (or,
 * without one, against the column's own more frequent spellings), findings with one-entry fixes.
 */
import type { Lang } from '../i18n/lang';
import { toA1 } from '../table/a1';
import { cellText, isDitto, isFormulaError, safeText } from '../table/cell';
import type { Finding, Result, Severity } from '../table/findings';
import { closestPeople, matchName, matchPerson, type PersonMatch, type RosterIndex, type RosterPerson } from './match';
import { messages, type PeopleMessages } from './messages';
import { boundedDistance, fixLookAlikes, fold, foldName, hasLookAlikes, initialsText, shortName, surnameKey, typoBudget } from './names';
import { buildRosterIndex } from './match';
import { findPeople, parseResponsibleCell, type Entry, type EntryKind, type PersonName } from './parse';
import { isRoleGroup } from './vocab';
import type { Roster } from './roster';

export type PeopleCode =
  | 'empty'
  | 'cell-error'
  | 'not-text'
  | 'too-long'
  | 'style'
  | 'typo'
  | 'similar'
  | 'initials'
  | 'ambiguous'
  | 'unknown-person'
  | 'unknown-name'
  | 'unknown-entry'
  | 'ditto-first'
  | 'only-executors'
  | 'table-question'
  | 'roster-duplicate'
  | 'roster-unreadable';

/** The one entry a fix replaces: `text.slice(start, end)` was `from` and becomes `to`. */
export interface EntryEdit {
  start: number;
  end: number;
  from: string;
  to: string;
  /** The whole cell text the span indexes into. */
  text: string;
}

export interface PeopleFinding extends Finding<PeopleCode> {
  edit?: EntryEdit;
}

/** A cell of the column: its 0-based sheet row and column and its value as getValues returns it. */
export interface CellInput {
  row: number;
  col: number;
  value: unknown;
}

export interface ResolvedEntry extends Entry {
  /** Who this is across the column: the roster person's or the column's spelling of the same person. */
  name: string;
  /** The entry comes from the cell above: this cell is a ditto mark («-/-»). Its span is in that cell's text. */
  ditto?: boolean;
  /** The roster row (0-based) of the matched person, group or organisation. */
  rosterRow?: number;
}

export interface CellReport {
  row: number;
  col: number;
  text: string;
  entries: ResolvedEntry[];
  findings: PeopleFinding[];
}

export interface PersonCount {
  name: string;
  kind: EntryKind;
  /** In how many cells this name appears. */
  cells: number;
  rosterRow?: number;
}

export interface ColumnReport {
  cells: CellReport[];
  /** Every finding, in column order. */
  findings: PeopleFinding[];
  /** Distinct people (then groups, organisations, positions) with the number of cells each appears in. */
  people: PersonCount[];
  /** True when a roster with at least one person was used; false: the column was checked against itself. */
  usedRoster: boolean;
}

export interface CheckOptions {
  lang?: Lang;
  /**
   * 'cells': a responsible column, every part of every cell read (default). 'mentions': free text
   * (activities, results) where only people's names are looked at.
   */
  mode?: 'cells' | 'mentions';
  /** Which empty cells are findings: all (default for cell lists), those between filled ones, or none. */
  empty?: 'all' | 'inside' | 'none';
  /** Other texts of the plan whose names count when deciding which spelling is the usual one (no findings on them). */
  context?: readonly unknown[];
  /** For a column given as values: the sheet row and column of its first cell (0-based). */
  firstRow?: number;
  col?: number;
}

/** The largest column checked in one call (a 50 000-row plan fits with room). */
export const MAX_CELLS = 200_000;
/** Longer cells are reported, not read. */
export const MAX_CELL_CHARS = 5_000;

type Input = readonly CellInput[] | readonly (readonly unknown[])[] | readonly unknown[];

function toCells(input: Input, options: CheckOptions): CellInput[] {
  const first = options.firstRow ?? 0;
  const col = options.col ?? 0;
  return input.map((c, i): CellInput => {
    if (Array.isArray(c)) return { row: first + i, col, value: c[0] };
    if (c && typeof c === 'object' && 'value' in c && 'row' in c) return c as CellInput;
    return { row: first + i, col, value: c };
  });
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

// --------------------------------------------------------------------------------------------------------
// Without a roster: the column's own people, the usual spelling of each, and which look like typos of which

interface Cluster {
  key: string;
  stem: string;
  folded: string;
  ini: string;
  cells: number;
  firstRow: number;
  spellings: Map<string, number>;
  normals: Map<string, number>;
  /** «Фамилия И.О.» */
  normal: string;
  /** The usual spelling in this column. */
  usual: string;
  typoOf?: Cluster;
  similar: Cluster[];
  sameSurname: Cluster[];
  /** The cells (by index) the person is named in: two names in one cell are two people. */
  cellSet: Set<number>;
}

/** How the column writes names: surname first or initials first, a space after the initials, the last initial's dot. */
interface ColumnStyle {
  form: 'surname-initials' | 'initials-surname';
  /** «И.В. Самойлова» rather than «И.В.Самойлова» (initials first only). */
  gap: boolean;
  /** The last initial ends with a dot («Гомонюк Е.Н.»), as most names in the column do. */
  dot: boolean;
}

const finalDot = (written: string, form: PersonName['form']) => (form === 'initials-surname' ? true : /\.\s*$/.test(written));

/** The column's own way of writing names, by majority of its two-initial names. */
function columnStyle(mentions: readonly { person: PersonName; written: string }[]): ColumnStyle {
  let first = 0;
  let last = 0;
  let gap = 0;
  let dot = 0;
  let noDot = 0;
  for (const m of mentions) {
    if (m.person.initials.length !== 2) continue;
    if (m.person.form === 'initials-surname') {
      first++;
      if (/\.\s+\S+$/.test(m.written.trim())) gap++;
    } else if (m.person.form === 'surname-initials') {
      last++;
      if (finalDot(m.written, m.person.form)) dot++;
      else noDot++;
    }
  }
  return { form: first > last ? 'initials-surname' : 'surname-initials', gap: gap * 2 > first, dot: dot >= noDot };
}

/** A person written in the column's way: «Самойлова И.В.», «И.В.Самойлова», «И.В. Самойлова». */
function styled(p: PersonName, style: ColumnStyle): string {
  if (style.form === 'initials-surname' && p.initials.length) return `${initialsText(p.initials)}${style.gap ? ' ' : ''}${p.nominative}`;
  return shortName(p.nominative, p.initials);
}

function clusterKey(p: PersonName): { key: string; stem: string; ini: string; folded: string } {
  const folded = fold(p.nominative);
  const stem = surnameKey(folded);
  const ini = p.initials.join('').toLowerCase();
  return { key: `${stem}|${ini}`, stem, ini, folded };
}

/** A spelling the column may keep: the column's form, both initials, the nominative, Cyrillic letters, the column's dot. */
function acceptable(p: PersonName, written: string, style: ColumnStyle): boolean {
  return (
    p.form === style.form &&
    p.initials.length === 2 &&
    p.nominative === p.surname &&
    !hasLookAlikes(written) &&
    (!style.dot || finalDot(written, p.form))
  );
}

function buildClusters(mentions: { person: PersonName; written: string; cell: number; row: number }[]): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  const style = columnStyle(mentions);
  const seenInCell = new Set<string>();
  // One-initial names join the only two-initial cluster with the same surname and first initial.
  const twoInitial = new Map<string, Set<string>>();
  for (const m of mentions) {
    const k = clusterKey(m.person);
    if (k.ini.length === 2) {
      const s = twoInitial.get(`${k.stem}|${k.ini[0]}`) ?? new Set();
      s.add(k.key);
      twoInitial.set(`${k.stem}|${k.ini[0]}`, s);
    }
  }
  for (const m of mentions) {
    let k = clusterKey(m.person);
    if (k.ini.length === 1) {
      const s = twoInitial.get(`${k.stem}|${k.ini}`);
      if (s && s.size === 1) k = { ...k, key: [...s][0]!, ini: [...s][0]!.split('|')[1]! };
    }
    let c = clusters.get(k.key);
    if (!c) {
      c = {
        key: k.key,
        stem: k.stem,
        folded: k.folded,
        ini: k.ini,
        cells: 0,
        firstRow: m.row,
        spellings: new Map(),
        normals: new Map(),
        normal: '',
        usual: '',
        similar: [],
        sameSurname: [],
        cellSet: new Set(),
      };
      clusters.set(k.key, c);
    }
    c.cellSet.add(m.cell);
    if (!seenInCell.has(`${m.cell}|${k.key}`)) {
      seenInCell.add(`${m.cell}|${k.key}`);
      c.cells++;
    }
    if (k.ini.length === m.person.initials.length) {
      const n = shortName(m.person.nominative, m.person.initials);
      c.normals.set(n, (c.normals.get(n) ?? 0) + 1);
    }
    if (acceptable(m.person, m.written, style) && k.ini.length === m.person.initials.length) {
      const w = collapse(m.written);
      c.spellings.set(w, (c.spellings.get(w) ?? 0) + 1);
    }
  }
  const usualOf = new Map<Cluster, PersonName>();
  for (const m of mentions) {
    const c = clusters.get(clusterKey(m.person).key);
    if (c && m.person.initials.length === 2 && !usualOf.has(c)) usualOf.set(c, m.person);
  }
  for (const c of clusters.values()) {
    c.normal = [...c.normals].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.key;
    let best = '';
    let bestN = 0;
    for (const [w, n] of c.spellings) {
      if (n > bestN || (n === bestN && w === c.normal)) {
        best = w;
        bestN = n;
      }
    }
    const p = usualOf.get(c);
    c.usual = best || (p ? styled(p, style) : c.normal);
  }
  // Close surnames: a one-deletion index over stems and folded surnames.
  const list = [...clusters.values()];
  const dels = new Map<string, Cluster[]>();
  const deletions = (s: string) => [s, ...Array.from(s, (_, i) => s.slice(0, i) + s.slice(i + 1))];
  for (const c of list) {
    for (const d of new Set([...deletions(c.stem), ...deletions(c.folded)])) {
      const l = dels.get(d);
      if (l) l.push(c);
      else dels.set(d, [c]);
    }
  }
  const later = (a: Cluster, b: Cluster) => a.cells < b.cells || (a.cells === b.cells && a.firstRow > b.firstRow);
  for (const a of list) {
    const seen = new Set<Cluster>([a]);
    const budget = typoBudget(a.stem.length);
    for (const d of new Set([...deletions(a.stem), ...deletions(a.folded)])) {
      for (const b of dels.get(d) ?? []) {
        if (seen.has(b)) continue;
        seen.add(b);
        if (b.stem === a.stem) {
          // other initials are a question only when one may be a slip: the first initial shared (or only one
          // written), and never when both names stand in one cell («Кисель О.А.\nКисель С.А»)
          const slip = a.ini[0] === b.ini[0] || a.ini.length < 2 || b.ini.length < 2;
          const together = [...a.cellSet].some((x) => b.cellSet.has(x));
          if (b.ini !== a.ini && slip && !together && later(a, b)) a.sameSurname.push(b);
          continue;
        }
        if (budget === 0) continue;
        const dist = Math.min(boundedDistance(a.stem, b.stem, 1), boundedDistance(a.folded, b.folded, 1));
        if (dist > 1) continue;
        if (b.ini === a.ini && b.cells > a.cells) {
          if (!a.typoOf || b.cells > a.typoOf.cells) a.typoOf = b;
        } else if (later(a, b)) a.similar.push(b);
      }
    }
  }
  return clusters;
}

// --------------------------------------------------------------------------------------------------------

interface Context {
  m: PeopleMessages;
  index: RosterIndex | null;
  usedRoster: boolean;
  clusters: Map<string, Cluster>;
  memo: Map<string, PersonMatch>;
}

function finding(cell: CellInput, severity: Severity, code: PeopleCode, message: string, suggestion?: string): PeopleFinding {
  return { cell: toA1(cell.row, cell.col), row: cell.row, col: cell.col, severity, code, message, ...(suggestion ? { suggestion } : {}) };
}

function withFix(f: PeopleFinding, text: string, e: Entry, to: string, safe: boolean): PeopleFinding {
  const value = text.slice(0, e.start) + to + text.slice(e.end);
  f.fix = { value, safe };
  f.edit = { start: e.start, end: e.end, from: e.text, to, text };
  return f;
}

function personFindings(
  ctx: Context,
  cell: CellInput,
  text: string,
  e: Entry & { person: PersonName },
  out: PeopleFinding[],
): { name: string; rosterRow?: number } {
  const { m } = ctx;
  const p = e.person;
  const written = collapse(e.text);
  const declined = p.nominative !== p.surname;
  const latin = hasLookAlikes(e.text);
  const full = p.form === 'full' || p.form === 'full-reversed';
  const styleWhy = (fallback: string) => (latin ? m.findings.whyLatin : declined ? m.findings.whyDeclined : fallback);
  const fullFixed = () => collapse(fixLookAlikes(e.text)).replace(p.surname, p.nominative);

  if (ctx.usedRoster) {
    const key = `${p.surname}|${p.initials.join('')}`;
    let r = ctx.memo.get(key);
    if (!r) {
      r = matchPerson(ctx.index!, p);
      ctx.memo.set(key, r);
    }
    const person = r.person;
    // spaces and line breaks inside a name are layout (Word wraps «Захарова\nС.М.»): never a finding
    const style = (to: string, why: string, safe = true) => {
      if (written === to) return;
      out.push(withFix(finding(cell, 'info', 'style', m.findings.style(written, to, why)), text, e, to, safe));
    };
    switch (r.status) {
      case 'exact':
      case 'declined': {
        if (full) {
          if (latin || declined)
            style(
              person!.full && !declined ? fixLookAlikes(written) : declined ? fullFixed() : fixLookAlikes(written),
              styleWhy(m.findings.whyRoster),
            );
        } else
          style(
            person!.display,
            latin ? m.findings.whyLatin : declined || r.status === 'declined' ? m.findings.whyDeclined : m.findings.whyRoster,
          );
        return { name: person!.normal, rosterRow: person!.row };
      }
      case 'partial':
        style(person!.display, m.findings.whyPartial);
        return { name: person!.normal, rosterRow: person!.row };
      case 'typo': {
        const f = finding(cell, 'warning', 'typo', m.findings.typo(written, person!.display), m.findings.typoHintRoster);
        out.push(withFix(f, text, e, person!.display, r.distance === 1 && !r.otherForm));
        return { name: person!.normal, rosterRow: person!.row };
      }
      case 'ambiguous':
        out.push(
          finding(
            cell,
            'warning',
            'ambiguous',
            m.findings.ambiguous(
              e.normal,
              r.candidates.map((c) => c.row + 1),
            ),
            m.findings.ambiguousHint,
          ),
        );
        return { name: e.normal };
      case 'initials':
        out.push(
          finding(
            cell,
            'warning',
            'initials',
            m.findings.initials(
              written,
              r.candidates.map((c) => c.display),
            ),
            m.findings.initialsHint,
          ),
        );
        return { name: e.normal };
      case 'similar':
        out.push(
          finding(
            cell,
            'info',
            'similar',
            m.findings.similar(
              written,
              r.candidates.map((c) => c.display),
            ),
            m.findings.similarHint,
          ),
        );
        return { name: e.normal };
      default:
        out.push(
          finding(
            cell,
            'warning',
            'unknown-person',
            m.findings.unknownPerson(written),
            m.findings.unknownPersonHint(closestPeople(ctx.index!, p.nominative).map((c: RosterPerson) => c.display)),
          ),
        );
        return { name: e.normal };
    }
  }

  // Against the column itself.
  const c = resolveCluster(ctx.clusters, p);
  if (!c) return { name: e.normal };
  if (c.typoOf) {
    const target = c.typoOf;
    const f = finding(
      cell,
      'warning',
      'typo',
      m.findings.typo(written, target.usual),
      m.findings.typoHintColumn(target.usual, target.cells),
    );
    out.push(withFix(f, text, e, target.usual, false));
    return { name: target.normal };
  }
  if (c.sameSurname.length) {
    out.push(
      finding(
        cell,
        'warning',
        'initials',
        m.findings.initials(
          written,
          c.sameSurname.map((s) => s.usual),
        ),
        m.findings.initialsHint,
      ),
    );
  } else if (c.similar.length) {
    out.push(
      finding(
        cell,
        'info',
        'similar',
        m.findings.similar(
          written,
          c.similar.map((s) => s.usual),
        ),
        m.findings.similarHint,
      ),
    );
  }
  if (full) {
    if (latin || declined) {
      const to = fullFixed();
      if (to !== written)
        out.push(withFix(finding(cell, 'info', 'style', m.findings.style(written, to, styleWhy(m.findings.whyColumn))), text, e, to, true));
    }
  } else if (written !== c.usual) {
    const why =
      p.initials.length < c.ini.length
        ? m.findings.whyPartial
        : `${written}.` === c.usual
          ? m.findings.whyDot
          : styleWhy(m.findings.whyColumn);
    out.push(withFix(finding(cell, 'info', 'style', m.findings.style(written, c.usual, why)), text, e, c.usual, true));
  }
  return { name: c.normal };
}

function resolveCluster(clusters: Map<string, Cluster>, p: PersonName): Cluster | undefined {
  const k = clusterKey(p);
  const direct = clusters.get(k.key);
  if (direct || k.ini.length !== 1) return direct;
  for (const c of clusters.values()) if (c.stem === k.stem && c.ini[0] === k.ini && c.ini.length === 2) return c;
  return undefined;
}

function otherFindings(ctx: Context, cell: CellInput, text: string, e: Entry, out: PeopleFinding[]): { name: string; rosterRow?: number } {
  const { m } = ctx;
  const written = collapse(e.text);
  const latinFix = () => {
    if (!hasLookAlikes(e.text)) return;
    const to = fixLookAlikes(written);
    out.push(withFix(finding(cell, 'info', 'style', m.findings.style(written, to, m.findings.whyLatin)), text, e, to, true));
  };
  if (e.kind === 'group' || e.kind === 'organisation') {
    latinFix();
    if (e.refersTo) return { name: e.refersTo };
    const index = ctx.index;
    if (!index || index.names.size === 0) return { name: e.normal };
    const r = matchName(index, e.text);
    if (r.status === 'exact') return { name: r.name!.entry.name, rosterRow: r.name!.entry.row };
    if (e.kind === 'group' && isRoleGroup(e.text)) return { name: e.normal };
    const kind = m.kinds[e.kind];
    if (r.status === 'typo') {
      const f = finding(
        cell,
        'info',
        'unknown-name',
        m.findings.unknownNameTypo(kind, written, r.name!.normal),
        m.findings.unknownNameHint,
      );
      out.push(withFix(f, text, e, r.name!.normal, false));
      return { name: r.name!.entry.name, rosterRow: r.name!.entry.row };
    }
    out.push(finding(cell, 'info', 'unknown-name', m.findings.unknownName(kind, written), m.findings.unknownNameHint));
    return { name: e.normal };
  }
  // a position alone («Заместитель директора по УВР», «Кл. рук.», «ПДО») is a real plan's answer, not a gap
  if (e.kind === 'position' || e.kind === 'role') {
    latinFix();
    return { name: e.normal };
  }
  // Unknown: a lone surname the roster knows once gets its initials; anything else is reported.
  if (ctx.usedRoster && /^[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z]?[а-яёa-z]+)?$/.test(written)) {
    const list = ctx.index!.byStem.get(surnameKey(fold(written)));
    if (list && list.length === 1) {
      const p = list[0]!;
      const f = finding(cell, 'info', 'style', m.findings.style(written, p.display, m.findings.whyPartial));
      out.push(withFix(f, text, e, p.display, false));
      return { name: p.normal, rosterRow: p.row };
    }
  }
  out.push(finding(cell, 'info', 'unknown-entry', m.findings.unknownEntry(written), m.findings.unknownEntryHint));
  return { name: e.normal };
}

function describeValue(v: unknown): string {
  const t = cellText(v);
  return t || String(v);
}

function isRosterIndex(r: unknown): r is RosterIndex {
  return !!r && typeof r === 'object' && 'byKey' in r;
}

/**
 * Checks a responsible column. `input`: cells with their row and column, or a column of values
 * (as getValues returns it, one value per row). `roster`: the «Участники» roster (or its index), or null
 * to check the column against itself. Never throws; a too-large input is an error with a message.
 */
export function checkResponsibleColumn(
  input: Input,
  roster: Roster | RosterIndex | null,
  options: CheckOptions = {},
): Result<{ report: ColumnReport }, 'too-large' | 'bad-input'> {
  const m = messages(options.lang);
  if (!Array.isArray(input)) return { ok: false, error: { code: 'bad-input', message: m.errors.nothing } };
  if (input.length > MAX_CELLS) return { ok: false, error: { code: 'too-large', message: m.errors.tooLarge(input.length, MAX_CELLS) } };
  const cells = toCells(input, options);
  const index = isRosterIndex(roster) ? roster : roster ? buildRosterIndex(roster) : null;
  const usedRoster = !!index && index.people.length > 0;
  const mentions = options.mode === 'mentions';
  const known = new Map<string, { kind: 'group' | 'organisation'; normal: string }>();
  if (index) for (const [k, v] of index.names) known.set(k, { kind: v.kind, normal: v.normal });

  // Read every cell.
  type Read = { cell: CellInput; text: string; entries: Entry[]; pre: PeopleFinding[]; dittoOf?: Read };
  const reads: Read[] = [];
  const parsed = new Map<string, Entry[]>();
  const filled: boolean[] = [];
  // the last cell of each column that names someone: a ditto mark («-/-», «то же») repeats it
  const lastByCol = new Map<number, Read>();
  for (const cell of cells) {
    const v = cell.value;
    const pre: PeopleFinding[] = [];
    let text = '';
    let entries: Entry[] = [];
    if (typeof v === 'string' && isFormulaError(v)) {
      if (!mentions) pre.push(finding(cell, 'error', 'cell-error', m.findings.cellError(v.trim()), m.findings.cellErrorHint));
    } else if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) {
      if (!mentions) pre.push(finding(cell, 'warning', 'not-text', m.findings.notText(describeValue(v)), m.findings.notTextHint));
      text = cellText(v);
    } else {
      text = typeof v === 'string' ? v : cellText(v);
      if (!mentions && isDitto(text)) {
        const above = lastByCol.get(cell.col);
        if (!above) pre.push(finding(cell, 'warning', 'ditto-first', m.findings.dittoFirst(text.trim()), m.findings.dittoFirstHint));
        filled.push(true);
        reads.push({ cell, text, entries: above?.entries ?? [], pre, ...(above ? { dittoOf: above } : {}) });
        continue;
      }
      if (text.length > MAX_CELL_CHARS) {
        if (!mentions) pre.push(finding(cell, 'warning', 'too-long', m.findings.tooLong(text.length), m.findings.tooLongHint));
      } else {
        // Columns repeat themselves («Третьякова Т. В.» twenty times): each distinct text is read once.
        const cached = parsed.get(text);
        if (cached) entries = cached;
        else {
          entries = mentions
            ? findPeople(text).map((p): Entry => ({
                kind: 'person',
                text: text.slice(p.start, p.end),
                start: p.start,
                end: p.end,
                normal: shortName(p.name.nominative, p.name.initials),
                person: p.name,
              }))
            : parseResponsibleCell(text, { known });
          parsed.set(text, entries);
        }
      }
    }
    filled.push(typeof v === 'string' ? /\S/.test(v) : cellText(v) !== '');
    const read: Read = { cell, text, entries, pre };
    reads.push(read);
    if (entries.length) lastByCol.set(cell.col, read);
  }

  // Abbreviations defined in one cell count in every cell.
  const defined = new Map<string, string>();
  for (const r of reads) for (const e of r.entries) if (e.defines) defined.set(foldName(e.defines), e.normal);
  if (defined.size) {
    for (const r of reads) {
      for (const e of r.entries) {
        if (e.refersTo || e.defines || e.kind === 'person' || e.kind === 'role') continue;
        const d = defined.get(foldName(e.text));
        if (d) {
          e.refersTo = d;
          if (e.kind === 'unknown') e.kind = 'organisation';
        }
      }
    }
  }

  // Without a roster: the column's people (and those named in the context texts).
  let clusters = new Map<string, Cluster>();
  if (!usedRoster) {
    const all: { person: PersonName; written: string; cell: number; row: number }[] = [];
    reads.forEach((r, i) => {
      for (const e of r.entries) if (e.person) all.push({ person: e.person, written: e.text, cell: i, row: r.cell.row });
    });
    (options.context ?? []).forEach((v, i) => {
      const t = typeof v === 'string' ? v : cellText(v);
      if (t.length > MAX_CELL_CHARS) return;
      for (const p of findPeople(t))
        all.push({ person: p.name, written: t.slice(p.start, p.end), cell: -1 - i, row: Number.MAX_SAFE_INTEGER });
    });
    clusters = buildClusters(all);
  }

  // a group or an organisation written in other cases or spacing («Воспитатели групп», «воспитатели групп») is one:
  // the column's most frequent spelling names it
  const spellings = new Map<string, Map<string, number>>();
  for (const r of reads) {
    for (const e of r.entries) {
      if (e.kind !== 'group' && e.kind !== 'organisation' && e.kind !== 'position') continue;
      const k = `${e.kind}|${foldName(e.normal)}`;
      const m2 = spellings.get(k) ?? new Map<string, number>();
      m2.set(e.normal, (m2.get(e.normal) ?? 0) + 1);
      spellings.set(k, m2);
    }
  }
  const usualName = (kind: EntryKind, name: string) => {
    const m2 = spellings.get(`${kind}|${foldName(name)}`);
    if (!m2 || m2.size < 2) return name;
    return [...m2].sort((a, b) => b[1] - a[1])[0]![0];
  };

  const ctx: Context = { m, index, usedRoster, clusters, memo: new Map() };
  const firstFilled = filled.indexOf(true);
  const lastFilled = filled.lastIndexOf(true);
  const emptyPolicy = options.empty ?? 'all';
  const reports: CellReport[] = [];
  const counts = new Map<string, PersonCount>();
  reads.forEach((r, i) => {
    const out = [...r.pre];
    const resolved: ResolvedEntry[] = [];
    if (!filled[i] && !mentions && r.pre.length === 0) {
      const inside = i > firstFilled && i < lastFilled;
      if (emptyPolicy === 'all' || (emptyPolicy === 'inside' && inside))
        out.push(finding(r.cell, 'warning', 'empty', m.findings.empty, m.findings.emptyHint));
    }
    const seen = new Set<string>();
    const source = r.dittoOf ?? r;
    for (const e of r.entries) {
      // a ditto cell's people are the cell above's, its findings that cell's; a typo's entry is asked about once
      const quiet = r.dittoOf !== undefined || e.repair !== undefined;
      const sink = quiet ? [] : out;
      const who = e.person
        ? personFindings(ctx, source.cell, source.text, e as Entry & { person: PersonName }, sink)
        : mentions
          ? { name: e.normal }
          : otherFindings(ctx, source.cell, source.text, e, sink);
      if (!r.dittoOf && e.repair !== undefined) {
        out.push(
          withFix(
            finding(r.cell, 'warning', 'typo', m.findings.typo(collapse(e.text), collapse(e.repair)), m.findings.strayHint),
            r.text,
            e,
            e.repair,
            true,
          ),
        );
      }
      if (!r.dittoOf && e.joint) {
        const j = e.joint;
        const start = r.entries.filter((x) => x.end <= j.start).pop()?.start ?? j.start;
        const from = r.text.slice(start, e.end);
        const to = r.text.slice(start, j.start) + j.to + r.text.slice(j.end, e.end);
        const f = finding(r.cell, 'warning', 'typo', m.findings.typo(collapse(from), collapse(to)), m.findings.jointHint);
        f.fix = { value: r.text.slice(0, e.joint.start) + e.joint.to + r.text.slice(e.joint.end), safe: false };
        f.edit = { start: e.joint.start, end: e.joint.end, from: e.joint.from, to: e.joint.to, text: r.text };
        out.push(f);
      }
      if (who.rosterRow === undefined && !e.person && !e.refersTo) who.name = usualName(e.kind, who.name);
      resolved.push({
        ...e,
        name: who.name,
        ...(who.rosterRow !== undefined ? { rosterRow: who.rosterRow } : {}),
        ...(r.dittoOf ? { ditto: true } : {}),
      });
      if (e.kind === 'role' || e.kind === 'unknown') continue;
      const k = `${e.kind === 'person' ? 'person' : e.kind}|${who.name}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const c = counts.get(k);
      if (c) c.cells++;
      else counts.set(k, { name: who.name, kind: e.kind, cells: 1, ...(who.rosterRow !== undefined ? { rosterRow: who.rosterRow } : {}) });
    }
    reports.push({ row: r.cell.row, col: r.cell.col, text: r.text, entries: resolved, findings: out });
  });
  const kindRank: Record<EntryKind, number> = { person: 0, group: 1, organisation: 2, position: 3, role: 4, unknown: 5 };
  const people = [...counts.values()].sort(
    (a, b) => kindRank[a.kind] - kindRank[b.kind] || b.cells - a.cells || a.name.localeCompare(b.name, 'ru'),
  );
  return { ok: true, report: { cells: reports, findings: reports.flatMap((c) => c.findings), people, usedRoster } };
}

/** Findings about the roster itself: two people with the same surname and initials, names that do not read as names. */
export function checkRoster(roster: Roster | RosterIndex, lang: Lang = 'ru'): PeopleFinding[] {
  const m = messages(lang);
  const index = isRosterIndex(roster) ? roster : buildRosterIndex(roster);
  const col = isRosterIndex(roster) ? 0 : (roster.nameCol ?? 0);
  const out: PeopleFinding[] = [];
  for (const dup of index.duplicates) {
    const rows = dup.map((p) => p.row + 1);
    for (const p of dup.slice(1)) {
      out.push(
        finding(
          { row: p.row, col, value: p.entry.name },
          'warning',
          'roster-duplicate',
          m.findings.rosterDuplicate(p.normal, rows),
          m.findings.rosterDuplicateHint,
        ),
      );
    }
  }
  for (const e of index.unreadable) {
    out.push(
      finding(
        { row: e.row, col, value: e.name },
        'warning',
        'roster-unreadable',
        m.findings.rosterUnreadable(e.name),
        m.findings.rosterUnreadableHint,
      ),
    );
  }
  return out.sort((a, b) => a.row - b.row);
}

export interface CellWrite {
  row: number;
  col: number;
  value: string;
}

/**
 * The cells to write for the chosen findings: each cell once, with every chosen entry replaced and the
 * rest of its text kept. `current` (row, col → value now in the sheet) guards against a cell changed
 * since the check: such a finding is skipped, not forced. Overlapping edits in one cell keep the first.
 */
export function applyFixes(
  findings: readonly PeopleFinding[],
  current?: (row: number, col: number) => unknown,
): { writes: CellWrite[]; applied: PeopleFinding[]; skipped: PeopleFinding[] } {
  const byCell = new Map<string, PeopleFinding[]>();
  const skipped: PeopleFinding[] = [];
  for (const f of findings) {
    if (!f.edit || f.col === undefined) {
      skipped.push(f);
      continue;
    }
    const k = `${f.row}|${f.col}`;
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  const writes: CellWrite[] = [];
  const applied: PeopleFinding[] = [];
  for (const list of byCell.values()) {
    const { row, col } = list[0]!;
    const text = list[0]!.edit!.text;
    if (current) {
      const now = current(row, col!);
      if ((typeof now === 'string' ? now : cellText(now)) !== text) {
        skipped.push(...list);
        continue;
      }
    }
    const chosen: PeopleFinding[] = [];
    for (const f of [...list].sort((a, b) => a.edit!.start - b.edit!.start)) {
      const e = f.edit!;
      const last = chosen[chosen.length - 1]?.edit;
      if (e.text !== text || text.slice(e.start, e.end) !== e.from || (last && e.start < last.end)) skipped.push(f);
      else chosen.push(f);
    }
    if (chosen.length === 0) continue;
    let value = text;
    for (const f of [...chosen].reverse()) value = value.slice(0, f.edit!.start) + f.edit!.to + value.slice(f.edit!.end);
    writes.push({ row, col: col!, value: safeText(value) });
    applied.push(...chosen);
  }
  writes.sort((a, b) => a.row - b.row || a.col - b.col);
  return { writes, applied, skipped };
}

/** «Исправить все надёжные»: the writes for every safe fix of a report. */
export function applySafeFixes(report: ColumnReport, current?: (row: number, col: number) => unknown) {
  return applyFixes(
    report.findings.filter((f) => f.fix?.safe),
    current,
  );
}
