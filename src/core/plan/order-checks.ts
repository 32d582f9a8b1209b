/**
 * What a careful reader notices about a plan's dates taken together, beyond each cell on its own:
 * - the text of an activity names another period than the plan («Разработка плана … на 2022 год» in a plan «на
 *   2023 год»);
 * - a term whose year is written lies outside the period the plan states;
 * - in a plan that goes in date order, one date goes back (a typo in the month or the year: «20.04.2014» among
 *   «19.05.2014 … 22.05.2014»);
 * - a step is due before the step it depends on («отборочный тур до 20.11» before «сбор работ до 22.11»).
 * The last two are questions (info): the plan may mean it.
 */
import { addDays, formatRu, parseTerm } from '../dates/index';
import type { DateRange, Term } from '../dates/term';
import type { Lang } from '../i18n/lang';
import { messages } from './messages';
import type { FindingCode, Plan, PlanField, PlanRow, Severity } from './types';

type Report = (row: PlanRow, field: PlanField, severity: Severity, code: FindingCode, message: string, hint: string) => void;

/** Periods the plan states itself; one taken from an approval date or from its own terms is no yardstick. */
const STATED = new Set(['title', 'user']);
/** A term this far outside the stated period is outside it (an August start of a school year is not). */
const BEFORE_DAYS = 62;
const AFTER_DAYS = 92;
/** A date that goes back by more than this, in a plan in date order, is asked about. */
const BACK_DAYS = 14;
/** Fewest dated rows of a section for its order to mean anything. */
const MIN_ORDERED = 4;

export function checkDates(plan: Plan, lang: Lang, report: Report): void {
  const m = messages(lang).checks;
  checkActivityPeriods(plan, m, report);
  checkOutsidePeriod(plan, m, report);
  for (const section of sections(plan)) {
    checkDateOrder(section, m, report);
    checkStepOrder(section, m, lang, report);
  }
}

type Checks = ReturnType<typeof messages>['checks'];

function overlaps(a: DateRange, b: DateRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** «на 2022 год», «на 2021/2022 учебный год», «на 2024-2025 уч. год» inside an activity's text. */
const FOR_PERIOD = /(?:^|[^\p{L}])(на\s+\d{4}(?:\s*[-–—/]\s*\d{2,4})?\s*(?:(?:уч(?:ебн\p{L}*)?\.?\s*)?(?:год\p{L}*|гг?\.?)))/giu;

function checkActivityPeriods(plan: Plan, m: Checks, report: Report): void {
  const period = plan.period;
  if (!period || !STATED.has(period.source)) return;
  for (const row of plan.rows) {
    if (row.parentRow !== undefined) continue;
    for (const match of row.activity.matchAll(FOR_PERIOD)) {
      const said = match[1]!.replace(/\s+/g, ' ').trim();
      const t = parseTerm(said);
      if (t.kind === 'unknown' || !t.start || !t.end || overlaps({ start: t.start, end: t.end }, period.range)) continue;
      report(row, 'activity', 'warning', 'period-mismatch', m.periodMismatch(said, period.text), m.periodMismatchHint);
      break;
    }
  }
}

/** The term's years are written in its cell (none came from the plan's period). */
function yearWritten(row: PlanRow): boolean {
  return !!row.termText && parseTerm(row.termText).kind !== 'unknown';
}

function checkOutsidePeriod(plan: Plan, m: Checks, report: Report): void {
  const period = plan.period;
  if (!period || !STATED.has(period.source)) return;
  const wide = { start: addDays(period.range.start, -BEFORE_DAYS), end: addDays(period.range.end, AFTER_DAYS) };
  const text = `${formatRu(period.range.start)} – ${formatRu(period.range.end)}`;
  for (const row of plan.rows) {
    const t = row.term;
    if (row.termFrom || !t.start || !t.end || t.kind === 'unknown' || t.start > t.end) continue;
    if (row.stageIndex !== undefined && plan.stages[row.stageIndex]?.range) continue; // the stage check speaks for it
    const start = t.kind === 'deadline' ? t.end : t.start;
    if (overlaps({ start, end: t.end }, wide) || !yearWritten(row)) continue;
    report(row, 'term', 'warning', 'outside-period', m.outsidePeriod(row.termText, `${period.text}: ${text}`), m.outsidePeriodHint);
  }
}

/** Rows of one stage and one section, in sheet order: the order of dates means something only inside one. */
function sections(plan: Plan): PlanRow[][] {
  const out: PlanRow[][] = [];
  let key = '';
  for (const row of plan.rows) {
    const k = `${row.stageIndex ?? ''}|${row.group ?? ''}`;
    if (!out.length || k !== key) out.push([]);
    key = k;
    out[out.length - 1]!.push(row);
  }
  return out;
}

/** The day an event row sorts by: its day or first day; none for deadlines (plans list them loosely), months, spans of the year. */
function dayOf(t: Term): string | undefined {
  if (t.precision !== 'day' || !t.start || !t.end || (t.kind !== 'date' && t.kind !== 'period' && t.kind !== 'several')) return undefined;
  return t.start;
}

/**
 * One date that goes back in a section that otherwise runs in date order — the rows either side of it are in order
 * with each other — is asked about: «20.04.2014» between «19.05.2014» and «21.05.2014».
 */
function checkDateOrder(rows: PlanRow[], m: Checks, report: Report): void {
  const dated = rows.filter((r) => r.parentRow === undefined && !r.termFrom && dayOf(r.term));
  if (dated.length < MIN_ORDERED) return;
  const days = dated.map((r) => dayOf(r.term)!);
  let inOrder = 0;
  for (let i = 1; i < days.length; i++) if (days[i]! >= days[i - 1]!) inOrder++;
  if (inOrder < (days.length - 1) * 0.6) return; // not a plan in date order: its order says nothing
  for (let i = 1; i < days.length; i++) {
    const prev = days[i - 1]!;
    const next = days[i + 1];
    if (days[i]! >= addDays(prev, -BACK_DAYS) || (next !== undefined && next < prev)) continue;
    report(dated[i]!, 'term', 'info', 'date-order', m.dateOrder(dated[i]!.termText, formatRu(prev)), m.dateOrderHint);
  }
}

/**
 * Steps of a contest or a campaign, in the order they depend on each other: works or applications are collected,
 * then selected or judged, then the results are announced and the winners awarded.
 */
const STEPS: [number, RegExp][] = [
  [1, /(?:сбор|при[её]м|подач|представлени|регистраци)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:работ|заявок|заявк|материал|проект)/iu],
  [
    2,
    /отбор|отборочн|экспертиз|(?:оценк|проверк|рецензировани)\p{L}*\s+(?:\p{L}+\s+)?(?:работ|заявок|проект)|работ\p{L}*\s+жюри|заседани\p{L}*\s+жюри/iu,
  ],
  [3, /финал|подведени\p{L}*\s+итог|итоги\s+конкурс|награждени|церемони|объявлени\p{L}*\s+(?:итог|результат|победител)/iu],
];

function stepOf(row: PlanRow): number {
  const text = row.activity.slice(0, 200);
  let found = 0;
  for (const [n, re] of STEPS) if (re.test(text)) found = found || n;
  return found;
}

function dueOf(t: Term): string | undefined {
  return t.kind === 'unknown' || t.precision !== 'day' || !t.end ? undefined : t.end;
}

/** ««Отборочный тур» (до 20.11)», cut short. */
function shortActivity(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57).replace(/\s+\S*$/, '')}…` : t;
}

function checkStepOrder(rows: PlanRow[], m: Checks, lang: Lang, report: Report): void {
  const steps = rows.map((r) => ({ r, step: stepOf(r), due: dueOf(r.term) })).filter((s) => s.step > 0 && s.due);
  for (const later of steps) {
    const before = steps.find((s) => s.step < later.step && s.due! > later.due!);
    if (!before) continue;
    const due = (s: { r: PlanRow }) => s.r.termText.replace(/\s+/g, ' ') || (lang === 'en' ? 'no term' : 'без срока');
    report(
      later.r,
      'term',
      'info',
      'step-order',
      m.stepOrder(shortActivity(later.r.activity), due(later), shortActivity(before.r.activity), due(before)),
      m.stepOrderHint,
    );
  }
}
