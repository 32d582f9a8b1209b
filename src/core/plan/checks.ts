/** checkPlan: what a coordinator should look at in a recognised plan, each finding tied to a cell. */
import type { DateRange } from '../dates/term';
import type { Lang } from '../i18n/lang';
import { toA1 } from '../table/a1';
import { tableQuestionText } from '../table/questions';
import { daysBetween, formatRu } from '../dates/calendar-math';
import { REASON_NO_WEEK, REASON_NO_YEAR, REASON_NOT_FOUND, REASON_TIME_ONLY } from '../dates/combine';
import { checkDates } from './order-checks';
import { ruForm } from '../i18n/plural';
import { messages } from './messages';
import type { Finding, FindingCode, Plan, PlanField, PlanRow, Severity, Term } from './types';

export interface CheckOptions {
  /** ISO date of today (for «overdue»). */
  today: string;
  lang?: Lang;
}

const DONE = new Set(['выполнено', 'выполнен', 'выполнена', 'выполнены', 'да', '✓', '✔', '+', 'done', 'готово', 'сделано']);
const CANCELLED = /^(отменен|отменено|отменена|снято|снят)/;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function isDone(status: string | undefined): boolean {
  const s = (status ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.!]+$/, '')
    .trim();
  return DONE.has(s) || CANCELLED.test(s);
}

/** Text compared for duplicates: case, ё, punctuation and spacing ignored. */
function sameText(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.,;:!?«»"'()\-–—]+/g, ' ')
    .trim();
}

function fmt(r: DateRange): string {
  return `${formatRu(r.start)} – ${formatRu(r.end)}`;
}

/** Checks the plan; findings come sorted by row, errors first within a row. */
export function checkPlan(plan: Plan, options: CheckOptions): Finding[] {
  const m = messages(options.lang ?? 'ru').checks;
  const examples = messages(options.lang ?? 'ru').termExamples;
  const out: Finding[] = [];
  const add = (
    row: PlanRow | number,
    field: PlanField | number,
    severity: Severity,
    code: FindingCode,
    message: string,
    suggestion?: string,
  ) => {
    const r = typeof row === 'number' ? row : row.row;
    const cell =
      typeof row !== 'number' && typeof field === 'string'
        ? (row.cells[field] ?? toA1(r, 0))
        : toA1(r, typeof field === 'number' ? field : 0);
    const f: Finding = { cell, row: r, severity, code, message };
    if (suggestion) f.suggestion = suggestion;
    out.push(f);
    return f;
  };

  const fieldLabel = (f: PlanField) => messages(options.lang ?? 'ru').fields[f];
  checkStages(plan, (row, sev, code, msg, hint) => add(row, 0, sev, code, msg, hint), m);
  const headerRow = Math.max(plan.headerRow, 0);
  // what the reading pipeline guessed rather than read: one finding each, naming the choice to check
  for (const q of plan.questions) {
    add(
      headerRow,
      q.code === 'by-content' ? q.col : (plan.columns.activity ?? 0),
      'info',
      'table-question',
      tableQuestionText(q, messages(options.lang ?? 'ru').fields, options.lang ?? 'ru'),
    );
  }
  // without a term column, month rows («ИЮНЬ») may date every activity: then there is nothing to say
  if (plan.noTermColumn && plan.rows.some((r) => !r.termFrom))
    add(headerRow, plan.columns.activity ?? 0, 'info', 'no-term-column', m.noTermColumn, m.noTermColumnHint);
  if (plan.noTermColumn && !plan.range && plan.rows.length)
    add(plan.rows[0]!, 'activity', 'warning', 'no-period', m.noDatesAtAll, m.noPeriodHint);
  // terms without a year and no period anywhere: one finding for the plan, not one per row («в течение года» of
  // such a plan has no year either)
  const noRange = (t: Term) => !plan.period && (t.kind === 'ongoing' || t.kind === 'recurring') && !t.end;
  const noYear = plan.rows.filter(
    (r) => !r.cellErrors?.term && ((r.term.kind === 'unknown' && r.term.reason === REASON_NO_YEAR) || noRange(r.term)),
  );
  if (noYear.some((r) => r.term.kind === 'unknown')) {
    const examples = [...new Set(noYear.map((r) => `«${r.termText.replace(/\s+/g, ' ')}»`))].slice(0, 3).join(', ');
    add(noYear[0]!, 'term', 'warning', 'no-period', m.noPeriod(noYear.length, examples), m.noPeriodHint);
  }
  // clock times and no dates («8-00», «с 10-00»): one finding for the plan, no day invented
  const timeOnly = plan.rows.filter((r) => r.term.kind === 'unknown' && r.term.reason === REASON_TIME_ONLY && !r.cellErrors?.term);
  if (timeOnly.length) {
    const examples = [...new Set(timeOnly.map((r) => r.term.time!))].slice(0, 3).join(', ');
    add(
      timeOnly[0]!,
      'term',
      'warning',
      'time-only',
      m.timeOnly(plan.titles.term?.replace(/\s+/g, ' ') ?? fieldLabel('term'), examples),
      m.timeOnlyHint,
    );
  }
  const noYearRows = new Set([...noYear, ...timeOnly].map((r) => r.row));
  const placeColumn = /мест|place/iu.test(plan.titles.term ?? '');
  const seen = new Map<string, number>();
  const fieldLabels = messages(options.lang ?? 'ru').fields;
  for (const row of plan.rows) {
    const errs = row.cellErrors ?? {};
    for (const [field, err] of Object.entries(errs) as [PlanField, string][]) {
      add(row, field, 'error', 'cell-error', m.cellError(fieldLabels[field], err), m.cellErrorHint);
    }
    const t = row.term;
    for (const field of row.markup ?? []) {
      const text =
        field === 'term' ? row.termText : field === 'activity' ? row.activity : row[field as 'tasks' | 'responsible' | 'result' | 'status'];
      const f = add(row, field, 'info', 'markup', m.markup(fieldLabels[field]), m.markupHint);
      if (text !== undefined) f.fix = { value: text, safe: true };
    }
    if (!errs.term && !plan.noTermColumn && !noYearRows.has(row.row)) {
      if (!row.termText && !row.termFrom) add(row, 'term', 'warning', 'term-missing', m.termMissing, m.termMissingHint(examples));
      else if (!row.termText) {
        // dated by a merged cell, a cell of dates or a month row above: nothing to say
      } else if (t.kind === 'unknown' && t.reason === REASON_NOT_FOUND && placeColumn)
        add(row, 'term', 'warning', 'term-unknown', m.termPlaceOnly(row.termText), m.termPlaceOnlyHint);
      else if (t.kind === 'unknown' && t.reason === REASON_NO_WEEK)
        add(row, 'term', 'warning', 'term-unknown', m.termNoWeek(row.termText), m.termNoWeekHint);
      else if (t.start && t.end && t.start > t.end)
        add(row, 'term', 'error', 'term-reversed', m.termReversed(row.termText, formatRu(t.start), formatRu(t.end)), m.termReversedHint);
      else if (t.kind === 'unknown')
        add(row, 'term', 'warning', 'term-unknown', m.termUnknown(row.termText, t.reason), m.termUnknownHint(examples));
      else if (!t.end && t.kind !== 'scheduled')
        add(row, 'term', 'info', 'term-unknown', m.termUnknown(row.termText, t.warning), m.termNoRangeHint);
      else if (t.years && t.years.length > 1)
        add(
          row,
          'term',
          'warning',
          'term-ambiguous',
          m.termAmbiguous(row.termText, yearsList(t.years, options.lang ?? 'ru')),
          m.termAmbiguousHint,
        );
      else checkInsideStage(plan, row, m, options.lang ?? 'ru', (msg, hint) => add(row, 'term', 'warning', 'outside-stage', msg, hint));
    }
    const continuation = row.parentRow !== undefined;
    if (!continuation && !row.activity && !errs.activity) add(row, 'activity', 'warning', 'no-activity', m.noActivity);
    if (plan.columns.responsible !== undefined && !row.responsible && !errs.responsible)
      add(row, 'responsible', 'warning', 'no-responsible', m.noResponsible);
    if (plan.columns.result !== undefined && !row.result && !errs.result) add(row, 'result', 'info', 'no-result', m.noResult);
    if (plan.columns.status !== undefined && t.end && t.kind !== 'unknown' && t.end < options.today && !isDone(row.status))
      add(row, 'status', 'warning', 'overdue', m.overdue(formatRu(t.end), row.status ?? ''), m.overdueHint);
    if (!continuation && row.activity) {
      const key = `${row.stageIndex ?? -1}|${sameText(row.activity)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.row);
      else add(row, 'activity', 'warning', 'duplicate', m.duplicate(first + 1), m.duplicateHint);
    }
  }
  checkDates(plan, options.lang ?? 'ru', (row, field, severity, code, message, hint) => add(row, field, severity, code, message, hint));
  return out.sort((a, b) => a.row - b.row || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

type Checks = ReturnType<typeof messages>['checks'];

/** «2024, 2025 или 2026» */
function yearsList(years: number[], lang: Lang): string {
  const all = years.map(String);
  const or = lang === 'en' ? ' or ' : ' или ';
  return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')}${or}${all[all.length - 1]}`;
}

/** The ISO day cut to the precision the term states it in: a month term is compared by months. */
function cut(iso: string, precision: Term['precision']): string {
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

function daysText(n: number, lang: Lang): string {
  if (lang === 'en') return `${n} day${n === 1 ? '' : 's'}`;
  return `${n} ${ruForm(n, ['день', 'дня', 'дней'])}`;
}

function checkInsideStage(plan: Plan, row: PlanRow, m: Checks, lang: Lang, report: (msg: string, hint: string) => void): void {
  const stage = row.stageIndex !== undefined ? plan.stages[row.stageIndex] : undefined;
  const t = row.term;
  if (!stage?.range || !t.start || !t.end || t.kind === 'scheduled') return;
  // a deadline's start is the context's start, so only its end says anything
  const start = t.kind === 'deadline' ? t.end : t.start;
  const p = t.precision;
  const inside = (r: DateRange) => cut(start, p) >= cut(r.start, p) && cut(t.end!, p) <= cut(r.end, p);
  if (inside(stage.range)) return;
  const home = plan.stages.find((s) => s.range && s !== stage && inside(s.range));
  const yearOff = start.slice(0, 4) > stage.range.end.slice(0, 4) || t.end.slice(0, 4) < stage.range.start.slice(0, 4);
  let hint: string;
  if (home) hint = yearOff ? m.outsideStageHint(home.shortName) : m.outsideStageHintMove(home.shortName);
  else if (yearOff) hint = m.outsideStageHintYear;
  else {
    const over = Math.max(
      start < stage.range.start ? daysBetween(start, stage.range.start) : 0,
      t.end > stage.range.end ? daysBetween(stage.range.end, t.end) : 0,
    );
    hint = m.outsideStageHintDates(daysText(over, lang));
  }
  report(m.outsideStage(row.termText, stage.shortName, fmt(stage.range)), hint);
}

function checkStages(
  plan: Plan,
  report: (row: number, sev: Severity, code: FindingCode, msg: string, hint: string) => void,
  m: Checks,
): void {
  let prev: { shortName: string; range: DateRange; yearsOnly: boolean } | undefined;
  for (const s of plan.stages) {
    if (!s.range) continue;
    if (prev) {
      if (s.range.start < prev.range.start)
        report(s.row, 'warning', 'stage-order', m.stageOrder(s.shortName, prev.shortName), m.stageOrderHint);
      else if (s.range.start <= prev.range.end && !(s.yearsOnly || prev.yearsOnly)) {
        const overlap = { start: s.range.start, end: s.range.end < prev.range.end ? s.range.end : prev.range.end };
        report(s.row, 'warning', 'stage-overlap', m.stageOverlap(s.shortName, prev.shortName, fmt(overlap)), m.stageOverlapHint);
      }
    }
    prev = { shortName: s.shortName, range: s.range, yearsOnly: !!s.yearsOnly };
  }
}
