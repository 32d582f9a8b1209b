/** The shapes of a recognised budget table. Rows and columns are 0-based indices into the values given. */
import type { Finding } from '../table/findings';
import type { TableQuestion } from '../table/read-table';
import type { YearKind } from '../table/years';
import type { Amount } from './money';
import type { BudgetField } from './spec';

export type { Lang } from '../i18n/lang';
/** How a year column is written: «2023 год», «2021/2022» (a school year), «2019 - 2020 годы» (several years). */
export type { YearKind };

export interface YearColumn {
  /** 0-based column. */
  col: number;
  /** The header text as written: «2023 год». */
  label: string;
  /** The same year column in every table: «2023», «2021/2022», «2019–2020». */
  key: string;
  kind: YearKind;
  /** First and last calendar year of the column (equal for a plain year). */
  from: number;
  to: number;
  /** False for a header that reads like a year but cannot be one («20233 год», «1023»). */
  plausible: boolean;
  /** A damaged header («20120») read as the year it most likely stands for (the one its neighbours continue). */
  typoOf?: number;
  /** A table's one amount column with no year anywhere (the key is ''): the user may name it. */
  unknown?: true;
}

/** Where a table's year came from: year columns, the amount column's header, the title above, the user. */
export type YearSource = 'columns' | 'header' | 'title' | 'cells' | 'user' | 'none';

/** The money unit of a table, from its header or caption. */
export interface Unit {
  /** «руб.», «тыс. руб.», «млн руб.». */
  label: string;
  /** Roubles per unit: 1, 1000, 1 000 000. */
  factor: number;
  /** False when the table does not say (roubles assumed). */
  stated: boolean;
  /** Where it was read: the header, the lines above, the cells themselves, another table of the sheet, the user. */
  from?: 'header' | 'above' | 'cells' | 'sheet' | 'user';
}

export type { Amount, AmountProblem, AmountProblemCode } from './money';

export type BudgetColumns = {
  number?: number;
  item?: number;
  source?: number;
  /** The «Всего» column of each row (a table without year columns: its one amount column, which is its year). */
  total?: number;
  /** A smeta's «Количество» and «Цена»: quantity × price is the row's amount. */
  quantity?: number;
  price?: number;
};

/** Arithmetic written in a row's text, checked against the row's amount. */
export interface RowFormula {
  /** 0-based column of the text holding it (the item, or the amount cell itself). */
  col: number;
  /** The formula as written: «50 чел. х 14 дн. х 165 руб.». */
  text: string;
  /** What it comes to, in the table's unit. */
  value: number;
  /** The result it states after «=», in the table's unit (then the check is the formula against it). */
  result?: number;
}

/** A cell breaking the row's amount down, one part per line («1 кв. - 8 т. р.»). */
export interface RowParts {
  col: number;
  labels: string[];
  /** The parts in the table's unit. */
  values: number[];
}

export type BudgetRowKind = 'item' | 'total' | 'part';

export interface BudgetRow {
  /** 0-based row. */
  row: number;
  /**
   * item: a cost item (summed); total: an «Итого»/«Всего» row (checked, never summed);
   * part: a «в том числе» breakdown of the row above (neither summed nor checked against totals).
   */
  kind: BudgetRowKind;
  /** The numbering cell as written («1.», «2.1»), when there is one. */
  number?: string;
  /** The cost item; a continuation row (its item cell blank) carries the item of the row above. */
  item: string;
  /** True when `item` was taken from the row above (a vertically merged cell in Word). */
  itemInherited?: boolean;
  /** The funding source as written, or undefined when the table has none or the cell is blank. */
  source?: string;
  /** For a total row: 'grand' sums every item of the table, 'subtotal' the items since the previous total. */
  totalKind?: 'grand' | 'subtotal';
  /** For a total row: the rows of the items it adds up (a per-source total counts only its source's rows). */
  sums?: number[];
  /** For a total row: it is an item broken down «в том числе» by source on the rows below. */
  breakdown?: boolean;
  /** The heading row above the item («Капитальные вложения»), when the table has headings. */
  group?: string;
  /** One per year column, in the order of `BudgetTable.years`. */
  years: Amount[];
  /** The row's «Всего» cell, when the table has that column. */
  total?: Amount;
  /** Raw cell values that are numbers (not text), by column: formulas may reference them directly. */
  numericCols?: readonly number[];
  /** The sheet column of each year's amount when it is not the year column's (stacked cells, sources as columns, text lines). */
  cols?: number[];
  /** The sheet column of the row's «Всего» when it is not the table's. */
  totalCol?: number;
  /** The row's parts are «в том числе» rows that need not cover it: they are checked never to exceed it. */
  partial?: boolean;
  /** Arithmetic in the row's text (item name or amount cell): its product must be the amount. */
  formulas?: RowFormula[];
  /** A breakdown of the amount in another cell: its parts must add up to it. */
  parts?: RowParts;
  /** An implicit subtotal: no «Итого» word, but its amounts are the sum of the items just above. */
  implicit?: boolean;
}

/** «A + B» written in a text line of the document, with the sum it states (on the line or the next). */
export interface TextSum {
  row: number;
  col: number;
  text: string;
  terms: number[];
  /** The stated sum, and where it is. */
  stated: number;
  statedRow: number;
}

export interface BudgetTable {
  /** 0-based header rows, top to bottom (one to three). */
  headerRows: number[];
  /** 0-based first and last row of the table, header included. */
  firstRow: number;
  lastRow: number;
  /** 0-based first and last column of the table. */
  firstCol: number;
  lastCol: number;
  columns: BudgetColumns;
  /** The header texts of the columns found, as written (rows joined by a space). */
  titles: Partial<Record<keyof BudgetColumns, string>>;
  years: YearColumn[];
  unit: Unit;
  /** Items, totals and breakdowns in sheet order. */
  rows: BudgetRow[];
  /** Heading rows inside the table (no amounts): «Капитальные вложения», «в том числе:». */
  headings: { row: number; text: string }[];
  /** Rows below the header that are not data: the column-numbering row «1 2 3 4 5». */
  skippedRows: number[];
  /** Year-like columns left out because another header group owns them (indicators beside money). */
  ignoredCols: number[];
  /** How the table is laid out: a grid, amounts stacked in cells (a total and its years), text lines. */
  shape: 'grid' | 'stacked' | 'text';
  /** Where the table's years came from, and the title's own years (to compare with a year in the header). */
  yearFrom: YearSource;
  titleYears: number[];
  /** The lines above the table (title, approval lines), top first. */
  above: { row: number; text: string }[];
  /** What the reading pipeline guessed rather than read. */
  questions: TableQuestion<BudgetField>[];
  /** The row of column numbers under the header, and what is odd about it (a number doubled or missing). */
  numbering?: { row: number; doubled: { col: number; n: number }[]; missing: number[] };
  /** Columns of the sources when the table has a column per source (items × sources). */
  sourceCols?: number[];
  /** Every column whose header names a quantity or a price (quantity × price checks). */
  factorCols?: { quantity: number[]; price: number[] };
  /** Sums written in the text lines under the table («(…= 2934руб.) + … 1926 руб.» then «4860 рублей»). */
  textSums: TextSum[];
  /** Amounts the document states elsewhere (text lines, formula results): a total fitting none of its rows may fit one. */
  stated: { row: number; col: number; value: number }[];
}

export type BudgetCode =
  | 'row-total'
  | 'row-total-missing'
  | 'total-mismatch'
  | 'total-unchecked'
  | 'total-source-unknown'
  | 'doubled-total'
  | 'stray-total'
  | 'year-implausible'
  | 'year-repeat'
  | 'year-gap'
  | 'year-order'
  | 'academic-sequence'
  | 'number-gap'
  | 'number-repeat'
  | 'amount-text'
  | 'amount-too-large'
  | 'amount-formula-error'
  | 'amount-formula-text'
  | 'negative'
  | 'no-item'
  | 'empty-table'
  | 'no-totals'
  | 'year-typo'
  | 'year-title'
  | 'no-year'
  | 'no-unit'
  | 'column-numbering'
  | 'formula-amount'
  | 'formula-result'
  | 'parts-amount'
  | 'parts-exceed'
  | 'product'
  | 'text-sum'
  | 'table-question';

/** A budget finding: a Finding with the figures behind it, in the table's unit. */
export interface BudgetFinding extends Finding<BudgetCode> {
  expected?: number;
  found?: number;
  difference?: number;
  /** The cost item (or «Итого …») the cell belongs to. */
  item?: string;
  /** The year column's header as written. */
  year?: string;
  source?: string;
}

export interface CheckOptions {
  /** Largest difference still taken as equal, in the table's unit (default 0: exact, to the kopeck). */
  tolerance?: number;
  lang?: 'ru' | 'en';
  /** Where values[0][0] sits on the sheet (0-based), so findings name real cells. Default {row: 0, col: 0}. */
  origin?: { row: number; col: number };
}
