/**
 * «Мониторинг — сводка»: per school (answered share, score, level, «Нет» answers, change since the previous
 * round, a traffic light), per section and per criterion (shares of Да / Частично / Нет, weakest first), the
 * cluster's score across rounds, schools that have not started, and the charts. Works on the live school
 * tabs or on a round kept in the history, the same way.
 */
import { rangeA1 } from '../table/a1';
import type { Lang } from '../i18n/lang';
import { answerLabel, answerScore } from './answer';
import { checklistMessages } from './messages';
import { levelOf } from './scale';
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
  notStarted: boolean;
  /** Warnings and errors found on the tab (0 for a round). */
  problems: number;
  /** True when the school has no tab at all. */
  noTab?: boolean;
}

function category(earned: number | null, max: number | null, label: string, na: boolean): Category {
  if (na) return 'na';
  if (!label) return 'empty';
  if (earned === null || max === null || max === 0) return 'flag';
  if (earned >= max - 1e-9) return 'yes';
  if (earned <= 1e-9) return 'no';
  return 'partial';
}

/** Live tabs → results. Schools on the roster without a tab are listed as not started. */
export function resultsFromSheets(template: Template, sheets: readonly SchoolSheet[], schoolsWithoutTab: readonly string[] = []): SchoolResult[] {
  const byId = new Map(template.criteria.map((c) => [c.id, c]));
  const out: SchoolResult[] = sheets.map((s) => {
    const items = new Map<string, Item>();
    for (const a of s.answers) {
      const c = byId.get(a.criterionId);
      if (!c) continue;
      const sc = answerScore(a.answer, c.scale, c.weight, c.direction);
      const label = answerLabel(a.answer, c.scale);
      items.set(c.id, { cat: category(sc?.earned ?? null, sc?.max ?? null, label, a.answer.value === 'na'), earned: sc?.earned ?? null, max: sc?.max ?? null, label });
    }
    const problems = s.findings.filter((f) => f.severity !== 'info').length;
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
    const notStarted = ![...items.values()].some((i) => i.cat !== 'empty');
    return { school: rs.school, items, notStarted, problems: 0 };
  });
}

export type Light = 'green' | 'yellow' | 'red' | 'grey';

export interface SchoolSummary {
  school: string;
  criteria: number;
  answered: number;
  answeredShare: number;
  flagged: number;
  /** «Нет» and zero-point answers. */
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
}

export interface CriterionSummary extends ShareRow {
  criterion: Criterion;
  /** Schools that answered «Нет» (or zero points). */
  zeroSchools: string[];
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

export interface Summary {
  schools: SchoolSummary[];
  /** Weakest first. */
  criteria: CriterionSummary[];
  /** Weakest first. */
  sections: SectionSummary[];
  overall: { score: number | null; level?: string; schools: number; started: number; notStarted: string[] };
  /** The round the change is measured against. */
  previousRound?: string;
  /** The current state's name: a round name, or null for the live tabs. */
  current: string | null;
  dynamics: DynamicsPoint[];
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

function schoolScore(template: Template, r: SchoolResult): Pick<SchoolSummary, 'criteria' | 'answered' | 'answeredShare' | 'flagged' | 'zero' | 'earned' | 'max' | 'score' | 'level'> {
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
  return { criteria, answered, answeredShare: criteria ? answered / criteria : 0, flagged, zero, earned, max, score, ...(level ? { level } : {}) };
}

function shareRow(items: Item[]): ShareRow {
  const row: ShareRow = { answered: 0, yes: 0, partial: 0, no: 0, na: 0, flagged: 0, shareYes: null, sharePartial: null, shareNo: null, score: null };
  let earned = 0;
  let max = 0;
  for (const it of items) {
    if (it.cat === 'empty') continue;
    if (it.cat === 'flag') {
      row.flagged++;
      continue;
    }
    row.answered++;
    row[it.cat]++;
    if (it.cat !== 'na' && it.earned !== null && it.max !== null) {
      earned += it.earned;
      max += it.max;
    }
  }
  const applicable = row.yes + row.partial + row.no;
  if (applicable > 0) {
    row.shareYes = row.yes / applicable;
    row.sharePartial = row.partial / applicable;
    row.shareNo = row.no / applicable;
  }
  row.score = max > 0 ? earned / max : null;
  return row;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function clusterScore(template: Template, results: readonly SchoolResult[]): { score: number | null; started: number } {
  const scores = results.filter((r) => !r.notStarted).map((r) => schoolScore(template, r).score).filter((s): s is number => s !== null);
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
    if (!options.currentRound && previous && sameState(current, resultsFromRound(previous)) && before.length > 1) previous = before[before.length - 2];
    else if (!options.currentRound && previous && sameState(current, resultsFromRound(previous))) previous = undefined;
  }
  const prevResults = previous ? new Map(resultsFromRound(previous).map((r) => [r.school, r])) : new Map<string, SchoolResult>();

  const schools: SchoolSummary[] = current.map((r) => {
    const s = schoolScore(template, r);
    const p = prevResults.get(r.school);
    const ps = p && !p.notStarted ? schoolScore(template, p).score : null;
    const change = s.score !== null && ps !== null && !r.notStarted ? s.score - ps : null;
    const light: Light = r.notStarted || s.score === null ? 'grey' : s.score >= lights.green ? 'green' : s.score >= lights.yellow ? 'yellow' : 'red';
    return { school: r.school, ...s, change, light, notStarted: r.notStarted, noTab: r.noTab ?? false, problems: r.problems };
  });

  const started = current.filter((r) => !r.notStarted);
  const criteria: CriterionSummary[] = template.criteria.map((c) => {
    const items = started.map((r) => r.items.get(c.id)).filter((i): i is Item => !!i);
    const zeroSchools = started.filter((r) => r.items.get(c.id)?.cat === 'no').map((r) => r.school);
    return { criterion: c, ...shareRow(items), zeroSchools };
  });
  const sectionNames = [...new Set(template.criteria.map((c) => c.section))];
  const sections: SectionSummary[] = sectionNames.map((section) => {
    const ids = template.criteria.filter((c) => c.section === section).map((c) => c.id);
    const items = started.flatMap((r) => ids.map((id) => r.items.get(id)).filter((i): i is Item => !!i));
    return { section, ...shareRow(items) };
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
  const level = template.levels && cur.score !== null ? levelOf(template.levels, cur.score, mean(schools.filter((s) => !s.notStarted).map((s) => s.earned)) ?? 0) : undefined;
  return {
    schools,
    criteria,
    sections,
    overall: { score: cur.score, ...(level ? { level } : {}), schools: current.length, started: cur.started, notStarted: current.filter((r) => r.notStarted).map((r) => r.school) },
    ...(previous ? { previousRound: previous.name } : {}),
    current: options.currentRound ?? null,
    dynamics,
  };
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

/** The summary as sheet values: schools, sections, criteria (weakest first), dynamics; charts beside. */
export function summarySheet(summary: Summary, lang: Lang = 'ru'): SummarySheet {
  const m = checklistMessages(lang).summary;
  const W = 9;
  const values: (string | number)[][] = [];
  const formats: SummarySheet['formats'] = [];
  const boldRows: number[] = [];
  const push = (row: (string | number)[]) => values.push([...row, ...Array(Math.max(0, W - row.length)).fill('')]);
  const pct = (x: number | null) => (x === null ? '' : x);

  push([m.title]);
  boldRows.push(0);
  push([m.legend(summary.previousRound)]);
  push([m.overall(summary.overall.score, summary.overall.level, summary.overall.started, summary.overall.schools)]);
  push([]);

  // Schools
  push([m.schoolsTitle]);
  boldRows.push(values.length - 1, values.length);
  push(m.schoolHeader);
  const schoolFirst = values.length;
  for (const s of summary.schools) {
    push([
      s.school, pct(s.score), s.level ?? '', s.answeredShare, s.zero, s.change === null ? '' : s.change,
      m.lights[s.light], s.notStarted ? (s.noTab ? m.noTab : m.notStarted) : '', s.flagged + s.problems ? m.problems(s.flagged, s.problems) : '',
    ]);
  }
  const schoolLast = values.length - 1;
  if (summary.schools.length) {
    formats.push({ range: rangeA1(schoolFirst, 1, schoolLast, 1), format: '0%' });
    formats.push({ range: rangeA1(schoolFirst, 3, schoolLast, 3), format: '0%' });
    formats.push({ range: rangeA1(schoolFirst, 5, schoolLast, 5), format: '+0%;-0%;0%' });
  }
  push([]);

  // Sections
  push([m.sectionsTitle]);
  boldRows.push(values.length - 1, values.length);
  push(m.sectionHeader);
  const secFirst = values.length;
  for (const s of summary.sections) push([s.section || '—', pct(s.score), pct(s.shareYes), pct(s.sharePartial), pct(s.shareNo), s.answered]);
  if (summary.sections.length) formats.push({ range: rangeA1(secFirst, 1, values.length - 1, 4), format: '0%' });
  push([]);

  // Criteria
  push([m.criteriaTitle]);
  boldRows.push(values.length - 1, values.length);
  push(m.criterionHeader);
  const crFirst = values.length;
  for (const c of summary.criteria) {
    push([c.criterion.section, c.criterion.number, c.criterion.text, pct(c.score), pct(c.shareYes), pct(c.sharePartial), pct(c.shareNo), c.na, c.zeroSchools.join(', ')]);
  }
  if (summary.criteria.length) formats.push({ range: rangeA1(crFirst, 3, values.length - 1, 6), format: '0%' });
  push([]);

  // Dynamics
  push([m.dynamicsTitle]);
  boldRows.push(values.length - 1, values.length);
  push(m.dynamicsHeader);
  const dynFirst = values.length;
  for (const d of summary.dynamics) push([d.live ? m.live : d.round, pct(d.score), d.date ? d.date.split('-').reverse().join('.') : '', d.started]);
  const dynLast = values.length - 1;
  if (summary.dynamics.length) formats.push({ range: rangeA1(dynFirst, 1, dynLast, 1), format: '0%' });

  const charts: ChartSpec[] = [];
  if (summary.schools.length) {
    charts.push({ type: 'bar', title: m.chartSchools, ranges: [rangeA1(schoolFirst - 1, 0, schoolLast, 1)], row: 4, col: W + 1 });
  }
  if (summary.dynamics.length > 1) {
    charts.push({ type: 'line', title: m.chartDynamics, ranges: [rangeA1(dynFirst - 1, 0, dynLast, 1)], row: 24, col: W + 1 });
  }
  const colors = summary.schools.map((s) => [LIGHT_COLORS[s.light]]);
  return {
    name: SUMMARY_SHEET,
    values,
    formats,
    backgrounds: { range: summary.schools.length ? rangeA1(schoolFirst, 6, schoolLast, 6) : '', colors },
    boldRows,
    charts,
  };
}
