/**
 * Budget tables on a sheet, as they are written after pasting from Word: one to three header rows with
 * the years in the lowest one («2023 год», «2021/2022»), a numbering column, the cost items, the funding
 * sources, a «Всего» column anywhere, «Итого»/«Всего» rows (at the bottom or at the top, split by source
 * on continuation rows), «в том числе» breakdowns, several tables per sheet.
 */
import { cellText, isFormulaError } from '../table/cell';
import { normalizeHeader } from '../table/headers';
import { isNilAmount, MAX_AMOUNT, parseAmount } from './amount';
import type { Amount, AmountProblem, BudgetColumns, BudgetRow, BudgetTable, Unit, YearColumn } from './types';
import { MAX_YEAR, MIN_YEAR, parseYearLabel, type YearLabel } from './years';

export type Grid = readonly (readonly unknown[])[];

type Field = keyof BudgetColumns;

const SYNONYMS: Record<Field, readonly string[]> = {
  number: ['№', '№ п п', 'n п п', 'номер', 'п п', 'no'],
  item: [
    'статьи затрат', 'статья затрат', 'статьи расходов', 'статья расходов', 'наименование', 'наименование статьи',
    'наименование статей', 'наименование расходов', 'наименование затрат', 'наименование мероприятия',
    'наименование мероприятий', 'мероприятие', 'мероприятия', 'направление расходов', 'направления расходов',
    'направление финансирования', 'направления финансирования', 'источники и направления расходов',
    'источник и направление финансирования', 'вид расходов', 'виды расходов', 'статья', 'затраты', 'расходы',
    'содержание расходов', 'этап мероприятие вид расходов', 'cost item', 'item',
  ],
  source: [
    'источники финансирования', 'источник финансирования', 'источник', 'источники', 'источник средств',
    'источники средств', 'источник финансового обеспечения', 'источники финансового обеспечения',
    'вид финансирования', 'источники финансового обеспечения реализации проекта', 'source', 'source of funding',
  ],
  total: [
    'всего', 'итого', 'сумма', 'общая сумма', 'общий объем', 'общий объем финансирования', 'объем финансирования всего',
    'всего за период', 'всего руб', 'итого руб', 'всего тыс руб', 'total',
  ],
};

const PREPARED: [Field, { syn: string; padded: string }[]][] = (Object.keys(SYNONYMS) as Field[]).map((f) => [
  f,
  SYNONYMS[f].map((x) => {
    const syn = normalizeHeader(x);
    return { syn, padded: ` ${syn} ` };
  }),
]);

/** The field a header label names, best match first (exact, then starts with, then contains). */
function classify(label: string): Field | null {
  const cell = norm(label);
  if (!cell || cell.split(' ').length > 8) return null;
  const padded = ` ${cell} `;
  let best: { field: Field; q: number; len: number } | null = null;
  for (const [field, syns] of PREPARED) {
    for (const { syn, padded: p } of syns) {
      let q = 0;
      if (cell === syn) q = 3;
      else if (padded.startsWith(p)) q = 2;
      else if (padded.includes(p)) q = 1;
      if (q && (!best || q > best.q || (q === best.q && syn.length > best.len))) best = { field, q, len: syn.length };
    }
  }
  return best ? best.field : null;
}

const TOTAL_LABEL = /^(?:итого|итог|всего|total|grand total)(?:\s|$)/;
const SUBTOTAL_LABEL = /^(?:итого|всего)\s+по\s+(?:раздел|этап|пункт|направлени|стать|мероприяти|блок|подпрограмм|задач|\d)/;
const GRAND_LABEL = /по\s+(?:проекту|программе|смете|бюджету|всем)|^всего$/;
const MAYBE_SPECIAL = /^[\s«"'(]*[вВиИtTgG]/;
const INCLUDING = /^в\s+(?:том\s+числе|т\s*ч)(?:\s|$)/;
const SOURCE_WORDS = /бюджет|средств|спонсор|грант|субсиди|собствен|привлеч|партн[её]р|родител|фонд|инвест/;
const NUMBERING = /^\d{1,3}(?:\.\d{1,3})*\.?$/;
const SCOPE_HINT = /показател|значени|количеств|доля|%|процент|индикатор|результат/;

const NORM_CACHE = new Map<string, string>();

/**
 * normalizeHeader, remembered: budget code compares the same item and source texts many times
 * (every fact of a consolidation, every row of a total). The cache is emptied when it grows large.
 */
export function norm(text: string): string {
  let v = NORM_CACHE.get(text);
  if (v === undefined) {
    if (NORM_CACHE.size > 50_000) NORM_CACHE.clear();
    v = normalizeHeader(text);
    NORM_CACHE.set(text, v);
  }
  return v;
}

/** Reads one amount cell. */
export function readAmount(v: unknown): Amount {
  if (v === null || v === undefined || v === '') return null;
  // 1e308 and its like are refused: summed, they give Infinity and NaN (MAX_AMOUNT: 15 digits, every ruble exact)
  if (typeof v === 'number') return Number.isFinite(v) && Math.abs(v) < MAX_AMOUNT ? v : { problem: 'too-large', text: String(v) };
  if (typeof v === 'string') {
    const t = cellText(v);
    if (t === '') return null;
    if (isFormulaError(t)) return { problem: 'formula-error', text: t };
    if (t.startsWith('=')) return { problem: 'formula-text', text: t };
    if (isNilAmount(t)) return 0;
    const r = parseAmount(t);
    return r.ok ? r.value : { problem: 'text', text: t };
  }
  if (Object.prototype.toString.call(v) === '[object Date]') return { problem: 'date', text: cellText(v) };
  return { problem: 'other', text: cellText(v) };
}

export function isProblem(a: Amount | undefined): a is AmountProblem {
  return typeof a === 'object' && a !== null;
}

const UNITS: [RegExp, Omit<Unit, 'stated'>][] = [
  [/млн\.?\s*(?:руб|р(?![а-яa-z])|₽)|миллион(?:ов|а)?\s+руб/, { label: 'млн руб.', factor: 1e6 }],
  [/тыс\.?\s*(?:руб|р(?![а-яa-z])|₽)|тысяч[аи]?\s+руб|thousand\s+rub/, { label: 'тыс. руб.', factor: 1e3 }],
  [/(?:^|[^а-я])(?:руб|рублей|₽)|\brub\b/, { label: 'руб.', factor: 1 }],
];

/** The unit named in a text, or null. */
export function unitIn(text: string): Unit | null {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  for (const [re, u] of UNITS) if (re.test(t)) return { ...u, stated: true };
  return null;
}

interface Header {
  yearRow: number;
  headerRows: number[];
  years: YearColumn[];
  ignoredCols: number[];
  columns: BudgetColumns;
  titles: Partial<Record<Field, string>>;
}

function rowWidth(values: Grid): number {
  let w = 0;
  for (const row of values) if (row && row.length > w) w = row.length;
  return w;
}

/** The non-year cells of a row hold no amounts (numbers or money text). */
function hasNumbers(row: readonly unknown[] | undefined, except: Set<number> = new Set()): boolean {
  if (!row) return false;
  for (let c = 0; c < row.length; c++) {
    if (except.has(c)) continue;
    const v = row[c];
    if (typeof v === 'number') return true;
    if (typeof v === 'string' && /\d/.test(v) && v.length < 30) {
      const r = parseAmount(v);
      if (r.ok) return true;
    }
  }
  return false;
}

function rowBlank(row: readonly unknown[] | undefined, c0 = 0, c1 = Infinity): boolean {
  if (!row) return true;
  const end = Math.min(row.length - 1, c1);
  for (let c = Math.max(0, c0); c <= end; c++) if (cellText(row[c]) !== '') return false;
  return true;
}

function hasKeyword(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  for (const v of row) {
    if (typeof v !== 'string') continue;
    const t = cellText(v);
    if (t && classify(t)) return true;
  }
  return false;
}

/** A caption above the table: one long cell and nothing else. */
function isCaption(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  let n = 0;
  let long = false;
  for (const v of row) {
    const t = cellText(v);
    if (!t) continue;
    n++;
    if (t.length > 60) long = true;
  }
  return n === 1 && long;
}

/** The year row at r with the header rows above it, or null when row r is no budget header. */
function headerAt(values: Grid, r: number): Header | null {
  const row = values[r];
  if (!row) return null;
  const found: { col: number; label: YearLabel; text: string; numeric: boolean }[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v === '' || v === null || v === undefined) continue;
    // A number outside the years is an amount: a data row (the usual case, decided at once).
    if (typeof v === 'number' && !(v >= MIN_YEAR && v <= MAX_YEAR)) return null;
    const y = parseYearLabel(v);
    if (y) found.push({ col: c, label: y, text: cellText(v), numeric: typeof v === 'number' });
  }
  if (found.length === 0) return null;
  // Amounts beside the years make it a data row.
  const yearSet = new Set(found.map((f) => f.col));
  for (let c = 0; c < row.length; c++) {
    if (yearSet.has(c)) continue;
    const v = row[c];
    if (typeof v === 'number') return null;
    if (typeof v === 'string' && /\d/.test(v) && !readAmountIsText(v)) return null;
  }
  // Numbers that read as years must look like a year row: plausible and one after another.
  const numeric = found.filter((f) => f.numeric);
  if (numeric.length > 0) {
    if (!numeric.every((f) => f.label.plausible)) return null;
    for (let i = 1; i < numeric.length; i++) if (numeric[i]!.label.from <= numeric[i - 1]!.label.from) return null;
  }
  // Header rows above: no numbers, not a caption, at most two.
  const yearCols = new Set(found.map((f) => f.col));
  const headerRows = [r];
  for (let k = r - 1; k >= 0 && k >= r - 2; k--) {
    const above = values[k];
    if (rowBlank(above) || isCaption(above) || hasNumbers(above)) break;
    headerRows.unshift(k);
  }
  const keyword = headerRows.some((k) => hasKeyword(values[k]));
  if (!keyword) {
    const plausible = found.filter((f) => f.label.plausible);
    const consecutive = plausible.length >= 2 && plausible.every((f, i) => i === 0 || f.label.from === plausible[i - 1]!.label.to + (f.label.kind === 'academic' ? 0 : 1));
    const textBeside = row.some((v, c) => !yearCols.has(c) && cellText(v) !== '');
    if (!(consecutive && textBeside)) return null;
  }
  // Column labels: the header rows' texts per column.
  const width = rowWidth(headerRows.map((k) => values[k] ?? []));
  const labels: string[][] = [];
  for (let c = 0; c < width; c++) {
    labels.push(headerRows.map((k) => cellText(values[k]?.[c])).filter(Boolean));
  }
  const columns: BudgetColumns = {};
  const titles: Partial<Record<Field, string>> = {};
  for (let c = 0; c < width; c++) {
    if (yearCols.has(c)) continue;
    const ls = labels[c]!;
    if (ls.length === 0) continue;
    // The lowest label is the most specific; fall back to all of them joined.
    const field = classify(ls[ls.length - 1]!) ?? classify(ls.join(' '));
    if (field && columns[field] === undefined) {
      columns[field] = c;
      titles[field] = ls.join(' ');
    }
  }
  // Year runs: a second run under a non-money heading («Значение показателя») is not ours.
  const runs: (typeof found)[] = [];
  for (const f of found) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    const adjacent = prev && (f.col === prev.col + 1 || (f.col === prev.col + 2 && columns.total === prev.col + 1));
    // A new group starts where the years go back or a heading above begins («Значение показателя»).
    const restart = prev && (f.label.from <= prev.label.from || headerRows.slice(0, -1).some((k) => cellText(values[k]?.[f.col]) !== ''));
    if (adjacent && !restart) last!.push(f);
    else runs.push([f]);
  }
  const kept: typeof found = [];
  const ignoredCols: number[] = [];
  runs.forEach((run, i) => {
    let own = false;
    if (i > 0) {
      const start = runs[i - 1]![runs[i - 1]!.length - 1]!.col + 1;
      for (const k of headerRows.slice(0, -1)) {
        for (let c = run[0]!.col; c >= start; c--) {
          const t = cellText(values[k]?.[c]).toLowerCase();
          if (t) {
            if (SCOPE_HINT.test(t)) own = true;
            break;
          }
        }
      }
    }
    if (own) ignoredCols.push(...run.map((f) => f.col));
    else kept.push(...run);
  });
  const years: YearColumn[] = kept.map((f) => ({ col: f.col, label: f.text, ...f.label }));
  if (columns.total !== undefined && ignoredCols.some((c) => c < columns.total!) && years.every((y) => y.col < columns.total!)) {
    // A «Всего» beyond an ignored run belongs to that run.
    delete columns.total;
    delete titles.total;
  }
  if (columns.item === undefined) {
    // No named item column: the first text-labelled column left of the amounts that names nothing else.
    const firstAmount = Math.min(...years.map((y) => y.col), columns.total ?? Infinity);
    for (let c = 0; c < firstAmount; c++) {
      if (labels[c]!.length && !Object.values(columns).includes(c)) {
        columns.item = c;
        titles.item = labels[c]!.join(' ');
        break;
      }
    }
  }
  if (columns.item === undefined && columns.total === undefined && columns.source === undefined) return null;
  return { yearRow: r, headerRows, years, ignoredCols, columns, titles };
}

function readAmountIsText(v: string): boolean {
  const a = readAmount(v);
  return a === null || isProblem(a);
}

/** A source column the header does not name (merged with the item header): the text column after the items whose cells name sources. */
function sourceByContent(values: Grid, h: Header, from: number, to: number): number | undefined {
  const item = h.columns.item;
  if (item === undefined) return undefined;
  const firstAmount = Math.min(...h.years.map((y) => y.col), h.columns.total ?? Infinity);
  for (let c = item + 1; c < firstAmount; c++) {
    if (Object.values(h.columns).includes(c)) continue;
    let filled = 0;
    let sources = 0;
    for (let r = from; r <= to; r++) {
      const t = cellText(values[r]?.[c]);
      if (!t) continue;
      filled++;
      if (SOURCE_WORDS.test(t.toLowerCase())) sources++;
    }
    if (filled > 0 && sources / filled >= 0.6) return c;
  }
  return undefined;
}

/** The unit from the header cells, then from up to three rows above the header (the caption). */
function findUnit(values: Grid, h: Header): Unit {
  for (const k of [...h.headerRows].reverse()) {
    for (const v of values[k] ?? []) {
      const u = unitIn(cellText(v));
      if (u) return u;
    }
  }
  const top = h.headerRows[0]!;
  for (let k = top - 1; k >= 0 && k >= top - 3; k--) {
    for (const v of values[k] ?? []) {
      const u = unitIn(cellText(v));
      if (u) return u;
    }
  }
  return { label: 'руб.', factor: 1, stated: false };
}

/** The column-numbering row under a header: 1, 2, 3, … in consecutive cells. */
function isColumnNumbering(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  let prev = 0;
  let n = 0;
  for (const v of row) {
    const t = cellText(v);
    if (!t) continue;
    const k = Number(t.replace(/\.$/, ''));
    if (!Number.isInteger(k) || k !== prev + 1) return false;
    prev = k;
    n++;
  }
  return n >= 3;
}

/**
 * Finds every budget table in the values of a sheet (or of a range given to a custom function).
 * Never throws; a sheet without a budget header gives [].
 */
export function findBudgetTables(values: Grid): BudgetTable[] {
  const tables: BudgetTable[] = [];
  const cache: (Header | null | undefined)[] = new Array(values.length + 3);
  const header = (r: number): Header | null => {
    let h = cache[r];
    if (h === undefined) h = cache[r] = headerAt(values, r);
    return h;
  };
  let r = 0;
  while (r < values.length) {
    const h = header(r);
    if (!h) {
      r++;
      continue;
    }
    const table = readTable(values, h, header);
    tables.push(table);
    r = Math.max(table.lastRow + 1, r + 1);
  }
  return tables;
}

/** True when row i starts another table's header. */
function startsHeader(i: number, header: (r: number) => Header | null): boolean {
  for (let k = i; k <= i + 2; k++) {
    const h = header(k);
    if (h && h.headerRows[0]! <= i) return true;
  }
  return false;
}

function readTable(values: Grid, h: Header, header: (r: number) => Header | null): BudgetTable {
  const cols = h.columns;
  const mapped = [...h.years.map((y) => y.col), ...Object.values(cols)];
  const firstCol = Math.min(...mapped);
  const lastCol = Math.max(...mapped);
  const skippedRows: number[] = [];
  let start = h.yearRow + 1;
  if (isColumnNumbering(values[start])) skippedRows.push(start++);
  // The data rows: up to a blank row or the next table's header.
  let end = start - 1;
  for (let i = start; i < values.length; i++) {
    if (rowBlank(values[i], firstCol, lastCol)) break;
    if (i > start && startsHeader(i, header)) break;
    end = i;
  }
  if (cols.source === undefined) {
    const s = sourceByContent(values, h, start, end);
    if (s !== undefined) cols.source = s;
  }
  const yearCols = h.years.map((y) => y.col);
  const nYears = yearCols.length;
  const amountCols = [...yearCols, ...(cols.total !== undefined ? [cols.total] : [])];
  const rows: BudgetRow[] = [];
  const headings: { row: number; text: string }[] = [];
  const partParents = new Map<BudgetRow, BudgetRow>();
  let lastItem: string | undefined;
  let group: string | undefined;
  // What the previous row was, and what a «в том числе» breakdown below belongs to.
  let prev: BudgetRow | { heading: string } | null = null;
  let partsOf: BudgetRow | { heading: string } | null = null;
  let lastData = h.yearRow;
  for (let i = start; i <= end; i++) {
    const row = values[i] ?? [];
    const numText = cols.number !== undefined ? cellText(row[cols.number]) : '';
    let itemText = cols.item !== undefined ? cellText(row[cols.item]) : '';
    let number: string | undefined;
    if (numText) {
      if (NUMBERING.test(numText) || typeof row[cols.number!] === 'number') number = numText;
      else if (!itemText) itemText = numText; // «Итого» in the merged № + item cell
    }
    const sourceText = cols.source !== undefined ? cellText(row[cols.source]) : '';
    const years: Amount[] = new Array(nYears);
    let hasAmounts = false;
    for (let j = 0; j < nYears; j++) {
      const a = readAmount(row[yearCols[j]!]);
      years[j] = a;
      if (a !== null) hasAmounts = true;
    }
    const total = cols.total !== undefined ? readAmount(row[cols.total]) : undefined;
    if (total !== undefined && total !== null) hasAmounts = true;
    let numericCols: number[] | undefined;
    for (const c of amountCols) if (typeof row[c] === 'number') (numericCols ??= []).push(c);
    const base = { i, years, number, total, numericCols };

    // Only texts starting like «в том числе», «Итого», «Всего», «Total» need the normalised label.
    const special = MAYBE_SPECIAL.test(itemText);
    if (special && INCLUDING.test(norm(itemText))) {
      // «в том числе:» — the rows below (or the rest of this one) break down the row above.
      if (prev) partsOf = prev;
      itemText = itemText.replace(/^\s*в\s+(?:том\s+числе|т\.?\s*ч\.?)\s*:?\s*/i, '').trim();
      if (!itemText && !hasAmounts && !sourceText) {
        headings.push({ row: i, text: cellText(row[cols.item!]) });
        continue;
      }
    }
    const label = special ? norm(itemText) : '';
    if (partsOf && itemText && !sourceText && !number && SOURCE_WORDS.test(itemText.toLowerCase())) {
      // A breakdown row: «федеральный бюджет» under «НИОКР», under «Всего» or under a heading.
      const parent: BudgetRow | { heading: string } = partsOf;
      let b: BudgetRow;
      if ('heading' in parent) {
        b = makeRow(base, 'item', parent.heading);
        b.group = parent.heading;
      } else if (parent.kind === 'total') {
        b = makeRow(base, 'total', parent.item);
        b.itemInherited = true;
        if (parent.totalKind) b.totalKind = parent.totalKind;
      } else {
        b = makeRow(base, 'part', parent.item);
        partParents.set(b, parent);
        if (parent.group !== undefined) b.group = parent.group;
      }
      b.source = itemText;
      rows.push(b);
      lastData = i;
      continue;
    }
    partsOf = null;

    if (TOTAL_LABEL.test(label)) {
      const b = makeRow(base, 'total', itemText);
      if (sourceText) b.source = sourceText;
      if (SUBTOTAL_LABEL.test(label)) b.totalKind = 'subtotal';
      rows.push(b);
      prev = b;
      lastItem = undefined;
      lastData = i;
      continue;
    }
    const last = rows[rows.length - 1];
    if (!itemText && !number && last && last.kind === 'total' && last.row === i - 1 && (sourceText || hasAmounts)) {
      // The «Итого» cell merged down over the per-source total rows.
      const b = makeRow(base, 'total', last.item);
      b.itemInherited = true;
      if (sourceText) b.source = sourceText;
      if (last.totalKind) b.totalKind = last.totalKind;
      rows.push(b);
      prev = b;
      lastData = i;
      continue;
    }
    if (!hasAmounts && !sourceText && itemText && !number) {
      // A heading: «Капитальные вложения», «1. Оборудование» written without amounts.
      headings.push({ row: i, text: itemText });
      group = itemText;
      lastItem = undefined;
      prev = { heading: itemText };
      continue;
    }
    let item = itemText;
    let inherited = false;
    if (!item && !number && lastItem !== undefined) {
      // A continuation row: the item cell was merged down in Word (a numbered row is an item of its own).
      item = lastItem;
      inherited = true;
    }
    const b = makeRow(base, 'item', item);
    if (inherited) b.itemInherited = true;
    if (sourceText) b.source = sourceText;
    if (group !== undefined) b.group = group;
    rows.push(b);
    lastItem = item || undefined;
    prev = b;
    lastData = i;
  }
  // An item with breakdown rows is the subtotal of them; they are its items, one per source.
  for (const [part, parent] of partParents) {
    part.kind = 'item';
    if (parent.kind === 'item') {
      parent.kind = 'total';
      parent.totalKind = 'subtotal';
      parent.breakdown = true;
    }
    (parent.sums ??= []).push(part.row);
  }
  resolveTotals(rows);
  const table: BudgetTable = {
    headerRows: h.headerRows,
    firstRow: h.headerRows[0]!,
    lastRow: Math.max(lastData, h.yearRow, ...skippedRows),
    firstCol: Math.min(firstCol, cols.source ?? firstCol),
    lastCol: Math.max(lastCol, cols.source ?? lastCol),
    columns: cols,
    titles: h.titles,
    years: h.years,
    unit: findUnit(values, h),
    rows,
    headings: headings.filter((x) => x.row <= lastData),
    skippedRows,
    ignoredCols: h.ignoredCols,
  };
  return table;
}

interface RowBase {
  i: number;
  years: Amount[];
  number: string | undefined;
  total: Amount | undefined;
  numericCols: number[] | undefined;
}

function makeRow(b: RowBase, kind: BudgetRow['kind'], item: string): BudgetRow {
  const r: BudgetRow = { row: b.i, kind, item, years: b.years };
  if (b.number !== undefined) r.number = b.number;
  if (b.total !== undefined) r.total = b.total;
  if (b.numericCols) r.numericCols = b.numericCols;
  return r;
}

/**
 * Groups total rows into blocks (a total and its per-source rows) and decides what each adds up:
 * a block with items above it sums the items since the previous block ('subtotal' when another block
 * follows or the label says «по разделу»); the last block, or a block at the top with no items above,
 * is the grand total of every item. An item with a «в том числе» breakdown already knows its rows.
 */
function resolveTotals(rows: BudgetRow[]): void {
  const blocks: BudgetRow[][] = [];
  let current: BudgetRow[] | null = null;
  for (const r of rows) {
    if (r.kind === 'total' && !r.breakdown) {
      if (!current || !r.itemInherited) {
        current = [r];
        blocks.push(current);
      } else current.push(r);
    } else if (r.kind === 'item') current = null;
  }
  const items = rows.filter((r) => r.kind === 'item');
  let since = 0; // index into rows after the previous block
  blocks.forEach((block, i) => {
    const first = block[0]!;
    const at = rows.indexOf(first);
    const above = rows.slice(since, at).filter((r) => r.kind === 'item').map((r) => r.row);
    let kind: 'grand' | 'subtotal';
    if (first.totalKind === 'subtotal') kind = 'subtotal';
    else if (above.length === 0) kind = 'grand';
    else if (i < blocks.length - 1) kind = 'subtotal';
    else {
      // The last block after other totals: the grand total unless it is labelled like them («Итого» … «Итого»).
      const label = norm(first.item);
      const same = blocks.slice(0, i).some((b) => norm(b[0]!.item) === label);
      kind = same && !GRAND_LABEL.test(label) ? 'subtotal' : 'grand';
    }
    let sums: number[];
    if (kind === 'grand') sums = items.map((r) => r.row);
    else sums = above;
    for (const r of block) {
      r.totalKind = kind;
      r.sums = sums;
    }
    since = rows.indexOf(block[block.length - 1]!) + 1;
  });
}
