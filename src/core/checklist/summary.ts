/**
 * «Мониторинг — сводка»: per school (points earned of the maximum, score, level, answers understood, change since
 * the previous round, a traffic light), per section and per criterion (yes/no criteria: shares of Да / Частично /
 * Нет; scored criteria: score bands and the distribution of the points given), weakest first; the cluster's score
 * across rounds, with the change explained by schools that joined or have not answered yet; and the charts. Works on
 * the live school tabs or on a round kept in the history, the same way.
 *
 * A negative criterion («ОУ находится в аварийном состоянии», «убывание») counts the other way: «Да» earns nothing.
 * Its Да/Нет shares are the answers as given; its score is what it earned.
 */
import { rangeA1 } from '../table/a1';
import type { Lang } from '../i18n/lang';
import { answerLabel, answerScore } from './answer';
import { checklistMessages } from './messages';
import { levelOf, normalizeWord } from './scale';
import type { Criterion, RoundRecord, SchoolSheet, Template } from './types';

export const SUMMARY_SHEET = 'Мониторинг — сводка';

type Category = 'yes' | 'partial' | 'no' | 'na' | 'flag' | 'empty';

interface Item {
  cat: Category;
  earned: number | null;
  max: number | null;
  label: string;
}

/** One school's answers in one state (live or a round), reduced to what the summary needs. */
export interface SchoolResult {
  school: string;
  items: Map<string, Item>;
  /** No answer understood (empty, or only answers that could not be read). */
  notStarted: boolean;
  /** Warnings and errors found on the tab (0 for a round). */
  problems: number;
  /** True when the school has no tab at all. */
  noTab?: boolean;
}

const WORDS: Record<string, Category> = { да: 'yes', частично: 'partial', нет: 'no', 'не применимо': 'na' };

/** The answer's category: the yes/no word as given (a negative item's «Да» is «Да»), else by the points earned. */
function category(earned: number | null, max: number | null, label: string, na: boolean): Category {
  if (na) return 'na';
  if (!label) return 'empty';
  if (earned === null || max === null || max === 0) return 'flag';
  const word = WORDS[normalizeWord(label)];
  if (word) return word;
  if (earned >= max - 1e-9) return 'yes';
  if (earned <= 1e-9) return 'no';
  return 'partial';
}

/** Live tabs → results. Schools on the roster without a tab are listed as not started. */
export function resultsFromSheets(
  template: Template,
  sheets: readonly SchoolSheet[],
  schoolsWithoutTab: readonly string[] = [],
): SchoolResult[] {
  const byId = new Map(template.criteria.map((c) => [c.id, c]));
  const out: SchoolResult[] = sheets.map((s) => {
    const items = new Map<string, Item>();
    for (const a of s.answers) {
      const c = byId.get(a.criterionId);
      if (!c) continue;
      const sc = answerScore(a.answer, c.scale, c.weight, c.direction);
      const label = answerLabel(a.answer, c.scale);
      items.set(c.id, {
        cat: category(sc?.earned ?? null, sc?.max ?? null, label, a.answer.value === 'na'),
        earned: sc?.earned ?? null,
        max: sc?.max ?? null,
        label,
      });
    }
    const problems = s.findings.filter((f) => f.severity !== 'info' && f.code !== 'answer-flagged').length;
    return { school: s.school, items, notStarted: s.notStarted, problems };
  });
  for (const school of schoolsWithoutTab) out.push({ school, items: new Map(), notStarted: true, problems: 0, noTab: true });
  return out;
}

const ROUND_RESULTS = new WeakMap<RoundRecord, SchoolResult[]>();

/** A round from the history → results (computed once per round read). */
export function resultsFromRound(round: RoundRecord): SchoolResult[] {
  let cached = ROUND_RESULTS.get(round);
  if (!cached) ROUND_RESULTS.set(round, (cached = computeRoundResults(round)));
  return cached;
}

function computeRoundResults(round: RoundRecord): SchoolResult[] {
  return round.schools.map((rs) => {
    const items = new Map<string, Item>();
    for (const it of rs.items) {
      const na = it.answer.toLowerCase() === 'не применимо';
      items.set(it.criterionId, { cat: category(it.earned, it.max, it.answer, na), earned: it.earned, max: it.max, label: it.answer });
    }
    const notStarted = ![...items.values()].some((i) => i.cat !== 'empty' && i.cat !== 'flag');
    return { school: rs.school, items, notStarted, problems: 0 };
  });
}

export type Light = 'green' | 'yellow' | 'red' | 'grey';

export interface SchoolSummary {
  school: string;
  criteria: number;
  /** Answers understood (incl. «Не применимо»); an answer that could not be read is not counted. */
  answered: number;
  answeredShare: number;
  /** Answers that could not be read. */
  flagged: number;
  /** «Нет» and zero-point answers (for a negative item: the answers that earned nothing). */
  zero: number;
  earned: number;
  max: number;
  score: number | null;
  level?: string;
  /** Score now minus score in the previous round (null when either is missing). */
  change: number | null;
  light: Light;
  notStarted: boolean;
  noTab: boolean;
  problems: number;
}

export interface ShareRow {
  /** Schools that answered (incl. «Не применимо»), and the counts of each answer. */
  answered: number;
  yes: number;
  partial: number;
  no: number;
  na: number;
  flagged: number;
  /** Shares among the applicable answers (yes + partial + no), 0..1; null when none. */
  shareYes: number | null;
  sharePartial: number | null;
  shareNo: number | null;
  /** Points over the maximum across schools, 0..1. */
  score: number | null;
  /** Scored: the answers by the share of the maximum they earned — below yellow, up to green, green and up. */
  bands: [number, number, number];
  /** Points earned and the maximum, summed over the answers. */
  earned: number;
  max: number;
}

export interface CriterionSummary extends ShareRow {
  criterion: Criterion;
  /** Answers in points (not yes/no). */
  scored: boolean;
  /** A negative item: «Да» (more) is worse. */
  negative: boolean;
  /** Schools whose answer earned nothing («Нет», 0 points; «Да» for a negative item). */
  zeroSchools: string[];
  /** Scored: how many schools gave each answer, lowest first («0» — 1, «1» — 3, «2» — 5). */
  distribution: { label: string; earned: number; count: number }[];
}

export interface SectionSummary extends ShareRow {
  section: string;
}

export interface DynamicsPoint {
  round: string;
  /** ISO day; '' for the live state. */
  date: string;
  score: number | null;
  started: number;
  live: boolean;
}

/** Why the cluster's score moved: schools that joined since the previous round, or have not answered yet. */
export interface ChangeMakeup {
  /** Started now, not in the previous round. */
  joined: string[];
  /** Started in the previous round, not (yet) now. */
  notYet: string[];
  /** The average over the schools started in both, then and now (null without such schools). */
  common: { schools: number; before: number | null; now: number | null };
  /** The average of the schools that joined. */
  joinedScore: number | null;
}

export interface Summary {
  schools: SchoolSummary[];
  /** Weakest first. */
  criteria: CriterionSummary[];
  /** Weakest first. */
  sections: SectionSummary[];
  overall: {
    score: number | null;
    level?: string;
    schools: number;
    /** Schools with at least one answer understood. */
    started: number;
    /** Schools with every criterion answered (and understood). */
    complete: number;
    notStarted: string[];
    /** Answers that could not be read, over all schools. */
    flagged: number;
  };
  /** The round the change is measured against. */
  previousRound?: string;
  /** The change since the previous round, explained (absent without one). */
  makeup?: ChangeMakeup;
  /** The current state's name: a round name, or null for the live tabs. */
  current: string | null;
  dynamics: DynamicsPoint[];
  /** Any criterion answered in points. */
  scored: boolean;
  /** Any criterion answered yes/no. */
  yesNo: boolean;
  /** Negative items in the template. */
  negative: number;
  /** Levels named without thresholds: equal shares were taken. */
  levelsEqual: boolean;
  /** The traffic-light thresholds, which are also the score bands. */
  lights: { green: number; yellow: number };
}

export interface SummaryOptions {
  /** Score from which a school is green / yellow (default 0.8 / 0.5). */
  lights?: { green: number; yellow: number };
  /**
   * Which round is «previous»: by default the last round in the history, unless the current state is the
   * same as that round (it was just fixed), in which case the one before it.
   */
  previousRound?: string;
}

function schoolScore(
  template: Template,
  r: SchoolResult,
): Pick<SchoolSummary, 'criteria' | 'answered' | 'answeredShare' | 'flagged' | 'zero' | 'earned' | 'max' | 'score' | 'level'> {
  let answered = 0;
  let flagged = 0;
  let zero = 0;
  let earned = 0;
  let max = 0;
  for (const it of r.items.values()) {
    if (it.cat === 'empty') continue;
    if (it.cat === 'flag') {
      flagged++;
      continue;
    }
    answered++;
    if (it.cat === 'na' || it.earned === null || it.max === null) continue;
    earned += it.earned;
    max += it.max;
    if (it.earned === 0) zero++;
  }
  const criteria = Math.max(template.criteria.length, r.items.size);
  const score = max > 0 ? earned / max : null;
  const level = template.levels && score !== null ? levelOf(template.levels, score, earned) : undefined;
  return {
    criteria,
    answered,
    answeredShare: criteria ? answered / criteria : 0,
    flagged,
    zero,
    earned: round(earned),
    max: round(max),
    score,
    ...(level ? { level } : {}),
  };
}

function shareRow(items: Item[], lights: { green: number; yellow: number }): ShareRow {
  const row: ShareRow = {
    answered: 0,
    yes: 0,
    partial: 0,
    no: 0,
    na: 0,
    flagged: 0,
    shareYes: null,
    sharePartial: null,
    shareNo: null,
    score: null,
    bands: [0, 0, 0],
    earned: 0,
    max: 0,
  };
  for (const it of items) {
    if (it.cat === 'empty') continue;
    if (it.cat === 'flag') {
      row.flagged++;
      continue;
    }
    row.answered++;
    row[it.cat]++;
    if (it.cat !== 'na' && it.earned !== null && it.max !== null) {
      row.earned += it.earned;
      row.max += it.max;
      if (it.max > 0) {
        const share = it.earned / it.max;
        row.bands[share >= lights.green - 1e-9 ? 2 : share >= lights.yellow - 1e-9 ? 1 : 0]++;
      }
    }
  }
  const applicable = row.yes + row.partial + row.no;
  if (applicable > 0) {
    row.shareYes = row.yes / applicable;
    row.sharePartial = row.partial / applicable;
    row.shareNo = row.no / applicable;
  }
  row.earned = round(row.earned);
  row.max = round(row.max);
  row.score = row.max > 0 ? row.earned / row.max : null;
  return row;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function clusterScore(template: Template, results: readonly SchoolResult[]): { score: number | null; started: number } {
  const scores = results
    .filter((r) => !r.notStarted)
    .map((r) => schoolScore(template, r).score)
    .filter((s): s is number => s !== null);
  return { score: mean(scores), started: results.filter((r) => !r.notStarted).length };
}

function sameState(a: readonly SchoolResult[], b: readonly SchoolResult[]): boolean {
  const mb = new Map(b.map((r) => [r.school, r]));
  for (const r of a) {
    const o = mb.get(r.school);
    if (!o) {
      if (r.notStarted) continue;
      return false;
    }
    for (const [id, it] of r.items) if ((o.items.get(id)?.label ?? '') !== it.label) return false;
  }
  return true;
}

const weakest = (x: ShareRow, y: ShareRow) => (x.score ?? 2) - (y.score ?? 2) || (y.shareNo ?? 0) - (x.shareNo ?? 0);

/**
 * The summary of `current` (live tabs, or a round's results) against the history.
 * `currentRound` names the round when `current` comes from the history.
 */
export function buildSummary(
  template: Template,
  current: readonly SchoolResult[],
  history: readonly RoundRecord[],
  options: SummaryOptions & { currentRound?: string } = {},
): Summary {
  const lights = options.lights ?? { green: 0.8, yellow: 0.5 };
  const currentIndex = options.currentRound ? history.findIndex((r) => r.name === options.currentRound) : history.length;
  const before = history.slice(0, currentIndex < 0 ? history.length : currentIndex);
  let previous: RoundRecord | undefined;
  if (options.previousRound) previous = history.find((r) => r.name === options.previousRound);
  else if (before.length) {
    previous = before[before.length - 1];
    if (!options.currentRound && previous && sameState(current, resultsFromRound(previous)) && before.length > 1)
      previous = before[before.length - 2];
    else if (!options.currentRound && previous && sameState(current, resultsFromRound(previous))) previous = undefined;
  }
  const prevList = previous ? resultsFromRound(previous) : [];
  const prevResults = new Map(prevList.map((r) => [r.school, r]));

  const schools: SchoolSummary[] = current.map((r) => {
    const s = schoolScore(template, r);
    const p = prevResults.get(r.school);
    const ps = p && !p.notStarted ? schoolScore(template, p).score : null;
    const change = s.score !== null && ps !== null && !r.notStarted ? s.score - ps : null;
    const light: Light =
      r.notStarted || s.score === null ? 'grey' : s.score >= lights.green ? 'green' : s.score >= lights.yellow ? 'yellow' : 'red';
    return { school: r.school, ...s, change, light, notStarted: r.notStarted, noTab: r.noTab ?? false, problems: r.problems };
  });

  const started = current.filter((r) => !r.notStarted);
  const criteria: CriterionSummary[] = template.criteria.map((c) => {
    const items = started.map((r) => r.items.get(c.id)).filter((i): i is Item => !!i);
    const zeroSchools = started
      .filter((r) => {
        const it = r.items.get(c.id);
        return !!it && it.cat !== 'na' && it.cat !== 'flag' && it.cat !== 'empty' && it.earned === 0;
      })
      .map((r) => r.school);
    const scored = c.scale.kind === 'points';
    const counts = new Map<string, { label: string; earned: number; count: number }>();
    if (scored) {
      for (const it of items) {
        if (it.cat === 'empty' || it.cat === 'flag' || it.cat === 'na' || it.earned === null) continue;
        const key = it.label;
        const entry = counts.get(key) ?? { label: it.label, earned: it.earned, count: 0 };
        entry.count++;
        counts.set(key, entry);
      }
    }
    return {
      criterion: c,
      scored,
      negative: c.direction === 'down',
      ...shareRow(items, lights),
      zeroSchools,
      distribution: [...counts.values()].sort((a, b) => a.earned - b.earned),
    };
  });
  const sectionNames = [...new Set(template.criteria.map((c) => c.section))];
  const sections: SectionSummary[] = sectionNames.map((section) => {
    const ids = template.criteria.filter((c) => c.section === section).map((c) => c.id);
    const items = started.flatMap((r) => ids.map((id) => r.items.get(id)).filter((i): i is Item => !!i));
    return { section, ...shareRow(items, lights) };
  });
  criteria.sort(weakest);
  sections.sort(weakest);

  const cur = clusterScore(template, current);
  const dynamics: DynamicsPoint[] = before.map((round) => {
    const c = clusterScore(template, resultsFromRound(round));
    return { round: round.name, date: round.date, score: c.score, started: c.started, live: false };
  });
  const last = before[before.length - 1];
  if (options.currentRound) {
    const round = history[currentIndex];
    if (round) dynamics.push({ round: round.name, date: round.date, score: cur.score, started: cur.started, live: false });
  } else if (!last || !sameState(current, resultsFromRound(last))) {
    dynamics.push({ round: '', date: '', score: cur.score, started: cur.started, live: true });
  }
  const level =
    template.levels && cur.score !== null
      ? levelOf(template.levels, cur.score, mean(schools.filter((s) => !s.notStarted).map((s) => s.earned)) ?? 0)
      : undefined;
  const summary: Summary = {
    schools,
    criteria,
    sections,
    overall: {
      score: cur.score,
      ...(level ? { level } : {}),
      schools: current.length,
      started: cur.started,
      complete: schools.filter((s) => !s.notStarted && s.answered === s.criteria).length,
      notStarted: current.filter((r) => r.notStarted).map((r) => r.school),
      flagged: schools.reduce((n, s) => n + s.flagged, 0),
    },
    current: options.currentRound ?? null,
    dynamics,
    scored: template.criteria.some((c) => c.scale.kind === 'points'),
    yesNo: template.criteria.some((c) => c.scale.kind === 'yesno'),
    negative: template.criteria.filter((c) => c.direction === 'down').length,
    levelsEqual: !!template.levels?.equal || Object.values(template.sectionLevels).some((l) => l.equal),
    lights,
  };
  if (previous) {
    summary.previousRound = previous.name;
    const startedNow = new Set(started.map((r) => r.school));
    const startedThen = new Set(prevList.filter((r) => !r.notStarted).map((r) => r.school));
    const both = [...startedNow].filter((s) => startedThen.has(s));
    const scoreOf = (list: readonly SchoolResult[], names: readonly string[]) =>
      mean(
        list
          .filter((r) => names.includes(r.school))
          .map((r) => schoolScore(template, r).score)
          .filter((x): x is number => x !== null),
      );
    const joined = [...startedNow].filter((s) => !startedThen.has(s));
    summary.makeup = {
      joined,
      notYet: [...startedThen].filter((s) => !startedNow.has(s)),
      common: { schools: both.length, before: scoreOf(prevList, both), now: scoreOf(current, both) },
      joinedScore: scoreOf(current, joined),
    };
  }
  return summary;
}

// ---------- the sheet ----------

export interface ChartSpec {
  type: 'column' | 'line' | 'bar';
  title: string;
  /** Ranges on the summary sheet, first column the domain. */
  ranges: string[];
  /** 0-based anchor cell of the chart. */
  row: number;
  col: number;
  stacked?: boolean;
}

export interface SummarySheet {
  name: string;
  values: (string | number)[][];
  /** Number formats by range ('0%' for shares, '+0%;-0%;0%' for changes). */
  formats: { range: string; format: string }[];
  /** Background colours of the traffic-light cells. */
  backgrounds: { range: string; colors: string[][] };
  /** Rows to bold (block titles and headers), 0-based. */
  boldRows: number[];
  charts: ChartSpec[];
}

export const LIGHT_COLORS: Record<Light, string> = { green: '#b7e1cd', yellow: '#fce8b2', red: '#f4c7c3', grey: '#e0e0e0' };

/** The number format of shares: whole percents, or one decimal where whole percents would tie (40,99 / 40,76 → 41,0 / 40,8). */
export function shareFormat(values: readonly (number | null)[]): string {
  return tiesWhenWhole(values) ? '0.0%' : '0%';
}

/** True when two different shares would print as the same whole percent. */
export function tiesWhenWhole(values: readonly (number | null)[]): boolean {
  const seen = new Map<number, number>();
  for (const v of values) {
    if (v === null) continue;
    const whole = Math.round(v * 100);
    const was = seen.get(whole);
    if (was !== undefined && Math.abs(was - v) > 1e-9) return true;
    seen.set(whole, v);
  }
  return false;
}

/** The summary as sheet values: schools, sections, criteria (weakest first), scores of scored criteria, dynamics; charts beside. */
export function summarySheet(summary: Summary, lang: Lang = 'ru'): SummarySheet {
  const m = checklistMessages(lang).summary;
  const W = 11;
  const values: (string | number)[][] = [];
  const formats: SummarySheet['formats'] = [];
  const boldRows: number[] = [];
  const push = (row: (string | number)[]) => values.push([...row, ...Array(Math.max(0, W - row.length)).fill('')]);
  const pct = (x: number | null) => (x === null ? '' : x);
  const bandNames = m.bands(summary.lights.yellow, summary.lights.green);
  const scoredOnly = summary.scored && !summary.yesNo;

  push([m.title]);
  boldRows.push(0);
  push([
    m.legend(summary.previousRound, {
      scored: summary.scored,
      yesNo: summary.yesNo,
      negative: summary.negative,
      levelsEqual: summary.levelsEqual,
    }),
  ]);
  push([
    m.overall(summary.overall.score, summary.overall.level, summary.overall.started, summary.overall.schools, summary.overall.flagged),
  ]);
  push([]);

  // Schools
  push([m.schoolsTitle]);
  boldRows.push(values.length - 1, values.length);
  push(m.schoolHeader);
  const schoolFirst = values.length;
  for (const s of summary.schools) {
    push([
      s.school,
      pct(s.score),
      s.notStarted ? '' : s.earned,
      s.notStarted ? '' : s.max,
      s.level ?? '',
      s.answeredShare,
      s.zero,
      s.change === null ? '' : s.change,
      m.lights[s.light],
      s.notStarted ? (s.noTab ? m.noTab : m.notStarted) : '',
      s.flagged + s.problems ? m.problems(s.flagged, s.problems) : '',
    ]);
  }
  const schoolLast = values.length - 1;
  if (summary.schools.length) {
    formats.push({ range: rangeA1(schoolFirst, 1, schoolLast, 1), format: shareFormat(summary.schools.map((s) => s.score)) });
    formats.push({ range: rangeA1(schoolFirst, 5, schoolLast, 5), format: '0%' });
    formats.push({ range: rangeA1(schoolFirst, 7, schoolLast, 7), format: '+0.0%;-0.0%;0%' });
  }
  push([]);

  // Sections
  const shareHeads = scoredOnly ? bandNames : summary.scored ? m.mixedHeads(bandNames) : m.yesNoHeads;
  const shares = (r: ShareRow, scored: boolean): (number | string)[] => {
    if (!scored) return [pct(r.shareYes), pct(r.sharePartial), pct(r.shareNo)];
    const n = r.bands[0] + r.bands[1] + r.bands[2];
    return n ? [r.bands[2] / n, r.bands[1] / n, r.bands[0] / n] : ['', '', ''];
  };
  push([m.sectionsTitle]);
  boldRows.push(values.length - 1, values.length);
  push([m.sectionHeader[0]!, m.sectionHeader[1]!, ...shareHeads, m.sectionHeader[5]!]);
  const secFirst = values.length;
  const sectionScored = (section: string) => summary.criteria.filter((c) => c.criterion.section === section).every((c) => c.scored);
  for (const s of summary.sections) push([s.section || '—', pct(s.score), ...shares(s, sectionScored(s.section)), s.answered]);
  if (summary.sections.length)
    formats.push({ range: rangeA1(secFirst, 1, values.length - 1, 4), format: shareFormat(summary.sections.map((s) => s.score)) });
  push([]);

  // Criteria
  push([m.criteriaTitle]);
  boldRows.push(values.length - 1, values.length);
  push([
    m.criterionHeader[0]!,
    m.criterionHeader[1]!,
    m.criterionHeader[2]!,
    m.criterionHeader[3]!,
    ...shareHeads,
    m.criterionHeader[7]!,
    m.criterionHeader[8]!,
  ]);
  const crFirst = values.length;
  for (const c of summary.criteria) {
    const text = c.negative ? `${c.criterion.text} ${m.negativeMark}` : c.criterion.text;
    push([c.criterion.section, c.criterion.number, text, pct(c.score), ...shares(c, c.scored), c.na, c.zeroSchools.join(', ')]);
  }
  if (summary.criteria.length)
    formats.push({ range: rangeA1(crFirst, 3, values.length - 1, 6), format: shareFormat(summary.criteria.map((c) => c.score)) });
  push([]);

  // Scores of the scored criteria: bands and the distribution of the points given
  const scored = summary.criteria.filter((c) => c.scored).sort((a, b) => compareNumbers(a.criterion, b.criterion));
  let distFirst = -1;
  let distLast = -1;
  if (scored.length) {
    push([m.distributionTitle]);
    boldRows.push(values.length - 1, values.length);
    push([
      m.distributionHeader[0]!,
      ...bandNames,
      m.distributionHeader[1]!,
      m.distributionHeader[2]!,
      m.distributionHeader[3]!,
      m.distributionHeader[4]!,
    ]);
    distFirst = values.length;
    for (const c of scored) {
      const maxPoints = c.criterion.scale.kind === 'points' ? c.criterion.scale.max : 1;
      const meanPoints = c.max > 0 ? Math.round((c.earned / c.max) * maxPoints * 100) / 100 : '';
      push([
        c.criterion.number || c.criterion.text.slice(0, 40),
        c.bands[2],
        c.bands[1],
        c.bands[0],
        c.criterion.text,
        meanPoints,
        maxPoints,
        c.distribution.map((d) => m.distributionItem(d.label, d.count)).join('; '),
      ]);
    }
    distLast = values.length - 1;
    push([]);
  }

  // Dynamics
  push([m.dynamicsTitle]);
  boldRows.push(values.length - 1, values.length);
  push(m.dynamicsHeader);
  const dynFirst = values.length;
  for (const d of summary.dynamics)
    push([d.live ? m.live : d.round, pct(d.score), d.date ? d.date.split('-').reverse().join('.') : '', d.started]);
  const dynLast = values.length - 1;
  if (summary.dynamics.length)
    formats.push({ range: rangeA1(dynFirst, 1, dynLast, 1), format: shareFormat(summary.dynamics.map((d) => d.score)) });

  const charts: ChartSpec[] = [];
  if (summary.schools.length) {
    charts.push({ type: 'bar', title: m.chartSchools, ranges: [rangeA1(schoolFirst - 1, 0, schoolLast, 1)], row: 4, col: W + 1 });
  }
  if (summary.dynamics.length > 1) {
    charts.push({ type: 'line', title: m.chartDynamics, ranges: [rangeA1(dynFirst - 1, 0, dynLast, 1)], row: 24, col: W + 1 });
  }
  if (distFirst >= 0) {
    // criteria × score bands, stacked: how many schools reached each band on each scored criterion
    charts.push({
      type: 'column',
      title: m.chartDistribution,
      ranges: [rangeA1(distFirst - 1, 0, distLast, 3)],
      row: 44,
      col: W + 1,
      stacked: true,
    });
  }
  const colors = summary.schools.map((s) => [LIGHT_COLORS[s.light]]);
  return {
    name: SUMMARY_SHEET,
    values,
    formats,
    backgrounds: { range: summary.schools.length ? rangeA1(schoolFirst, 8, schoolLast, 8) : '', colors },
    boldRows,
    charts,
  };
}

/** Criteria in the order of their numbers (1.2 before 1.10), then by text. */
function compareNumbers(a: Criterion, b: Criterion): number {
  const pa = a.number.split('.').map(Number);
  const pb = b.number.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d && Number.isFinite(d)) return d;
  }
  return a.row - b.row;
}
