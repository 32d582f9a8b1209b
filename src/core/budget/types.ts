/** The shapes of a recognised budget table. Rows and columns are 0-based indices into the values given. */
import type { Finding } from '../table/findings';

export type { Lang } from '../i18n/lang';

/** How a year column is written: «2023 год», «2021/2022» (a school year), «2019 - 2020 годы» (several years). */
export type YearKind = 'year' | 'academic' | 'range';

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
}

/** The money unit of a table, from its header or caption. */
export interface Unit {
  /** «руб.», «тыс. руб.», «млн руб.». */
  label: string;
  /** Roubles per unit: 1, 1000, 1 000 000. */
  factor: number;
  /** False when the table does not say (roubles assumed). */
  stated: boolean;
}

/** Why an amount cell cannot be summed. */
export type AmountProblemCode = 'text' | 'formula-error' | 'formula-text' | 'date' | 'too-large' | 'other';

export interface AmountProblem {
  problem: AmountProblemCode;
  /** The cell's text as written. */
  text: string;
}

/** An amount cell: a number (dashes read as 0), null when blank, or a problem. */
export type Amount = number | null | AmountProblem;

export type BudgetColumns = {
  number?: number;
  item?: number;
  source?: number;
  /** The «Всего» column of each row. */
  total?: number;
};

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
  numericCols?: number[];
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
  | 'no-totals';

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
