/** What a «Сроки» cell says about time, after parsing. Dates are ISO `yyyy-mm-dd` strings. */
export type TermKind =
  | 'date' // one exact day: «26.09.2022»
  | 'deadline' // by a day: «До 26.09.2022», «не позднее 01.03.2023»
  | 'period' // a span: «Сентябрь 2014 – май 2015», «Весна 2024», «17.03.2009 08.04.2009» (two days side by side)
  | 'several' // separate days or months, each in `parts`: «Сентябрь март», «сентябрь\nдекабрь», «29.08.2017 29.08.2017 01.09.2017»
  | 'recurring' // repeats inside a span: «Один раз в месяц с января 2024 по декабрь 2024»
  | 'ongoing' // throughout a span: «В течение года», «Постоянно»
  | 'scheduled' // by a schedule kept elsewhere: «По отдельному графику»
  | 'unknown'; // not understood; `reason` says why

export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'halfyear' | 'yearly';

export interface DateRange {
  /** ISO yyyy-mm-dd */
  start: string;
  /** ISO yyyy-mm-dd, inclusive */
  end: string;
}

export interface Term {
  kind: TermKind;
  /** ISO start; absent when unknown or when nothing in the text or context gives a date. */
  start?: string;
  /** ISO end, inclusive. For a deadline, start is the context start (or the deadline itself) and end the deadline. */
  end?: string;
  recurrence?: Recurrence;
  /** Text left over that is not about dates («в соответствии с отдельными планами», «Не менее 3 консультаций в месяц»). */
  note?: string;
  /** For kind 'unknown': a short Russian explanation. */
  reason?: string;
  /**
   * Read, but something is off — a short Russian remark: «окончание раньше начала»
   * (start and end are kept as written, plan checks report it), or «нет периода этапа:
   * даты не определены» for «В течение года» parsed without a stage range.
   */
  warning?: string;
  /**
   * The separate stretches a cell names when it holds several terms («Сентябрь\nЯнварь\nМай», «Ноябрь\nВ течение
   * года»): each is marked in the calendar inside [start, end].
   */
  parts?: DateRange[];
  /**
   * A month or quarter without a year that fits several years of a multi-year context: the years it could be.
   * start/end hold the first of them, and `warning` says so; plan checks flag it.
   */
  years?: number[];
  /** How finely the text states its dates: «26.09.2022» day, «Май 2024» / «I квартал» month, «2024 год» year. */
  precision?: Precision;
  /**
   * The clock time the cell gives, as read: «10:00», «8:30–12:30», «с 10:00», «с 9:00 до 16:00». A cell with a time
   * and no date is `unknown` with REASON_TIME_ONLY: no day is invented for it.
   */
  time?: string;
}

export type Precision = 'day' | 'month' | 'year';

export interface TermContext {
  /** The stage's or plan's range, used for missing years and for «В течение этапа». */
  range?: DateRange;
}
