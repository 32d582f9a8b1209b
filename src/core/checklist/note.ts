/**
 * «Аналитическая справка по результатам мониторинга» as a structured document (headings, paragraphs, lists,
 * tables) in the customary order: general information, results, deficits, dynamics, indicator targets,
 * recommendations. A server writes it as a sheet, a Google Doc or a .docx; renderMarkdown writes Markdown.
 */
import type { Lang } from '../i18n/lang';
import { checklistMessages } from './messages';
import type { Summary } from './summary';
import type { IndicatorRow } from './targets';

export type NoteBlock =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; header: string[]; rows: string[][] };

export interface NoteDoc {
  title: string;
  blocks: NoteBlock[];
}

export interface NoteInput {
  summary: Summary;
  /** The round's name («Входной, октябрь 2022»); the live state when empty. */
  round: string;
  /** ISO day the note is dated. */
  date: string;
  indicators?: readonly IndicatorRow[];
  /** The cluster's or project's name, for the title. */
  cluster?: string;
  /** A criterion or school below this score is a deficit (default 0.5). */
  deficitBelow?: number;
  /** Longest lists (default 10). */
  maxItems?: number;
  lang?: Lang;
}

export const NOTE_SHEET = 'Аналитическая справка';

const ruDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('.') : iso);
export const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** Builds the note from a summary (and the indicator sheet, when there is one). */
export function buildNote(input: NoteInput): NoteDoc {
  const lang = input.lang ?? 'ru';
  const m = checklistMessages(lang).note;
  const { summary } = input;
  const below = input.deficitBelow ?? 0.5;
  const maxItems = input.maxItems ?? 10;
  const blocks: NoteBlock[] = [];
  const h = (text: string) => blocks.push({ type: 'heading', level: 2, text });
  const p = (text: string) => blocks.push({ type: 'paragraph', text });
  const list = (items: string[]) => items.length && blocks.push({ type: 'list', items });
  const started = summary.schools.filter((s) => !s.notStarted);

  // 1. General information
  h(m.general);
  p(m.generalText(input.round, ruDate(input.date), summary.overall.schools, summary.overall.started, summary.schools[0]?.criteria ?? 0));
  if (summary.overall.notStarted.length) p(m.notStarted(summary.overall.notStarted));

  // 2. Results
  h(m.results);
  if (started.length === 0) p(m.noResults);
  else {
    p(m.overall(pct(summary.overall.score), summary.overall.level));
    const levels = new Map<string, number>();
    for (const s of started) if (s.level) levels.set(s.level, (levels.get(s.level) ?? 0) + 1);
    if (levels.size) p(m.levels([...levels.entries()]));
    const bySchool = [...started].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    blocks.push({
      type: 'table',
      header: m.schoolTable,
      rows: bySchool.map((s) => [s.school, pct(s.score), s.level ?? '—', pct(s.answeredShare), String(s.zero)]),
    });
    if (summary.sections.length > 1) {
      blocks.push({ type: 'table', header: m.sectionTable, rows: [...summary.sections].reverse().map((s) => [s.section || '—', pct(s.score), pct(s.shareYes), pct(s.shareNo)]) });
    }
  }

  // 3. Deficits
  h(m.deficits);
  const weakCriteria = summary.criteria.filter((c) => c.score !== null && c.score < below).slice(0, maxItems);
  const weakSchools = started.filter((s) => s.score !== null && s.score < below).sort((a, b) => a.score! - b.score!).slice(0, maxItems);
  if (!weakCriteria.length && !weakSchools.length) p(m.noDeficits(pct(below)));
  if (weakCriteria.length) {
    p(m.weakCriteria(pct(below)));
    list(weakCriteria.map((c) => m.weakCriterion(c.criterion.text, c.yes, c.yes + c.partial + c.no, pct(c.score))));
  }
  if (weakSchools.length) {
    p(m.weakSchools(pct(below)));
    list(weakSchools.map((s) => `${s.school} — ${pct(s.score)}`));
  }

  // 4. Dynamics
  h(m.dynamics);
  const prevPoint = summary.previousRound ? summary.dynamics.find((d) => d.round === summary.previousRound) : undefined;
  if (!summary.previousRound || !prevPoint) p(m.firstRound);
  else {
    p(m.clusterChange(summary.previousRound, pct(prevPoint.score), pct(summary.overall.score), change(prevPoint.score, summary.overall.score)));
    const up = started.filter((s) => s.change !== null && s.change > 0.0001).sort((a, b) => b.change! - a.change!);
    const down = started.filter((s) => s.change !== null && s.change < -0.0001).sort((a, b) => a.change! - b.change!);
    if (up.length) {
      p(m.improved(up.length));
      list(up.slice(0, maxItems).map((s) => `${s.school}: ${points(s.change!)}`));
    }
    if (down.length) {
      p(m.declined(down.length));
      list(down.slice(0, maxItems).map((s) => `${s.school}: ${points(s.change!)}`));
    }
    if (!up.length && !down.length) p(m.noChange);
  }
  if (summary.dynamics.length > 1) {
    blocks.push({ type: 'table', header: m.dynamicsTable, rows: summary.dynamics.map((d) => [d.live ? m.live : d.round, ruDate(d.date), pct(d.score), String(d.started)]) });
  }

  // 5. Indicator targets
  const indicators = input.indicators ?? [];
  if (indicators.length) {
    h(m.indicators);
    const met = indicators.filter((i) => i.check.status === 'met').length;
    const noData = indicators.filter((i) => i.check.status === 'no-data').length;
    p(m.indicatorsText(met, indicators.length, noData));
    blocks.push({ type: 'table', header: m.indicatorTable, rows: indicators.map((i) => [i.name || '—', i.targetText, i.check.actual.map(String).join(', ') || '—', i.label]) });
  }

  // 6. Recommendations
  h(m.recommendations);
  const recs: string[] = [];
  for (const c of weakCriteria) recs.push(m.recCriterion(c.criterion.text, c.zeroSchools.slice(0, maxItems)));
  for (const s of weakSchools) recs.push(m.recSchool(s.school));
  for (const i of indicators.filter((x) => x.check.status === 'not-met')) recs.push(m.recIndicator(i.name || i.targetText));
  for (const i of indicators.filter((x) => x.check.status === 'no-data')) recs.push(m.recNoData(i.name || i.targetText));
  if (summary.overall.notStarted.length) recs.push(m.recNotStarted(summary.overall.notStarted.length));
  if (!recs.length) recs.push(m.recKeep);
  list(recs);

  return { title: m.title(input.round, input.cluster), blocks };
}

function change(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

/** A change of a share in percentage points: «+8 п. п.». */
function points(x: number): string {
  const n = Math.round(x * 100);
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)} п. п.`;
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]|<>#])/g, '\\$1').replace(/\n/g, ' ');

/** The note as Markdown. */
export function renderMarkdown(doc: NoteDoc): string {
  const out: string[] = [`# ${mdEscape(doc.title)}`, ''];
  for (const b of doc.blocks) {
    if (b.type === 'heading') out.push(`${'#'.repeat(b.level)} ${mdEscape(b.text)}`, '');
    else if (b.type === 'paragraph') out.push(mdEscape(b.text), '');
    else if (b.type === 'list') out.push(...b.items.map((i) => `- ${mdEscape(i)}`), '');
    else {
      out.push(`| ${b.header.map(mdEscape).join(' | ')} |`, `|${b.header.map(() => ' --- |').join('')}`);
      for (const r of b.rows) out.push(`| ${r.map(mdEscape).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

/** The note as sheet rows (one block line per row; tables as they are), for the «Аналитическая справка» sheet. */
export function noteRows(doc: NoteDoc): { values: string[][]; headingRows: number[]; tableHeaderRows: number[] } {
  const width = Math.max(1, ...doc.blocks.map((b) => (b.type === 'table' ? b.header.length : 1)));
  const values: string[][] = [];
  const headingRows: number[] = [];
  const tableHeaderRows: number[] = [];
  const row = (cells: string[]) => values.push([...cells, ...Array(width - cells.length).fill('')]);
  headingRows.push(0);
  row([doc.title]);
  for (const b of doc.blocks) {
    if (b.type === 'heading') {
      row([]);
      headingRows.push(values.length);
      row([b.text]);
    } else if (b.type === 'paragraph') row([b.text]);
    else if (b.type === 'list') b.items.forEach((i) => row([`• ${i}`]));
    else {
      tableHeaderRows.push(values.length);
      row(b.header);
      b.rows.forEach((r) => row(r));
    }
  }
  return { values, headingRows, tableHeaderRows };
}
