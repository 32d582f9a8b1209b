/**
 * Rollups of one or several budget tables: by year, by source, by year × source, by item, with totals,
 * in one unit. Every figure keeps the cells it comes from, so the consolidation can write formulas.
 */
import { normalizeHeader } from '../table/headers';
import { budgetMessages } from './messages';
import { yearCol } from './checks';
import { headerKey } from '../table/headers';
import { isProblem } from './recognize';
import type { BudgetRow, BudgetTable, Lang, Unit, YearColumn } from './types';

export type RollupBy = 'year' | 'source' | 'year-source' | 'item';

/** One amount cell of an item row, in the rollup's unit. */
export interface Fact {
  /** Index of the table in the list given. */
  table: number;
  /** 0-based row and column of the cell. */
  row: number;
  col: number;
  item: string;
  source: string | undefined;
  /** The item and the source as compared (case, spaces and punctuation ignored). */
  itemKey: string;
  sourceKey: string;
  year: YearColumn;
  /** The value in the rollup's unit (the cell's value × the table's factor ÷ the rollup's factor). */
  value: number;
  /** The cell's value as the table has it. */
  raw: number;
  /** The cell holds a number (a formula may reference it); false for money text such as «30 000». */
  numeric: boolean;
}

/** An amount cell that cannot be summed, left out of every rollup. */
export interface SkippedCell {
  table: number;
  row: number;
  col: number;
  text: string;
}

export interface Facts {
  facts: Fact[];
  skipped: SkippedCell[];
  unit: Unit;
  /** Year columns of all tables by key, in calendar order. */
  years: { key: string; label: string; from: number; to: number }[];
  /** Sources as first written, in order of appearance (undefined: rows without a source). */
  sources: (string | undefined)[];
  /** Items as first written, in order of appearance. */
  items: string[];
}

/** The unit every table converts to: the common one, or roubles when they differ. */
export function commonUnit(tables: readonly BudgetTable[]): Unit {
  const first = tables[0]?.unit;
  if (!first) return { label: 'руб.', factor: 1, stated: false };
  return tables.every((t) => t.unit.factor === first.factor) ? first : { label: 'руб.', factor: 1, stated: true };
}

export const keyOf = (text: string | undefined): string => headerKey(text ?? '');

/** Every summable amount of the item rows of the tables, in one unit. Totals are never summed. */
export function collectFacts(tables: readonly BudgetTable[], unit: Unit = commonUnit(tables)): Facts {
  const facts: Fact[] = [];
  const skipped: SkippedCell[] = [];
  const years = new Map<string, { key: string; label: string; from: number; to: number }>();
  const sources = new Map<string, string | undefined>();
  const items = new Map<string, string>();
  const noYear = budgetMessages('ru').rollup.noYear;
  tables.forEach((t, ti) => {
    const scale = t.unit.factor / unit.factor;
    // Every year column counts, an implausible header too: its money is real, the check flags the header.
    for (const y of t.years) if (!years.has(y.key)) years.set(y.key, { key: y.key, label: y.key || noYear, from: y.from, to: y.to });
    for (const r of t.rows) {
      if (r.kind !== 'item') continue;
      const sk = keyOf(r.source);
      if (!sources.has(sk)) sources.set(sk, r.source);
      const ik = keyOf(r.item);
      if (!items.has(ik)) items.set(ik, r.item);
      const numeric = r.numericCols;
      for (let j = 0; j < t.years.length; j++) {
        const y = t.years[j]!;
        const col = yearCol(t, r, j);
        const a = r.years[j];
        if (a === null || a === undefined) continue;
        if (isProblem(a)) {
          skipped.push({ table: ti, row: r.row, col, text: a.text });
          continue;
        }
        facts.push({
          table: ti,
          row: r.row,
          col,
          item: r.item,
          source: r.source,
          itemKey: ik,
          sourceKey: sk,
          year: y,
          value: scale === 1 ? a : round(a * scale),
          raw: a,
          numeric: numeric !== undefined && r.cols === undefined && numeric.includes(col),
        });
      }
    }
  });
  const sortedYears = [...years.values()].sort((a, b) => a.from - b.from || a.to - b.to);
  return { facts, skipped, unit, years: sortedYears, sources: [...sources.values()], items: [...items.values()] };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export interface Rollup {
  by: RollupBy;
  unit: Unit;
  header: string[];
  /** One row per year, source or item: the label, then the figures. */
  rows: (string | number)[][];
  /** The totals row: «Итого», then the figures. */
  total: (string | number)[];
  /** Cells left out because they hold no number. */
  skipped: SkippedCell[];
}

/** A rollup of the item rows of the tables (several tables: one unit, the same years and sources added up). */
export function rollup(tables: readonly BudgetTable[], by: RollupBy = 'year', lang: Lang = 'ru'): Rollup {
  const m = budgetMessages(lang).rollup;
  const unit = commonUnit(tables);
  const unitLabel = unitName(unit, lang);
  const byItem = by === 'item';
  // Pass 1: years, and the row keys (sources or items) in order of appearance.
  const yearMap = new Map<string, { key: string; label: string; from: number; to: number }>();
  const keyIndex = new Map<string, number>();
  const keys: (string | undefined)[] = [];
  const rowKey: number[][] = tables.map((t) => new Array<number>(t.rows.length).fill(-1));
  tables.forEach((t, ti) => {
    for (const y of t.years) if (!yearMap.has(y.key)) yearMap.set(y.key, { key: y.key, label: y.key || m.noYear, from: y.from, to: y.to });
    t.rows.forEach((r, ri) => {
      if (r.kind !== 'item') return;
      const text = byItem ? r.item : r.source;
      const k = keyOf(text);
      let i = keyIndex.get(k);
      if (i === undefined) {
        keyIndex.set(k, (i = keys.length));
        keys.push(text);
      }
      rowKey[ti]![ri] = i;
    });
  });
  const years = [...yearMap.values()].sort((a, b) => a.from - b.from || a.to - b.to);
  const yearIndex = new Map(years.map((y, i) => [y.key, i]));
  const nYears = years.length;
  // Pass 2: the sums by year, by key and by both; cells with no number are left out and listed.
  const perYear = new Array<number>(nYears).fill(0);
  const perKey = new Array<number>(keys.length).fill(0);
  const perBoth = new Array<number>(keys.length * nYears).fill(0);
  const skipped: SkippedCell[] = [];
  let grand = 0;
  tables.forEach((t, ti) => {
    const scale = t.unit.factor / unit.factor;
    const yi = t.years.map((y) => yearIndex.get(y.key)!);
    t.rows.forEach((r, ri) => {
      const ki = rowKey[ti]![ri]!;
      if (ki < 0) return;
      for (let j = 0; j < r.years.length; j++) {
        const a = r.years[j];
        if (a === null || a === undefined) continue;
        if (isProblem(a)) {
          skipped.push({ table: ti, row: r.row, col: yearCol(t, r, j), text: a.text });
          continue;
        }
        const v = scale === 1 ? a : a * scale;
        perYear[yi[j]!]! += v;
        perKey[ki]! += v;
        perBoth[ki * nYears + yi[j]!]! += v;
        grand += v;
      }
    });
  });
  const sourceLabel = (s: string | undefined) => s ?? m.noSource;
  let header: string[];
  let rows: (string | number)[][];
  let total: (string | number)[];
  if (by === 'year') {
    header = [m.year, m.sum(unitLabel)];
    rows = years.map((y, j) => [y.label, round(perYear[j]!)]);
    total = [m.grandTotal, round(grand)];
  } else if (by === 'source') {
    header = [m.source, m.sum(unitLabel)];
    rows = keys.map((s, i) => [sourceLabel(s), round(perKey[i]!)]);
    total = [m.grandTotal, round(grand)];
  } else {
    header = [byItem ? m.item : m.source, ...years.map((y) => y.label), `${m.total}, ${unitLabel}`];
    rows = keys.map((k, i) => [
      byItem ? k || m.noItem : sourceLabel(k),
      ...years.map((_, j) => round(perBoth[i * nYears + j]!)),
      round(perKey[i]!),
    ]);
    total = [m.grandTotal, ...years.map((_, j) => round(perYear[j]!)), round(grand)];
  }
  return { by, unit, header, rows, total, skipped };
}

/** A rollup as one grid: header, rows, totals. */
export function rollupGrid(r: Rollup): (string | number)[][] {
  return [r.header, ...r.rows, r.total];
}

/** The unit's name in the user's language. */
export function unitName(u: Unit, lang: Lang): string {
  const m = budgetMessages(lang).unit;
  return u.factor === 1e6 ? m.million : u.factor === 1e3 ? m.thousand : m.rub;
}

/** «год» (default), «источник», «год и источник», «статья» and their English names → RollupBy; null when unknown. */
export function parseRollupBy(text: unknown): RollupBy | null {
  const t = normalizeHeader(typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text));
  if (t === '' || /^(?:год|годы|по годам|year|years|by year)$/.test(t)) return 'year';
  if (/^(?:источник|источники|по источникам|source|sources|by source)$/.test(t)) return 'source';
  if (
    /^(?:год и источник|годы и источники|источник и год|по годам и источникам|year and source|year source|year x source|source and year)$/.test(
      t,
    )
  )
    return 'year-source';
  if (/^(?:статья|статьи|по статьям|статья затрат|статьи затрат|item|items|by item)$/.test(t)) return 'item';
  return null;
}

/** Rows of a table that are cost items (what rollups and BUDGET_TOTAL add up). */
export function itemRows(table: BudgetTable): BudgetRow[] {
  return table.rows.filter((r) => r.kind === 'item');
}
