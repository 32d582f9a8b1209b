/**
 * Checks of a recognised budget table: «Всего» against the years, totals against the items (per year,
 * per source and the grand total), numbers beside the table that look like totals, year headers,
 * numbering, and cells that hold no amount. Every finding names its cell, the item and the year.
 */
import { toA1 } from '../table/a1';
import { cellText } from '../table/cell';
import { normalizeHeader } from '../table/headers';
import { sortFindings } from '../table/findings';
import { budgetMessages, formatAmount, type BudgetMessages } from './messages';
import { isProblem, norm, readAmount, type Grid } from './recognize';
import type { Amount, BudgetCode, BudgetFinding, BudgetRow, BudgetTable, CheckOptions, Lang } from './types';
import { parseYearLabel } from './years';

/** Float noise allowed on top of the tolerance (sums of kopecks). */
const EPS = 1e-6;

export function sameSource(a: string | undefined, b: string | undefined): boolean {
  return norm(a ?? '') === norm(b ?? '');
}

/** The value an amount adds to a sum; null for a problem. */
function num(a: Amount | undefined): number | null {
  if (a === null || a === undefined) return 0;
  return isProblem(a) ? null : a;
}

function clean(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

class Reporter {
  readonly out: BudgetFinding[] = [];
  constructor(
    readonly m: BudgetMessages,
    readonly lang: Lang,
    readonly origin: { row: number; col: number },
  ) {}
  add(code: BudgetCode, severity: BudgetFinding['severity'], row: number, col: number, message: string, extra: Partial<BudgetFinding> = {}): void {
    const r = row + this.origin.row;
    const c = col + this.origin.col;
    const f: BudgetFinding = { cell: toA1(r, c), row: r, col: c, severity, code, message, ...extra };
    // Sums of decimals carry binary noise (100.19999999999999): figures are kept to a millionth.
    for (const k of ['expected', 'found', 'difference'] as const) if (f[k] !== undefined) f[k] = clean(f[k]);
    this.out.push(f);
  }
  fmt(n: number): string {
    return formatAmount(n, this.lang);
  }
  figures(expected: number, found: number): string {
    return this.m.figures(this.fmt(expected), this.fmt(found), this.fmt(found - expected));
  }
}

/** Runs every check on one table. `values` are the same values the table was found in. */
export function checkBudget(table: BudgetTable, values: Grid, options: CheckOptions = {}): BudgetFinding[] {
  const lang = options.lang ?? 'ru';
  const rep = new Reporter(budgetMessages(lang), lang, options.origin ?? { row: 0, col: 0 });
  const tol = Math.max(0, options.tolerance ?? 0);
  const eq = (a: number, b: number) => Math.abs(a - b) <= tol + EPS;
  checkYears(table, rep);
  const dataRows = table.rows.filter((r) => r.kind !== 'part');
  if (!dataRows.some((r) => r.kind === 'item' && (r.item || r.years.some((a) => a !== null)))) {
    rep.add('empty-table', 'error', table.headerRows[table.headerRows.length - 1]!, table.firstCol, rep.m.checks.emptyTable(table.headerRows.length));
    return sortFindings(rep.out);
  }
  checkNumbering(table, rep);
  checkCells(table, rep);
  checkRowTotals(table, rep, eq);
  checkTotals(table, rep, eq);
  checkOutside(table, values, rep, eq);
  if (!table.rows.some((r) => r.kind === 'total')) {
    rep.add('no-totals', 'info', table.lastRow, table.firstCol, rep.m.checks.noTotals);
  }
  return sortFindings(rep.out);
}

function rowName(row: BudgetRow, m: BudgetMessages): string {
  return row.item || m.rollup.noItem;
}

function checkYears(table: BudgetTable, rep: Reporter): void {
  const m = rep.m.checks;
  const row = table.headerRows[table.headerRows.length - 1]!;
  const seen = new Map<string, number>();
  let prev: BudgetTable['years'][number] | null = null;
  for (const y of table.years) {
    if (!y.plausible) {
      rep.add('year-implausible', 'error', row, y.col, m.yearImplausible(y.label), { year: y.label, suggestion: m.yearImplausibleHint });
      continue;
    }
    if (seen.has(y.key)) {
      rep.add('year-repeat', 'error', row, y.col, m.yearRepeat(y.label), { year: y.label });
      continue;
    }
    seen.set(y.key, y.col);
    if (prev) {
      if (y.from < prev.from || (y.from === prev.from && y.to < prev.to)) {
        rep.add('year-order', 'warning', row, y.col, m.yearOrder(prev.label, y.label), { year: y.label });
      } else if (y.kind === 'academic' && prev.kind === 'academic') {
        if (y.from !== prev.to) rep.add('academic-sequence', 'warning', row, y.col, m.academicSequence(prev.label, y.label), { year: y.label });
      } else if (y.kind !== 'academic' && prev.kind !== 'academic' && y.from > prev.to + 1) {
        const missing: number[] = [];
        for (let k = prev.to + 1; k < y.from; k++) missing.push(k);
        rep.add('year-gap', 'warning', row, y.col, m.yearGap(prev.label, y.label, missing), { year: y.label });
      }
    }
    prev = y;
  }
}

function checkNumbering(table: BudgetTable, rep: Reporter): void {
  const col = table.columns.number;
  if (col === undefined) return;
  const m = rep.m.checks;
  const seen = new Set<string>();
  const last = new Map<string, number>();
  for (const r of table.rows) {
    if (r.number === undefined) continue;
    const key = r.number.replace(/\.$/, '');
    const parts = key.split('.').map(Number);
    if (parts.some((p) => !Number.isInteger(p))) continue;
    if (seen.has(key)) {
      rep.add('number-repeat', 'warning', r.row, col, m.numberRepeat(key), { item: r.item });
      continue;
    }
    seen.add(key);
    const parent = parts.slice(0, -1).join('.');
    const n = parts[parts.length - 1]!;
    const prev = last.get(parent);
    if (prev !== undefined && n > prev + 1) {
      const prevKey = parent ? `${parent}.${prev}` : String(prev);
      rep.add('number-gap', 'warning', r.row, col, m.numberGap(prevKey, key), { item: r.item });
    }
    if (prev === undefined || n > prev) last.set(parent, n);
  }
}

/** The cells of a row: each year column, then «Всего». */
function rowCells(table: BudgetTable, r: BudgetRow): { col: number; year: string; amount: Amount }[] {
  const out = table.years.map((y, j) => ({ col: y.col, year: y.label, amount: r.years[j] ?? null }));
  if (table.columns.total !== undefined) out.push({ col: table.columns.total, year: table.titles.total ?? 'Всего', amount: r.total ?? null });
  return out;
}

function checkCells(table: BudgetTable, rep: Reporter): void {
  const m = rep.m.checks;
  for (const r of table.rows) {
    const name = rowName(r, rep.m);
    if (r.kind === 'item' && !r.item && r.years.some((a) => a !== null) && table.columns.item !== undefined) {
      rep.add('no-item', 'warning', r.row, table.columns.item, m.noItem);
    }
    for (const c of rowCells(table, r)) {
      const a = c.amount;
      if (!isProblem(a) && !(typeof a === 'number' && a < 0)) continue;
      const where = rep.m.where.cell(name, r.source, c.year);
      const extra = { item: name, year: c.year, ...(r.source ? { source: r.source } : {}) };
      if (isProblem(a)) {
        if (a.problem === 'formula-error') rep.add('amount-formula-error', 'error', r.row, c.col, m.formulaError(where, a.text), { ...extra, suggestion: m.formulaErrorHint });
        else if (a.problem === 'formula-text') rep.add('amount-formula-text', 'error', r.row, c.col, m.formulaText(where, a.text), extra);
        else if (a.problem === 'too-large') rep.add('amount-too-large', 'error', r.row, c.col, m.amountTooLarge(where, a.text), extra);
        else rep.add('amount-text', 'error', r.row, c.col, m.amountText(where, a.text), { ...extra, suggestion: m.amountTextHint });
      } else if (typeof a === 'number' && a < 0) {
        rep.add('negative', 'warning', r.row, c.col, m.negative(where, rep.fmt(a)), { ...extra, found: a });
      }
    }
  }
}

/** The sum of a row's year amounts; null when one of them is no number. */
function yearsSum(r: BudgetRow): number | null {
  let s = 0;
  for (const a of r.years) {
    const v = num(a);
    if (v === null) return null;
    s += v;
  }
  return s;
}

function checkRowTotals(table: BudgetTable, rep: Reporter, eq: (a: number, b: number) => boolean): void {
  const col = table.columns.total;
  if (col === undefined) return;
  const m = rep.m.checks;
  for (const r of table.rows) {
    const expected = yearsSum(r);
    if (expected === null || isProblem(r.total)) continue;
    if (typeof r.total === 'number' && eq(r.total, expected)) continue;
    const name = rowName(r, rep.m);
    const where = rep.m.where.row(name, r.source);
    const extra = { item: name, year: table.titles.total ?? 'Всего', ...(r.source ? { source: r.source } : {}) };
    if (r.total === null || r.total === undefined) {
      if (!eq(expected, 0)) rep.add('row-total-missing', 'warning', r.row, col, m.rowTotalMissing(where, rep.fmt(expected)), { ...extra, expected });
      continue;
    }
    if (!eq(r.total, expected)) {
      rep.add('row-total', 'error', r.row, col, m.rowTotal(where, rep.figures(expected, r.total)), {
        ...extra,
        expected,
        found: r.total,
        difference: r.total - expected,
        suggestion: m.rowTotalHint,
      });
    }
  }
}

/** The items a total row adds up: its rows, of its source when it names one; null when no row has its source. */
export function itemsOfTotal(table: BudgetTable, total: BudgetRow): BudgetRow[] | null {
  return new TotalScopes(table).of(total);
}

/** Items of totals, worked out once per table: the rows of a block are shared, source keys computed once. */
class TotalScopes {
  private readonly bySums = new Map<number[], BudgetRow[]>();
  private readonly keys = new Map<BudgetRow, string>();
  constructor(private readonly table: BudgetTable) {}
  of(total: BudgetRow): BudgetRow[] | null {
    const sums = total.sums ?? [];
    let items = this.bySums.get(sums);
    if (!items) {
      const rows = new Set(sums);
      items = this.table.rows.filter((r) => r.kind === 'item' && rows.has(r.row));
      this.bySums.set(sums, items);
    }
    if (!total.source) return items;
    const want = norm(total.source);
    const own = items.filter((r) => this.key(r) === want);
    return own.length > 0 || items.length === 0 ? own : null;
  }
  private key(r: BudgetRow): string {
    let k = this.keys.get(r);
    if (k === undefined) this.keys.set(r, (k = norm(r.source ?? '')));
    return k;
  }
}

function checkTotals(table: BudgetTable, rep: Reporter, eq: (a: number, b: number) => boolean): void {
  const m = rep.m.checks;
  const scopes = new TotalScopes(table);
  const nYears = table.years.length;
  const firstAmountCol = Math.min(...table.years.map((y) => y.col), table.columns.total ?? Infinity);
  for (const t of table.rows) {
    if (t.kind !== 'total') continue;
    const name = rowName(t, rep.m);
    const items = scopes.of(t);
    if (items === null) {
      rep.add('total-source-unknown', 'warning', t.row, table.columns.source ?? table.columns.item ?? firstAmountCol, m.totalSourceUnknown(rep.m.where.row(name, undefined), t.source!), {
        item: name,
        source: t.source!,
        suggestion: m.totalSourceUnknownHint,
      });
      continue;
    }
    // The sums of the items, per year and for «Всего» (the years of every item); NaN where a cell holds no number.
    const expected = new Array<number>(nYears + 1).fill(0);
    for (const r of items) {
      let rowSum = 0;
      for (let j = 0; j < nYears; j++) {
        const v = num(r.years[j]);
        const x = v === null ? NaN : v;
        expected[j]! += x;
        rowSum += x;
      }
      expected[nYears]! += rowSum;
    }
    const below = items.length > 0 && items.every((r) => r.row > t.row);
    let unchecked = false;
    rowCells(table, t).forEach((c, j) => {
      const want = expected[j]!;
      if (Number.isNaN(want)) {
        unchecked = true;
        return;
      }
      // A blank total cell claims nothing; a problem in it is reported with the cells.
      if (isProblem(c.amount) || c.amount === null) return;
      const found = c.amount;
      if (eq(found, want)) return;
      const where = rep.m.where.cell(name, t.source, c.year);
      const text = (below ? m.totalMismatchBelow : m.totalMismatch)(where, rep.figures(want, found), items.length);
      rep.add('total-mismatch', 'error', t.row, c.col, text, {
        item: name,
        year: c.year,
        ...(t.source ? { source: t.source } : {}),
        expected: want,
        found,
        difference: found - want,
        suggestion: m.totalMismatchHint,
      });
    });
    if (unchecked) rep.add('total-unchecked', 'warning', t.row, firstAmountCol, m.totalUnchecked(rep.m.where.row(name, t.source)), { item: name });
  }
}

/** A number in a cell beside the table (not a year of the next table's header). */
function strayNumber(v: unknown): number | null {
  if (typeof v === 'string' && parseYearLabel(v)?.plausible) return null;
  const a = readAmount(v);
  return typeof a === 'number' && a !== 0 ? a : null;
}

/**
 * Numbers just below the table (two rows, under the amount columns) and just right of it (two columns)
 * that look like a total: compared with the column's or the row's sum; twice the sum is a doubled total.
 */
function checkOutside(table: BudgetTable, values: Grid, rep: Reporter, eq: (a: number, b: number) => boolean): void {
  const m = rep.m.checks;
  const items = table.rows.filter((r) => r.kind === 'item');
  const report = (row: number, col: number, found: number, expected: number, max: number, what: string) => {
    if (eq(found, expected) || expected === 0) return;
    const extra = { expected, found, difference: found - expected };
    if (eq(found, 2 * expected)) {
      rep.add('doubled-total', 'warning', row, col, m.doubledTotal(what, rep.figures(expected, found)), { ...extra, suggestion: m.doubledTotalHint });
    } else if (Math.abs(found) >= max && Math.abs(found) <= 10 * Math.abs(expected)) {
      rep.add('stray-total', 'warning', row, col, m.strayTotal(what, rep.figures(expected, found)), { ...extra, suggestion: m.strayTotalHint });
    }
  };
  // Below: a row right under the table or after one blank row, without a label other than a total word.
  const cols = rowCells(table, { row: -1, kind: 'item', item: '', years: table.years.map(() => null), total: null }).map((c) => c.col);
  for (let i = table.lastRow + 1; i <= table.lastRow + 2 && i < values.length; i++) {
    const row = values[i] ?? [];
    const labelCol = table.columns.item ?? table.firstCol;
    const label = normalizeHeader(cellText(row[labelCol]));
    if (label && !/^(?:итого|итог|всего|сумма|total)/.test(label)) break;
    let any = false;
    cols.forEach((col, j) => {
      const found = strayNumber(row[col]);
      if (found === null) return;
      any = true;
      const isTotalCol = j === table.years.length;
      let expected = 0;
      let max = 0;
      for (const r of items) {
        const v = isTotalCol ? yearsSum(r) : num(r.years[j]);
        if (v === null) return;
        expected += v;
        max = Math.max(max, Math.abs(v));
      }
      const yearName = isTotalCol ? (table.titles.total ?? 'Всего') : table.years[j]!.label;
      report(i, col, found, expected, max, `${toA1(i + rep.origin.row, col + rep.origin.col)}, ${yearName}`);
    });
    if (any || !rowIsBlank(row)) break;
  }
  // Right: the two columns after the table, on item and total rows.
  for (const r of table.rows) {
    if (r.kind === 'part') continue;
    const expected = yearsSum(r);
    if (expected === null) continue;
    const max = Math.max(0, ...r.years.map((a) => Math.abs(num(a) ?? 0)));
    const row = values[r.row] ?? [];
    for (let col = table.lastCol + 1; col <= table.lastCol + 2; col++) {
      const found = strayNumber(row[col]);
      if (found === null) continue;
      report(r.row, col, found, expected, max, `${toA1(r.row + rep.origin.row, col + rep.origin.col)}, ${rep.m.where.row(rowName(r, rep.m), r.source)}`);
      break;
    }
  }
}

function rowIsBlank(row: readonly unknown[]): boolean {
  return row.every((v) => cellText(v) === '');
}
