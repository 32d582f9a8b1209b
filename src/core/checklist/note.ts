/**
 * «Аналитическая справка по результатам мониторинга» as a structured document (headings, paragraphs, lists,
 * tables) in the customary order: general information, results, deficits, dynamics, indicator targets,
 * recommendations. A server writes it as a sheet, a Google Doc or a .docx; renderMarkdown writes Markdown.
 */
import type { Lang } from '../i18n/lang';
import { checklistMessages } from './messages';
import { tiesWhenWhole, type Summary } from './summary';
import type { Levels } from './types';
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
  /** The template's levels, to say how levels named without thresholds were taken. */
  levels?: Levels;
}

export const NOTE_SHEET = 'Аналитическая справка';

const ruDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('.') : iso);
export const pct = (x: number | null) => pctText(x);

/** A share as the note prints it: whole percents, or one decimal («40,8%») when asked. */
export function pctText(x: number | null, decimals = 0): string {
  if (x === null) return '—';
  const v = Math.round(x * 100 * 10 ** decimals) / 10 ** decimals;
  return `${decimals ? v.toFixed(decimals).replace('.', ',') : String(v)}%`;
}

/** Decimals for a set of shares printed together: one where whole percents would tie different values. */
const decimalsFor = (values: readonly (number | null)[]) => (tiesWhenWhole(values) ? 1 : 0);

/**
 * A change of a share in percentage points, never «0 п. п.»: whole points, one decimal when that is all there is;
 * null when even the decimal is 0 (no change).
 */
export function changePoints(x: number): { text: string; dir: 'up' | 'down' } | null {
  const whole = Math.round(Math.abs(x) * 100);
  const tenth = Math.round(Math.abs(x) * 1000) / 10;
  const value = whole > 0 ? String(whole) : tenth > 0 ? tenth.toFixed(1).replace('.', ',') : null;
  if (value === null) return null;
  return { text: value, dir: x > 0 ? 'up' : 'down' };
}

/** Builds the note from a summary (and the indicator sheet, when there is one). Sections are numbered as they come. */
export function buildNote(input: NoteInput): NoteDoc {
  const lang = input.lang ?? 'ru';
  const m = checklistMessages(lang).note;
  const sm = checklistMessages(lang).summary;
  const { summary } = input;
  const below = input.deficitBelow ?? 0.5;
  const maxItems = input.maxItems ?? 10;
  const blocks: NoteBlock[] = [];
  let section = 0;
  const h = (text: string) => blocks.push({ type: 'heading', level: 2, text: `${++section}. ${text}` });
  const p = (text: string) => blocks.push({ type: 'paragraph', text });
  const list = (items: string[]) => items.length && blocks.push({ type: 'list', items });
  const started = summary.schools.filter((s) => !s.notStarted);
  const bandNames = sm.bands(summary.lights.yellow, summary.lights.green);
  const pp = (x: number) => {
    const c = changePoints(x);
    return c ? `${c.dir === 'up' ? '+' : '−'}${m.pp(c.text)}` : '';
  };

  // General information: who took part, who answered (only what was understood counts)
  h(m.general);
  p(m.generalText(input.round, ruDate(input.date), summary.overall.schools, summary.schools[0]?.criteria ?? 0));
  const complete = summary.overall.complete;
  p(m.answered(complete, summary.overall.started - complete, summary.overall.notStarted.length, summary.overall.schools));
  if (summary.overall.notStarted.length) p(m.notStarted(summary.overall.notStarted));
  if (summary.overall.flagged)
    p(
      m.flagged(
        summary.overall.flagged,
        summary.schools.filter((s) => s.flagged).map((s) => [s.school, s.flagged] as [string, number]),
      ),
    );

  // Results
  h(m.results);
  if (started.length === 0) p(m.noResults);
  else {
    const dec = decimalsFor(started.map((s) => s.score));
    p(m.overall(pctText(summary.overall.score, dec), summary.overall.level));
    if (summary.scored) {
      const counts = [0, 0, 0];
      for (const s of started)
        if (s.score !== null) counts[s.score >= summary.lights.green - 1e-9 ? 0 : s.score >= summary.lights.yellow - 1e-9 ? 1 : 2]!++;
      p(m.bands(bandNames, counts));
    }
    const levels = new Map<string, number>();
    for (const s of started) if (s.level) levels.set(s.level, (levels.get(s.level) ?? 0) + 1);
    if (levels.size) p(m.levels([...levels.entries()]));
    if (summary.levelsEqual && input.levels?.equal)
      p(
        m.levelsEqual(
          input.levels.thresholds.map((t) => t.level),
          input.levels.thresholds.map((t) => Math.round(t.min * 100)),
        ),
      );
    const bySchool = [...started].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    blocks.push({
      type: 'table',
      header: m.schoolTable,
      rows: bySchool.map((s) => [
        s.school,
        pctText(s.score, dec),
        `${fmt(s.earned)} / ${fmt(s.max)}`,
        s.level ?? '—',
        pctText(s.answeredShare),
        String(s.zero),
      ]),
    });
    if (summary.sections.length > 1) {
      const sdec = decimalsFor(summary.sections.map((s) => s.score));
      const scoredSections = summary.scored && !summary.yesNo;
      const bandShare = (r: { bands: [number, number, number] }, i: 0 | 2) => {
        const n = r.bands[0] + r.bands[1] + r.bands[2];
        return n ? pctText(r.bands[i] / n) : '—';
      };
      blocks.push({
        type: 'table',
        header: scoredSections ? m.sectionTableScored(bandNames) : m.sectionTable,
        rows: [...summary.sections]
          .reverse()
          .map((s) => [
            s.section || '—',
            pctText(s.score, sdec),
            ...(scoredSections ? [bandShare(s, 2), bandShare(s, 0)] : [pctText(s.shareYes), pctText(s.shareNo)]),
          ]),
      });
    }
  }

  // Deficits: yes/no criteria by how many met them, negative ones by how many said «Да», scored ones by mean and band
  h(m.deficits);
  const weakCriteria = summary.criteria.filter((c) => c.score !== null && c.score < below).slice(0, maxItems);
  const weakSchools = started
    .filter((s) => s.score !== null && s.score < below)
    .sort((a, b) => a.score! - b.score!)
    .slice(0, maxItems);
  if (!weakCriteria.length && !weakSchools.length) p(m.noDeficits(pctText(below)));
  if (weakCriteria.length) {
    p(m.weakCriteria(pctText(below)));
    const cdec = decimalsFor(weakCriteria.map((c) => c.score));
    list(
      weakCriteria.map((c) => {
        const applicable = c.yes + c.partial + c.no;
        if (c.scored) {
          const max = c.criterion.scale.kind === 'points' ? c.criterion.scale.max : 1;
          const answered = c.bands[0] + c.bands[1] + c.bands[2];
          return m.weakScored(
            c.criterion.text,
            fmt(c.max ? (c.earned / c.max) * max : 0),
            fmt(max),
            pctText(c.score, cdec),
            c.bands[0],
            answered,
            bandNames[2]!,
          );
        }
        if (c.negative) return m.weakNegative(c.criterion.text, c.yes, applicable, pctText(c.score, cdec));
        return m.weakCriterion(c.criterion.text, c.yes, applicable, pctText(c.score, cdec));
      }),
    );
  }
  if (weakSchools.length) {
    p(m.weakSchools(pctText(below)));
    const wdec = decimalsFor(weakSchools.map((s) => s.score));
    list(weakSchools.map((s) => `${s.school} — ${pctText(s.score, wdec)}`));
  }

  // Dynamics: the change, what explains it, and each school's (no «0 п. п.»)
  h(m.dynamics);
  const prevPoint = summary.previousRound ? summary.dynamics.find((d) => d.round === summary.previousRound) : undefined;
  if (!summary.previousRound || !prevPoint) p(m.firstRound);
  else {
    const ddec = decimalsFor([prevPoint.score, summary.overall.score]);
    const delta = prevPoint.score === null || summary.overall.score === null ? null : summary.overall.score - prevPoint.score;
    const c = delta === null ? null : changePoints(delta);
    p(
      m.clusterChange(
        summary.previousRound,
        pctText(prevPoint.score, ddec),
        pctText(summary.overall.score, ddec),
        c ? m.ppLong(Math.round(Math.abs(delta!) * 100), c.text) : null,
        delta === null ? null : c ? c.dir : 'same',
      ),
    );
    const mk = summary.makeup;
    if (mk && (mk.joined.length || mk.notYet.length)) {
      p(m.makeup(mk.joined, pctText(mk.joinedScore), mk.notYet));
      if (mk.common.schools && mk.common.before !== null && mk.common.now !== null) {
        const cc = changePoints(mk.common.now - mk.common.before);
        const cdec = decimalsFor([mk.common.before, mk.common.now]);
        p(
          m.common(
            mk.common.schools,
            pctText(mk.common.before, cdec),
            pctText(mk.common.now, cdec),
            cc ? m.ppLong(Math.round(Math.abs(mk.common.now - mk.common.before) * 100), cc.text) : null,
            cc ? cc.dir : 'same',
          ),
        );
      }
    }
    const up = started.filter((s) => s.change !== null && changePoints(s.change)?.dir === 'up').sort((a, b) => b.change! - a.change!);
    const down = started.filter((s) => s.change !== null && changePoints(s.change)?.dir === 'down').sort((a, b) => a.change! - b.change!);
    if (up.length) {
      p(m.improved(up.length));
      list(up.slice(0, maxItems).map((s) => `${s.school}: ${pp(s.change!)}`));
    }
    if (down.length) {
      p(m.declined(down.length));
      list(down.slice(0, maxItems).map((s) => `${s.school}: ${pp(s.change!)}`));
    }
    if (!up.length && !down.length) p(m.noChange);
  }
  if (summary.dynamics.length > 1) {
    const ydec = decimalsFor(summary.dynamics.map((d) => d.score));
    blocks.push({
      type: 'table',
      header: m.dynamicsTable,
      rows: summary.dynamics.map((d) => [d.live ? m.live : d.round, ruDate(d.date), pctText(d.score, ydec), String(d.started)]),
    });
  }

  // Indicator targets (only when the workbook has them)
  const indicators = input.indicators ?? [];
  if (indicators.length) {
    h(m.indicators);
    const met = indicators.filter((i) => i.check.status === 'met').length;
    const noData = indicators.filter((i) => i.check.status === 'no-data').length;
    p(m.indicatorsText(met, indicators.length, noData));
    blocks.push({
      type: 'table',
      header: m.indicatorTable,
      rows: indicators.map((i) => [
        i.name || '—',
        i.direction === 'down' && i.directionSource !== 'target' ? `${i.targetText} (${m.lowerBetter})` : i.targetText,
        i.check.actual.map((x) => fmt(x)).join(', ') || '—',
        i.label,
      ]),
    });
  }

  // Recommendations
  h(m.recommendations);
  const recs: string[] = [];
  for (const c of weakCriteria) {
    const schools = c.zeroSchools.slice(0, maxItems);
    recs.push(
      c.negative
        ? m.recNegative(c.criterion.text, schools)
        : c.scored
          ? m.recScored(c.criterion.text, schools)
          : m.recCriterion(c.criterion.text, schools),
    );
  }
  for (const s of weakSchools) recs.push(m.recSchool(s.school));
  for (const i of indicators.filter((x) => x.check.status === 'not-met')) recs.push(m.recIndicator(i.name || i.targetText));
  for (const i of indicators.filter((x) => x.check.status === 'no-data')) recs.push(m.recNoData(i.name || i.targetText));
  if (summary.overall.notStarted.length) recs.push(m.recNotStarted(summary.overall.notStarted.length));
  if (summary.overall.flagged) recs.push(m.recFlagged(summary.overall.flagged));
  if (!recs.length) recs.push(m.recKeep);
  list(recs);

  return { title: m.title(input.round, input.cluster), blocks };
}

const fmt = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');

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
