/**
 * «Свести бюджеты»: several budget tables (one «Бюджет» tab per school, or several tables on one sheet)
 * into the content of the generated sheet «Бюджет — свод»: items × years with a row per source, source
 * subtotals, the grand total, a block for the stacked-column chart, and the list of tables used.
 * Every figure is a formula over its source cells ('Школа 1'!C5+'Школа 2'!C7, joined by «+» so that no
 * locale's argument separator matters); a formula longer than Sheets allows becomes its value with a note
 * naming the cells. Pure: the server writes what this returns, in one batch.
 */
import { rangeA1, toA1, type A1 } from '../table/a1';
import { budgetMessages } from './messages';
import { yearCol } from './checks';
import { isProblem } from './recognize';
import { commonUnit, keyOf, unitName } from './rollup';
import type { BudgetTable, Lang, Unit } from './types';

/** Sheets refuses formulas longer than this many characters. */
export const MAX_FORMULA = 50_000;
/** Notes are cut after this many cell names. */
const MAX_NOTE_CELLS = 200;

export interface ConsolidateInput {
  /** The sheet the table is on. */
  sheet: string;
  table: BudgetTable;
}

export interface ChartSpec {
  type: 'column';
  stacked: true;
  title: string;
  /** The chart's data block, header row included: first column the years (domain), a column per source (series). */
  range: A1;
  headerRows: 1;
  domain: string[];
  series: string[];
  /** 0-based cell for the chart's top-left corner. */
  anchor: { row: number; col: number };
}

export interface CellNote {
  row: number;
  col: number;
  cell: A1;
  note: string;
}

export interface ConsolidationMessage {
  severity: 'warning' | 'info';
  message: string;
}

export interface Consolidation {
  /** «Бюджет — свод». */
  name: string;
  /** Rectangular; a string starting with «=» is a formula. */
  values: (string | number)[][];
  /** Number formats to set, range by range. Text ranges ('@') must be formatted before the values are written. */
  formats: { range: A1; format: string }[];
  /** The ranges formatted as text ('@'): user text (items, sources) and labels that Sheets would otherwise parse. */
  textRanges: A1[];
  bold: A1[];
  notes: CellNote[];
  chart: ChartSpec;
  frozenRows: number;
  columnWidths: number[];
  unit: Unit;
  /** Unit conversions and cells left out, for the sidebar. */
  messages: ConsolidationMessage[];
}

/** A cell reference on another sheet, always quoted: 'Школа № 1'!C5. */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${toA1(row, col)}`;
}

function fmtNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

export function consolidate(inputs: readonly ConsolidateInput[], lang: Lang = 'ru'): Consolidation {
  const m = budgetMessages(lang);
  const c = m.consolidate;
  const tables = inputs.map((i) => i.table);
  const unit = commonUnit(tables);
  const unitLabel = unitName(unit, lang);
  const messages: ConsolidationMessage[] = [];
  inputs.forEach((inp) => {
    if (inp.table.unit.factor !== unit.factor) {
      messages.push({ severity: 'info', message: c.converted(inp.sheet, unitName(inp.table.unit, lang), unitLabel) });
    }
  });

  // Pass 1 over the rows: the consolidated rows (one per item and source, grouped by item, in order of
  // appearance), the sources and the years. Keys are computed once per row, never per cell.
  type RowKey = { key: string; item: string; source: string | undefined };
  const rowIndex = new Map<string, number>();
  const byItem = new Map<string, RowKey[]>();
  const sourceMap = new Map<string, string | undefined>();
  const yearMap = new Map<string, { key: string; label: string; from: number; to: number }>();
  const rowKeysOf: (string | null)[][] = tables.map((t) => t.rows.map(() => null));
  tables.forEach((t, ti) => {
    for (const y of t.years)
      if (!yearMap.has(y.key)) yearMap.set(y.key, { key: y.key, label: y.key || m.rollup.noYear, from: y.from, to: y.to });
    t.rows.forEach((r, ri) => {
      if (r.kind !== 'item') return;
      const ik = keyOf(r.item);
      const sk = keyOf(r.source);
      const key = `${ik}\u0000${sk}`;
      rowKeysOf[ti]![ri] = key;
      if (!sourceMap.has(sk)) sourceMap.set(sk, r.source);
      if (rowIndex.has(key)) return;
      rowIndex.set(key, -1);
      let group = byItem.get(ik);
      if (!group) byItem.set(ik, (group = []));
      group.push({ key, item: r.item, source: r.source });
    });
  });
  const rowKeys: RowKey[] = [];
  for (const group of byItem.values()) rowKeys.push(...group);
  const years = [...yearMap.values()].sort((a, b) => a.from - b.from || a.to - b.to);
  const nYears = years.length;
  const yearIndex = new Map(years.map((y, i) => [y.key, i]));
  const sources = [...sourceMap.values()];
  const withSources = sources.some((s) => s !== undefined);

  const TITLE = 0;
  const HEADER = 1;
  const FIRST = 2;
  const firstYearCol = 2;
  const totalCol = firstYearCol + nYears;
  const width = Math.max(totalCol + 1, 2);
  rowKeys.forEach((rk, i) => rowIndex.set(rk.key, i));
  const lastItemRow = FIRST + rowKeys.length - 1;

  // Pass 2 over the cells: each consolidated cell's formula terms, its sum, its text cells and left-out cells.
  interface CellAcc {
    /** The formula's terms joined by «+», built as the cells come. */
    formula: string;
    terms: number;
    textCells: string[];
    skipped: string[];
    sum: number;
  }
  const acc: (CellAcc | undefined)[] = new Array(rowKeys.length * Math.max(nYears, 1));
  const prefixes = inputs.map((inp) => `'${inp.sheet.replace(/'/g, "''")}'!`);
  // «C5» for a column and row, made once for all tables (tabs made from one template share them).
  const a1Cache = new Map<number, string>();
  const a1 = (row: number, col: number) => {
    const k = row * 16384 + col;
    let v = a1Cache.get(k);
    if (v === undefined) a1Cache.set(k, (v = toA1(row, col)));
    return v;
  };
  let fractional = false;
  tables.forEach((t, ti) => {
    const prefix = prefixes[ti]!;
    const scale = t.unit.factor / unit.factor;
    const factor = scale === 1 ? '' : `*${fmtNumber(scale)}`;
    const yi = t.years.map((y) => yearIndex.get(y.key)!);
    t.rows.forEach((r, ri) => {
      const key = rowKeysOf[ti]![ri];
      if (!key) return;
      const base = rowIndex.get(key)! * nYears;
      for (let j = 0; j < r.years.length; j++) {
        const a = r.years[j];
        if (a === null || a === undefined) continue;
        const k = base + yi[j]!;
        let cell = acc[k];
        if (!cell) cell = acc[k] = { formula: '', terms: 0, textCells: [], skipped: [], sum: 0 };
        const col = yearCol(t, r, j);
        if (isProblem(a)) {
          const ref = prefix + a1(r.row, col);
          cell.skipped.push(ref);
          messages.push({ severity: 'warning', message: c.skipped(ref, a.text) });
          continue;
        }
        const value = scale === 1 ? a : Math.round(a * scale * 1e6) / 1e6;
        cell.sum += value;
        if (!Number.isInteger(value)) fractional = true;
        let term: string;
        if (r.numericCols !== undefined && r.numericCols.includes(col)) term = prefix + a1(r.row, col) + factor;
        else {
          term = fmtNumber(value);
          cell.textCells.push(prefix + a1(r.row, col));
        }
        cell.formula = cell.terms === 0 ? term : cell.formula + '+' + term;
        cell.terms++;
      }
    });
  });

  const values: (string | number)[][] = [];
  const blankRow = () => new Array<string | number>(width).fill('');
  const notes: CellNote[] = [];
  const note = (row: number, col: number, text: string) => notes.push({ row, col, cell: toA1(row, col), note: text });
  const names = (list: string[]) =>
    list.length <= MAX_NOTE_CELLS
      ? list.join(', ')
      : `${list.slice(0, MAX_NOTE_CELLS).join(', ')} ${c.noteMore(list.length - MAX_NOTE_CELLS)}`;

  const title = blankRow();
  title[0] = c.title(unitLabel, inputs.length);
  values.push(title);
  values.push([c.itemHeader, c.sourceHeader, ...years.map((y) => y.label), c.total]);

  rowKeys.forEach((rk, i) => {
    const row = FIRST + i;
    const out = blankRow();
    out[0] = rk.item || m.rollup.noItem;
    out[1] = rk.source ?? (withSources ? m.rollup.noSource : '');
    for (let j = 0; j < nYears; j++) {
      const col = firstYearCol + j;
      const cell = acc[i * nYears + j];
      if (!cell) continue;
      const lines: string[] = [];
      const sum = Math.round(cell.sum * 1e6) / 1e6;
      if (cell.terms === 0) {
        // Nothing summable here: the cell stays empty, its note says why.
      } else if (cell.textCells.length === cell.terms) {
        // Only money text: no cell to reference, the number itself and a note naming the cells.
        out[col] = sum;
        lines.push(c.noteText(names(cell.textCells)));
      } else if (cell.formula.length + 1 <= MAX_FORMULA) {
        out[col] = `=${cell.formula}`;
        if (cell.textCells.length) lines.push(c.noteText(names(cell.textCells)));
      } else {
        out[col] = sum;
        // The terms that are references, without their unit factor, and the cells read from text.
        const refs = splitTerms(cell.formula)
          .filter((x) => x.includes('!'))
          .map((x) => x.replace(/\*[\d.]+$/, ''))
          .concat(cell.textCells);
        lines.push(c.noteTooLong, c.noteSum(refs.length, names(refs)));
      }
      if (cell.skipped.length) lines.push(c.noteSkipped(names(cell.skipped)));
      if (lines.length) note(row, col, lines.join('\n'));
    }
    out[totalCol] = `=SUM(${rangeA1(row, firstYearCol, row, totalCol - 1)})`;
    values.push(out);
  });

  // Source subtotals, then the grand total.
  const bold: A1[] = [rangeA1(TITLE, 0, TITLE, 0), rangeA1(HEADER, 0, HEADER, width - 1)];
  const subtotalRows: { source: string | undefined; row: number }[] = [];
  if (withSources && rowKeys.length) {
    for (const s of sources) {
      const row = values.length;
      const out = blankRow();
      out[0] = c.subtotal;
      out[1] = s ?? m.rollup.noSource;
      const members = rowKeys.map((rk, i) => (keyOf(rk.source) === keyOf(s) ? FIRST + i : -1)).filter((r) => r >= 0);
      for (let j = 0; j <= nYears; j++) {
        const col = firstYearCol + j;
        out[col] = members.length ? plusFormula(members.map((r) => toA1(r, col))) : 0;
      }
      values.push(out);
      subtotalRows.push({ source: s, row });
    }
  }
  const grandRow = values.length;
  const grand = blankRow();
  grand[0] = c.grandTotal;
  for (let j = 0; j <= nYears; j++) {
    const col = firstYearCol + j;
    if (subtotalRows.length) grand[col] = plusFormula(subtotalRows.map((s) => toA1(s.row, col)));
    else grand[col] = rowKeys.length ? `=SUM(${rangeA1(FIRST, col, lastItemRow, col)})` : 0;
  }
  values.push(grand);
  const totalsFrom = subtotalRows[0]?.row ?? grandRow;
  bold.push(rangeA1(totalsFrom, 0, grandRow, width - 1));

  // The chart's block: years down, sources across, each figure a reference to a subtotal.
  values.push(blankRow());
  const blockTitleRow = values.length;
  const blockTitle = blankRow();
  blockTitle[0] = c.chartBlock;
  values.push(blockTitle);
  const chartHeaderRow = values.length;
  const series = subtotalRows.length ? subtotalRows.map((s) => s.source ?? m.rollup.noSource) : [c.total];
  const seriesRows = subtotalRows.length ? subtotalRows.map((s) => s.row) : [grandRow];
  const chartHeader = blankRow();
  chartHeader[0] = c.yearHeader;
  series.forEach((s, i) => (chartHeader[1 + i] = s));
  values.push(pad(chartHeader, width));
  years.forEach((y, j) => {
    const out = blankRow();
    out[0] = y.label;
    seriesRows.forEach((r, i) => (out[1 + i] = `=${toA1(r, firstYearCol + j)}`));
    values.push(pad(out, width));
  });
  const chartLastRow = values.length - 1;
  bold.push(rangeA1(blockTitleRow, 0, blockTitleRow, 0), rangeA1(chartHeaderRow, 0, chartHeaderRow, series.length));

  // Where the figures come from.
  values.push(blankRow());
  const sourcesTitleRow = values.length;
  const st = blankRow();
  st[0] = c.sourcesHeader;
  values.push(st);
  inputs.forEach((inp) => {
    const out = blankRow();
    const t = inp.table;
    const range = `'${inp.sheet.replace(/'/g, "''")}'!${rangeA1(t.firstRow, t.firstCol, t.lastRow, t.lastCol)}`;
    out[0] = c.sourceLine(range, unitName(t.unit, lang), t.rows.filter((r) => r.kind === 'item').length);
    values.push(out);
  });
  bold.push(rangeA1(sourcesTitleRow, 0, sourcesTitleRow, 0));

  // Every row as wide as the widest (the chart block may be wider than the table when sources are many).
  const fullWidth = Math.max(...values.map((r) => r.length));
  for (const r of values) while (r.length < fullWidth) r.push('');

  const amountFormat = fractional ? '#,##0.00' : '#,##0';
  const formats: { range: A1; format: string }[] = [];
  const textRanges: A1[] = [rangeA1(TITLE, 0, HEADER, fullWidth - 1)];
  if (grandRow >= FIRST) {
    textRanges.push(rangeA1(FIRST, 0, grandRow, 1));
    formats.push({ range: rangeA1(FIRST, firstYearCol, grandRow, totalCol), format: amountFormat });
  }
  textRanges.push(rangeA1(blockTitleRow, 0, chartHeaderRow, fullWidth - 1));
  if (chartLastRow > chartHeaderRow) {
    textRanges.push(rangeA1(chartHeaderRow + 1, 0, chartLastRow, 0));
    formats.push({ range: rangeA1(chartHeaderRow + 1, 1, chartLastRow, series.length), format: amountFormat });
  }
  textRanges.push(rangeA1(sourcesTitleRow, 0, values.length - 1, 0));
  for (const t of textRanges) formats.unshift({ range: t, format: '@' });

  const chart: ChartSpec = {
    type: 'column',
    stacked: true,
    title: c.chartTitle(unitLabel),
    range: rangeA1(chartHeaderRow, 0, Math.max(chartLastRow, chartHeaderRow), series.length),
    headerRows: 1,
    domain: years.map((y) => y.label),
    series,
    anchor: { row: HEADER, col: fullWidth + 1 },
  };
  return {
    name: c.sheetName,
    values,
    formats,
    textRanges,
    bold,
    notes,
    chart,
    frozenRows: HEADER + 1,
    columnWidths: [360, 220, ...years.map(() => 110), 120].concat(new Array(Math.max(0, fullWidth - width)).fill(110)),
    unit,
    messages,
  };
}

/** The «+»-joined terms of a formula body, «+» inside quoted sheet names left alone. */
function splitTerms(body: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === '+' && !quoted) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/** «=C3+C5+C9»: references joined by «+» (no argument separator, so any locale reads it). */
function plusFormula(cells: string[]): string {
  return `=${cells.join('+')}`;
}

function pad(row: (string | number)[], width: number): (string | number)[] {
  while (row.length < width) row.push('');
  return row;
}
