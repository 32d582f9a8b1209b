/**
 * The roster as an index for matching names: exact (normalised) spellings, every case form of a surname,
 * and typos (a bounded Damerau–Levenshtein distance on surname keys, found through a one-deletion index,
 * so a lookup costs a dozen map reads instead of a scan of the roster).
 */
import { boundedDistance, fixLookAlikes, fold, foldName, shortName, surnameKey, typoBudget } from './names';
import { findPeople, type PersonName } from './parse';
import type { Roster, RosterEntry } from './roster';

export interface RosterPerson {
  /** Index in roster.entries. */
  id: number;
  /** 0-based row on the roster sheet. */
  row: number;
  entry: RosterEntry;
  /** The surname as the roster writes it. */
  surname: string;
  initials: string[];
  /** How cells should write this person: the roster's own «Фамилия И. О.» spelling, or the normal form when the roster gives the full name. */
  display: string;
  /** «Фамилия И.О.» */
  normal: string;
  /** The full name when the roster gives it. */
  full?: string;
  /** fold(surname) + '|' + initials */
  key: string;
  /** surnameKey(fold(surname)): the same for every case form. */
  stem: string;
  /** fold(surname) */
  folded: string;
  ini: string;
}

export interface RosterName {
  kind: 'group' | 'organisation';
  /** The roster's name (or short name) as written. */
  normal: string;
  entry: RosterEntry;
}

export interface RosterIndex {
  people: RosterPerson[];
  /** Group, organisation and school names and short names, by foldName. */
  names: Map<string, RosterName>;
  /** Pairs (or more) of roster people with the same surname and initials. */
  duplicates: RosterPerson[][];
  /** «Человек» rows whose name does not read as a person's name. */
  unreadable: RosterEntry[];
  byKey: Map<string, RosterPerson[]>;
  byStem: Map<string, RosterPerson[]>;
  byStemInitial: Map<string, RosterPerson[]>;
  /** Stems and folded surnames, and their one-letter deletions → people. */
  deletions: Map<string, RosterPerson[]>;
  /** Initials → people, for the wider (two-edit) search on long surnames. */
  byInitials: Map<string, RosterPerson[]>;
}

export type MatchStatus =
  | 'exact' // same surname and initials (spelling may still differ: spaces, Latin look-alikes, order)
  | 'declined' // the surname in another case: «Третьяковой Т.В.»
  | 'partial' // one initial where the roster has two: «Третьякова Т.»
  | 'typo' // a surname one or two edits from exactly one roster person with the same initials
  | 'ambiguous' // several roster people fit equally
  | 'initials' // the roster has the surname, with other initials
  | 'similar' // a close surname with other initials, or several close ones: a question, not a fix
  | 'unknown';

export interface PersonMatch {
  status: MatchStatus;
  /** The roster person, for exact, declined, partial and typo. */
  person?: RosterPerson;
  /** For ambiguous, initials, similar and unknown: the closest roster people (at most 3). */
  candidates: RosterPerson[];
  distance?: number;
  /** A typo that is another nominative of the same surname («Рухлов» for «Рухлова»): never fixed without a look. */
  otherForm?: boolean;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function deletionsOf(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

/** A person's name read from a roster cell, or null when it does not read as one. */
export function readRosterName(name: string): PersonName | null {
  const found = findPeople(name);
  if (found.length !== 1) return null;
  const p = found[0]!;
  // The whole cell must be the name (a trailing comment in brackets is allowed).
  const rest = (name.slice(0, p.start) + name.slice(p.end)).replace(/\([^)]*\)/g, '').trim();
  return rest === '' ? p.name : null;
}

/** Builds the matching index of a roster (null gives an empty index: no one is known). */
export function buildRosterIndex(roster: Roster | null): RosterIndex {
  const index: RosterIndex = {
    people: [],
    names: new Map(),
    duplicates: [],
    unreadable: [],
    byKey: new Map(),
    byStem: new Map(),
    byStemInitial: new Map(),
    deletions: new Map(),
    byInitials: new Map(),
  };
  if (!roster) return index;
  roster.entries.forEach((entry, id) => {
    if (entry.kind !== 'person') {
      const kind = entry.kind === 'group' ? 'group' : 'organisation';
      for (const n of [entry.name, entry.short]) {
        if (n && !index.names.has(foldName(n))) index.names.set(foldName(n), { kind, normal: n, entry });
      }
      return;
    }
    const name = readRosterName(entry.name);
    if (!name || name.initials.length === 0) {
      index.unreadable.push(entry);
      return;
    }
    const surname = name.nominative;
    const normal = shortName(surname, name.initials);
    const display = name.form === 'surname-initials' ? fixLookAlikes(entry.name).replace(/\s+/g, ' ').trim() : normal;
    const ini = name.initials.join('').toLowerCase();
    const stem = surnameKey(fold(surname));
    const p: RosterPerson = {
      id,
      row: entry.row,
      entry,
      surname,
      initials: name.initials,
      display,
      normal,
      ...(name.given ? { full: `${surname} ${name.given}${name.patronymic ? ` ${name.patronymic}` : ''}` } : {}),
      key: `${fold(surname)}|${ini}`,
      stem,
      folded: fold(surname),
      ini,
    };
    index.people.push(p);
    push(index.byKey, p.key, p);
    push(index.byStem, `${stem}|${ini}`, p);
    push(index.byStemInitial, `${stem}|${ini[0]}`, p);
    push(index.byStem, stem, p);
    push(index.byInitials, ini, p);
    for (const d of deletionsOf(stem)) push(index.deletions, d, p);
    if (p.folded !== stem) for (const d of deletionsOf(p.folded)) push(index.deletions, d, p);
  });
  for (const list of index.byKey.values()) if (list.length > 1) index.duplicates.push(list);
  return index;
}

const one = (list: RosterPerson[] | undefined) => (list && list.length === 1 ? list[0] : undefined);

/** Roster people whose surname stem is within `max` edits of `stem`. */
function near(index: RosterIndex, stem: string, folded: string, ini: string, max: number): { p: RosterPerson; d: number }[] {
  const seen = new Set<RosterPerson>();
  const out: { p: RosterPerson; d: number }[] = [];
  const keys = folded === stem ? deletionsOf(stem) : [...deletionsOf(stem), ...deletionsOf(folded)];
  for (const del of keys) {
    for (const p of index.deletions.get(del) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const d = Math.min(boundedDistance(stem, p.stem, 1), boundedDistance(folded, p.folded, 1));
      if (d <= 1 && d > 0) out.push({ p, d });
    }
  }
  if (max >= 2) {
    // Two edits only for long surnames, and only among people with the same initials.
    for (const p of index.byInitials.get(ini) ?? []) {
      if (seen.has(p) || p.stem.length < 9) continue;
      seen.add(p);
      const d = Math.min(boundedDistance(stem, p.stem, max), boundedDistance(folded, p.folded, max));
      if (d <= max && d > 0) out.push({ p, d });
    }
  }
  return out;
}

/** The closest roster people to a surname, whatever their initials (for «unknown» findings). */
export function closestPeople(index: RosterIndex, surname: string, limit = 3): RosterPerson[] {
  const stem = surnameKey(fold(surname));
  const scored: { p: RosterPerson; d: number }[] = [];
  const max = Math.max(2, Math.floor(stem.length / 3));
  for (const p of index.people) {
    const d = boundedDistance(stem, p.stem, max);
    if (d <= max) scored.push({ p, d });
  }
  scored.sort((a, b) => a.d - b.d || a.p.row - b.p.row);
  return scored.slice(0, limit).map((s) => s.p);
}

/** True when a folded surname is itself a nominative of its stem: «рухлов», «рухлова», «шкуратская». */
function isNominativeForm(folded: string, stem: string): boolean {
  return folded === stem || folded === `${stem}а` || folded === `${stem}ий` || folded === `${stem}ая`;
}

const sameInitials = (ini: string, p: RosterPerson) => (ini.length === 1 ? p.ini[0] === ini : p.ini === ini);

/** Finds a name in the roster: exact, another case form, one initial, a typo; or says why not. */
export function matchPerson(index: RosterIndex, name: PersonName): PersonMatch {
  const ini = name.initials.join('').toLowerCase();
  const written = fold(name.surname);
  const nominative = fold(name.nominative);
  const stem = surnameKey(nominative);
  if (ini.length >= 2) {
    const exact = index.byKey.get(`${written}|${ini}`) ?? index.byKey.get(`${nominative}|${ini}`);
    if (exact)
      return exact.length === 1 ? { status: 'exact', person: exact[0]!, candidates: [] } : { status: 'ambiguous', candidates: exact };
    const declined = index.byStem.get(`${stem}|${ini}`);
    if (declined && declined.length > 1) return { status: 'ambiguous', candidates: declined };
    if (declined) {
      const p = declined[0]!;
      // «Рухлов» for «Рухлова» is another nominative (another person, or a typo), not a case form.
      if (isNominativeForm(written, stem))
        return { status: 'typo', person: p, candidates: [], distance: boundedDistance(written, p.folded, 2), otherForm: true };
      return { status: 'declined', person: p, candidates: [] };
    }
  } else if (ini.length === 1) {
    const partial = index.byStemInitial.get(`${stem}|${ini}`);
    if (partial)
      return one(partial) ? { status: 'partial', person: partial[0]!, candidates: [] } : { status: 'ambiguous', candidates: partial };
  }
  const budget = typoBudget(stem.length);
  const close = budget > 0 ? near(index, stem, nominative, ini, budget) : [];
  const same = close.filter((c) => sameInitials(ini, c.p));
  if (same.length) {
    const best = Math.min(...same.map((c) => c.d));
    let top = same.filter((c) => c.d === best);
    if (top.length > 1) {
      // «Литвин» and «Литвина» share a stem: the written ending decides which one the typo is of.
      const full = top.map((c) => boundedDistance(nominative, c.p.folded, 3));
      const min = Math.min(...full);
      top = top.filter((_, i) => full[i] === min);
    }
    if (top.length === 1 && !index.byStem.get(stem)) return { status: 'typo', person: top[0]!.p, candidates: [], distance: best };
    return {
      status: 'similar',
      candidates: same
        .sort((a, b) => a.d - b.d)
        .slice(0, 3)
        .map((c) => c.p),
    };
  }
  const sameSurname = index.byStem.get(stem);
  if (sameSurname) return { status: 'initials', candidates: sameSurname.slice(0, 3) };
  if (close.length)
    return {
      status: 'similar',
      candidates: close
        .sort((a, b) => a.d - b.d)
        .slice(0, 3)
        .map((c) => c.p),
    };
  return { status: 'unknown', candidates: [] };
}

export interface NameMatch {
  status: 'exact' | 'typo' | 'unknown';
  name?: RosterName;
}

/** Finds a group or organisation name in the roster, exactly (normalised) or one or two letters off. */
export function matchName(index: RosterIndex, text: string): NameMatch {
  const key = foldName(text);
  const exact = index.names.get(key);
  if (exact) return { status: 'exact', name: exact };
  const budget = typoBudget(key.replace(/\s/g, '').length);
  if (budget === 0) return { status: 'unknown' };
  let best: RosterName | undefined;
  let bestD = budget + 1;
  let ties = 0;
  for (const [k, n] of index.names) {
    const d = boundedDistance(key, k, budget);
    if (d < bestD) {
      best = n;
      bestD = d;
      ties = 1;
    } else if (d === bestD && d <= budget) ties++;
  }
  return best && ties === 1 ? { status: 'typo', name: best } : { status: 'unknown' };
}
