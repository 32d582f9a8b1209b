/** The shapes of a recognised calendar plan. Rows and columns are 0-based sheet indices. */
import type { DateRange, Term } from '../dates/term';
import type { A1 } from '../table/a1';
import type { ColumnMapping, TableQuestion } from '../table/read-table';
import type { Finding as SharedFinding, Result as SharedResult, Severity as SharedSeverity } from '../table/findings';
import type { PlanPeriod } from './period';

export type { DateRange, Term } from '../dates/term';
export type { A1 } from '../table/a1';
export type { PlanPeriod, PeriodSource } from './period';
export type { Lang } from '../i18n/lang';

export type PlanField = 'number' | 'activity' | 'tasks' | 'term' | 'responsible' | 'result' | 'status';

export const PLAN_FIELDS: readonly PlanField[] = ['number', 'activity', 'tasks', 'term', 'responsible', 'result', 'status'];

/** A user's column choice: a 0-based column, or null for "this plan has no such column". */
export type PlanMapping = ColumnMapping<PlanField>;

export interface Stage {
  /** The stage row's text, spaces collapsed: «2024 год Внедренческий». */
  name: string;
  /** For short messages: the stage's number and short name without its dates, «2 этап – практический». */
  shortName: string;
  /** 0-based sheet row of the stage title (may be above the header when the plan's title names the stage). */
  row: number;
  range?: DateRange;
  /** The part of the title that gave the range: «10.08.2020 – 31.05.2021 г.», «2023 год». */
  termText?: string;
  /** The range comes from whole years only («2014», «2014-2015»): a shared year with a neighbour is no overlap. */
  yearsOnly?: boolean;
  index: number;
}

export interface PlanRow {
  /** 0-based sheet row. */
  row: number;
  number?: string;
  /** The activity; a continuation row carries its parent's activity for display. */
  activity: string;
  /** The continuation row's own text (its «Задачи»/«Характеристика результата»), shown under the parent. */
  detail?: string;
  tasks?: string;
  termText: string;
  term: Term;
  responsible?: string;
  /** True when `responsible` was taken from the parent row (a vertically merged cell in Word). */
  responsibleInherited?: boolean;
  /**
   * The row's own term cell is empty and its term comes from another row (0-based sheet row): `merged` — the term
   * cell of the numbered row above covers this one (a vertically merged cell, «Март-апрель» over four rows);
   * `split` — the cell above lists one date per row, this row takes its own; `heading` — a month row above
   * («ИЮНЬ», «Сентябрь») dates the rows under it.
   */
  termFrom?: { row: number; how: 'merged' | 'split' | 'heading' };
  result?: string;
  status?: string;
  stageIndex?: number;
  /** The section heading above the row («Информационно-мотивационное обеспечение проекта»). */
  group?: string;
  /** For a continuation row: the sheet row of the item it belongs to. */
  parentRow?: number;
  /** Fields whose cells held HTML or Word markup (`<p>`, `&nbsp;`); the row's texts are already cleaned. */
  markup?: PlanField[];
  /** Fields whose cells hold a formula error, with the error text. */
  cellErrors?: Partial<Record<PlanField, string>>;
  /** The cell of each mapped field. */
  cells: Partial<Record<PlanField, A1>>;
}

export interface Plan {
  /** 0-based header row; -1 when the user gave a mapping for a sheet without a header. */
  headerRow: number;
  columns: Partial<Record<PlanField, number>>;
  /** The header texts as written. */
  titles: Partial<Record<PlanField, string>>;
  /** Every column's header label over the header band ('' where none), for the column form. */
  labels: string[];
  /** What the reading pipeline guessed (no header row, a column chosen by its cells): the user should check. */
  questions: TableQuestion<PlanField>[];
  stages: Stage[];
  rows: PlanRow[];
  /** The whole plan: its period, stages and every understood term. */
  range?: DateRange;
  /** The plan's period: given by the user, stated in the title or an approval line, or taken from stages or terms. */
  period?: PlanPeriod;
  /** The plan has no term column: every activity takes its stage's (or the period's) range. */
  noTermColumn?: boolean;
  /**
   * The plan is not a table but lines of text, each starting with its term («1 сентября: День знаний;»): the
   * activity and the term share one column, the term being the line's first words.
   */
  lines?: boolean;
  /** Rows below the header that are neither activities nor stages (notes, repeated headers, «Этапы реализации проекта:»). */
  skippedRows: number[];
}

export interface PlanError {
  code: 'empty' | 'no-header' | 'no-columns' | 'bad-mapping' | 'too-large' | 'no-dates' | 'no-period' | 'too-long' | 'bad-input';
  message: string;
}

export type Severity = SharedSeverity;

/** What a plan action answers: its data, or an error the user can act on. */
export type Result<T> = SharedResult<T, PlanError['code']>;

export type FindingCode =
  | 'term-unknown'
  | 'term-missing'
  | 'term-reversed'
  | 'outside-stage'
  | 'stage-order'
  | 'stage-overlap'
  | 'no-activity'
  | 'no-responsible'
  | 'no-result'
  | 'overdue'
  | 'duplicate'
  | 'cell-error'
  | 'merged-cells'
  | 'term-ambiguous'
  | 'no-period'
  | 'no-term-column'
  | 'table-question'
  | 'markup'
  | 'time-only'
  | 'period-mismatch'
  | 'outside-period'
  | 'date-order'
  | 'step-order';

export type Finding = SharedFinding<FindingCode>;
