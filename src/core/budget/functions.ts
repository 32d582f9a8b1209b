/**
 * The pure logic of the custom functions for accountants: a grid in (the range given to the formula),
 * a grid or a number out. Cells are named by their place within the range (its first cell is A1).
 * A bad argument gives { ok: false, error } with a message the server throws as the formula's error.
 */
import type { Result } from '../table/findings';
import { checkBudget, sameSource, yearCol } from './checks';
import { budgetMessages } from './messages';
import { findBudgetTables, isProblem, type Grid } from './recognize';
import { parseRollupBy, rollup, rollupGrid } from './rollup';
import type { BudgetTable, Lang } from './types';
import { parseYearQuery } from './years';
import { toA1 } from '../table/a1';
import { cellText } from '../table/cell';
import { globMatcher, isGlob, MAX_PATTERN_CHARS } from '../table/glob';
import { quoteCell } from '../table/grid';

export interface FunctionOptions {
  lang?: Lang;
  /** Tolerance for BUDGET_CHECK, in the table's unit (default 0). */
  tolerance?: number;
}

type Out<T> = Result<T, 'no-table' | 'bad-argument' | 'not-found' | 'not-summable'>;

function tablesOf(values: Grid, lang: Lang): Out<{ tables: BudgetTable[] }> {
  const tables = findBudgetTables(values);
  if (tables.length === 0) return { ok: false, error: { code: 'no-table', message: budgetMessages(lang).errors.noTable } };
  return { ok: true, tables };
}

/** BUDGET_CHECK(table): rows [cell, problem] for errors and warnings, or one row «Ошибок нет». */
export function budgetCheck(values: Grid, options: FunctionOptions = {}): Out<{ rows: string[][] }> {
  const lang = options.lang ?? 'ru';
  const found = tablesOf(values, lang);
  if (!found.ok) return found;
  const rows: string[][] = [];
  for (const t of found.tables) {
    const opts = { lang, ...(options.tolerance !== undefined ? { tolerance: options.tolerance } : {}) };
    for (const f of checkBudget(t, values, opts)) {
      if (f.severity !== 'info') rows.push([f.cell, f.message]);
    }
  }
  return { ok: true, rows: rows.length ? rows : [[budgetMessages(lang).fn.noErrors]] };
}

/** BUDGET_ROLLUP(table, [by]): a table with a header row and a totals row. */
export function budgetRollup(values: Grid, by: unknown, options: FunctionOptions = {}): Out<{ rows: (string | number)[][] }> {
  const lang = options.lang ?? 'ru';
  const kind = parseRollupBy(by);
  if (!kind) return { ok: false, error: { code: 'bad-argument', message: budgetMessages(lang).errors.badBy(quoteCell(by)) } };
  const found = tablesOf(values, lang);
  if (!found.ok) return found;
  const rows = rollupGrid(rollup(found.tables, kind, lang));
  // amounts are under 10^15 each (readAmount), so sums stay finite; never hand Sheets an Infinity or a NaN
  const broken = rows.flat().find((v) => typeof v === 'number' && !Number.isFinite(v));
  if (broken !== undefined)
    return { ok: false, error: { code: 'not-summable', message: budgetMessages(lang).errors.notFinite('—', String(broken)) } };
  return { ok: true, rows };
}

export interface TotalQuery {
  year?: unknown;
  source?: unknown;
  item?: unknown;
}

const given = (v: unknown) => v !== undefined && v !== null && cellText(v) !== '';

const foldCriterion = (s: string) => cellText(s).toLowerCase().replace(/ё/g, 'е');

/**
 * Text criteria like SUMIFS: case and spacing ignored, «*» any text, «?» one character; matched in linear time
 * (core/table/glob.ts). Null when the pattern is too long.
 */
function matcher(v: unknown): ((text: string | undefined) => boolean) | null {
  const want = cellText(v);
  if (!isGlob(want)) return (t) => sameSource(t, want);
  const glob = globMatcher(want, foldCriterion);
  return glob && ((t) => glob(t ?? ''));
}

/**
 * BUDGET_TOTAL(table, [year], [source], [item]): the sum of the item rows (never the totals) of the
 * years, source and item given, in the table's unit. A cell in that sum holding no number is an error,
 * so a wrong total is never shown as right.
 */
export function budgetTotal(values: Grid, query: TotalQuery = {}, options: FunctionOptions = {}): Out<{ value: number }> {
  const lang = options.lang ?? 'ru';
  const m = budgetMessages(lang).errors;
  const found = tablesOf(values, lang);
  if (!found.ok) return found;
  const tables = found.tables;
  let yearKey: string | null = null;
  if (given(query.year)) {
    const y = parseYearQuery(query.year);
    if (!y) return { ok: false, error: { code: 'bad-argument', message: m.badYear(quoteCell(query.year)) } };
    yearKey = y.key;
    if (!tables.some((t) => t.years.some((c) => c.key === yearKey))) {
      const all = [...new Set(tables.flatMap((t) => t.years.map((c) => c.label)))].join(', ');
      return { ok: false, error: { code: 'not-found', message: m.yearNotFound(quoteCell(query.year), all) } };
    }
  }
  const sourceOk = given(query.source) ? matcher(query.source) : null;
  const itemOk = given(query.item) ? matcher(query.item) : null;
  if (sourceOk === null && given(query.source))
    return { ok: false, error: { code: 'bad-argument', message: m.patternTooLong(quoteCell(query.source), MAX_PATTERN_CHARS) } };
  if (itemOk === null && given(query.item))
    return { ok: false, error: { code: 'bad-argument', message: m.patternTooLong(quoteCell(query.item), MAX_PATTERN_CHARS) } };
  let sum = 0;
  let sourceSeen = false;
  let itemSeen = false;
  const bad: { cell: string; text: string; tooLarge: boolean }[] = [];
  for (const t of tables) {
    for (const r of t.rows) {
      if (r.kind !== 'item') continue;
      if (sourceOk && !sourceOk(r.source)) continue;
      sourceSeen = true;
      if (itemOk && !itemOk(r.item)) continue;
      itemSeen = true;
      t.years.forEach((y, j) => {
        if (yearKey !== null && y.key !== yearKey) return;
        const a = r.years[j];
        if (a === null || a === undefined) return;
        if (isProblem(a)) {
          bad.push({ cell: toA1(r.row, yearCol(t, r, j)), text: a.text, tooLarge: a.problem === 'too-large' });
          return;
        }
        sum += a;
      });
    }
  }
  if (sourceOk && !sourceSeen) {
    const all = [...new Set(tables.flatMap((t) => t.rows.filter((r) => r.kind === 'item' && r.source).map((r) => r.source!)))];
    const shown =
      all
        .slice(0, 10)
        .map((s) => `«${quoteCell(s)}»`)
        .join(', ') + (all.length > 10 ? ` ${m.andMore(all.length - 10)}` : '');
    return { ok: false, error: { code: 'not-found', message: m.sourceNotFound(quoteCell(query.source), shown) } };
  }
  if (itemOk && !itemSeen) return { ok: false, error: { code: 'not-found', message: m.itemNotFound(quoteCell(query.item)) } };
  const p = bad[0];
  if (p)
    return {
      ok: false,
      error: { code: 'not-summable', message: p.tooLarge ? m.notFinite(p.cell, p.text) : m.notSummable(p.cell, p.text) },
    };
  const value = Math.round(sum * 1e6) / 1e6;
  // every amount is under 10^15, so a sum cannot overflow; a non-finite one is refused all the same, never shown
  if (!Number.isFinite(value)) return { ok: false, error: { code: 'not-summable', message: m.notFinite('—', String(value)) } };
  return { ok: true, value };
}
