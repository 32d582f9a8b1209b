/**
 * Budget tables on a sheet, read through the shared pipeline (core/table/read-table) and as accountants write
 * them: year columns under one to three header rows («Всего», «в том числе по годам», «2014 год»), or one amount
 * column with the year in its header («Сумма расходов (руб.) 2011 год») or only in the title («смета … на 2011
 * год», «в 2004 г.»); a column per funding source; a total and its years stacked in one cell; estimates written
 * as text lines («- первое место - 30 тысяч рублей;»); «Итого»/«Всего» rows, «в том числе»/«из них» rows,
 * several tables per sheet. What the pipeline or this reading guessed becomes a question for the user.
 */
import { cellText } from '../table/cell';
import type { Grid } from '../table/grid';
import { headerKey, matchHeaderRow, normalizeHeader } from '../table/headers';
import { isColumnNumbering, readTable, type ReadTable, type TableChoice, type TableSpec } from '../table/read-table';
import { parseYearLabel } from '../table/years';
import { breakdownCell, inUnit, inlineFormulas, itemArithmetic, readMoney, type MoneyAmount, type MoneyRead } from './money';
import { BUDGET_SYNONYMS, BUDGET_TABLE, SOURCE_WORDS, damagedYears, isYearHeader, type BudgetField } from './spec';
import type { Amount, AmountProblem, BudgetColumns, BudgetRow, BudgetTable, RowFormula, Unit, YearColumn, YearSource } from './types';

export type { Grid } from '../table/grid';

/** The user's choice for a sheet's budget: the columns and header row of its (first) table, its year, its unit. */
export type BudgetChoice = TableChoice<BudgetField>;

const TOTAL_LABEL = /^(?:итого|итог|всего|total|grand total)(?:\s|$)/;
/** «всего», «Всего», «всего, в том числе:» in a source column: the item's total over its sources. */
const BARE_TOTAL = /^(?:всего|итого)(?:\s+в\s+том\s+числе|\s+в\s+т\s*ч)?$/;
const SUBTOTAL_LABEL = /^(?:итого|всего)\s+по\s+(?:раздел|этап|пункт|направлени|стать|мероприяти|блок|подпрограмм|задач|\d)/;
const GRAND_LABEL = /по\s+(?:проекту|программе|смете|бюджету|всем)|^всего$/;
const MAYBE_SPECIAL = /^[\s«"'(]*[вВиИtTgGиИ]/;
const INCLUDING = /^(?:в\s+(?:том\s+числе|т\s*ч)|из\s+них)(?:\s|$)/;
const INCLUDING_PREFIX = /^\s*(?:в\s+(?:том\s+числе|т\.?\s*ч\.?)|из\s+них)\s*:?\s*/i;
const NUMBERING = /^\d{1,3}(?:\.\d{1,3})*\.?$/;
const SCOPE_HINT = /показател|значени|количеств|доля|%|процент|индикатор|результат/;
/** A sub-header under the header band: «всего», «в том числе по годам», «из них», a unit. */
const SUBHEADER_WORD = /^(?:всего|итого|в том числе|в т ч|из них|по годам|годы|год|руб|рублей|тыс|сумма)/;
/** Approval and reference lines above a table: their dates are the act's, not the budget's year. */
const APPROVAL =
  /^(?:приложение|к\s+(?:постановлению|приказу|распоряжению|решению|муниципальной|государственной|программе)|утвержд|от\s+\d|администрации|правительства)/i;
/** «2007 - 2010 2007 2008 2009 2010»: a span, then each of its years (the years of stacked amount cells). */
const STACKED_TERM = /^(\d{4})\s*[-–—]\s*(\d{4})((?:\s+\d{4})+)$/;
/** How many rows a header search looks at a time. */
const WINDOW = 30;

/** Reads one amount cell in its own unit (roubles when it names one): a number, null when blank, or a problem. */
export function readAmount(v: unknown): Amount {
  const m = readMoney(v);
  if (m === null) return null;
  if ('problem' in m) return m;
  if (m.kind === 'amount') return m.value;
  return { problem: 'text', text: cellText(v) };
}

export function isProblem(a: Amount | undefined): a is AmountProblem {
  return typeof a === 'object' && a !== null;
}

const UNITS: [RegExp, Omit<Unit, 'stated'>][] = [
  [/млн\.?\s*(?:руб|р(?![а-яa-z])|₽)|миллион(?:ов|а)?\s+руб/, { label: 'млн руб.', factor: 1e6 }],
  [/тыс\.?\s*(?:руб|р(?![а-яa-z])|₽)|тысяч[аи]?\s+руб|thousand\s+rub|(?:^|[^а-я])т\.\s*р(?:уб)?\.?/, { label: 'тыс. руб.', factor: 1e3 }],
  [/(?:^|[^а-я])(?:руб|рублей|₽)|\brub\b/, { label: 'руб.', factor: 1 }],
];

/** The unit named in a text, or null. */
export function unitIn(text: string): Unit | null {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  for (const [re, u] of UNITS) if (re.test(t)) return { ...u, stated: true };
  return null;
}

function unitOfFactor(factor: number, from: Unit['from']): Unit {
  const label = factor === 1e6 ? 'млн руб.' : factor === 1e3 ? 'тыс. руб.' : 'руб.';
  return { label, factor, stated: true, from };
}

/** The user's «Единица» («тыс. руб.», «руб.», «млн»): a unit, or null when it names none. */
export function parseUnitChoice(text: string): Unit | null {
  const t = text.toLowerCase().trim();
  const u =
    unitIn(t) ??
    (/^(?:тыс|тысяч)/.test(t)
      ? unitIn('тыс. руб.')
      : /^млн/.test(t)
        ? unitIn('млн руб.')
        : /^(?:руб|р\.?$|rub)/.test(t)
          ? unitIn('руб.')
          : null);
  return u ? { ...u, from: 'user' } : null;
}

/** How many cells of a row are filled: 0, 1, or 2 for two or more (every use tells a blank row, a line of one cell and a row). */
function filled(row: readonly unknown[] | undefined): number {
  let n = 0;
  if (row) for (const v of row) if (cellText(v) !== '' && ++n === 2) break;
  return n;
}

function rowBlank(row: readonly unknown[] | undefined, c0 = 0, c1 = Infinity): boolean {
  if (!row) return true;
  const end = Math.min(row.length - 1, c1);
  for (let c = Math.max(0, c0); c <= end; c++) if (cellText(row[c]) !== '') return false;
  return true;
}

const isMoney = (m: MoneyRead): boolean => m !== null && 'kind' in m && m.kind !== 'quantity';

/** A row under a table's header that starts another table: it names fields (years count as one) and holds no amounts. */
function startsHeader(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  // a data row (the usual case) is told at once by an amount that is no year
  let n = 0;
  for (const v of row) {
    if (typeof v === 'number' && !(v >= 1990 && v <= 2100)) return false;
    if (v !== '' && v !== null && v !== undefined) n++;
  }
  if (n < 2 || !mayHead(row)) return false;
  let years = 0;
  let damagedOnly = 0;
  const totalWord = row.some((v) => typeof v === 'string' && TOTAL_LABEL.test(headerKey(cellText(v))));
  for (const v of row) {
    const t = cellText(v);
    if (!t) continue;
    // «Итого | 2100 | 2110»: a total row whose amounts look like years
    if (totalWord && typeof v === 'number') return false;
    if (isYearHeader(t)) {
      years++;
      if (!parseYearLabel(t)) damagedOnly++;
      continue;
    }
    if (typeof v === 'number' || isMoney(readMoney(v))) return false;
  }
  // «Итого | Бюджетные средства | 20000 | 20000»: amounts as text that read as damaged years («20000» → 2000)
  // are a total row's amounts when no year in the row is a year as written (a header's «2019 | 20120» has one)
  if (totalWord && damagedOnly > 0 && damagedOnly === years) return false;
  const named = Object.keys(matchHeaderRow(row, BUDGET_SYNONYMS)).length;
  return named >= 1 && named + (years ? 1 : 0) >= 2;
}

/** A row that goes on labelling the header: «всего», «в том числе по годам», years, a unit; no amounts. */
function isSubHeader(row: readonly unknown[] | undefined): boolean {
  if (!row || filled(row) === 0) return false;
  for (const v of row) {
    const t = cellText(v);
    if (!t) continue;
    if (isYearHeader(t)) continue;
    if (typeof v === 'number') return false;
    if (!SUBHEADER_WORD.test(headerKey(t)) || /\d/.test(t.replace(/\b(?:19|20)\d\d\b/g, ''))) return false;
  }
  return true;
}

/** The years named in the title lines (not in approval lines: those are the act's dates). */
export function titleYears(lines: readonly { text: string }[]): number[] {
  const out: number[] = [];
  for (const { text } of lines) {
    if (APPROVAL.test(text.trim())) continue;
    for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) {
      const y = Number(m[1]);
      if (!out.includes(y)) out.push(y);
    }
  }
  return out;
}

/** The year written in an amount column's header: «Сумма расходов (руб.) 2011 год» → 2011. */
function yearInLabel(label: string): number | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:год|г\.?|гг)?/i.exec(label);
  return m ? Number(m[1]) : null;
}

// ---- finding the tables ----------------------------------------------------------------------

const SEARCH_SPEC: TableSpec<BudgetField> = { ...BUDGET_TABLE, content: {} };

/** Words of money in a header: a band with them is a budget's even when its years sit under «Значение». */
const MONEY_HEADER = /руб|финанс|расход|бюджет|затрат|сумм|стоимост|средств|ассигнован|цена/i;
/** «Единица измерения», «Ед. изм.»: a column of units of measure (%, чел.) — an indicator table's, unless money is named. */
const MEASURE_HEADER = /единиц[а-яё]*\s*измер|ед\.?\s*изм/i;

/**
 * A band without its top row when that row is a title line of one cell («на 2023 год» above the header): its
 * text, carried over the columns under it, names no column.
 */
function withoutTitleRow(values: Grid, rt: ReadTable<BudgetField>): ReadTable<BudgetField> {
  const top = rt.headerRows[0];
  if (top === undefined || rt.headerRows.length < 2 || filled(values[top]) !== 1) return rt;
  const t = cellText((values[top] ?? []).find((v) => cellText(v) !== ''));
  const labels = rt.labels.map((l) => (l === t ? '' : l.startsWith(`${t}\n`) ? l.slice(t.length + 1) : l));
  const series = rt.series.filter((c) => labels[c] && isYearHeader(labels[c]!));
  return {
    ...rt,
    headerRows: rt.headerRows.slice(1),
    headerRow: rt.headerRows[1]!,
    labels,
    series,
    above: [...rt.above, { row: top, text: t }],
  };
}

/**
 * A header band that is a budget's: it names money (years, a total, a price) or sources beside items. Years
 * under «Значение показателей» or «Целевое значение» with no word of money are an indicator table's.
 */
function budgetBand(values: Grid, band: ReadTable<BudgetField>): boolean {
  const rt = withoutTitleRow(values, band);
  const c = rt.columns;
  const joined = rt.labels.map((l) => l.replace(/\s*\n\s*/g, '')).join(' | ');
  const indicators =
    !rt.labels.some((l) => MONEY_HEADER.test(l)) &&
    ((rt.series.length > 0 && rt.series.every((col) => SCOPE_HINT.test(rt.labels[col]!.toLowerCase()))) ||
      MEASURE_HEADER.test(joined) ||
      MEASURE_HEADER.test(rt.labels.join(' | ')));
  if (indicators) return false;
  return rt.series.length > 0 || c.total !== undefined || c.price !== undefined || (c.source !== undefined && c.item !== undefined);
}

/**
 * The stems of the words the header names are made of (five letters, as «расходов» and «расходы» share «расхо»);
 * built on first use, not when Code.js loads (a custom function that reads no budget never pays for it).
 */
let headStems: RegExp | undefined;
const HEAD_STEMS = (): RegExp =>
  (headStems ??= new RegExp(
    `(?:^|[^\\p{L}])(?:${[
      ...new Set(
        Object.values(BUDGET_SYNONYMS)
          .flat()
          .flatMap((syn) => normalizeHeader(syn).split(' '))
          .filter((w) => w.length >= 4)
          .map((w) => w.slice(0, 5)),
      ),
    ].join('|')}|№)`,
    'iu',
  ));

/** A row that may be part of a header: a year label, or a short cell with a word of a column name. Cheap: most rows are not. */
function mayHead(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  for (const v of row) {
    if (v === '' || v === null || v === undefined) continue;
    if (typeof v === 'number') {
      if (v >= 1990 && v <= 2100) return true;
      continue;
    }
    const t = cellText(v);
    if (!t || t.length > 200) continue;
    if (/\d/.test(t) && isYearHeader(t)) return true;
    if (HEAD_STEMS().test(t.replace(/ё/g, 'е'))) return true;
  }
  return false;
}

/** The first budget header band at or below row `from` (rows before `end`), or null. */
function firstBand(values: Grid, from: number, end: number): ReadTable<BudgetField> | null {
  let s = from;
  while (s < end) {
    // the header search starts at the next row that may head a table (most rows of a long sheet do not)
    while (s < end && !mayHead(values[s])) s++;
    if (s >= end) return null;
    const window = Math.min(WINDOW, end - s);
    const res = readTable(values, { ...SEARCH_SPEC, maxRows: window }, {}, { from: s, checkRequired: false });
    if (!res.ok || res.headerRow < 0) {
      s += window;
      continue;
    }
    // the best band of the window may not be its first: look above it
    let best: ReadTable<BudgetField> = res;
    while (best.headerRow > s) {
      const earlier = readTable(values, { ...SEARCH_SPEC, maxRows: best.headerRow - s }, {}, { from: s, checkRequired: false });
      if (earlier.ok && earlier.headerRow >= s && earlier.headerRow < best.headerRow && budgetBand(values, earlier)) best = earlier;
      else break;
    }
    if (budgetBand(values, best)) return best;
    s = best.headerRow + 1;
  }
  return null;
}

/** Text written as money: a unit, a decimal comma, thousands grouped by spaces, kopecks after a dash. */
const MONEY_TEXT = /руб|\dр\.|\sр\.|тыс|млн|₽|\d[ \u00a0]\d{3}(?!\d)|\d,\d|^\d+-\d{2}$/i;

/** Lines that call a text a budget: «Смета», «расходов», «Источники финансирования», «стоимость». */
const BUDGET_WORDS = /смет|бюджет|расход|финансир|стоимост|затрат/i;

/**
 * Rows in [from, end) that hold money beside text: a table without a header row. Money is an amount written
 * with its unit or as text («- 115,5 тыс. руб.», «20070 руб.», «26 640,0»); bare numbers count only under a
 * title that calls the text a budget («Смета …»): a checklist's weights and scores are no money.
 */
function headerlessBudget(values: Grid, from: number, end: number): boolean {
  let titled = false;
  let rows = 0;
  for (let r = from; r < end; r++) {
    const row = values[r];
    const n = filled(row);
    if (n === 1 && BUDGET_WORDS.test(cellText((row ?? []).find((v) => cellText(v) !== '')))) titled = true;
    if (!row || n < 2) continue;
    let money = false;
    let text = false;
    for (const v of row) {
      const t = cellText(v);
      if (!t) continue;
      if (typeof v === 'string' && !/\d/.test(t)) {
        if (/\p{L}{3}/u.test(t)) text = true;
        continue;
      }
      const m = readMoney(v);
      const amount = m !== null && 'kind' in m && m.kind !== 'quantity';
      if (amount && (MONEY_TEXT.test(t) || titled)) money = true;
      else if (/\p{L}{3}/u.test(t) && !amount) text = true;
    }
    if (money && text) rows++;
  }
  return rows > 0;
}

/** The end (exclusive) of the rows that type a table's columns: its first blank row or line of one text cell. */
function sampleEnd(values: Grid, start: number): number {
  let i = start;
  for (; i < values.length; i++) {
    const n = filled(values[i]);
    if (n === 0) break;
    if (n === 1 && i > start && !isMoney(readMoney((values[i] ?? []).find((v) => cellText(v) !== '')))) break;
  }
  return Math.max(i, start + 1);
}

interface Context {
  values: Grid;
  choice: BudgetChoice;
  /** The years of the sheet's title (the lines above its first table). */
  sheetYears: number[];
}

/**
 * Finds every budget table in the values of a sheet (or of a range given to a custom function), with the
 * user's choice: the header row and columns pick and map one table, the year and the unit hold for all.
 * Never throws; a sheet without a budget gives [].
 */
export function findBudgetTables(values: Grid, choice: BudgetChoice = {}): BudgetTable[] {
  const ctx: Context = { values, choice, sheetYears: [] };
  const tables: BudgetTable[] = [];
  const chosen = choice.headerRow !== undefined || (choice.mapping !== undefined && Object.keys(choice.mapping).length > 0);
  let r = 0;
  let first = true;
  while (r < values.length) {
    let rt: ReadTable<BudgetField> | null = null;
    let headerless = false;
    const band = firstBand(values, r, values.length);
    const bandTop = band ? band.headerRow : values.length;
    if (chosen && first) {
      const res = readTable(
        values,
        BUDGET_TABLE,
        {
          ...(choice.mapping ? { mapping: choice.mapping } : {}),
          ...(choice.headerRow !== undefined ? { headerRow: choice.headerRow } : {}),
        },
        { checkRequired: false },
      );
      if (res.ok) {
        rt = res;
        headerless = res.headerRow < 0;
      }
    } else if (headerlessBudget(values, r, bandTop)) {
      const res = readTable(values.slice(0, bandTop), BUDGET_TABLE, {}, { from: r, checkRequired: false });
      if (res.ok && res.headerRow < 0) {
        rt = res;
        headerless = true;
      }
    }
    if (!rt && band) {
      // the columns are typed by the cells of this table only: up to its first blank or one-cell line
      const sample = values.slice(0, sampleEnd(values, band.dataStart));
      rt = readTable(sample, BUDGET_TABLE, { headerRow: band.headerRow }, { from: r, checkRequired: false }) as ReadTable<BudgetField>;
    }
    if (!rt || !('series' in rt)) break;
    if (first) ctx.sheetYears = titleYears(rt.above);
    first = false;
    const table = gridTable(ctx, rt, headerless, headerless ? bandTop : values.length);
    if (table) tables.push(table);
    r = Math.max((table?.lastRow ?? rt.dataStart) + 1, rt.dataStart + 1, r + 1);
  }
  // estimates written as text lines, where no grid table is
  tables.push(...textTables(ctx, tables));
  tables.sort((a, b) => a.firstRow - b.firstRow);
  attachTextSums(values, tables);
  shareUnits(tables, choice);
  return tables;
}

// ---- one grid table ---------------------------------------------------------------------------

/** The years of the series columns, split into runs (a second run under an indicator heading is not money). */
function seriesYears(rt: ReadTable<BudgetField>): { years: YearColumn[]; ignored: number[] } {
  const found = rt.series.map((col) => {
    const lines = rt.labels[col]!.split('\n');
    const text = lines[lines.length - 1]!.trim();
    return { col, text, label: parseYearLabel(text), parents: lines.slice(0, -1).join(' ') };
  });
  const runs: (typeof found)[] = [];
  for (const f of found) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    const adjacent = prev && (f.col === prev.col + 1 || (f.col === prev.col + 2 && rt.columns.total === prev.col + 1));
    const restart =
      prev &&
      ((f.label && prev.label && f.label.from <= prev.label.from) ||
        (f.parents !== prev.parents && SCOPE_HINT.test(f.parents.toLowerCase())));
    if (adjacent && !restart) last!.push(f);
    else runs.push([f]);
  }
  const years: YearColumn[] = [];
  const ignored: number[] = [];
  runs.forEach((run, i) => {
    if (i > 0 && SCOPE_HINT.test(run[0]!.parents.toLowerCase())) {
      ignored.push(...run.map((f) => f.col));
      return;
    }
    run.forEach((f, j) => {
      if (f.label) {
        years.push({
          col: f.col,
          label: f.text,
          key: f.label.key,
          kind: f.label.kind,
          from: f.label.from,
          to: f.label.to,
          plausible: f.label.plausible,
        });
        return;
      }
      // a damaged header: the year its neighbours continue («2010 | 2011 | 20120» → 2012)
      const prev = years[years.length - 1];
      const next = run.slice(j + 1).find((x) => x.label)?.label;
      const cands = damagedYears(f.text);
      const want = prev && prev.col === f.col - 1 ? prev.to + 1 : next ? next.from - 1 : undefined;
      const y = cands.find((c) => c === want) ?? cands[cands.length - 1]!;
      years.push({ col: f.col, label: f.text, key: String(y), kind: 'year', from: y, to: y, plausible: false, typoOf: y });
    });
  });
  return { years, ignored };
}

function gridTable(ctx: Context, band: ReadTable<BudgetField>, headerless: boolean, limit: number): BudgetTable | null {
  const { values, choice } = ctx;
  const rt = withoutTitleRow(values, band);
  const headerRows = [...rt.headerRows];
  const labels = [...rt.labels];
  const columns: BudgetColumns = { ...rt.columns };
  let dataStart = rt.dataStart;
  let numberingRow = rt.numberingRow;
  let series = [...rt.series];
  // sub-header rows the band did not take («всего | в том числе по годам», a year row with a damaged year)
  while (!headerless && numberingRow === undefined && dataStart < limit && isSubHeader(values[dataStart])) {
    const row = values[dataStart] ?? [];
    headerRows.push(dataStart);
    for (let c = 0; c < Math.max(row.length, labels.length); c++) {
      const t = cellText(row[c]);
      if (!t) continue;
      labels[c] = labels[c] ? `${labels[c]}\n${t}` : t;
      if (columns.total === undefined && /^всего|^итого/.test(headerKey(t)) && !isYearHeader(t)) columns.total = c;
    }
    series = labels.flatMap((l, c) => (l && isYearHeader(l) && !Object.values(columns).includes(c) ? [c] : []));
    dataStart++;
    if (isColumnNumbering(values[dataStart])) numberingRow = dataStart++;
  }
  const rtx: ReadTable<BudgetField> = { ...rt, labels, series, columns: columns as ReadTable<BudgetField>['columns'] };
  const { years: seriesYearsList, ignored } = seriesYears(rtx);
  // item: the first labelled column left of the amounts that names nothing else (a long header the synonyms miss)
  // a field the header does not name, chosen by its cells in a column the header names otherwise: numbers of a
  // numbering column look like small amounts («Число детей 18»), so the header's word stands
  for (const q of rt.questions) {
    if (q.code === 'by-content' && q.headerCol === undefined && q.field === 'number' && !headerless && labels[q.col]) delete columns.number;
  }
  const questions = rt.questions.filter((q) => q.code !== 'by-content' || columns[q.field] === q.col);
  const mapped = () => new Set<number>([...(Object.values(columns) as number[]), ...series]);
  const firstAmount = Math.min(...seriesYearsList.map((y) => y.col), columns.total ?? Infinity);
  const factorNamed = factorColumns(labels, columns);
  let textEnd: number | undefined;
  const hasText = (c: number) => {
    textEnd ??= Math.min(limit, sampleEnd(values, dataStart));
    for (let i = dataStart; i < textEnd; i++)
      if (/\p{L}{3}/u.test(cellText(values[i]?.[c])) && typeof values[i]?.[c] === 'string') return true;
    return false;
  };
  if (columns.item === undefined && !(choice.mapping && 'item' in choice.mapping)) {
    for (let c = 0; c < Math.min(firstAmount, labels.length); c++) {
      if (
        labels[c] &&
        !mapped().has(c) &&
        !factorNamed.quantity.includes(c) &&
        !factorNamed.price.includes(c) &&
        !/^(?:статус|№|n)\b/i.test(labels[c]!) &&
        hasText(c)
      ) {
        columns.item = c;
        break;
      }
    }
  }
  // sources as columns: the columns after the item whose label names a budget («федераль- ный бюджет»)
  let sourceCols: number[] = [];
  for (let c = 0; c < labels.length; c++) {
    if ((mapped().has(c) && c !== columns.source) || c <= (columns.item ?? -1)) continue;
    const last = labels[c]!.split('\n').pop()!.toLowerCase();
    if (SOURCE_WORDS.test(last) && last.length < 80 && !/руб/.test(last)) sourceCols.push(c);
  }
  // two or more budget-named columns side by side: a column per source; one alone is just a column
  if (sourceCols.length >= 2) {
    if (columns.source !== undefined && sourceCols.includes(columns.source)) delete columns.source;
  } else sourceCols = [];
  const factorCols = factorColumns(labels, columns);
  // the data rows
  const last = dataEnd(values, dataStart, limit, headerless, columns, sourceCols, seriesYearsList);
  const title = titleYears(rt.above);
  const plan = yearPlan(ctx, rtx, columns, seriesYearsList, sourceCols, title, dataStart, last);
  const unit = tableUnit(
    ctx,
    headerRows.map((k) => values[k] ?? []),
    labels,
    rt.above,
    plan,
    columns,
    dataStart,
    last,
  );
  const read = readRows(values, dataStart, last, columns, plan, unit, labels);
  const firstCols = [...plan.years.map((y) => y.col), ...(Object.values(columns) as number[]), ...sourceCols].filter((c) => c >= 0);
  if (!plan.years.length || !firstCols.length || (!read.rows.length && headerless)) return null;
  let stated: BudgetTable['stated'] | undefined;
  const table: BudgetTable = {
    headerRows,
    firstRow: headerRows[0] ?? dataStart,
    lastRow: Math.max(read.lastData, headerRows[headerRows.length - 1] ?? -1, numberingRow ?? -1),
    firstCol: Math.min(...firstCols),
    lastCol: Math.max(...firstCols),
    columns,
    titles: titlesOf(columns, labels),
    years: plan.years,
    unit,
    rows: read.rows,
    headings: read.headings,
    skippedRows: [...(numberingRow !== undefined ? [numberingRow] : []), ...read.skipped],
    ignoredCols: ignored,
    shape: read.stacked ? 'stacked' : 'grid',
    yearFrom: plan.yearFrom,
    titleYears: title.length ? title : ctx.sheetYears,
    above: rt.above,
    questions,
    textSums: [],
    // gathered on first use (a check asks only about a total that fits none of its rows): one entry per amount;
    // an accessor of the literal, so JSON, copies and comparisons see a plain array in its place
    get stated() {
      return (stated ??= read.stated());
    },
    set stated(value) {
      stated = value;
    },
  };
  // a table without an item column: its rows are what its title names («1. План обеспечения питанием»)
  if (columns.item === undefined && rt.above.length) {
    const title = rt.above[rt.above.length - 1]!.text.replace(/^\d{1,3}(?:\.\d{1,3})*\.?\s*/, '').trim();
    for (const r of table.rows) if (!r.item) r.item = title;
  }
  if (sourceCols.length) table.sourceCols = sourceCols;
  if (factorCols.quantity.length || factorCols.price.length) table.factorCols = factorCols;
  if (numberingRow !== undefined) table.numbering = numberingOf(values[numberingRow] ?? [], numberingRow);
  return table;
}

function titlesOf(columns: BudgetColumns, labels: readonly string[]): BudgetTable['titles'] {
  const out: BudgetTable['titles'] = {};
  for (const [f, c] of Object.entries(columns) as [keyof BudgetColumns, number][])
    if (labels[c]) out[f] = labels[c]!.replace(/\s*\n\s*/g, ' ');
  return out;
}

const QUANTITY_KEYS = BUDGET_SYNONYMS.quantity.map(normalizeHeader);
const PRICE_KEYS = BUDGET_SYNONYMS.price.map(normalizeHeader);

/** Every column named like a quantity («Число детей», «Кол-во литров») or a price («Цена за 1 литр»). */
function factorColumns(labels: readonly string[], columns: BudgetColumns): { quantity: number[]; price: number[] } {
  const quantity: number[] = [];
  const price: number[] = [];
  const q = QUANTITY_KEYS;
  const p = PRICE_KEYS;
  labels.forEach((l, c) => {
    if (!l || c === columns.total) return;
    const t = headerKey(l.split('\n').pop()!);
    const starts = (syns: string[]) => syns.some((s) => t === s || t.startsWith(`${s} `));
    if (starts(p) || c === columns.price) price.push(c);
    else if (starts(q) || c === columns.quantity) quantity.push(c);
  });
  return { quantity, price };
}

/** The last data row: up to a blank row, the next table's header, or (a table without items or header) a one-cell line. */
function dataEnd(
  values: Grid,
  start: number,
  limit: number,
  headerless: boolean,
  columns: BudgetColumns,
  sourceCols: number[],
  years: YearColumn[],
): number {
  const cols = [...(Object.values(columns) as number[]), ...sourceCols, ...years.map((y) => y.col)];
  const c0 = Math.min(...cols);
  const c1 = Math.max(...cols);
  let end = start - 1;
  for (let i = start; i < Math.min(limit, values.length); i++) {
    const row = values[i];
    if (rowBlank(row, c0, c1)) {
      // a section line left of the table («1. Подпрограмма …») over more of its rows goes on; a blank row ends it
      const section = c0 > 0 && !rowBlank(row, 0, c0 - 1) && i + 1 < Math.min(limit, values.length) && !rowBlank(values[i + 1], c0, c1);
      if (!section) break;
      end = i;
      continue;
    }
    if (i > start && startsHeader(row)) break;
    const n = filled(row);
    if (n === 1 && (headerless || (columns.item === undefined && columns.source === undefined))) {
      const only = (row ?? []).find((v) => cellText(v) !== '');
      // «Источники финансирования:» over more rows of the same table is a heading in it
      const heading = /:\s*$/.test(cellText(only)) && filled(values[i + 1]) >= 2 && i + 1 < limit;
      if (!isMoney(readMoney(only)) && !heading) break;
    }
    if (n === 1 && i > start && cellText(row?.[0]).length > 100) break;
    end = i;
  }
  return end;
}

interface YearPlan {
  years: YearColumn[];
  yearFrom: YearSource;
  /** Stacked cells: how many yearly values follow each cell's total. */
  stacked: boolean;
  sourceCols: number[];
}

/** The table's years: its year columns; else one amount column whose year is the header's, the title's or the user's. */
function yearPlan(
  ctx: Context,
  rt: ReadTable<BudgetField>,
  columns: BudgetColumns,
  series: YearColumn[],
  sourceCols: number[],
  title: number[],
  start: number,
  end: number,
): YearPlan {
  const { values, choice } = ctx;
  // stacked cells: the years from a stacked term cell («2007 - 2010 2007 2008 2009 2010»), else the header or the title's span
  const amountCols = [columns.total, ...sourceCols].filter((c): c is number => c !== undefined);
  let stacked = false;
  for (let i = start; i <= end && !stacked; i++)
    for (const c of amountCols) {
      const v = values[i]?.[c];
      if (typeof v !== 'number' && Object.prototype.hasOwnProperty.call(readMoney(v) ?? {}, 'values')) stacked = true;
    }
  if (stacked) {
    let list: number[] | null = null;
    let termCol = -1;
    for (let i = start; i <= end && !list; i++) {
      (values[i] ?? []).forEach((v, c) => {
        const m = STACKED_TERM.exec(cellText(v));
        if (m && !list) {
          list = m[3]!.trim().split(/\s+/).map(Number);
          termCol = c;
        }
      });
    }
    if (!list) {
      const span = [...title, ...ctx.sheetYears];
      if (series.length) list = series.map((y) => y.from);
      else if (span.length >= 2) list = Array.from({ length: Math.max(...span) - Math.min(...span) + 1 }, (_, k) => Math.min(...span) + k);
    }
    const yearsList: number[] = list ?? [];
    const years = yearsList.map((y): YearColumn => ({
      col: termCol >= 0 ? termCol : (columns.total ?? 0),
      label: String(y),
      key: String(y),
      kind: 'year',
      from: y,
      to: y,
      plausible: true,
    }));
    return { years, yearFrom: termCol >= 0 ? 'cells' : series.length ? 'columns' : 'title', stacked: true, sourceCols };
  }
  if (series.length) return { years: series, yearFrom: 'columns', stacked: false, sourceCols };
  // one amount column (or a column per source): one year
  const amountCol = columns.total ?? sourceCols[0];
  if (amountCol === undefined) return { years: [], yearFrom: 'none', stacked: false, sourceCols };
  const label = (rt.labels[amountCol] ?? '').replace(/\s*\n\s*/g, ' ').trim();
  let year: number | null = null;
  let from: YearSource = 'none';
  if (choice.year !== undefined) {
    year = choice.year;
    from = 'user';
  } else if (yearInLabel(label) !== null) {
    year = yearInLabel(label);
    from = 'header';
  } else {
    const t = title.length ? title : ctx.sheetYears;
    if (t.length === 1) {
      year = t[0]!;
      from = 'title';
    }
  }
  const y: YearColumn =
    year !== null
      ? {
          col: amountCol,
          label: from === 'header' && label ? label : String(year),
          key: String(year),
          kind: 'year',
          from: year,
          to: year,
          plausible: true,
        }
      : { col: amountCol, label: label || 'Сумма', key: '', kind: 'year', from: 0, to: 0, plausible: true, unknown: true };
  if (sourceCols.length && columns.total !== undefined) {
    // items × sources: «Всего» and each source column are the same year's amounts
    return { years: [y], yearFrom: from, stacked: false, sourceCols };
  }
  if (columns.total !== undefined) delete columns.total;
  return { years: [y], yearFrom: from, stacked: false, sourceCols };
}

/** The unit: the user's, the header's, the title's, the one the amount cells name; not stated when none says. */
function tableUnit(
  ctx: Context,
  header: readonly (readonly unknown[])[],
  labels: readonly string[],
  above: readonly { text: string }[],
  plan: YearPlan,
  columns: BudgetColumns,
  start: number,
  end: number,
): Unit {
  if (ctx.choice.unit) {
    const u = parseUnitChoice(ctx.choice.unit);
    if (u) return u;
  }
  for (const row of [...header].reverse()) {
    for (const v of row) {
      const u = unitIn(cellText(v));
      if (u) return { ...u, from: 'header' };
    }
  }
  for (const l of labels) {
    const u = l ? unitIn(l) : null;
    if (u) return { ...u, from: 'header' };
  }
  for (const line of [...above].reverse()) {
    const u = unitIn(line.text);
    if (u && !APPROVAL.test(line.text.trim())) return { ...u, from: 'above' };
  }
  // the unit the amount cells name, the most common one
  const cols = [...plan.years.map((y) => y.col), ...plan.sourceCols, ...(columns.total !== undefined ? [columns.total] : [])];
  const counts = new Map<number, number>();
  const distinct = [...new Set(cols)];
  for (let i = start; i <= end; i++) {
    for (const c of distinct) {
      const v = ctx.values[i]?.[c];
      // a number names no unit
      if (typeof v === 'number') continue;
      const m = readMoney(v);
      const units: number[] = [];
      if (m && 'kind' in m && m.kind === 'amount' && m.unit !== undefined) units.push(m.unit);
      if (m && 'kind' in m && m.kind === 'list') for (const l of m.lines) if (l.money.unit !== undefined) units.push(l.money.unit);
      for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return unitOfFactor(best[0], 'cells');
  return { label: 'руб.', factor: 1, stated: false };
}

/** The odd numbers of a column-numbering row: doubled ones (with the second's column) and missing ones. */
function numberingOf(row: readonly unknown[], r: number): NonNullable<BudgetTable['numbering']> {
  const nums: { col: number; n: number }[] = [];
  row.forEach((v, c) => {
    const t = cellText(v);
    if (t) nums.push({ col: c, n: Number.parseInt(t, 10) });
  });
  const doubled: { col: number; n: number }[] = [];
  const missing: number[] = [];
  for (let i = 1; i < nums.length; i++) {
    const a = nums[i - 1]!.n;
    const b = nums[i]!.n;
    if (b === a) doubled.push(nums[i]!);
    for (let k = a + 1; k < b; k++) missing.push(k);
  }
  return { row: r, doubled, missing };
}

// ---- the rows ---------------------------------------------------------------------------------

interface RowsRead {
  rows: BudgetRow[];
  headings: { row: number; text: string }[];
  skipped: number[];
  lastData: number;
  stacked: boolean;
  /** The amounts the rows state (their cells and formula results), gathered when first asked for. */
  stated: () => BudgetTable['stated'];
}

interface Cellish {
  amount: Amount;
  money: MoneyRead;
}

function toAmount(m: MoneyRead, v: unknown, factor: number): Amount {
  if (m === null) return null;
  if ('problem' in m) return m;
  if (m.kind === 'amount') return inUnit(m, factor);
  return { problem: 'text', text: cellText(v) };
}

/** Reads the data rows: items, totals, headings, «в том числе» breakdowns, lists in one cell, stacked cells, sources as columns. */
function readRows(
  values: Grid,
  start: number,
  end: number,
  cols: BudgetColumns,
  plan: YearPlan,
  unit: Unit,
  labels: readonly string[],
): RowsRead {
  const factor = unit.factor;
  const yearCols = plan.years.map((y) => y.col);
  const sourceCols = plan.sourceCols;
  const rows: BudgetRow[] = [];
  const headings: { row: number; text: string }[] = [];
  const skipped: number[] = [];
  const partParents = new Map<BudgetRow, BudgetRow>();
  const columnParents = new Set<BudgetRow>();
  let lastItem: string | undefined;
  let group: string | undefined;
  let prev: BudgetRow | { heading: string } | null = null;
  let partsOf: BudgetRow | { heading: string } | null = null;
  /** The rows under «в том числе» are parts whatever they name (not only sources): in-cell «В том числе:», «- …» lines. */
  let anyParts = false;
  let lastData = start - 1;
  const breakdownCols = breakdownColumns(values, start, end, cols, yearCols, sourceCols);
  // the amount columns; the rows whose amounts are all numbers share this list as their numericCols (never changed)
  const amountColsOfRow: readonly number[] = Object.freeze([...yearCols, ...(cols.total !== undefined ? [cols.total] : [])]);
  for (let i = start; i <= end; i++) {
    const row = values[i] ?? [];
    if (rowBlank(row)) continue;
    const numText = cols.number !== undefined ? cellText(row[cols.number]) : '';
    let itemRaw = cols.item !== undefined ? row[cols.item] : '';
    let itemText = cellText(itemRaw);
    let number: string | undefined;
    if (numText) {
      if (NUMBERING.test(numText) || typeof row[cols.number!] === 'number') number = numText;
      else if (!itemText) {
        itemText = numText; // «Итого» in the merged № + item cell, a section row in the number column
        itemRaw = row[cols.number!];
      }
    }
    if (!number && itemText) {
      // numbering written into the item cell: «1. Муниципальный бюджет»
      const m = /^(\d{1,3}(?:\.\d{1,3})*\.)\s+(\S.*)$/s.exec(itemText);
      if (m && !/^\d/.test(m[2]!)) {
        number = m[1];
        itemText = m[2]!;
      }
    }
    let sourceText = cols.source !== undefined ? cellText(row[cols.source]) : '';
    // one column for items and sources («ГРБС, источник расходов»): a «source» that names no budget is the item
    if (
      cols.item === undefined &&
      sourceText &&
      !SOURCE_WORDS.test(sourceText.toLowerCase()) &&
      !BARE_TOTAL.test(headerKey(sourceText)) &&
      !INCLUDING.test(headerKey(sourceText))
    ) {
      itemText = sourceText;
      itemRaw = row[cols.source!];
      sourceText = '';
    }

    // sources as columns (and stacked cells): one row per amount column
    if (sourceCols.length || plan.stacked) {
      const made = sourceColumnRows(row, i, itemText, number, cols, plan, factor, labels, group);
      if (made.length) {
        rows.push(...made);
        if (made.length > 1 && made[0]!.source === undefined) {
          columnParents.add(made[0]!);
          made[0]!.sums = made.slice(1).map((r) => r.row);
        }
        lastData = i;
        lastItem = made[0]!.item || lastItem;
        prev = made[0]!;
        continue;
      }
    }

    const cells: Cellish[] = yearCols.map((c) => {
      const money = readMoney(row[c]);
      return { money, amount: toAmount(money, row[c], factor) };
    });
    const totalMoney = cols.total !== undefined ? readMoney(row[cols.total]) : undefined;
    const total = cols.total !== undefined ? toAmount(totalMoney ?? null, row[cols.total], factor) : undefined;
    // a row of counts («- 50 чел.», «- 14 дн.»): no money, not a data row
    if (
      cells.length &&
      cells.every((x) => x.money === null || ('kind' in x.money && x.money.kind === 'quantity')) &&
      cells.some((x) => x.money !== null)
    ) {
      skipped.push(i);
      lastData = i;
      continue;
    }
    // «1 этап …\nВ том числе:\nОдин ценный подарок …» with «30800-00\n14х1000-00=14000-00»: the row and its first part;
    // the unnumbered rows under it are its other parts
    const inCell = cells.length === 1 ? splitIncluding(itemRaw) : null;
    if (inCell) {
      const m = cells[0]!.money;
      const amounts: MoneyAmount[] =
        m && 'kind' in m ? (m.kind === 'list' ? m.lines.map((l) => l.money) : m.kind === 'amount' ? [m] : []) : [];
      if (amounts.length) {
        const parent: BudgetRow = { row: i, kind: 'item', item: inCell.head, years: [inUnit(amounts[0]!, factor)], cols: [yearCols[0]!] };
        if (number) parent.number = number;
        if (group !== undefined) parent.group = group;
        rows.push(parent);
        if (inCell.part && amounts[1]) {
          const part: BudgetRow = {
            row: i,
            kind: 'part',
            item: inCell.part,
            years: [inUnit(amounts[1], factor)],
            cols: [yearCols[0]!],
            group: inCell.head,
          };
          const f = amounts[1].formula;
          if (f && f.result !== undefined) {
            const d = f.money ? factor : 1;
            part.formulas = [{ col: yearCols[0]!, text: f.text, value: round(f.value / d), result: round(f.result / d) }];
          }
          partParents.set(part, parent);
          rows.push(part);
        }
        partsOf = parent;
        anyParts = true;
        prev = parent;
        lastItem = undefined;
        lastData = i;
        continue;
      }
    }
    // a list in one cell pair: the items one per line, their amounts one per line
    const list = cells.length === 1 ? cells[0]!.money : null;
    if (list && 'kind' in list && list.kind === 'list') {
      rows.push(...listRows(i, itemRaw, list, yearCols[0]!, factor, group, number));
      lastData = i;
      prev = rows[rows.length - 1]!;
      continue;
    }
    const years: Amount[] = cells.map((x) => x.amount);
    const hasAmounts = years.some((a) => a !== null) || (total !== undefined && total !== null);
    let numericCols: readonly number[] | undefined;
    if (amountColsOfRow.every((c) => typeof row[c] === 'number')) numericCols = amountColsOfRow.length ? amountColsOfRow : undefined;
    else for (const c of amountColsOfRow) if (typeof row[c] === 'number') ((numericCols ??= []) as number[]).push(c);
    const base = { i, years, number, total, numericCols };

    const special = MAYBE_SPECIAL.test(itemText);
    if (special && INCLUDING.test(headerKey(itemText))) {
      if (prev) partsOf = prev;
      anyParts = false;
      itemText = itemText.replace(INCLUDING_PREFIX, '').trim();
      if (!itemText && !hasAmounts && !sourceText) {
        headings.push({ row: i, text: cellText(itemRaw) });
        continue;
      }
    }
    const label = headerKey(itemText);
    const sourceLabel = headerKey(sourceText);
    // «всего» (or «всего, в том числе:») in the source column: the item's total over the source rows under it
    if (sourceText && BARE_TOTAL.test(sourceLabel) && hasAmounts) {
      const b = makeRow(base, 'item', itemText || lastItem || '');
      if (!itemText && lastItem) b.itemInherited = true;
      if (group !== undefined) b.group = group;
      addArithmetic(b, row, cols, cells, yearCols, factor, breakdownCols);
      rows.push(b);
      partsOf = b;
      prev = b;
      lastItem = b.item || undefined;
      lastData = i;
      continue;
    }
    if (
      partsOf &&
      !('heading' in partsOf) &&
      partsOf.kind === 'item' &&
      partsOf.source === undefined &&
      sourceText &&
      !itemText &&
      !number &&
      hasAmounts
    ) {
      // a source row under an item's «всего»; «в том числе: …» in the source column is a part of the source above it
      const top = partsOf;
      const sub = INCLUDING.test(sourceLabel);
      const above = sub ? [...partParents.entries()].reverse().find(([p, q]) => q === top && p.row < i)?.[0] : undefined;
      const parent = above ?? top;
      const b = makeRow(base, 'part', top.item);
      b.itemInherited = true;
      b.source = sub ? sourceText.replace(INCLUDING_PREFIX, '').trim() : sourceText;
      if (top.group !== undefined) b.group = top.group;
      partParents.set(b, parent);
      rows.push(b);
      lastData = i;
      continue;
    }
    const listMarked = /^[-–—•]\s/.test(itemText);
    if (
      partsOf &&
      !('heading' in partsOf) &&
      partsOf.kind === 'item' &&
      itemText &&
      !sourceText &&
      !number &&
      !TOTAL_LABEL.test(label) &&
      hasAmounts &&
      (anyParts || listMarked)
    ) {
      // «- министерство …» under «в том числе:», the other prizes of an in-cell «В том числе:»
      const parent = partsOf;
      const b = makeRow(base, 'part', itemText.replace(/^[-–—•]\s*/, ''));
      b.group = parent.item;
      addArithmetic(b, row, cols, cells, yearCols, factor, breakdownCols);
      partParents.set(b, parent);
      rows.push(b);
      lastData = i;
      continue;
    }
    if (partsOf && itemText && !sourceText && !number && SOURCE_WORDS.test(itemText.toLowerCase())) {
      // a breakdown row: «федеральный бюджет» under «НИОКР», under «Всего» or under a heading
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
    anyParts = false;

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
    const lastRow = rows[rows.length - 1];
    if (!itemText && !number && lastRow && lastRow.kind === 'total' && lastRow.row === i - 1 && (sourceText || hasAmounts)) {
      // the «Итого» cell merged down over the per-source total rows
      const b = makeRow(base, 'total', lastRow.item);
      b.itemInherited = true;
      if (sourceText) b.source = sourceText;
      if (lastRow.totalKind) b.totalKind = lastRow.totalKind;
      rows.push(b);
      prev = b;
      lastData = i;
      continue;
    }
    if (!hasAmounts && !sourceText && itemText) {
      // a heading: «Капитальные вложения», «1. Оборудование», «9. Укрепление … приобретение:» written without amounts
      headings.push({ row: i, text: number ? `${number} ${itemText}` : itemText });
      group = itemText;
      lastItem = undefined;
      prev = { heading: itemText };
      if (INCLUDING.test(label) || /:$/.test(itemText)) partsOf = null;
      continue;
    }
    if (!hasAmounts && !itemText && !sourceText) continue;
    let item = itemText;
    let inherited = false;
    if (!item && !number && lastItem !== undefined) {
      item = lastItem;
      inherited = true;
    }
    const b = makeRow(base, 'item', item);
    if (inherited) b.itemInherited = true;
    if (sourceText) b.source = sourceText;
    if (group !== undefined) b.group = group;
    addArithmetic(b, row, cols, cells, yearCols, factor, breakdownCols);
    rows.push(b);
    lastItem = item || undefined;
    prev = b;
    lastData = i;
  }
  decideBreakdowns(partParents, columnParents);
  markImplicitParents(rows);
  markImplicitSubtotals(rows);
  resolveTotals(rows);
  const stated = () => {
    const out: BudgetTable['stated'] = [];
    for (const r of rows) {
      const cs = r.cols ?? yearCols;
      for (let j = 0; j < r.years.length; j++) {
        const a = r.years[j];
        if (typeof a === 'number') out.push({ row: r.row, col: cs[j] ?? -1, value: a });
      }
      for (const f of r.formulas ?? []) if (f.result !== undefined) out.push({ row: r.row, col: f.col, value: f.result });
    }
    return out;
  };
  return { rows, headings: headings.filter((h) => h.row <= lastData), skipped, lastData, stacked: plan.stacked, stated };
}

interface RowBase {
  i: number;
  years: Amount[];
  number: string | undefined;
  total: Amount | undefined;
  numericCols: readonly number[] | undefined;
}

function makeRow(b: RowBase, kind: BudgetRow['kind'], item: string): BudgetRow {
  const r: BudgetRow = { row: b.i, kind, item, years: b.years };
  if (b.number !== undefined) r.number = b.number;
  if (b.total !== undefined) r.total = b.total;
  if (b.numericCols) r.numericCols = b.numericCols;
  return r;
}

/** Formulas in the item's name and in the amount cell, and a breakdown cell beside it. */
function addArithmetic(
  b: BudgetRow,
  row: readonly unknown[],
  cols: BudgetColumns,
  cells: Cellish[],
  yearCols: number[],
  factor: number,
  breakdownCols: number[],
): void {
  if (cells.length !== 1) return;
  const amount = cells[0]!;
  const formulas: RowFormula[] = [];
  const m = amount.money;
  if (m && 'kind' in m && m.kind === 'amount' && m.formula && m.formula.result !== undefined) {
    formulas.push({
      col: yearCols[0]!,
      text: m.formula.text,
      value: round(m.formula.value / (m.formula.money ? factor : 1)),
      result: round(m.formula.result / (m.formula.money ? factor : 1)),
    });
  }
  if (cols.item !== undefined && typeof amount.amount === 'number') {
    const a = itemArithmetic(cellText(row[cols.item]));
    if (a) formulas.push({ col: cols.item, text: a.lines.join('; '), value: round(a.value / factor) });
  }
  if (formulas.length) b.formulas = formulas;
  for (const c of breakdownCols) {
    const bd = breakdownCell(row[c]);
    if (bd && bd.money) {
      b.parts = { col: c, labels: bd.parts.map((p) => p.label), values: bd.parts.map((p) => round(p.value / factor)) };
      break;
    }
  }
}

/** An item cell holding «В том числе:» on a line of its own: the row's name before it, its first part after it. */
function splitIncluding(raw: unknown): { head: string; part: string } | null {
  if (typeof raw !== 'string' || !raw.includes('\n')) return null;
  const lines = cellText(raw).split('\n');
  const k = lines.findIndex((l, j) => j > 0 && /^(?:в\s+том\s+числе|в\s+т\.?\s*ч\.?|из\s+них)\s*:?\s*$/i.test(l.trim()));
  if (k < 0) return null;
  return {
    head: lines.slice(0, k).join(' ').trim(),
    part: lines
      .slice(k + 1)
      .join(' ')
      .trim(),
  };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Columns outside the table's own whose cells break an amount down line by line («1 кв. - 8 т. р.»). */
function breakdownColumns(
  values: Grid,
  start: number,
  end: number,
  cols: BudgetColumns,
  yearCols: number[],
  sourceCols: number[],
): number[] {
  const own = new Set<number>([...(Object.values(cols) as number[]), ...yearCols, ...sourceCols]);
  const out: number[] = [];
  const width = Math.max(0, ...values.slice(start, end + 1).map((r) => r?.length ?? 0));
  for (let c = 0; c < width; c++) {
    if (own.has(c)) continue;
    let n = 0;
    let ok = 0;
    for (let i = start; i <= end; i++) {
      const v = values[i]?.[c];
      if (cellText(v) === '') continue;
      n++;
      if (breakdownCell(v)?.money) ok++;
    }
    if (n > 0 && ok / n >= 0.6) out.push(c);
  }
  return out;
}

/** The sub-rows of a list in one cell pair: item lines («- Фотобумага») against amount lines, by line number. */
function listRows(
  i: number,
  itemRaw: unknown,
  list: Extract<MoneyRead, { kind: 'list' }>,
  col: number,
  factor: number,
  group: string | undefined,
  number: string | undefined,
): BudgetRow[] {
  const raw = typeof itemRaw === 'string' ? itemRaw.replace(/\r\n?/g, '\n').split('\n') : [];
  // each item starts on a line opening with a list marker; the lines after it continue it
  const starts: { line: number; text: string }[] = [];
  raw.forEach((l, k) => {
    const t = l.trim();
    if (!t) return;
    if (/^[-–—•*]\s*/.test(t) || !starts.length) starts.push({ line: k, text: t.replace(/^[-–—•*]\s*/, '') });
    else starts[starts.length - 1]!.text += ` ${t}`;
  });
  const byLine = new Map(list.lines.map((l) => [l.line, l.money]));
  const aligned = starts.length && list.lines.every((l) => starts.some((s) => s.line === l.line));
  const out: BudgetRow[] = [];
  const amounts = aligned ? starts.map((s) => byLine.get(s.line)) : starts.map((_, k) => list.lines[k]?.money);
  starts.forEach((s, k) => {
    const m = amounts[k];
    if (!m) return;
    const r: BudgetRow = { row: i, kind: 'item', item: s.text, years: [inUnit(m, factor)], cols: [col] };
    if (number && k === 0) r.number = number;
    if (group !== undefined) r.group = group;
    if (m.formula && m.formula.result !== undefined) {
      const d = m.formula.money ? factor : 1;
      r.formulas = [{ col, text: m.formula.text, value: round(m.formula.value / d), result: round(m.formula.result / d) }];
    }
    out.push(r);
  });
  if (!out.length) {
    for (const l of list.lines) out.push({ row: i, kind: 'item', item: cellText(itemRaw), years: [inUnit(l.money, factor)], cols: [col] });
  }
  return out;
}

/**
 * One row of a table with a column per source (and of stacked cells): the «всего» column as the item's total,
 * then a row per source column. A stacked cell is a total and its yearly values («396541 89517 95783 102296
 * 108945»); fewer values than years are the last years («38473\n6266 12779 19428» for 2008–2010).
 */
function sourceColumnRows(
  row: readonly unknown[],
  i: number,
  item: string,
  number: string | undefined,
  cols: BudgetColumns,
  plan: YearPlan,
  factor: number,
  labels: readonly string[],
  group: string | undefined,
): BudgetRow[] {
  const nYears = plan.years.length;
  const amountCols = [cols.total, ...plan.sourceCols].filter((c): c is number => c !== undefined);
  const out: BudgetRow[] = [];
  let any = false;
  for (const c of amountCols) {
    const v = row[c];
    const m = readMoney(v);
    let years: Amount[];
    let total: Amount | undefined;
    if (plan.stacked) {
      if (m === null) continue;
      let values: number[] | null = null;
      if ('kind' in m && m.kind === 'stack') values = m.values;
      else if ('kind' in m && m.kind === 'amount') values = [m.value];
      if (!values) {
        years = new Array<Amount>(nYears).fill(null);
        total = toAmount(m, v, factor);
      } else {
        total = values[0]!;
        const parts = values.slice(1);
        years = new Array<Amount>(nYears).fill(null);
        const offset = Math.max(0, nYears - parts.length);
        parts.slice(0, nYears).forEach((p, k) => (years[offset + k] = p));
      }
    } else {
      if (m === null) continue;
      years = [toAmount(m, v, factor)];
      total = undefined;
    }
    any = true;
    const r: BudgetRow = { row: i, kind: 'item', item, years, cols: new Array<number>(nYears).fill(c) };
    if (total !== undefined) {
      r.total = total;
      r.totalCol = c;
    }
    if (number) r.number = number;
    if (group !== undefined) r.group = group;
    if (c !== cols.total) r.source = cleanLabel(labels[c]!.split('\n').pop()!);
    else r.itemInherited = false;
    out.push(r);
  }
  if (!any) return [];
  if (out.length > 1 && out[0]!.source === undefined) {
    // «всего» over the sources of its row: they must add up to it
    const parent = out[0]!;
    parent.kind = 'total';
    parent.totalKind = 'subtotal';
    parent.breakdown = true;
    parent.item = item;
  }
  if (out.length === 1 && out[0]!.source === undefined && plan.sourceCols.length === 0) return out;
  return out;
}

/** «федераль- ный бюджет» → «федеральный бюджет». */
function cleanLabel(text: string): string {
  return text
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An item with «в том числе» rows under it: when they add up to it in every cell they are its items (and it
 * their subtotal); when they do not, they list some of its parts: the item stays an item, its parts are
 * checked never to exceed it, and nothing is counted twice.
 */
function decideBreakdowns(parts: Map<BudgetRow, BudgetRow>, columnParents: Set<BudgetRow>): void {
  const byParent = new Map<BudgetRow, BudgetRow[]>();
  for (const [part, parent] of parts) {
    let list = byParent.get(parent);
    if (!list) byParent.set(parent, (list = []));
    list.push(part);
  }
  // top down: a part's own parts are decided after it, and stay parts when it is only listed, not counted
  const decide = (parent: BudgetRow, counted: boolean): void => {
    const list = byParent.get(parent);
    if (!list) return;
    parent.sums = list.map((p) => p.row);
    if (counted && fullBreakdown(parent, list)) {
      for (const p of list) p.kind = 'item';
      parent.kind = 'total';
      parent.totalKind = 'subtotal';
      parent.breakdown = true;
      for (const p of list) decide(p, true);
    } else {
      parent.partial = true;
      for (const p of list) decide(p, false);
    }
  };
  for (const parent of byParent.keys()) if (!parts.has(parent)) decide(parent, parent.kind === 'item');
  void columnParents;
}

function num(a: Amount | undefined): number | null {
  if (a === null || a === undefined) return 0;
  return isProblem(a) ? null : a;
}

/** The parts add up to the parent in most of its cells (a wrong cell then is an error, not a partial list). */
function fullBreakdown(parent: BudgetRow, list: BudgetRow[]): boolean {
  const n = parent.years.length;
  let positions = 0;
  let equal = 0;
  for (let j = -1; j < n; j++) {
    const want = num(j < 0 ? parent.total : parent.years[j]);
    if (want === null) return true; // cannot tell: read them as its items, as written
    if (want === 0 || (j < 0 && parent.total === undefined)) continue;
    let sum = 0;
    for (const p of list) {
      const v = num(j < 0 ? p.total : p.years[j]);
      if (v === null) return true;
      sum += v;
    }
    positions++;
    if (Math.abs(sum - want) <= 1e-6 + Math.abs(want) * 1e-12) equal++;
  }
  return positions === 0 || equal * 2 > positions;
}

/**
 * An item followed by two or more rows of its sources that add up to it in every cell («ГРБС Управление
 * образования 12 170 591,9» over «средства федерального бюджета», «… областного бюджета», «бюджет города»), with
 * no «в том числе» written: it is their subtotal, checked and never added again.
 */
function markImplicitParents(rows: BudgetRow[]): void {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.kind !== 'item' || r.source !== undefined || r.cols || r.itemInherited) continue;
    const kids: BudgetRow[] = [];
    for (let j = k + 1; j < rows.length; j++) {
      const x = rows[j]!;
      if (x.kind !== 'item' || !x.itemInherited || x.source === undefined || x.item !== r.item) break;
      kids.push(x);
    }
    if (kids.length < 2 || !fullBreakdown(r, kids) || !kids.every((x) => x.years.every((a) => !isProblem(a)))) continue;
    // every cell, not most: without «в том числе» only an exact breakdown says the rows are its parts
    const exact = r.years.every((a, j) => {
      const s = kids.reduce((t, x) => t + (num(x.years[j]) ?? NaN), 0);
      return Math.abs(s - (num(a) ?? NaN)) <= 1e-6 + Math.abs(s) * 1e-12;
    });
    if (!exact) continue;
    r.kind = 'total';
    r.totalKind = 'subtotal';
    r.breakdown = true;
    r.sums = kids.map((x) => x.row);
  }
}

/**
 * A row with no «Итого» word whose amounts are the sum of the two or more items just above it («Стоимость
 * питания в день 163» under 85 and 78) is their subtotal: it is checked, never added again.
 */
function markImplicitSubtotals(rows: BudgetRow[]): void {
  let runStart = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.kind !== 'item' || r.number !== undefined || r.source !== undefined || r.cols) {
      if (r.kind !== 'item') runStart = k + 1;
      continue;
    }
    const above = rows.slice(runStart, k).filter((x) => x.kind === 'item' && x.row < r.row);
    if (
      above.length >= 2 &&
      r.years.length > 0 &&
      r.years.every((a, j) => {
        const want = num(a);
        if (want === null || want === 0) return false;
        let s = 0;
        for (const x of above) {
          const v = num(x.years[j]);
          if (v === null) return false;
          s += v;
        }
        return Math.abs(s - want) <= 1e-6;
      })
    ) {
      r.kind = 'total';
      r.totalKind = 'subtotal';
      r.implicit = true;
      r.sums = above.map((x) => x.row);
      runStart = k + 1;
    }
  }
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
    if (r.kind === 'total' && !r.breakdown && !r.implicit) {
      if (!current || !r.itemInherited) {
        current = [r];
        blocks.push(current);
      } else current.push(r);
    } else if (r.kind === 'item') current = null;
  }
  const items = rows.filter((r) => r.kind === 'item');
  let since = 0;
  blocks.forEach((block, i) => {
    const first = block[0]!;
    const at = rows.indexOf(first);
    const above = rows
      .slice(since, at)
      .filter((r) => r.kind === 'item')
      .map((r) => r.row);
    let kind: 'grand' | 'subtotal';
    if (first.totalKind === 'subtotal') kind = 'subtotal';
    else if (above.length === 0) kind = 'grand';
    else if (i < blocks.length - 1) kind = 'subtotal';
    else {
      const label = headerKey(first.item);
      const same = blocks.slice(0, i).some((b) => headerKey(b[0]!.item) === label);
      kind = same && !GRAND_LABEL.test(label) ? 'subtotal' : 'grand';
    }
    const sums = kind === 'grand' ? items.map((r) => r.row) : above;
    for (const r of block) {
      r.totalKind = kind;
      r.sums = sums;
    }
    since = rows.indexOf(block[block.length - 1]!) + 1;
  });
}

// ---- estimates written as text lines -----------------------------------------------------------

/** «- первое место - 30 тысяч рублей;», «Итого: - 100 тысяч рублей», a label line then «- 10 тысяч рублей;». */
const TEXT_AMOUNT =
  /^(.*?)(?:\s{2,}|\s[-–—]\s|\s*:\s*[-–—]?\s*|^)[-–—]?\s*(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*((?:тыс\.?|тысяч[аи]?|т\.|млн\.?)\s*)?(руб(?:лей|ля|ль)?\.?|р\.)[;.,]?\s*$/iu;

/** Text-line estimates in the rows no grid table holds: a run of lines with an amount at the end of each. */
function textTables(ctx: Context, grids: readonly BudgetTable[]): BudgetTable[] {
  const { values } = ctx;
  const covered = (r: number) => grids.some((t) => r >= t.firstRow && r <= t.lastRow);
  const out: BudgetTable[] = [];
  let r = 0;
  while (r < values.length) {
    if (covered(r) || filled(values[r]) !== 1) {
      r++;
      continue;
    }
    // a run of one-cell lines
    const start = r;
    while (r < values.length && !covered(r) && filled(values[r]) <= 1) r++;
    const t = textTable(ctx, start, r - 1);
    if (t) out.push(t);
  }
  return out;
}

function lineOf(values: Grid, r: number): { col: number; raw: string } | null {
  const row = values[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (cellText(v) !== '') return { col: c, raw: typeof v === 'string' ? v : cellText(v) };
  }
  return null;
}

function textTable(ctx: Context, from: number, to: number): BudgetTable | null {
  const { values } = ctx;
  const rows: BudgetRow[] = [];
  const headings: { row: number; text: string }[] = [];
  const amounts: { r: number; col: number; label: string; value: number; unit: number }[] = [];
  let pending: { r: number; text: string } | null = null;
  let firstItem = -1;
  let lastRow = -1;
  let afterSum = false;
  for (let r = from; r <= to; r++) {
    const line = lineOf(values, r);
    if (!line) continue;
    const text = line.raw.replace(/\s+/g, ' ').trim();
    // «… + … 1926 руб.» and the sum it states on the next line belong to the table above
    if (/\d[^+]*\+/.test(text) || afterSum) {
      afterSum = !afterSum && /\+/.test(text);
      pending = null;
      continue;
    }
    const m = TEXT_AMOUNT.exec(text);
    if (m) {
      const unit = m[3] ? (/млн/i.test(m[3]) ? 1e6 : 1e3) : 1;
      let label = m[1]!
        .replace(/^[-–—•]\s*/, '')
        .replace(/[-–—:]\s*$/, '')
        .trim();
      if (!label && pending) label = pending.text;
      else if (pending && !/^[-–—•]/.test(text) && /^[a-zа-яё"«(]/u.test(m[1]!.trim())) label = `${pending.text} ${label}`.trim();
      amounts.push({
        r,
        col: line.col,
        label: label.replace(/^"|"$/g, '').replace(/\s+/g, ' '),
        value: Number(m[2]!.replace(/[ \u00a0]/g, '').replace(',', '.')),
        unit,
      });
      pending = null;
      continue;
    }
    if (/:$/.test(text)) {
      headings.push({ row: r, text });
      pending = null;
      continue;
    }
    pending = pending ? { r: pending.r, text: `${pending.text} ${text}` } : { r, text };
    if (/[.;]$/.test(text)) pending = null;
  }
  if (amounts.length < 2) return null;
  const factor = Math.max(...amounts.map((a) => a.unit));
  const unit = unitOfFactor(factor, 'cells');
  for (const a of amounts) {
    const label = headerKey(a.label);
    const years: Amount[] = [Math.round(((a.value * a.unit) / factor) * 1e6) / 1e6];
    const row: BudgetRow = { row: a.r, kind: TOTAL_LABEL.test(label) ? 'total' : 'item', item: a.label, years, cols: [a.col] };
    rows.push(row);
    if (firstItem < 0) firstItem = a.r;
    lastRow = a.r;
    if (row.kind === 'total') break;
  }
  resolveTotals(rows);
  const above = [];
  for (let r = Math.max(0, from - 15); r < firstItem; r++) {
    const l = lineOf(values, r);
    if (l && !headings.some((h) => h.row === r)) above.push({ row: r, text: cellText(l.raw) });
  }
  const title = titleYears(above);
  const years = title.length === 1 && title[0] !== undefined ? [title[0]] : [];
  const y: YearColumn = years.length
    ? {
        col: amounts[0]!.col,
        label: String(years[0]),
        key: String(years[0]),
        kind: 'year',
        from: years[0]!,
        to: years[0]!,
        plausible: true,
      }
    : { col: amounts[0]!.col, label: 'Сумма', key: '', kind: 'year', from: 0, to: 0, plausible: true, unknown: true };
  if (ctx.choice.year !== undefined)
    Object.assign(y, {
      key: String(ctx.choice.year),
      label: String(ctx.choice.year),
      from: ctx.choice.year,
      to: ctx.choice.year,
      unknown: undefined,
    });
  if (y.unknown === undefined) delete y.unknown;
  return {
    headerRows: [],
    firstRow: firstItem,
    lastRow,
    firstCol: amounts[0]!.col,
    lastCol: amounts[0]!.col,
    columns: { item: amounts[0]!.col },
    titles: {},
    years: [y],
    unit: ctx.choice.unit ? (parseUnitChoice(ctx.choice.unit) ?? unit) : unit,
    rows,
    headings: headings.filter((h) => h.row > firstItem && h.row < lastRow),
    skippedRows: [],
    ignoredCols: [],
    shape: 'text',
    yearFrom: ctx.choice.year !== undefined ? 'user' : years.length ? 'title' : 'none',
    titleYears: title,
    above,
    questions: [],
    textSums: [],
    stated: amounts.map((a) => ({ row: a.r, col: a.col, value: a.value })),
  };
}

/**
 * «(питание 163 руб.х18 дней= 2934руб.) + мероприятия (…) 1926 руб.» then «4860 рублей»: a sum written in text
 * under a table, with the amount it states (on the next line, or after «=»). Kept with the table above it.
 */
function attachTextSums(values: Grid, tables: BudgetTable[]): void {
  for (let r = 0; r < values.length; r++) {
    const line = lineOf(values, r);
    if (!line || !line.raw.includes('+') || filled(values[r]) !== 1) continue;
    const text = line.raw.replace(/\s+/g, ' ').trim();
    const parts = splitTopLevel(text, '+');
    if (parts.length < 2) continue;
    const terms: number[] = [];
    for (const p of parts) {
      const formulas = inlineFormulas(p);
      const withResult = formulas.find((f) => f.result !== undefined);
      if (withResult) {
        terms.push(withResult.result!);
        continue;
      }
      const m = /(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*(?:тыс\.?\s*)?(?:руб(?:лей|ля|ль)?\.?|р\.)\s*\)?\s*$/iu.exec(
        p.trim(),
      );
      if (!m) break;
      terms.push(Number(m[1]!.replace(/[ \u00a0]/g, '').replace(',', '.')));
    }
    if (terms.length !== parts.length) continue;
    const next = lineOf(values, r + 1);
    const nm = next ? readMoney(next.raw) : null;
    if (!next || !nm || !('kind' in nm) || nm.kind !== 'amount' || filled(values[r + 1]) !== 1) continue;
    const owner = [...tables].reverse().find((t) => t.firstRow <= r);
    if (!owner) continue;
    owner.textSums.push({ row: r, col: line.col, text, terms, stated: nm.value, statedRow: r + 1 });
    for (const f of inlineFormulas(text))
      if (f.result !== undefined) owner.stated.push({ row: r, col: line.col, value: f.result / owner.unit.factor });
    owner.stated.push({ row: r + 1, col: next.col, value: nm.value / owner.unit.factor });
    for (const [k, t] of terms.entries()) if (k > 0) owner.stated.push({ row: r, col: line.col, value: t / owner.unit.factor });
  }
}

/** Splits at `sep` outside brackets. */
function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** A table whose unit nothing states takes the unit the sheet's other tables state, when they agree. */
function shareUnits(tables: BudgetTable[], choice: BudgetChoice): void {
  if (choice.unit) return;
  const stated = tables.filter((t) => t.unit.stated);
  const factors = new Set(stated.map((t) => t.unit.factor));
  if (factors.size !== 1) return;
  const u = stated[0]!.unit;
  for (const t of tables) if (!t.unit.stated) t.unit = { ...u, from: 'sheet' };
}

export { isMoney as isMoneyRead, type MoneyAmount };
