/**
 * Indicator targets as project documents write them, and whether an actual value meets them:
 *   «Не менее 50% обучающихся…», «Не менее 3 консультаций в месяц», «Не менее трёх консультаций в месяц»,
 *   «Не менее 1 стажировки и 1 обучающего семинара в год», «не более 10%», «Проведено 7 методических дней».
 */
import { cellText, isFormulaError } from '../table/cell';
import { toA1 } from '../table/a1';
import { detectHeader, type Synonyms } from '../table/headers';
import { isDateValue } from '../dates/index';
import type { Result } from '../table/findings';
import type { Lang } from '../i18n/lang';
import { checklistMessages } from './messages';

export type TargetOp = 'atLeast' | 'atMost' | 'exactly' | 'more' | 'less';
export type TargetPeriod = 'day' | 'week' | 'month' | 'quarter' | 'halfYear' | 'year';

export interface TargetPart {
  op: TargetOp;
  value: number;
  unit: 'percent' | 'count';
  /** What is counted, as written («стажировки», «обучающего семинара»). */
  noun: string;
  /** True when the text gave no «не менее» etc. and «at least» was assumed. */
  implicitOp?: boolean;
}

export interface Target {
  text: string;
  parts: TargetPart[];
  period?: TargetPeriod;
}

export type TargetStatus = 'met' | 'not-met' | 'no-data';

const W = String.raw`(?:^|[\s(])`;
const OPS: [RegExp, TargetOp][] = [
  [new RegExp(String.raw`(?:${W}(?:не\s+менее|не\s+меньше|не\s+ниже|не\s+реже|минимум|как\s+минимум|от)|≥|>=)\s*$`), 'atLeast'],
  [new RegExp(String.raw`(?:${W}(?:не\s+более|не\s+больше|не\s+выше|не\s+чаще|не\s+превышает|максимум|до)|≤|<=)\s*$`), 'atMost'],
  [new RegExp(String.raw`(?:${W}(?:более|больше|свыше|выше)|>)\s*$`), 'more'],
  [new RegExp(String.raw`(?:${W}(?:менее|меньше|ниже)|<)\s*$`), 'less'],
  [new RegExp(String.raw`(?:${W}ровно|=)\s*$`), 'exactly'],
];

const WORD_NUMBERS: [RegExp, number][] = [
  [/^(?:одн(?:ого|ой|у|а|им)|один)$/, 1],
  [/^(?:два|две|двух|двум)$/, 2],
  [/^(?:три|трех|трём|трем|трёх)$/, 3],
  [/^(?:четыре|четырех|четырёх)$/, 4],
  [/^(?:пять|пяти)$/, 5],
  [/^(?:шесть|шести)$/, 6],
  [/^(?:семь|семи)$/, 7],
  [/^(?:восемь|восьми)$/, 8],
  [/^(?:девять|девяти)$/, 9],
  [/^(?:десять|десяти)$/, 10],
  [/^(?:двадцать|двадцати)$/, 20],
  [/^(?:тридцать|тридцати)$/, 30],
  [/^(?:пятьдесят|пятидесяти)$/, 50],
  [/^(?:сто|ста)$/, 100],
];

const PERIODS: [RegExp, TargetPeriod][] = [
  [/(?:в|за|на)\s+(?:один\s+|1\s+)?(?:день|сутки)|ежедневно/, 'day'],
  [/(?:в|за)\s+(?:одну\s+|1\s+)?неделю|еженедельно/, 'week'],
  [/(?:в|за)\s+(?:один\s+|1\s+)?месяц|ежемесячно|в\s+течение\s+месяца/, 'month'],
  [/(?:в|за)\s+(?:один\s+|1\s+)?квартал|ежеквартально/, 'quarter'],
  [/(?:в|за)\s+(?:одно\s+|1\s+)?полугодие|(?:в|за)\s+полгода/, 'halfYear'],
  [/(?:в|за)\s+(?:один\s+|1\s+)?(?:учебный\s+)?год|ежегодно|в\s+течение\s+(?:учебного\s+)?года/, 'year'],
];
const PER_YEAR: Record<TargetPeriod, number> = { day: 365, week: 52, month: 12, quarter: 4, halfYear: 2, year: 1 };

function findPeriod(t: string): TargetPeriod | undefined {
  for (const [re, p] of PERIODS) if (re.test(t)) return p;
  return undefined;
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/[\u00a0\s]+/g, ' ').trim();

/** Numbers in a text, with their position: digits («50», «1,5») and number words («трёх»). */
function numbersIn(t: string): { value: number; start: number; end: number; percent: boolean }[] {
  const out: { value: number; start: number; end: number; percent: boolean }[] = [];
  const re = /(\d+(?:[.,]\d+)?)|([а-я]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    let value: number | null = null;
    if (m[1]) value = Number(m[1].replace(',', '.'));
    else {
      for (const [w, n] of WORD_NUMBERS) if (w.test(m[2]!)) value = n;
    }
    if (value === null) continue;
    const end = m.index + m[0].length;
    const after = t.slice(end);
    const percent = /^\s*(?:%|процент)/.test(after);
    // A number that is part of a date, an order number or a year is not a target («от 31 августа 2023года № 649»).
    const before = t.slice(Math.max(0, m.index - 3), m.index);
    if (/№\s*$/.test(before) || (m[1] && /^\s*(?:года?|г\.)/.test(after) && value > 1900)) continue;
    if (m[1] && /^\s*(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)/.test(after)) continue;
    // «2022-2023 учебный год», «в 2024 г.»: years, not targets.
    const year = m[1] && /^\d{4}$/.test(m[1]) && value > 1900 && value < 2100;
    if (year && (/^\s*[-–—/]\s*\d{4}/.test(after) || /\d{4}\s*[-–—/]\s*$/.test(t.slice(0, m.index)) || /(?:^|\s)(?:в|на|за|с|по)\s*$/.test(t.slice(0, m.index)))) continue;
    out.push({ value, start: m.index, end, percent });
  }
  return out;
}

/** Parses a target text; a clear message when it states no number to compare with. */
export function parseTarget(text: unknown, lang: Lang = 'ru'): Result<{ target: Target }> {
  const m = checklistMessages(lang).targets;
  const raw = cellText(text);
  if (!raw) return { ok: false, error: { code: 'empty', message: m.empty } };
  const t = norm(raw);
  const nums = numbersIn(t);
  if (nums.length === 0) return { ok: false, error: { code: 'no-number', message: m.noNumber(raw) } };
  const parts: TargetPart[] = [];
  let lastOp: TargetOp | null = null;
  // «на 1 педагогического работника (не менее 12 обучающихся)»: the target is the number with «не менее».
  const opBefore = (i: number) => OPS.some(([re]) => re.test(t.slice(0, nums[i]!.start)));
  const firstExplicit = nums.findIndex((_, i) => opBefore(i));
  for (let i = Math.max(0, firstExplicit); i < nums.length; i++) {
    const n = nums[i]!;
    const prev = nums[i - 1];
    // «Не менее 3 3 консультаций»: the same number twice in a row is one number.
    if (prev && prev.value === n.value && /^\s*$/.test(t.slice(prev.end, n.start))) continue;
    const lead = t.slice(prev && parts.length > 0 ? prev.end : 0, n.start);
    // A later number joins the target only after «и» / «,» (a second thing counted), never inside the noun.
    if (parts.length > 0 && !/(?:^|\s)(?:и|а также)\s*(?:не\s+\S+\s*)?$|,\s*$|;\s*$/.test(lead)) break;
    let op: TargetOp | null = null;
    for (const [re, o] of OPS) {
      if (re.test(lead)) {
        op = o;
        break;
      }
    }
    let next = nums[i + 1];
    if (next && next.value === n.value && /^\s*$/.test(t.slice(n.end, next.start))) next = nums[i + 2];
    const skip = nums[i + 1] && nums[i + 1] !== next ? nums[i + 1]!.end : n.end;
    const nounText = t.slice(skip, next ? next.start : t.length).replace(/^\s*(?:%|процент\S*)/, '');
    const noun = nounText.split(/\s+(?:и|в|за|на|,)\s+|[,;(]/)[0]!.trim().split(' ').slice(0, 4).join(' ');
    const part: TargetPart = { op: op ?? lastOp ?? 'atLeast', value: n.value, unit: n.percent ? 'percent' : 'count', noun };
    if (!op && !lastOp) part.implicitOp = true;
    parts.push(part);
    if (op) lastOp = op;
  }
  const period = findPeriod(t);
  return { ok: true, target: { text: raw, parts, ...(period ? { period } : {}) } };
}

const NO_DATA = /^(?:|-|–|—|нет данных|н\/д|нд|не указано|не заполнено|\?)$/;

/** The numbers an actual value gives, as percents for a percent target; null when it gives none. */
function actualNumbers(actual: unknown, target: Target): { values: number[]; period?: TargetPeriod } | null {
  if (typeof actual === 'number') {
    if (!Number.isFinite(actual)) return null;
    const percent = target.parts[0]?.unit === 'percent';
    // A percent-formatted cell arrives as a fraction (0.55 for 55 %).
    return { values: [percent && actual <= 1 && actual >= 0 ? round(actual * 100) : actual] };
  }
  if (typeof actual === 'boolean' || isDateValue(actual) || isFormulaError(actual)) return null;
  const t = norm(cellText(actual));
  if (NO_DATA.test(t)) return null;
  const period = findPeriod(t);
  const ratio = /(\d+(?:[.,]\d+)?)\s*(?:из|\/)\s*(\d+(?:[.,]\d+)?)/.exec(t);
  if (ratio && target.parts[0]?.unit === 'percent') {
    const a = Number(ratio[1]!.replace(',', '.'));
    const b = Number(ratio[2]!.replace(',', '.'));
    if (b > 0) return { values: [round((a / b) * 100)], ...(period ? { period } : {}) };
  }
  const nums = numbersIn(t);
  if (nums.length === 0) return null;
  const values = nums.map((n) => {
    if (target.parts[0]?.unit === 'percent' && !n.percent && n.value <= 1 && /[.,]/.test(t)) return round(n.value * 100);
    return n.value;
  });
  return { values, ...(period ? { period } : {}) };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function meets(op: TargetOp, actual: number, goal: number): boolean {
  const eps = 1e-9;
  switch (op) {
    case 'atLeast': return actual >= goal - eps;
    case 'atMost': return actual <= goal + eps;
    case 'more': return actual > goal + eps;
    case 'less': return actual < goal - eps;
    case 'exactly': return Math.abs(actual - goal) <= eps;
  }
}

export interface TargetCheck {
  status: TargetStatus;
  /** The actual numbers compared (converted to the target's period where the actual names another). */
  actual: number[];
  /** Why there is no data, in the message language. */
  reason?: string;
}

/** Whether an actual value meets a target: met, not met, or no data (empty cell, no number, too few numbers). */
export function targetMet(target: Target, actual: unknown, lang: Lang = 'ru'): TargetCheck {
  const m = checklistMessages(lang).targets;
  const got = actualNumbers(actual, target);
  if (!got) return { status: 'no-data', actual: [], reason: m.noActual };
  let values = got.values;
  if (got.period && target.period && got.period !== target.period) {
    const factor = PER_YEAR[target.period] / PER_YEAR[got.period];
    values = values.map((v) => round(v / factor));
  }
  if (values.length < target.parts.length) {
    if (values.length === 1 && target.parts.length > 1) {
      return { status: 'no-data', actual: values, reason: m.tooFewNumbers(target.parts.length, values.length) };
    }
    return { status: 'no-data', actual: values, reason: m.tooFewNumbers(target.parts.length, values.length) };
  }
  const ok = target.parts.every((p, i) => meets(p.op, values[i]!, p.value));
  return { status: ok ? 'met' : 'not-met', actual: values.slice(0, target.parts.length) };
}

// ---------- the «Показатели» sheet ----------

export const INDICATORS_SHEET = 'Показатели';
export const INDICATORS_HEADER: readonly string[] = ['Критерий', 'Показатель (цель)', 'Факт', 'Результат'];

type IndicatorField = 'name' | 'target' | 'actual' | 'result';
const INDICATOR_SYNONYMS: Synonyms<IndicatorField> = {
  name: ['Критерий', 'Индикатор', 'Наименование показателя', 'Наименование индикатора', 'Направление', 'Мероприятие', 'Criterion'],
  target: ['Показатель', 'Показатель (цель)', 'Целевое значение', 'Плановое значение', 'Цель', 'Минимальное значение', 'Значение показателя', 'План', 'Target'],
  actual: ['Факт', 'Фактическое значение', 'Достигнутое значение', 'Значение', 'Факт.', 'Actual'],
  result: ['Результат', 'Выполнение', 'Статус', 'Достигнут', 'Result'],
};

export interface IndicatorRow {
  row: number;
  name: string;
  targetText: string;
  target: Target | null;
  check: TargetCheck;
  /** The «Результат» cell's text: «выполнен», «не выполнен», «нет данных». */
  label: string;
}

/** Reads the «Показатели» sheet: each target parsed and checked against its actual value. */
export function readIndicators(values: readonly (readonly unknown[])[], lang: Lang = 'ru'):
  Result<{ rows: IndicatorRow[]; resultColumn: number | null; headerRow: number; findings: import('./types').ChecklistFinding[] }> {
  const m = checklistMessages(lang).targets;
  const header = detectHeader<IndicatorField>(values, INDICATOR_SYNONYMS, { minScore: 2, required: ['target', 'actual'] });
  if (!header || header.columns.target === undefined || header.columns.actual === undefined) {
    return { ok: false, error: { code: 'no-header', message: m.noHeader } };
  }
  const col = header.columns;
  const rows: IndicatorRow[] = [];
  const findings: import('./types').ChecklistFinding[] = [];
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const targetText = cellText(row[col.target!]);
    const name = col.name === undefined ? '' : cellText(row[col.name]);
    if (!targetText && !name) continue;
    const parsed = parseTarget(targetText, lang);
    if (!parsed.ok) {
      findings.push({ cell: toA1(r, col.target!), row: r, col: col.target!, severity: 'warning', code: 'target-unparsed', message: parsed.error.message });
      rows.push({ row: r, name, targetText, target: null, check: { status: 'no-data', actual: [], reason: parsed.error.message }, label: m.status['no-data'] });
      continue;
    }
    const check = targetMet(parsed.target, row[col.actual!], lang);
    rows.push({ row: r, name, targetText, target: parsed.target, check, label: m.status[check.status] });
  }
  return { ok: true, rows, resultColumn: col.result ?? null, headerRow: header.headerRow, findings };
}

/**
 * A new «Показатели» sheet filled with seed 004's indicator targets (§2.10; long criteria shortened), «Факт» left to fill:
 * a sample for the playground and a starting point a coordinator edits.
 */
export function sampleIndicators(): string[][] {
  return [
    [...INDICATORS_HEADER],
    ['Проведение стажировок и обучающих семинаров для педагогических работников', 'Не менее 1 стажировки и 1 обучающего семинара в год', '', ''],
    ['Организация обучающих выездных семинаров, стажировок для педагогических работников', 'Не менее 1 в год', '', ''],
    ['Организация профильных техноотрядов по компетенциям (осенние, весенние и летние каникулы)', 'Не менее 3 профильных техноотрядов', '', ''],
    ['Участие обучающихся профильных техноотрядов в Летнем Кубке Детской академии Изобретательства', 'Не менее 50 % обучающихся, участников профильных техноотрядов', '', ''],
    ['Участие в мероприятиях технической направленности (конкурсы, чемпионаты, НПК)', 'Не менее 50% обучающихся, включённых в работу ресурсного центра', '', ''],
    ['Консультирование педагогических работников по применению инженерных практик', 'Не менее трёх консультаций в месяц', '', ''],
  ];
}
