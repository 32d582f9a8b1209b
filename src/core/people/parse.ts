/**
 * Reading one «Ответственные» cell: its entries (people, roles, groups, organisations, positions), each
 * with its span in the cell's text, so that a fix replaces only that entry and keeps the rest.
 */
import { cyrillicLetter, cyrillicWord, fixLookAlikes, fold, foldName, isPatronymic, nominativeSurname, shortName } from './names';
import {
  classifyFragment,
  isConnector,
  isPlace,
  isQualifier,
  knownWord,
  maySurname,
  openLine,
  startsEntry,
  type FragmentKind,
} from './vocab';

export type EntryKind = 'person' | 'role' | 'group' | 'organisation' | 'position' | 'unknown';

export const ENTRY_KINDS: readonly EntryKind[] = ['person', 'role', 'group', 'organisation', 'position', 'unknown'];

/** How a person's name is written in the cell. */
export type NameForm = 'surname-initials' | 'initials-surname' | 'full' | 'full-reversed';

export interface PersonName {
  /** The surname as written, look-alike Latin letters made Cyrillic. */
  surname: string;
  /** The surname in the nominative when the written case ending says so («Третьяковой» → «Третьякова»), else as written. */
  nominative: string;
  /** Capital Cyrillic letters: ['Т', 'В']; one letter when only the first name's initial is written. */
  initials: string[];
  given?: string;
  patronymic?: string;
  form: NameForm;
}

export interface Entry {
  kind: EntryKind;
  /** Exactly `cellText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** «Фамилия И.О.» for a person; the text with spaces collapsed and look-alike letters fixed otherwise. */
  normal: string;
  person?: PersonName;
  /** A person's role as written («заместитель директора по НР»), shared or their own. */
  role?: string;
  /** For a role entry: the indices (in the entry list) of the people it belongs to. */
  roleOf?: number[];
  /** «по согласованию» and the like, as written without brackets. */
  qualifier?: string;
  /** The abbreviation this entry defines in the cell: «Управление образования (далее – УО)» → «УО». */
  defines?: string;
  /** For an abbreviation defined earlier (in the cell or the column): the normal form of what it stands for. */
  refersTo?: string;
  /**
   * The entry as it should read when it holds a typo the cell shows by itself: a stray character inside a word
   * («Заместите°ль» → «Заместитель»), a doubled first letter or word («З Заместитель» → «Заместитель»). The
   * entry's kind and normal form are those of the repaired text.
   */
  repair?: string;
  /**
   * A stray full stop that glues this entry to the one before it («Чуева Г. Х..Кл. рук.»): the span of the cell
   * to replace (between the two entries) and what to put there.
   */
  joint?: { start: number; end: number; from: string; to: string };
}

export interface ParseOptions {
  /**
   * Names already known (folded with foldName) and their kind: roster groups and organisations,
   * abbreviations defined elsewhere in the column. They win over the vocabulary guesses.
   */
  known?: ReadonlyMap<string, { kind: 'group' | 'organisation'; normal: string }>;
}

// ---------------------------------------------------------------------------------------------------------
// People by their written shapes

const U = '[А-ЯЁA-Z]';
const W = '[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z]?[а-яёa-z]+)?';
const SP = '(?:[ \\t\\u00a0\\r]+|[ \\t\\u00a0\\r]*\\n[ \\t\\u00a0\\r]*)';
const HS = '[ \\t\\u00a0\\r]*';
/** «Третьякова Т.В.», «Третьякова Т. В.», «Третьякова Т.», «Третьякова Т.В» */
const RE_SURNAME_INITIALS = new RegExp(`(${W})${SP}(${U})${HS}\\.(?:${HS}(${U})(?:${HS}\\.|(?![\\p{L}.])))?`, 'uy');
/** «Т.В. Третьякова», «Т. В.Третьякова» */
const RE_INITIALS_SURNAME = new RegExp(`(${U})${HS}\\.${HS}(?:(${U})${HS}\\.${HS})?(${W})(?![\\p{L}])`, 'uy');
/** Three capitalised words: «Третьякова Татьяна Викторовна», «Жефруа\nЛюбовь\nВладимировна», «Татьяна Викторовна Третьякова». */
const RE_THREE_WORDS = new RegExp(`(${W})${SP}(${W})${SP}(${W})(?![\\p{L}])`, 'uy');
const CANDIDATE = /(?<![\p{L}\d])[А-ЯЁA-Z]/gu;
const HAS_CYRILLIC = /[А-Яа-яЁё]/;

interface PersonSpan {
  start: number;
  end: number;
  name: PersonName;
}

function person(surname: string, initials: (string | undefined)[], form: NameForm, given?: string, patronymic?: string): PersonName {
  const s = cyrillicWord(surname);
  return {
    surname: s,
    nominative: nominativeSurname(s),
    initials: initials.filter((i): i is string => !!i).map(cyrillicLetter),
    ...(given ? { given: cyrillicWord(given) } : {}),
    ...(patronymic ? { patronymic: cyrillicWord(patronymic) } : {}),
    form,
  };
}

const okSurname = (w: string) => HAS_CYRILLIC.test(w) && maySurname(fold(w));

function personAt(text: string, at: number): PersonSpan | null {
  RE_THREE_WORDS.lastIndex = at;
  let m = RE_THREE_WORDS.exec(text);
  if (m) {
    const [, w1, w2, w3] = m as unknown as [string, string, string, string];
    if (isPatronymic(w3) && !isPatronymic(w2) && okSurname(w1) && maySurname(fold(w2))) {
      return { start: at, end: at + m[0].length, name: person(w1, [w2[0], w3[0]], 'full', w2, w3) };
    }
    if (isPatronymic(w2) && okSurname(w3) && maySurname(fold(w1))) {
      return { start: at, end: at + m[0].length, name: person(w3, [w1[0], w2[0]], 'full-reversed', w1, w2) };
    }
  }
  RE_SURNAME_INITIALS.lastIndex = at;
  m = RE_SURNAME_INITIALS.exec(text);
  if (m && okSurname(m[1]!)) return { start: at, end: at + m[0].length, name: person(m[1]!, [m[2], m[3]], 'surname-initials') };
  RE_INITIALS_SURNAME.lastIndex = at;
  m = RE_INITIALS_SURNAME.exec(text);
  if (m && okSurname(m[3]!)) return { start: at, end: at + m[0].length, name: person(m[3]!, [m[1], m[2]], 'initials-surname') };
  return null;
}

/** Every person's name in `text`, left to right, not overlapping. Also used for names mentioned in free text. */
export function findPeople(text: string): PersonSpan[] {
  const out: PersonSpan[] = [];
  let from = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (m.index < from) continue;
    const p = personAt(text, m.index);
    if (p) {
      out.push(p);
      from = p.end;
      CANDIDATE.lastIndex = p.end;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The cell's structure: quotes, brackets, separators

interface Bracket {
  open: number;
  close: number;
}

/** Marks characters inside quotes or brackets (protected from splitting) and lists top-level bracket pairs. */
function structure(text: string): { protectedAt: Uint8Array; brackets: Bracket[] } {
  const protectedAt = new Uint8Array(text.length);
  const brackets: Bracket[] = [];
  let quote = 0;
  let straight = false;
  let lowQuote = false; // inside „…“
  let paren = 0;
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '«' || ch === '„') {
      quote++;
      if (ch === '„') lowQuote = true;
    } else if (ch === '»' || ch === '”' || (ch === '“' && lowQuote)) {
      if (quote > 0) quote--;
      if (ch === '“') lowQuote = false;
    } else if (ch === '“') {
      quote++;
    } else if (ch === '"') {
      // A straight quote opens after a space or bracket or at the start, and closes otherwise.
      const before = i === 0 ? ' ' : text[i - 1]!;
      if (!straight && /[\s(«,;:–—-]/.test(before)) {
        straight = true;
        quote++;
      } else if (straight) {
        straight = false;
        if (quote > 0) quote--;
      }
    } else if (ch === '(' && quote === 0) {
      if (paren === 0) openAt = i;
      paren++;
    } else if (ch === ')' && quote === 0 && paren > 0) {
      paren--;
      if (paren === 0) brackets.push({ open: openAt, close: i });
    }
    if (quote > 0 || paren > 0) protectedAt[i] = 1;
  }
  // An unclosed quote or bracket protects nothing: better a naive split than one swallowed cell.
  if (quote > 0 || paren > 0) {
    protectedAt.fill(0);
    for (const b of brackets) protectedAt.fill(1, b.open, b.close + 1);
  }
  return { protectedAt, brackets };
}

const SEPARATORS = new Set([',', ';', '\n', '•', '·']);
const DEFINITION = /^\s*[Дд]алее\s*(?:[-–—:]\s*)?[«"“]?\s*([^»"”]+?)\s*[»"”]?\s*$|^\s*([А-ЯЁ]{2,}(?:[ -][А-ЯЁ]{2,})?)\s*$/;
const TRIM_START = /^[\s,.;:–—\-•·*()]+/;
const TRIM_END = /[\s,;:–—\-•·*()]+$/;

type Sep = '' | ',' | ';' | '\n';

interface Item {
  kind: EntryKind | 'plural-position';
  start: number;
  end: number;
  segment: number;
  person?: PersonName;
  role?: string;
  roleOf?: Item[];
  qualifier?: string;
  defines?: string;
  refersTo?: string;
  /** For a role entry found inside brackets. */
  fromBracket?: boolean;
}

/** «совместно с ДШИ», «при участии ГИБДД»: a partner named after words that say so. */
const PARTNER_LEAD = /^(?:совместно\s+со?|с\s+участием|при\s+участии|при\s+поддержке)\s+/iu;

interface Note {
  at: number;
  kind: 'qualifier' | 'definition' | 'role';
  text: string;
  start: number;
  end: number;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The entries of one responsible cell. `text` is the cell's text as written (cellText of the value keeps
 * line breaks); spans index into it. Never throws; an empty or blank text gives no entries.
 */
export function parseResponsibleCell(text: string, options: ParseOptions = {}): Entry[] {
  if (typeof text !== 'string' || !/\S/.test(text)) return [];
  const r = repairText(text);
  if (!r) return parseCell(text, options);
  return parseCell(r.clean, options).map((e) => mapBack(e, text, r));
}

function parseCell(text: string, options: ParseOptions): Entry[] {
  const persons = findPeople(text);
  const { protectedAt, brackets } = structure(text);
  const inPerson = new Uint8Array(text.length);
  for (const p of persons) inPerson.fill(1, p.start, p.end);

  // Brackets without a person: definitions, qualifiers and roles are notes; anything else stays text.
  const hidden = new Uint8Array(text.length);
  const notes: Note[] = [];
  for (const b of brackets) {
    if (persons.some((p) => p.start > b.open && p.start < b.close)) continue;
    const content = text.slice(b.open + 1, b.close);
    const folded = fold(content);
    const def = DEFINITION.exec(content);
    let kind: Note['kind'] | null = null;
    if (def) kind = 'definition';
    else if (isQualifier(folded) || /^\s*[а-яё]/.test(content)) {
      const k = classifyFragment(folded, content);
      kind = k === 'position' || k === 'plural-position' ? 'role' : 'qualifier';
    } else if (classifyFragment(folded, content) === 'position') kind = 'role';
    if (!kind) continue;
    hidden.fill(1, b.open, b.close + 1);
    notes.push({
      at: b.open,
      kind,
      text: kind === 'definition' ? collapse(def![1] ?? def![2]!) : collapse(content),
      start: b.open,
      end: b.close + 1,
    });
  }

  // Segments between separators that are outside quotes, brackets and names; a line break that is Word's layout
  // («Комитет по\nжилищно-коммунальному\nхозяйству», «Старший\nвоспитатель», «директо-\nра») separates nothing.
  const soft = layoutBreaks(text, inPerson, protectedAt);
  const segments: { start: number; end: number; sep: Sep }[] = [];
  let segStart = 0;
  let sep: Sep = '';
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const isSep = i === text.length || (SEPARATORS.has(ch!) && !protectedAt[i] && !inPerson[i] && !soft[i]);
    if (!isSep) continue;
    segments.push({ start: segStart, end: i, sep });
    sep = ch === ',' ? ',' : ch === ';' ? ';' : ch === '\n' ? '\n' : ';';
    segStart = i + 1;
  }

  const items: Item[] = [];
  const defined = new Map<string, Item>();
  let pi = 0;
  segments.forEach((seg, si) => {
    const segItems: Item[] = [];
    let cursor = seg.start;
    const pushFragment = (a: number, b: number) => {
      if (!hasText(text, a, b)) return;
      for (const part of fragmentParts(text, a, b, hidden))
        segItems.push({ kind: 'unknown', start: part.start, end: part.end, segment: si });
    };
    while (pi < persons.length && persons[pi]!.start < seg.end) {
      const p = persons[pi]!;
      if (p.start >= seg.start) {
        pushFragment(cursor, p.start);
        segItems.push({ kind: 'person', start: p.start, end: p.end, segment: si, person: p.name });
        cursor = p.end;
      }
      pi++;
    }
    pushFragment(cursor, seg.end);
    for (const it of segItems) items.push(it);
  });

  // Classify fragments; attach roles, places, qualifiers.
  const out: Item[] = [];
  const roleFirst = new Set<number>();
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'person') {
      out.push(it);
      continue;
    }
    let raw = text.slice(it.start, it.end);
    const lead = PARTNER_LEAD.exec(raw);
    if (lead && hasText(raw, lead[0].length, raw.length) && !isConnector(fold(collapse(raw)))) {
      it.start += lead[0].length;
      it.qualifier = collapse(lead[0]);
      raw = raw.slice(lead[0].length);
    }
    const folded = fold(collapse(joinHyphens(raw)));
    const prevItem = out[out.length - 1];
    const sepBefore = segments[it.segment]!.sep;
    const sameSegmentPrev = prevItem && prevItem.segment === it.segment;
    if (isConnector(folded)) continue;
    if (isQualifier(folded) && prevItem) {
      prevItem.qualifier = prevItem.qualifier ? `${prevItem.qualifier}; ${collapse(raw)}` : collapse(raw);
      continue;
    }
    if (prevItem && prevItem.kind !== 'person' && prevItem.kind !== 'role' && isPlace(folded)) {
      prevItem.end = it.end;
      if (prevItem.kind === 'unknown') prevItem.kind = 'organisation';
      continue;
    }
    const known = options.known?.get(foldName(raw));
    const definedHere = defined.get(foldName(raw));
    let kind: FragmentKind | EntryKind;
    if (definedHere) {
      kind = definedHere.kind as EntryKind;
      it.refersTo = collapse(text.slice(definedHere.start, definedHere.end));
    } else if (known) {
      kind = known.kind;
      if (foldName(known.normal) !== foldName(raw)) it.refersTo = known.normal;
    } else {
      kind = classifyFragment(folded, joinHyphens(raw));
    }
    const next = items[k + 1];
    const startsLower = /^[а-яё]/.test(raw.replace(TRIM_START, ''));
    // «Департамент культуры, спорта и молодежной политики»: a comma inside a name, the words after it read as nothing alone
    if (
      kind === 'unknown' &&
      startsLower &&
      prevItem &&
      (prevItem.kind === 'organisation' || prevItem.kind === 'group' || prevItem.kind === 'position') &&
      prevItem.segment === it.segment - 1 &&
      sepBefore === ','
    ) {
      prevItem.end = it.end;
      continue;
    }
    if (kind === 'position') {
      const nextPerson = next?.kind === 'person' && next.segment === it.segment ? next : undefined;
      const prevPerson =
        prevItem?.kind === 'person' && !prevItem.role && (sameSegmentPrev || sepBefore === ',' || (sepBefore === '\n' && startsLower))
          ? prevItem
          : undefined;
      // «Директор школы\nСимонович О.С.»: a capitalised role on its own line, the name on the next one
      const nextLine =
        !sameSegmentPrev &&
        !startsLower &&
        next?.kind === 'person' &&
        next.segment === it.segment + 1 &&
        segments[next.segment]!.sep === '\n'
          ? next
          : undefined;
      // «Директор Иванов И.И.»: a role before the name when the segment starts with it (or began that way).
      const owner = nextPerson && (!sameSegmentPrev || roleFirst.has(it.segment)) ? nextPerson : (prevPerson ?? nextPerson ?? nextLine);
      if (owner) {
        it.kind = 'role';
        it.roleOf = [owner];
        owner.role = collapse(raw);
        if (owner === nextPerson) roleFirst.add(it.segment);
      } else it.kind = 'position';
    } else if (kind === 'plural-position') {
      const owners: Item[] = [];
      for (let j = out.length - 1; j >= 0; j--) {
        const o = out[j]!;
        if (o.kind !== 'person' || o.role) break;
        owners.unshift(o);
        const between = out[j - 1];
        if (between && between.segment !== o.segment && segments[o.segment]!.sep !== ',') break;
      }
      const attached = owners.length > 0 && (sameSegmentPrev || sepBefore === ',');
      if (attached) {
        it.kind = 'role';
        it.roleOf = owners;
        for (const o of owners) o.role = collapse(raw);
      } else it.kind = 'group';
    } else {
      it.kind = kind;
    }
    out.push(it);
  }

  // Bracket notes go to the entry that ends right before them.
  for (const n of notes) {
    const owner = [...out].reverse().find((o) => o.end <= n.at) ?? out.find((o) => o.start >= n.end);
    if (!owner) {
      if (n.kind === 'role') out.push({ kind: 'position', start: n.start + 1, end: n.end - 1, segment: 0 });
      continue;
    }
    if (n.kind === 'definition') {
      owner.defines = n.text;
      defined.set(foldName(n.text), owner);
    } else if (n.kind === 'qualifier') owner.qualifier = owner.qualifier ? `${owner.qualifier}; ${n.text}` : n.text;
    else if (owner.kind === 'person' && !owner.role) {
      owner.role = n.text;
      out.push({ kind: 'role', start: n.start + 1, end: n.end - 1, segment: owner.segment, roleOf: [owner], fromBracket: true });
    }
  }
  // Abbreviations defined in the cell and used after the definition.
  if (defined.size) {
    for (const it of out) {
      if (it.kind === 'person' || it.kind === 'role' || it.defines) continue;
      const d = defined.get(foldName(text.slice(it.start, it.end)));
      if (d && d !== it) {
        it.kind = d.kind === 'unknown' ? 'organisation' : d.kind;
        it.refersTo = collapse(text.slice(d.start, d.end));
      }
    }
  }

  out.sort((a, b) => a.start - b.start);
  const index = new Map(out.map((it, i) => [it, i]));
  const joints = new Map<Item, NonNullable<Entry['joint']>>();
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1]!;
    const b = out[i]!;
    // «Чуева Г. Х..Кл. рук.»: a second full stop where a comma and a space belong
    if (b.start === a.end + 1 && text[a.end] === '.' && text[a.end - 1] === '.' && /\p{Lu}/u.test(text[b.start] ?? '')) {
      joints.set(b, { start: a.end, end: b.start, from: '.', to: ', ' });
    }
  }
  return out.map((it): Entry => {
    const written = text.slice(it.start, it.end);
    const kind: EntryKind = it.kind === 'plural-position' ? 'group' : it.kind;
    const e: Entry = {
      kind,
      text: written,
      start: it.start,
      end: it.end,
      normal: it.person ? shortName(it.person.nominative, it.person.initials) : normalText(written),
    };
    if (it.person) e.person = it.person;
    if (it.role) e.role = it.role;
    if (it.roleOf) e.roleOf = it.roleOf.map((o) => index.get(o)!).filter((i) => i !== undefined);
    if (it.qualifier) e.qualifier = it.qualifier;
    if (it.defines) e.defines = it.defines;
    if (it.refersTo) e.refersTo = it.refersTo;
    const joint = joints.get(it);
    if (joint) e.joint = joint;
    return e;
  });
}

/** Non-person text of a segment, split into trimmed fragments around hidden brackets and at «и» between two parts that each read as something. */
function fragmentParts(text: string, a: number, b: number, hidden: Uint8Array): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let s = -1;
  for (let i = a; i <= b; i++) {
    const visible = i < b && !hidden[i];
    if (visible && s < 0) s = i;
    if (!visible && s >= 0) {
      runs.push({ start: s, end: i });
      s = -1;
    }
  }
  const out: { start: number; end: number }[] = [];
  for (const r of runs) {
    const t = trimSpan(text, r.start, r.end);
    if (!t) continue;
    out.push(...splitAnd(text, t.start, t.end));
  }
  return out;
}

/** True when text[a, b) holds a letter or a digit (anything worth a fragment). */
function hasText(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x4ff)) return true;
  }
  return false;
}

function trimSpan(text: string, a: number, b: number): { start: number; end: number } | null {
  const piece = text.slice(a, b);
  const lead = TRIM_START.exec(piece)?.[0].length ?? 0;
  const trail = TRIM_END.exec(piece.slice(lead))?.[0].length ?? 0;
  let start = a + lead;
  let end = b - trail;
  // A bracket left open or closed by the trim belongs back to the text when its partner is inside.
  const inner = text.slice(start, end);
  if ((inner.match(/\(/g)?.length ?? 0) > (inner.match(/\)/g)?.length ?? 0) && text[end] === ')') end++;
  if ((inner.match(/\)/g)?.length ?? 0) > (inner.match(/\(/g)?.length ?? 0) && text[start - 1] === '(') start--;
  return end > start ? { start, end } : null;
}

const AND = /\s+(?:и|а также)\s+/g;

function splitAnd(text: string, a: number, b: number): { start: number; end: number }[] {
  const piece = text.slice(a, b);
  const cuts: { start: number; end: number }[] = [];
  let last = 0;
  AND.lastIndex = 0;
  for (let m = AND.exec(piece); m; m = AND.exec(piece)) {
    cuts.push({ start: a + last, end: a + m.index });
    last = m.index + m[0].length;
  }
  if (cuts.length === 0) {
    // A leading «и »/«а также » before a group or an organisation («и Творческая группа»).
    const lead = /^(?:и|а также)\s+/.exec(piece);
    return lead ? [{ start: a + lead[0].length, end: b }] : [{ start: a, end: b }];
  }
  cuts.push({ start: a + last, end: b });
  const readable = cuts.every((c) => {
    const t = text.slice(c.start, c.end);
    return t.trim() !== '' && classifyFragment(fold(t), t) !== 'unknown';
  });
  return readable ? cuts : [{ start: a, end: b }];
}

function normalText(written: string): string {
  // «педагог -организатор», «учителя -предметники»: a space before a compound's hyphen is layout too
  const t = collapse(fixLookAlikes(joinHyphens(written))).replace(/(\p{L}) -(?=\p{L})/gu, '$1-');
  // A sentence's full stop, not an abbreviation's («г. Н.», «и др.», «Кл. рук.»).
  return /(?:^|[^\p{L}])\p{L}*[а-яё]{5}\.$/u.test(t) ? t.slice(0, -1) : t;
}

// ---------------------------------------------------------------------------------------------------------
// Layout: Word's line breaks and hyphenation inside a cell

/**
 * The line breaks of a cell that are layout, not a list: the next line goes on with the name of the line above
 * («Художественная\nшкола», «Директора\nобразовательных\nучреждений», «Женсовет школы\nN 8», «директо-\nра»).
 * A break next to a person's name, after a comma, or before a line that begins an entry of its own
 * («педагог-психолог\nсоциальный педагог») separates. Returns a mask over the text's characters.
 */
function layoutBreaks(text: string, inPerson: Uint8Array, protectedAt: Uint8Array): Uint8Array {
  const soft = new Uint8Array(text.length);
  if (text.indexOf('\n') < 0) return soft;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const prev = text.slice(lineStart, i);
    const nextEnd = text.indexOf('\n', i + 1);
    const next = text.slice(i + 1, nextEnd < 0 ? text.length : nextEnd);
    lineStart = i + 1;
    if (protectedAt[i] || inPerson[i]) continue;
    const p = prev.trim();
    const n = next.trim();
    if (!p || !n || /[,;]$/.test(p)) continue;
    const prevEnd = i - (prev.length - prev.trimEnd().length) - 1;
    const nextStart = i + 1 + (next.length - next.trimStart().length);
    if (inPerson[prevEnd] || inPerson[nextStart]) continue;
    const lower = /^\p{Ll}/u.test(n);
    if (/\p{L}-$/u.test(p) || /^(?:[№N]\s*\d|\d+(?:\s*[-–]\s*\d+)?\s+\p{Ll}|[(«"])/u.test(n) || openLine(p) || (lower && !startsEntry(n))) {
      soft[i] = 1;
    }
  }
  return soft;
}

/**
 * Word hyphenation left in the text joined: «директо-\nра» → «директора», «допол- нительного» → «дополнительного».
 * A compound keeps its hyphen («жилищно-\nкоммунальному» → «жилищно-коммунальному»): the part before the hyphen
 * ends in «о»/«е» and what follows is a word of its own, unless the joined word is one the vocabulary knows.
 */
export function joinHyphens(text: string): string {
  if (text.indexOf('-') < 0) return text;
  return text.replace(/(\p{L}+)-[ \t\u00a0]*(?:\n[ \t\u00a0]*|[ \t\u00a0]+)(\p{Ll}+)/gu, (all, before: string, after: string) => {
    if (/^(?:и|или|а)$/.test(after)) return all;
    const joined = before + after;
    const compound = /[оеОЕ]$/.test(before) && after.length >= 4 && !knownWord(fold(joined));
    return compound ? `${before}-${after}` : joined;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Typos a cell shows by itself

interface Repaired {
  clean: string;
  /** For every character of `clean`, its index in the original text. */
  orig: number[];
  /** The original's characters that were dropped. */
  removed: Uint8Array;
}

/** A character that has no business inside a word: «Заместите°ль». */
const STRAY = /(?<=\p{L})[°º¬¦§¶¤~^`´¨|\\_*#$%&=+<>](?=\p{L})/gu;
/** A capital letter typed twice with a space: «З Заместитель». */
const DOUBLED_LETTER = /(?<=^|[\s,;(])(\p{Lu})[ \t]+(?=\1\p{Ll}{2,})/gu;
/** A word typed twice: «директора директора». */
const DOUBLED_WORD = /(?<![\p{L}\d])(\p{L}{2,})([ \t]+)\1(?![\p{L}\d])/giu;

/** The cell without stray characters and doubled letters or words, with the way back to the original; null when clean. */
function repairText(text: string): Repaired | null {
  const removed = new Uint8Array(text.length);
  let any = false;
  const drop = (from: number, to: number) => {
    for (let i = from; i < to; i++) removed[i] = 1;
    any = true;
  };
  for (const m of text.matchAll(STRAY)) drop(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(DOUBLED_LETTER)) drop(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(DOUBLED_WORD)) drop(m.index! + m[1]!.length, m.index! + m[0].length);
  if (!any) return null;
  let clean = '';
  const orig: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (removed[i]) continue;
    clean += text[i];
    orig.push(i);
  }
  return { clean, orig, removed };
}

/** An entry of the repaired text, its span moved back onto the original (dropped characters at its edges included). */
function mapBack(e: Entry, text: string, r: Repaired): Entry {
  let start = r.orig[e.start] ?? text.length;
  while (start > 0 && r.removed[start - 1]) start--;
  let end = e.end > e.start ? r.orig[e.end - 1]! + 1 : start;
  while (end < text.length && r.removed[end]) end++;
  const out: Entry = { ...e, start, end, text: text.slice(start, end) };
  if (out.text !== e.text) out.repair = e.text;
  if (e.joint) {
    const js = r.orig[e.joint.start]!;
    const je = r.orig[e.joint.end - 1]! + 1;
    out.joint = { ...e.joint, start: js, end: je, from: text.slice(js, je) };
  }
  return out;
}
