/**
 * Checks of a recognised budget table: «Всего» against the years, totals against the items (per year,
 * per source and the grand total), numbers beside the table that look like totals, year headers,
 * numbering, and cells that hold no amount. Every finding names its cell, the item and the year.
 */
import { toA1 } from '../table/a1';
import { cellText } from '../table/cell';
import { normalizeHeader } from '../table/headers';
import { sortFindings } from '../table/findings';
import { tableQuestionText } from '../table/questions';
import { budgetMessages, formatAmount, shortText, type BudgetMessages } from './messages';
import { inlineFormulas } from './money';
import { headerKey } from '../table/headers';
import { isProblem, readAmount, type Grid } from './recognize';
import type { Amount, BudgetCode, BudgetFinding, BudgetRow, BudgetTable, CheckOptions, Lang } from './types';
import { parseYearLabel } from './years';

/** Float noise allowed on top of the tolerance (sums of kopecks): a millionth, and a trillionth of large sums. */
const EPS = 1e-6;
/** A total this far from its rows' sum (as a share of it) fits none of them: another figure of the document may fit. */
const FAR = 0.5;
/** …and a figure within this share of the total is the one it was most likely meant to be. */
const NEAR = 0.01;

export function sameSource(a: string | undefined, b: string | undefined): boolean {
  return headerKey(a ?? '') === headerKey(b ?? '');
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
  add(
    code: BudgetCode,
    severity: BudgetFinding['severity'],
    row: number,
    col: number,
    message: string,
    extra: Partial<BudgetFinding> = {},
  ): void {
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
  const eq = (a: number, b: number) => Math.abs(a - b) <= tol + EPS + Math.max(Math.abs(a), Math.abs(b)) * 1e-12;
  checkYears(table, rep);
  const dataRows = table.rows.filter((r) => r.kind !== 'part');
  if (!dataRows.some((r) => (r.kind === 'item' || r.implicit) && (r.item || r.years.some((a) => a !== null)))) {
    rep.add(
      'empty-table',
      'error',
      table.headerRows[table.headerRows.length - 1] ?? table.firstRow,
      table.firstCol,
      rep.m.checks.emptyTable(table.headerRows.length),
    );
    return sortFindings(rep.out);
  }
  checkQuestions(table, rep);
  checkNumbering(table, rep);
  checkCells(table, rep);
  const rowErrors = checkRowTotals(table, rep, eq);
  checkTotals(table, rep, eq, rowErrors);
  checkPartial(table, rep, eq);
  checkArithmetic(table, values, rep, eq);
  checkOutside(table, values, rep, eq);
  const items = table.rows.filter((r) => r.kind === 'item').length;
  const totals = table.rows.some((r) => r.kind === 'total' || r.partial) || table.columns.total !== undefined;
  if (!totals && items >= 2) rep.add('no-totals', 'info', table.lastRow, table.firstCol, rep.m.checks.noTotals);
  return sortFindings(rep.out);
}

/** The field names of the column form, for the pipeline's questions. */
const FIELD_LABELS = (lang: Lang) => budgetMessages(lang).fields;

/**
 * What the reading guessed and the user may choose: the pipeline's questions (no header row, a column chosen by
 * its cells), a year nowhere stated, a unit nowhere stated, a header year that is not the title's, and the odd
 * numbers of a column-numbering row.
 */
function checkQuestions(table: BudgetTable, rep: Reporter): void {
  const m = rep.m.checks;
  const headerRow = table.headerRows[0] ?? table.firstRow;
  for (const q of table.questions) {
    rep.add(
      'table-question',
      'info',
      headerRow,
      q.code === 'by-content' ? q.col : table.firstCol,
      tableQuestionText(q, FIELD_LABELS(rep.lang), rep.lang),
    );
  }
  const y = table.years[0];
  if (table.years.length === 1 && y?.unknown) rep.add('no-year', 'info', headerRow, y.col, m.noYear);
  if (table.years.length === 1 && table.yearFrom === 'header' && table.titleYears.length && !table.titleYears.includes(y!.from)) {
    rep.add('year-title', 'info', headerRow, y!.col, m.yearTitle(y!.from, table.titleYears.join(', ')), { year: y!.label });
  }
  if (!table.unit.stated) rep.add('no-unit', 'info', headerRow, table.years[0]?.col ?? table.firstCol, m.noUnit);
  const n = table.numbering;
  if (n && (n.doubled.length || n.missing.length)) {
    rep.add(
      'column-numbering',
      'info',
      n.row,
      n.doubled[0]?.col ?? table.firstCol,
      m.columnNumbering(
        n.doubled.map((d) => d.n),
        n.missing,
      ),
    );
  }
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
    if (y.unknown) continue;
    if (y.typoOf !== undefined) {
      rep.add('year-typo', 'warning', row, y.col, m.yearTypo(y.label, y.typoOf), { year: y.label, suggestion: m.yearTypoHint });
      seen.set(y.key, y.col);
      prev = y;
      continue;
    }
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
        if (y.from !== prev.to)
          rep.add('academic-sequence', 'warning', row, y.col, m.academicSequence(prev.label, y.label), { year: y.label });
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
  const rowsSeen = new Set<number>();
  for (const r of table.rows) {
    // the rows one sheet row makes (a column per source, a list in a cell) share its number
    if (r.number === undefined || rowsSeen.has(r.row)) continue;
    rowsSeen.add(r.row);
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

/** The sheet column of a row's amount for year j (stacked cells, sources as columns and text lines have their own). */
export function yearCol(table: BudgetTable, r: BudgetRow, j: number): number {
  return r.cols?.[j] ?? table.years[j]!.col;
}

/** The cells of a row: each year column, then «Всего». */
function rowCells(table: BudgetTable, r: BudgetRow): { col: number; year: string; amount: Amount }[] {
  const out = table.years.map((y, j) => ({
    col: yearCol(table, r, j),
    year: y.unknown ? rowYearName(table) : y.label,
    amount: r.years[j] ?? null,
  }));
  const totalCol = r.totalCol ?? table.columns.total;
  if (totalCol !== undefined) out.push({ col: totalCol, year: table.titles.total ?? 'Всего', amount: r.total ?? null });
  return out;
}

/** A single-year table's amount column, named for a message. */
function rowYearName(table: BudgetTable): string {
  return table.years[0]?.label ?? 'Сумма';
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
        if (a.problem === 'formula-error')
          rep.add('amount-formula-error', 'error', r.row, c.col, m.formulaError(where, a.text), {
            ...extra,
            suggestion: m.formulaErrorHint,
          });
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

/** «Всего» of each row against its years; returns the rows found wrong with their difference (found − expected). */
function checkRowTotals(table: BudgetTable, rep: Reporter, eq: (a: number, b: number) => boolean): Map<number, number[]> {
  const errors = new Map<number, number[]>();
  const m = rep.m.checks;
  for (const r of table.rows) {
    const col = r.totalCol ?? table.columns.total;
    if (col === undefined) continue;
    const expected = yearsSum(r);
    if (expected === null || isProblem(r.total)) continue;
    if (typeof r.total === 'number' && eq(r.total, expected)) continue;
    const name = rowName(r, rep.m);
    const where = rep.m.where.row(name, r.source);
    const extra = { item: name, year: table.titles.total ?? 'Всего', ...(r.source ? { source: r.source } : {}) };
    if (r.total === null || r.total === undefined) {
      if (!eq(expected, 0))
        rep.add('row-total-missing', 'warning', r.row, col, m.rowTotalMissing(where, rep.fmt(expected)), { ...extra, expected });
      continue;
    }
    if (!eq(r.total, expected)) {
      const list = errors.get(r.row) ?? [];
      list.push(r.total - expected);
      errors.set(r.row, list);
      rep.add('row-total', 'error', r.row, col, m.rowTotal(where, rep.figures(expected, r.total)), {
        ...extra,
        expected,
        found: r.total,
        difference: r.total - expected,
        suggestion: m.rowTotalHint,
      });
    }
  }
  return errors;
}

/** The items a total row adds up: its rows, of its source when it names one; null when no row has its source. */
export function itemsOfTotal(table: BudgetTable, total: BudgetRow): BudgetRow[] | null {
  return new TotalScopes(table).of(total);
}

/** Items of totals, worked out once per table: the rows of a block are shared, source keys computed once. */
class TotalScopes {
  private readonly bySums = new Map<number[], { items: BudgetRow[]; bySource?: Map<string, BudgetRow[]> }>();
  constructor(private readonly table: BudgetTable) {}
  of(total: BudgetRow): BudgetRow[] | null {
    const sums = total.sums ?? [];
    let scope = this.bySums.get(sums);
    if (!scope) {
      const rows = new Set(sums);
      scope = { items: this.table.rows.filter((r) => r.kind === 'item' && rows.has(r.row)) };
      this.bySums.set(sums, scope);
    }
    const { items } = scope;
    if (!total.source) return items;
    // the items by their source's key, in their order (one pass, however many per-source totals share the scope)
    if (!scope.bySource) {
      const bySource = new Map<string, BudgetRow[]>();
      for (const r of items) {
        const k = headerKey(r.source ?? '');
        const list = bySource.get(k);
        if (list) list.push(r);
        else bySource.set(k, [r]);
      }
      scope.bySource = bySource;
    }
    const own = scope.bySource.get(headerKey(total.source)) ?? [];
    return own.length > 0 || items.length === 0 ? own : null;
  }
}

function checkTotals(table: BudgetTable, rep: Reporter, eq: (a: number, b: number) => boolean, rowErrors: Map<number, number[]>): void {
  const m = rep.m.checks;
  const scopes = new TotalScopes(table);
  const nYears = table.years.length;
  const firstAmountCol = Math.min(...table.years.map((y) => y.col), table.columns.total ?? Infinity);
  for (const t of table.rows) {
    if (t.kind !== 'total') continue;
    const name = rowName(t, rep.m);
    const items = scopes.of(t);
    if (items === null) {
      rep.add(
        'total-source-unknown',
        'warning',
        t.row,
        table.columns.source ?? table.columns.item ?? firstAmountCol,
        m.totalSourceUnknown(rep.m.where.row(name, undefined), t.source!),
        {
          item: name,
          source: t.source!,
          suggestion: m.totalSourceUnknownHint,
        },
      );
      continue;
    }
    // The sums of the items, per year and for «Всего» (each item's own «Всего», or its years); NaN where a cell holds no number.
    const expected = sumsOf(items, nYears);
    // a total that is the sum of the block right above it or right below it (the sources under «Всего расходов») fits
    if (!blockFits(table, t, expected, eq)) continue;
    // one wrong cell, one finding: a year short by what a row's own «Всего» says it misses is that row's error
    const shortBy = new Set<number>();
    const overBy = new Set<number>();
    for (const r of items) {
      const own = r.total !== undefined && r.total !== null && !isProblem(r.total) ? r.total : null;
      const years = yearsSum(r);
      if (own === null || years === null || eq(own, years)) continue;
      shortBy.add(Math.round((own - years) * 1e4));
      if (rowErrors.has(r.row)) overBy.add(Math.round((years - own) * 1e4));
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
      const diff = Math.round((found - want) * 1e4);
      if (j < nYears ? shortBy.has(diff) : overBy.has(diff)) return;
      const where = rep.m.where.cell(name, t.source, c.year);
      const near = Math.abs(found - want) > FAR * Math.max(Math.abs(want), 1) ? nearestStated(table, t, c.col, found) : null;
      if (near && !eq(near.value, want)) {
        rep.add('total-mismatch', 'error', t.row, c.col, m.totalNearest(where, rep.fmt(want), near.cell, rep.figures(near.value, found)), {
          item: name,
          year: c.year,
          ...(t.source ? { source: t.source } : {}),
          expected: near.value,
          found,
          difference: found - near.value,
          suggestion: m.totalMismatchHint,
        });
        return;
      }
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
    if (unchecked)
      rep.add('total-unchecked', 'warning', t.row, firstAmountCol, m.totalUnchecked(rep.m.where.row(name, t.source)), { item: name });
  }
}

/** The sums of rows per year, and of their «Всего» (each row's own, else its years); NaN where a cell holds no number. */
function sumsOf(items: readonly BudgetRow[], nYears: number): number[] {
  const expected = new Array<number>(nYears + 1).fill(0);
  for (const r of items) {
    let rowSum = 0;
    for (let j = 0; j < nYears; j++) {
      const v = num(r.years[j]);
      const x = v === null ? NaN : v;
      expected[j]! += x;
      rowSum += x;
    }
    const own = r.total !== undefined && r.total !== null ? num(r.total) : null;
    expected[nYears]! += own ?? rowSum;
  }
  return expected;
}

/**
 * False when the total adds up another way: its scope does not fit, but the items right above it (since the
 * previous total) or right below it (up to the next) do, in every cell. True when the scope's figures are to be checked.
 */
function blockFits(table: BudgetTable, t: BudgetRow, expected: number[], eq: (a: number, b: number) => boolean): boolean {
  const cells = rowCells(table, t);
  const fits = (want: number[]) =>
    cells.every((c, j) => {
      if (isProblem(c.amount) || c.amount === null) return true;
      return !Number.isNaN(want[j]!) && eq(c.amount, want[j]!);
    });
  if (fits(expected)) return true;
  const at = table.rows.indexOf(t);
  const above: BudgetRow[] = [];
  for (let k = at - 1; k >= 0 && table.rows[k]!.kind !== 'total'; k--) if (table.rows[k]!.kind === 'item') above.push(table.rows[k]!);
  const below: BudgetRow[] = [];
  for (let k = at + 1; k < table.rows.length && table.rows[k]!.kind !== 'total'; k++)
    if (table.rows[k]!.kind === 'item') below.push(table.rows[k]!);
  const n = table.years.length;
  for (const block of [above, below]) if (block.length && fits(sumsOf(block, n))) return false;
  return true;
}

/** The amount stated elsewhere in the document nearest to a total that fits none of its rows (within 1 %). */
function nearestStated(table: BudgetTable, t: BudgetRow, col: number, found: number): { value: number; cell: string } | null {
  let best: { value: number; row: number; col: number } | null = null;
  for (const s of table.stated) {
    if (s.row === t.row && s.col === col) continue;
    // the same figure written again is no correction of it
    if (Math.abs(s.value - found) > NEAR * Math.abs(found) || Math.abs(s.value - found) < 1e-9) continue;
    if (!best || Math.abs(s.value - found) < Math.abs(best.value - found)) best = s;
  }
  return best ? { value: best.value, cell: toA1(best.row, Math.max(0, best.col)) } : null;
}

/** «в том числе» rows that list only some parts of their row: together they never exceed it. */
function checkPartial(table: BudgetTable, rep: Reporter, eq: (a: number, b: number) => boolean): void {
  const m = rep.m.checks;
  for (const p of table.rows) {
    if (!p.partial || !p.sums?.length) continue;
    const parts = table.rows.filter((r) => r.kind === 'part' && p.sums!.includes(r.row));
    rowCells(table, p).forEach((c, j) => {
      if (typeof c.amount !== 'number') return;
      let sum = 0;
      for (const r of parts) {
        const v = num(j < table.years.length ? r.years[j] : r.total);
        if (v === null) return;
        sum += v;
      }
      if (sum > c.amount && !eq(sum, c.amount)) {
        const name = rowName(p, rep.m);
        rep.add(
          'parts-exceed',
          'error',
          p.row,
          c.col,
          m.partsExceed(rep.m.where.cell(name, p.source, c.year), rep.figures(sum, c.amount), parts.length),
          {
            item: name,
            year: c.year,
            expected: sum,
            found: c.amount,
            difference: c.amount - sum,
          },
        );
      }
    });
  }
}

/**
 * Arithmetic written in the cells: a product in an item's name against the row's amount («(50 чел. х 14 дн. х
 * 165 руб.)» and «- 115,5 тыс. руб.»), a product against the result it states («4 пачки x 140 руб. = 560 руб.»),
 * a breakdown cell against the amount («1 кв. - 8 т. р.\n2 кв. - 30 т. р.» and 68,0), quantity × price against a
 * smeta row's sum, and the sums written in text lines under the table.
 */
function checkArithmetic(table: BudgetTable, values: Grid, rep: Reporter, eq: (a: number, b: number) => boolean): void {
  const m = rep.m.checks;
  for (const r of table.rows) {
    if (r.kind === 'total' && !r.implicit) continue;
    const amount = r.years.length === 1 ? r.years[0] : undefined;
    const col = yearCol(table, r, 0);
    const name = rowName(r, rep.m);
    const year = table.years[0]?.unknown ? rowYearName(table) : (table.years[0]?.label ?? '');
    for (const f of r.formulas ?? []) {
      if (f.result !== undefined) {
        if (!eq(f.value, f.result)) {
          rep.add(
            'formula-result',
            'error',
            r.row,
            f.col,
            m.formulaResult(rep.m.where.row(name, r.source), f.text, rep.figures(f.value, f.result)),
            {
              item: name,
              expected: f.value,
              found: f.result,
              difference: f.result - f.value,
              suggestion: m.formulaHint,
            },
          );
        }
      } else if (typeof amount === 'number' && !eq(f.value, amount)) {
        rep.add(
          'formula-amount',
          'error',
          r.row,
          col,
          m.formulaAmount(rep.m.where.cell(name, r.source, year), f.text, rep.figures(f.value, amount)),
          {
            item: name,
            year,
            expected: f.value,
            found: amount,
            difference: amount - f.value,
            suggestion: m.formulaHint,
          },
        );
      }
    }
    if (r.parts && typeof amount === 'number') {
      const sum = r.parts.values.reduce((a, b) => a + b, 0);
      if (!eq(sum, amount)) {
        rep.add(
          'parts-amount',
          'error',
          r.row,
          r.parts.col,
          m.partsAmount(rep.m.where.cell(name, r.source, year), r.parts.labels.join(', '), rep.figures(amount, sum)),
          {
            item: name,
            year,
            expected: amount,
            found: sum,
            difference: sum - amount,
          },
        );
      }
    }
  }
  checkProducts(table, values, rep, eq);
  for (const s of table.textSums) {
    const sum = s.terms.reduce((a, b) => a + b, 0);
    if (!eq(sum, s.stated)) {
      rep.add('text-sum', 'error', s.statedRow, s.col, m.textSum(s.text, rep.figures(sum, s.stated)), {
        expected: sum,
        found: s.stated,
        difference: s.stated - sum,
      });
    }
    for (const f of inlineFormulas(s.text)) {
      if (f.result !== undefined && !eq(f.value, f.result)) {
        rep.add(
          'formula-result',
          'error',
          s.row,
          s.col,
          m.formulaResult(`«${shortText(s.text, 40)}»`, f.text, rep.figures(f.value, f.result)),
          {
            expected: f.value,
            found: f.result,
            difference: f.result - f.value,
            suggestion: m.formulaHint,
          },
        );
      }
    }
  }
}

/**
 * A smeta row: quantity × price = its sum. Checked when the header names one quantity and one price column
 * (with several, the row's sum must be the product of some of them: a day count × children × price).
 */
function checkProducts(table: BudgetTable, values: Grid, rep: Reporter, eq: (a: number, b: number) => boolean): void {
  const fc = table.factorCols;
  if (!fc || !fc.quantity.length || !fc.price.length || table.years.length !== 1) return;
  for (const r of table.rows) {
    if (r.kind !== 'item' || r.cols) continue;
    const amount = r.years[0];
    if (typeof amount !== 'number') continue;
    const row = values[r.row] ?? [];
    const q = fc.quantity.map((c) => readAmount(row[c])).filter((x): x is number => typeof x === 'number');
    const p = fc.price.map((c) => readAmount(row[c])).filter((x): x is number => typeof x === 'number');
    if (!q.length || !p.length) continue;
    // any product of one price and one or two quantities that gives the sum
    let fits = false;
    for (const pr of p) {
      for (let a = 0; a < q.length && !fits; a++) {
        if (eq(pr * q[a]!, amount)) fits = true;
        for (let b = a + 1; b < q.length && !fits; b++) if (eq(pr * q[a]! * q[b]!, amount)) fits = true;
      }
    }
    if (fits || q.length !== 1 || p.length !== 1) continue;
    const expected = q[0]! * p[0]!;
    const name = rowName(r, rep.m);
    rep.add(
      'product',
      'error',
      r.row,
      table.years[0]!.col,
      rep.m.checks.product(rep.m.where.row(name, r.source), rep.figures(expected, amount)),
      {
        item: name,
        expected,
        found: amount,
        difference: amount - expected,
      },
    );
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
      rep.add('doubled-total', 'warning', row, col, m.doubledTotal(what, rep.figures(expected, found)), {
        ...extra,
        suggestion: m.doubledTotalHint,
      });
    } else if (Math.abs(found) >= max && Math.abs(found) <= 10 * Math.abs(expected)) {
      rep.add('stray-total', 'warning', row, col, m.strayTotal(what, rep.figures(expected, found)), {
        ...extra,
        suggestion: m.strayTotalHint,
      });
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
      report(
        r.row,
        col,
        found,
        expected,
        max,
        `${toA1(r.row + rep.origin.row, col + rep.origin.col)}, ${rep.m.where.row(rowName(r, rep.m), r.source)}`,
      );
      break;
    }
  }
}

function rowIsBlank(row: readonly unknown[]): boolean {
  return row.every((v) => cellText(v) === '');
}
