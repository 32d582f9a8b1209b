/**
 * Indicator targets as project documents write them, and whether an actual value meets them:
 *   «Не менее 50% обучающихся…», «Не менее 3 консультаций в месяц», «Не менее трёх консультаций в месяц»,
 *   «Не менее 1 стажировки и 1 обучающего семинара в год», «не более 10%», «Проведено 7 методических дней».
 */
import { cellText, isFormulaError } from '../table/cell';
import { toA1 } from '../table/a1';
import type { Synonyms } from '../table/headers';
import { readTable, type ContentTest, type TableChoice, type TableSpec } from '../table/read-table';
import { tableQuestionText } from '../table/questions';
import { parseYearLabel } from '../table/years';
import { dateValueToIso, isDateValue } from '../dates/index';
import type { Result } from '../table/findings';
import type { Lang } from '../i18n/lang';
import { checklistMessages } from './messages';
import { directionFromWording, parseDirection } from './direction';
import type { ChecklistFinding, Direction } from './types';
import { foldSpaces } from '../table/fold';

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
    if (
      year &&
      (/^\s*[-–—/]\s*\d{4}/.test(after) ||
        /\d{4}\s*[-–—/]\s*$/.test(t.slice(0, m.index)) ||
        /(?:^|\s)(?:в|на|за|с|по)\s*$/.test(t.slice(0, m.index)))
    )
      continue;
    out.push({ value, start: m.index, end, percent });
  }
  return out;
}

/** Parses a target text; a clear message when it states no number to compare with. */
export function parseTarget(text: unknown, lang: Lang = 'ru'): Result<{ target: Target }> {
  const m = checklistMessages(lang).targets;
  const raw = cellText(text);
  if (!raw) return { ok: false, error: { code: 'empty', message: m.empty } };
  const t = foldSpaces(raw);
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
    const noun = nounText
      .split(/\s+(?:и|в|за|на|,)\s+|[,;(]/)[0]!
      .trim()
      .split(' ')
      .slice(0, 4)
      .join(' ');
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
  const t = foldSpaces(cellText(actual));
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
    case 'atLeast':
      return actual >= goal - eps;
    case 'atMost':
      return actual <= goal + eps;
    case 'more':
      return actual > goal + eps;
    case 'less':
      return actual < goal - eps;
    case 'exactly':
      return Math.abs(actual - goal) <= eps;
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

export type IndicatorField = 'number' | 'name' | 'unit' | 'base' | 'plan' | 'actual' | 'deviation' | 'direction' | 'result';
export const INDICATOR_FIELDS: readonly IndicatorField[] = [
  'number',
  'name',
  'unit',
  'base',
  'plan',
  'actual',
  'deviation',
  'direction',
  'result',
];

/** The names reports give an indicator table's columns («Показатель | План | Факт | Отклонение», «Целевое значение 2015 год»). */
export const INDICATOR_SYNONYMS: Synonyms<IndicatorField> = {
  number: ['№', '№ п/п', 'N', 'N п/п', 'п/п', 'No'],
  name: [
    'Критерий',
    'Показатель',
    'Показатели',
    'Наименование показателя',
    'Наименование индикатора',
    'Наименование целевого показателя',
    'Наименование целевого индикатора',
    'Индикатор',
    'Индикаторы',
    'Показатель (индикатор)',
    'Целевой показатель',
    'Целевые показатели',
    'Мероприятие',
    'Criterion',
    'Indicator',
  ],
  unit: ['Единица измерения', 'Ед. изм.', 'Ед. измерения', 'Единица', 'Unit'],
  base: [
    'Базовое значение',
    'Исходное значение',
    'Базовый показатель',
    'Базовое значение показателя',
    'Базисный год',
    'Базовый год',
    'Base',
  ],
  plan: [
    'План',
    'Плановое значение',
    'Целевое значение',
    'Показатель (цель)',
    'Цель',
    'Целевой ориентир',
    'Минимальное значение',
    'Значение показателя',
    'Значение показателей',
    'Планируемое значение',
    'Плановый показатель',
    'Target',
    'Plan',
  ],
  actual: ['Факт', 'Фактическое значение', 'Достигнутое значение', 'Факт.', 'Фактически', 'Исполнение', 'Actual'],
  deviation: ['Отклонение', 'Отклонение от плана', 'Отклонение факта от плана', 'Deviation'],
  direction: ['Направленность', 'Динамика', 'Желаемая динамика', 'Желаемое направление', 'Тенденция', 'Направление изменения', 'Direction'],
  result: ['Результат', 'Выполнение', 'Статус', 'Достигнут', 'Достижение', 'Result'],
};

const UNIT =
  /^(?:%|процент\S*|чел\S*|человек|ед\S*|единиц\S*|шт\S*|руб\S*|тыс\S*(?:\s*руб\S*)?|балл\S*|раз|-|–|—|кол-во|да\/нет|мест|кв\.?\s*м)(?:\s*\(.*\))?$/i;
const DASH_VALUE = /[–—−-]\s*(\d[\d\s]*(?:[.,]\d+)?)\s*(?:%|\p{L}+)?[;:,.]?/u;

/** What an actual cell gives: a number, a «нет» (zero), or the figure of a report's sentence («… – 43 человек, в том числе:»). */
export function actualValue(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = foldSpaces(cellText(v));
  if (!t) return null;
  if (/^(?:нет|отсутствуют|отсутствует|не имеется)\.?$/.test(t)) return 0;
  const plain = /^[+-]?\d+(?:[.,]\d+)?$/.test(t.replace(/\s/g, '')) ? Number(t.replace(/\s/g, '').replace(',', '.')) : null;
  if (plain !== null) return plain;
  const dashes = [...t.matchAll(new RegExp(DASH_VALUE.source, 'gu'))];
  const last = dashes[dashes.length - 1];
  if (last) return Number(last[1]!.replace(/\s/g, '').replace(',', '.'));
  const nums = numbersIn(t);
  return nums.length === 1 ? nums[0]!.value : null;
}

const holdsTargetText: ContentTest = (text, value) => {
  if (typeof value === 'number') return true;
  const t = foldSpaces(text);
  return OPS.some(([re]) => re.test(t.replace(/\d.*$/, ''))) && numbersIn(t).length > 0;
};
const holdsActual: ContentTest = (text, value) => typeof value === 'number' || actualValue(value ?? text) !== null;
const holdsUnit: ContentTest = (text) => text.length <= 25 && UNIT.test(foldSpaces(text));
const holdsName: ContentTest = (text) =>
  text.length >= 12 && /\p{L}{3,}/u.test(text) && text.split(/\s+/).length >= 2 && !holdsTargetText(text, text);
const holdsDirection: ContentTest = (text) => text.length <= 30 && parseDirection(text) !== null;

export const INDICATOR_TABLE: TableSpec<IndicatorField> = {
  fields: INDICATOR_FIELDS,
  synonyms: INDICATOR_SYNONYMS,
  required: ['name'],
  minScore: 2,
  content: { name: holdsName, unit: holdsUnit, actual: holdsActual, direction: holdsDirection },
};

export const INDICATOR_FIELD_LABELS: Record<Lang, Record<IndicatorField, string>> = {
  ru: {
    number: '№',
    name: 'Показатель',
    unit: 'Единица',
    base: 'Базовое значение',
    plan: 'План (цель)',
    actual: 'Факт',
    deviation: 'Отклонение',
    direction: 'Направление',
    result: 'Результат',
  },
  en: {
    number: 'No.',
    name: 'Indicator',
    unit: 'Unit',
    base: 'Base value',
    plan: 'Plan (target)',
    actual: 'Actual',
    deviation: 'Deviation',
    direction: 'Direction',
    result: 'Result',
  },
};

/** Where an indicator's direction came from. */
export type DirectionSource = 'column' | 'argument' | 'target' | 'values' | 'wording';

export interface SeriesValue {
  /** The year as written («2015 год», «2020-2021»), or «базовое» for the base value. */
  label: string;
  year?: string;
  base?: boolean;
  value: number | null;
  /** The cell as written. */
  text: string;
}

export interface IndicatorRow {
  row: number;
  number: string;
  name: string;
  unit: string;
  targetText: string;
  target: Target | null;
  check: TargetCheck;
  /** The «Результат» cell's text: «выполнен», «не выполнен», «нет данных». */
  label: string;
  /** 'down': lower is better. */
  direction?: Direction;
  directionSource?: DirectionSource;
  /** The base value and the targets by year, for tables of targets over years. */
  series?: SeriesValue[];
  /** The actual value read (a sentence's figure too). */
  actual?: number | null;
  section?: string;
}

export interface IndicatorsRead {
  rows: IndicatorRow[];
  resultColumn: number | null;
  headerRow: number;
  findings: ChecklistFinding[];
  columns: Partial<Record<IndicatorField, number>>;
  /** The pipeline's reading (labels, questions), for the column form. */
  labels: string[];
  /** The year labels of a table of targets over years, in order. */
  years: string[];
  /** The date the figures are as of («на 1 сентября 2017 года»), ISO, when stated. */
  asOf?: string;
}

/** A target with the direction applied: a bare number («14,5») with 'down' is «не более 14,5». */
export function withDirection(target: Target, direction: Direction | undefined): Target {
  if (direction !== 'down') return target;
  return { ...target, parts: target.parts.map((p) => (p.implicitOp ? { ...p, op: 'atMost' as const } : p)) };
}

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** «на 1 сентября 2017 года» → 2017-09-01. */
function asOfDate(text: string): string | undefined {
  const m =
    /(?:^|\s)(?:на|по состоянию на)\s+(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+(\d{4})/.exec(
      foldSpaces(text),
    );
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/**
 * Reads an indicator table — the «Показатели» sheet, or a report's table as pasted — through the shared reading
 * pipeline: «Показатель | План | Факт | Отклонение», «Критерий | Показатель (цель) | Факт | Результат», targets
 * by year («Базовое значение 2008 год | Целевое значение 2015 год | …», «Значение показателей» over 2021…2027),
 * values written as sentences («… – 43 человек»). Each target is checked against its actual value with the
 * indicator's direction (a «Направление» column, the target's «не более», the targets' own trend, or the name's
 * wording — «аварийных», «не сдавших»), and what a careful reader would question is said: a year header out of
 * sequence («2012-2022» among 2019-2020, 2020-2021), values not under their year headers, «12%» beside «14»,
 * a breakdown («в том числе») that does not add up, a deviation that is not actual − plan.
 */
export function readIndicators(
  values: readonly (readonly unknown[])[],
  lang: Lang = 'ru',
  choice: TableChoice<IndicatorField> = {},
): Result<IndicatorsRead> {
  const m = checklistMessages(lang).targets;
  const table = readTable(values, INDICATOR_TABLE, choice, { checkRequired: false });
  const userSaid = choice.headerRow !== undefined || Object.keys(choice.mapping ?? {}).length > 0;
  // an indicator table has a header; a sheet without one is read only when the user says which column is which
  if (!table.ok || (table.columns.name === undefined && table.columns.plan === undefined) || (table.headerRow < 0 && !userSaid)) {
    return { ok: false, error: { code: 'no-header', message: m.noHeader } };
  }
  const col: Partial<Record<IndicatorField, number>> = { ...table.columns };
  const chosen = (f: IndicatorField) => choice.mapping !== undefined && Object.prototype.hasOwnProperty.call(choice.mapping, f);
  const dataRows = () =>
    Array.from({ length: Math.max(0, Math.min(values.length, table.dataStart + 200) - table.dataStart) }, (_, i) => table.dataStart + i);
  const filledIn = (c: number) => dataRows().some((r) => cellText(values[r]?.[c]) !== '');
  const share = (c: number, test: ContentTest) => {
    let n = 0;
    let yes = 0;
    for (const r of dataRows()) {
      const t = cellText(values[r]?.[c]);
      if (!t) continue;
      n++;
      if (test(t, values[r]![c])) yes++;
    }
    return n ? yes / n : 0;
  };
  // «Критерий | Показатель | Факт» (seed 004): the column named «Показатель» holds the targets («Не менее 3 …»)
  if (col.plan === undefined && col.name !== undefined && !chosen('plan') && share(col.name, holdsTargetText) >= 0.6) {
    col.plan = col.name;
    const other = table.labels.findIndex((_, c) => c !== col.plan && !Object.values(col).includes(c) && share(c, holdsName) >= 0.6);
    if (other >= 0) col.name = other;
    else delete col.name;
  }
  const findings: ChecklistFinding[] = [];
  const note = (row: number, c: number, severity: ChecklistFinding['severity'], code: string, message: string) =>
    findings.push({ cell: toA1(row, c), row, col: c, severity, code, message });

  // Targets by year: every column whose header cell names a year («Целевое значение 2015 год», «2021»), the base year too.
  const yearCols: { col: number; label: string; year: string; base: boolean }[] = [];
  const bandRows = table.headerRows.length ? table.headerRows : [];
  table.labels.forEach((label, c) => {
    for (const r of bandRows) {
      const own = cellText(values[r]?.[c]);
      const parts = own
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean);
      const yearLine = [...parts].reverse().find((p) => parseYearLabel(p) || /^\d{4}\s*(?:год|г\.?)$/i.test(p));
      const inline = yearLine ? null : /(\d{4})\s*(?:год|г\.?)\s*$/i.exec(own.replace(/\s+/g, ' '));
      const year = yearLine ?? inline?.[0];
      if (!year) continue;
      // «Базовое значение 2008 год» in one cell is the base year; a year under a spanning «Базовое значение …» of another row is not
      yearCols.push({ col: c, label: label.replace(/\s+/g, ' ').trim(), year: year.trim(), base: /базов|исходн/i.test(own) });
      break;
    }
  });
  // a table of targets by year has no «Факт» unless its header names one: the values under (or beside) the years are
  // targets; a «Фактическое значение на 2010 г.» before them is the base year's value
  if (col.actual !== undefined && table.sources.actual === 'content' && yearCols.length) delete col.actual;
  const actualYear = yearCols.find((y) => y.col === col.actual);
  if (actualYear && yearCols.length >= 3 && !chosen('actual')) {
    actualYear.base = true;
    delete col.actual;
  }
  for (const q of table.questions) {
    if (q.code === 'by-content' && col[q.field] !== q.col) continue;
    // a long header that names indicators («Количественные/качественные целевые показатели, характеризующие …») over the names: nothing to ask
    if (
      q.code === 'by-content' &&
      q.field === 'name' &&
      q.headerCol === undefined &&
      /показател|индикатор/i.test(table.labels[q.col] ?? '')
    )
      continue;
    note(
      Math.max(0, table.headerRow),
      q.code === 'by-content' ? q.col : (col.name ?? 0),
      'info',
      'table-question',
      tableQuestionText(q, INDICATOR_FIELD_LABELS[lang], lang),
    );
  }
  const years = yearCols.filter((y) => !y.base).map((y) => y.year);
  // a year out of sequence («2012-2022» after 2019-2020, 2020-2021; «2004» after 2020…2023): likely a typo of the expected one
  const yearRow = Math.max(0, table.headerRows[table.headerRows.length - 1] ?? table.headerRow);
  const run = yearCols.filter((y) => !y.base);
  const spans = run.map((y) => parseYearLabel(y.year));
  for (let i = 2; i < run.length; i++) {
    const [a, b, cur] = [spans[i - 2], spans[i - 1], spans[i]];
    if (!a || !b || !cur) continue;
    const step = b.from - a.from;
    if (step <= 0 || b.to - a.to !== step) continue;
    const expected = { from: b.from + step, to: b.to + step };
    if (cur.from === expected.from && cur.to === expected.to) continue;
    const written = run[i]!.year.replace(/\s/g, '');
    const sep = /[/]/.test(written) ? '/' : '-';
    const want = b.kind === 'year' ? String(expected.from) : `${expected.from}${sep}${expected.to}`;
    if (distance(want, written.replace(/(?:год|г\.?)$/i, '')) > 2) continue;
    note(yearRow, run[i]!.col, 'warning', 'year-typo', m.yearTypo(run[i]!.year, want));
    spans[i] = { ...cur, from: expected.from, to: expected.to }; // read on as the year it should be
  }
  // the year labels sit over columns that hold something else (names, units): the values are read in their order
  const misplaced = yearCols.some(
    (y) =>
      [col.name, col.unit, col.number].includes(y.col) ||
      (filledIn(y.col) && share(y.col, (_t, v) => actualValue(v) !== null || cellText(v) === '-') < 0.5),
  );
  const seriesMode = yearCols.length > 0 && col.actual === undefined;
  if (seriesMode && misplaced) note(yearRow, yearCols[0]!.col, 'info', 'values-in-order', m.valuesInOrder(yearCols.map((y) => y.year)));

  const rows: IndicatorRow[] = [];
  let section = '';
  let last: IndicatorRow | undefined;
  let lastRaw = -1;
  const valueCols = (r: number) => {
    const start = Math.max(col.name ?? 0, col.unit ?? 0, col.number ?? 0) + 1;
    const out: { c: number; v: unknown }[] = [];
    for (let c = start; c < (values[r]?.length ?? 0); c++) {
      const v = values[r]![c];
      if (cellText(v) !== '') out.push({ c, v });
    }
    return out;
  };
  for (let r = table.dataStart; r < values.length; r++) {
    const row = values[r] ?? [];
    const filled = row.map(cellText).filter(Boolean);
    if (!filled.length) continue;
    const name = col.name === undefined ? '' : cellText(row[col.name]);
    // in a table of targets by year the targets are the series; «План» is one column's
    const targetText =
      col.plan === undefined || (seriesMode && (misplaced || yearCols.some((y) => y.col === col.plan))) ? '' : cellText(row[col.plan]);
    const number = col.number === undefined ? '' : numberText(row[col.number]);
    // a name wrapped onto its own row («учителя»): the indicator's name goes on
    if (last && filled.length === 1 && name && !number && r === lastRaw + 1) {
      last.name = `${last.name} ${name}`.replace(/\s+/g, ' ');
      lastRaw = r;
      continue;
    }
    // a section row («1. Муниципальная программа …», «Образовательная деятельность»)
    if (filled.length === 1 && !targetText) {
      section = filled[0]!;
      last = undefined;
      continue;
    }
    if (!name && !targetText) continue;
    // the unit: its own column, or the end of the name («…, охваченного образованием, %»)
    const unit = col.unit === undefined ? unitInName(name) : cellText(row[col.unit]);
    const out: IndicatorRow = {
      row: r,
      number,
      name,
      unit,
      targetText,
      target: null,
      check: { status: 'no-data', actual: [] },
      label: m.status['no-data'],
      ...(section ? { section } : {}),
    };
    if (seriesMode) {
      // the base value (its own column, unless that column names its year) and the years, in order
      const ownBase = col.base !== undefined && (misplaced || !yearCols.some((y) => y.col === col.base));
      const slots = [
        ...(ownBase ? [{ label: 'базовое', base: true, year: undefined as string | undefined }] : []),
        ...yearCols
          .filter((y) => !(misplaced && y.base))
          .map((y) => ({ label: y.year, base: y.base && !misplaced, year: y.year as string | undefined })),
      ];
      const ordered = misplaced
        ? valueCols(r)
        : [...(ownBase ? [{ c: col.base!, v: row[col.base!] }] : []), ...yearCols.map((y) => ({ c: y.col, v: row[y.col] }))];
      if (misplaced && ordered.length !== slots.length)
        note(r, ordered[0]?.c ?? 0, 'warning', 'values-count', m.valuesCount(ordered.length, slots.length));
      out.series = slots.map((s, i) => {
        const v = ordered[i]?.v;
        const value = actualValue(v);
        return {
          label: s.label,
          ...(s.year ? { year: s.year } : {}),
          ...(s.base ? { base: true } : {}),
          value: value === null ? null : round(value),
          text: cellText(v),
        };
      });
      mixedPercents(
        out,
        r,
        ordered.map((o) => o.c),
        note,
        m,
      );
    }
    rows.push(out);
    last = out;
    lastRaw = r;
    // targets and actual values
    const actualCell = col.actual === undefined ? undefined : row[col.actual];
    if (col.actual !== undefined) out.actual = actualValue(actualCell);
    let direction: Direction | undefined;
    let source: DirectionSource | undefined;
    const dText = col.direction === undefined ? '' : cellText(row[col.direction]);
    if (dText) {
      const d = parseDirection(dText);
      if (d) [direction, source] = [d, 'column'];
      else note(r, col.direction!, 'warning', 'bad-direction', m.badDirection(dText));
    }
    if (targetText) {
      const parsed = parseTarget(targetText, lang);
      if (parsed.ok) {
        out.target = parsed.target;
        const explicit = parsed.target.parts.find((p) => !p.implicitOp);
        if (!direction && explicit && (explicit.op === 'atMost' || explicit.op === 'less')) [direction, source] = ['down', 'target'];
        else if (!direction && explicit) [direction, source] = ['up', 'target'];
      } else if (col.actual !== undefined) note(r, col.plan!, 'warning', 'target-unparsed', parsed.error.message);
    }
    if (!direction && out.series) {
      const vals = out.series.map((s) => s.value).filter((v): v is number => v !== null);
      if (vals.length >= 2 && vals[vals.length - 1]! < vals[0]!) [direction, source] = ['down', 'values'];
      else if (vals.length >= 2 && vals[vals.length - 1]! > vals[0]!) [direction, source] = ['up', 'values'];
    }
    const wording = directionFromWording(name);
    if (!direction && wording && !wording.absence) {
      [direction, source] = ['down', 'wording'];
      note(r, col.name!, 'info', 'direction-wording', m.directionWording(wording.words));
    } else if (source === 'values' && direction === 'up' && wording && !wording.absence) {
      note(r, col.name!, 'warning', 'direction-conflict', m.directionConflict(wording.words));
    }
    if (direction) {
      out.direction = direction;
      out.directionSource = source!;
    }
    if (out.target && col.actual !== undefined) {
      out.check = targetMet(withDirection(out.target, direction), actualCell, lang);
      out.label = m.status[out.check.status];
    } else if (targetText && col.actual !== undefined) {
      out.check = { status: 'no-data', actual: [], reason: m.noActual };
    }
    // «Отклонение»: actual − plan (either sign convention)
    if (col.deviation !== undefined) {
      const dev = actualValue(row[col.deviation]);
      const plan = col.plan === undefined ? null : actualValue(row[col.plan]);
      if (dev !== null && plan !== null && out.actual !== null && out.actual !== undefined) {
        const diff = out.actual - plan;
        if (Math.abs(diff - dev) > 1e-6 && Math.abs(-diff - dev) > 1e-6)
          note(r, col.deviation, 'warning', 'deviation', m.deviation(cellText(row[col.deviation]), round(diff)));
      }
    }
  }
  // a breakdown («… 43 человек, в том числе:») against the rows under it with the same unit
  if (col.actual !== undefined) {
    rows.forEach((parent, i) => {
      if (
        !/в\s+том\s+числе:?\s*$/i.test(cellText(values[parent.row]?.[col.actual!])) ||
        parent.actual === null ||
        parent.actual === undefined
      )
        return;
      const unit = parent.unit.toLowerCase();
      const parts: IndicatorRow[] = [];
      for (let k = i + 1; k < rows.length && rows[k]!.unit.toLowerCase() === unit; k++) parts.push(rows[k]!);
      const sum = parts.reduce((s, p) => s + (p.actual ?? 0), 0);
      if (parts.length && Math.abs(sum - parent.actual) > 1e-9)
        note(parent.row, col.actual!, 'warning', 'breakdown', m.breakdown(parent.actual, round(sum)));
    });
  }
  const texts = [
    ...table.above.map((a) => a.text),
    ...rows.flatMap((r) => (col.actual === undefined ? [] : [cellText(values[r.row]?.[col.actual])])),
  ];
  const asOf = texts.map(asOfDate).find(Boolean);
  return {
    ok: true,
    rows,
    resultColumn: col.result ?? null,
    headerRow: table.headerRow,
    findings,
    columns: col,
    labels: table.labels,
    years,
    ...(asOf ? { asOf } : {}),
  };
}

/** A unit written at the end of an indicator's name: «…, %», «…, чел.», «… (процентов)». */
function unitInName(name: string): string {
  const m = /(?:,\s*|\(\s*)(%|процент\S*|чел\.?|человек|ед\.?|единиц\S*|тыс\.?\s*руб\.?|руб\.?)\s*\)?\s*$/i.exec(name);
  return m ? m[1]! : '';
}

/** «1.1.», «1.», a date a paste made of «1.1». */
function numberText(v: unknown): string {
  if (isDateValue(v)) {
    const [, month, day] = dateValueToIso(v).split('-').map(Number) as [number, number, number];
    return `${day}.${month}`;
  }
  return cellText(v).replace(/\.$/, '');
}

/**
 * In a row in percent, «12%» pasted beside «14» gives 0.12 beside 14: the fractions are read as percents
 * (only when that puts them beside the others), and said.
 */
function mixedPercents(
  row: IndicatorRow,
  r: number,
  cols: number[],
  note: (row: number, c: number, s: ChecklistFinding['severity'], code: string, message: string) => void,
  m: ReturnType<typeof checklistMessages>['targets'],
): void {
  if (!row.series || !/^(?:%|процент)/i.test(row.unit.trim())) return;
  const vals = row.series.map((s) => s.value).filter((v): v is number => v !== null);
  const small = vals.filter((v) => v > 0 && v < 1);
  const big = vals.filter((v) => v >= 1);
  if (!small.length || !big.length) return;
  const median = [...big].sort((a, b) => a - b)[Math.floor(big.length / 2)]!;
  if (small.some((v) => v * 100 > median * 10 || v * 100 < median / 10)) return;
  const first = row.series.findIndex((s) => s.value !== null && s.value > 0 && s.value < 1);
  for (const s of row.series) if (s.value !== null && s.value > 0 && s.value < 1) s.value = round(s.value * 100);
  note(
    r,
    cols[first] ?? 0,
    'info',
    'percent-mixed',
    m.percentMixed(row.series.map((s) => (s.value === null ? '—' : String(s.value).replace('.', ',')))),
  );
}

/** Edit distance of two short strings (year labels). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/**
 * A new «Показатели» sheet filled with seed 004's indicator targets (§2.10; long criteria shortened), «Факт» left to fill:
 * a sample for the playground and a starting point a coordinator edits.
 */
export function sampleIndicators(): string[][] {
  return [
    [...INDICATORS_HEADER],
    [
      'Проведение стажировок и обучающих семинаров для педагогических работников',
      'Не менее 1 стажировки и 1 обучающего семинара в год',
      '',
      '',
    ],
    ['Организация обучающих выездных семинаров, стажировок для педагогических работников', 'Не менее 1 в год', '', ''],
    [
      'Организация профильных техноотрядов по компетенциям (осенние, весенние и летние каникулы)',
      'Не менее 3 профильных техноотрядов',
      '',
      '',
    ],
    [
      'Участие обучающихся профильных техноотрядов в Летнем Кубке Детской академии Изобретательства',
      'Не менее 50 % обучающихся, участников профильных техноотрядов',
      '',
      '',
    ],
    [
      'Участие в мероприятиях технической направленности (конкурсы, чемпионаты, НПК)',
      'Не менее 50% обучающихся, включённых в работу ресурсного центра',
      '',
      '',
    ],
    ['Консультирование педагогических работников по применению инженерных практик', 'Не менее трёх консультаций в месяц', '', ''],
  ];
}
