/**
 * The budget job's table for the shared reading pipeline (core/table/read-table): its fields, their usual
 * header names, what their cells hold, and the year columns as a series of columns («2023 год», «2021/2022»,
 * a damaged «20120» beside the other years).
 */
import type { Synonyms } from '../table/headers';
import type { ContentTest, TableSpec } from '../table/read-table';
import { parseYearLabel } from '../table/years';
import { readMoney } from './money';

export const BUDGET_FIELDS = ['number', 'item', 'source', 'total', 'quantity', 'price'] as const;
/**
 * number, item, source: as written; total: «Всего»/«Сумма» (the single amount of a table without year columns);
 * quantity and price: a smeta's «Количество» and «Цена» (quantity × price = the sum of the row).
 */
export type BudgetField = (typeof BUDGET_FIELDS)[number];

export const BUDGET_SYNONYMS: Synonyms<BudgetField> = {
  number: ['№', '№ п п', 'n п п', 'номер', 'п п', 'no'],
  item: [
    'статьи затрат',
    'статья затрат',
    'статьи расходов',
    'статья расходов',
    'наименование',
    'наименование статьи',
    'наименование статей',
    'наименование расходов',
    'наименований расходов',
    'наименование показателя',
    'наименование затрат',
    'наименование мероприятия',
    'наименование мероприятий',
    'мероприятие',
    'мероприятия',
    'направление расходов',
    'направления расходов',
    'направление финансирования',
    'направления финансирования',
    'источники и направления расходов',
    'источник и направление финансирования',
    'вид расходов',
    'виды расходов',
    'статья',
    'затраты',
    'расходы',
    'содержание расходов',
    'этап мероприятие вид расходов',
    'cost item',
    'item',
  ],
  source: [
    'источники финансирования',
    'источник финансирования',
    'источник',
    'источники',
    'источник средств',
    'источники средств',
    'источник финансового обеспечения',
    'источники финансового обеспечения',
    'вид финансирования',
    'источники финансового обеспечения реализации проекта',
    'source',
    'source of funding',
  ],
  total: [
    'всего',
    'итого',
    'сумма',
    'общая сумма',
    'общий объем',
    'общий объем финансирования',
    'объем финансирования всего',
    'всего за период',
    'всего руб',
    'итого руб',
    'всего тыс руб',
    'сумма расходов',
    'стоимость',
    'total',
    'amount',
  ],
  quantity: ['количество', 'кол во', 'число', 'количество единиц', 'кол во единиц', 'quantity', 'qty'],
  price: [
    'цена',
    'цена за единицу',
    'цена за 1',
    'цена единицы',
    'стоимость единицы',
    'стоимость за единицу',
    'стоимость 1',
    'стоимость за 1',
    'стоимость одного',
    'стоимость одной',
    'стоимость д дня',
    'тариф',
    'price',
    'unit price',
  ],
};

/** Words of funding sources, in source cells and in «в том числе» rows. */
export const SOURCE_WORDS = /бюджет|средств|спонсор|грант|субсиди|собствен|привлеч|партн[её]р|родител|фонд|инвест|внебюджет/;

const NUMBERING = /^\d{1,3}(?:\.\d{1,3})*\.?$/;

/** What a field's cells hold: numbering, cost items (text), sources (text naming a budget), amounts. */
export const BUDGET_CONTENT: Partial<Record<BudgetField, ContentTest>> = {
  number: (text, v) => (typeof v === 'number' ? Number.isInteger(v) && v >= 1 && v < 1000 : NUMBERING.test(text)),
  item: (text, v) => typeof v === 'string' && /\p{L}{3}/u.test(text) && !isMoneyText(text),
  source: (text, v) => typeof v === 'string' && text.length < 160 && SOURCE_WORDS.test(text.toLowerCase()),
  total: (_text, v) => isMoneyText(v),
};

function isMoneyText(v: unknown): boolean {
  const m = readMoney(v);
  return m !== null && 'kind' in m && (m.kind === 'amount' || m.kind === 'stack' || m.kind === 'list');
}

/**
 * A year column's band label: its last line is a year («2023 год», «2021/2022», «2019 - 2020 годы»), an
 * implausible one («2203 год») that the check reports, or a damaged one («20120»: one digit too many for a
 * year of 1990–2100). Kopecks («43800-00») and other numbers are no year.
 */
export function isYearHeader(label: string): boolean {
  let v = YEAR_HEADERS.get(label);
  if (v === undefined) {
    if (YEAR_HEADERS.size > 20_000) YEAR_HEADERS.clear();
    v = readYearHeader(label);
    YEAR_HEADERS.set(label, v);
  }
  return v;
}

/** isYearHeader's answers, remembered: every header search asks it of the same labels and amounts. Emptied when large. */
const YEAR_HEADERS = new Map<string, boolean>();

function readYearHeader(label: string): boolean {
  const lines = label.split('\n');
  const last = lines[lines.length - 1]!.trim();
  if (!last) return false;
  const y = parseYearLabel(last);
  if (y) return y.plausible || y.kind === 'year';
  return damagedYears(last).length > 0;
}

/**
 * The years a damaged year header may stand for: «20120» → 2020, 2010, 2012 (one digit too many); the table
 * picks the one that continues its other years. [] when no single digit dropped gives a year of 1990–2100.
 */
export function damagedYears(text: string): number[] {
  const m = /^((?:19|20)\d{3})\s*(?:год|г\.?)?$/i.exec(text.trim());
  if (!m) return [];
  const d = m[1]!;
  const found = new Set<number>();
  for (let i = 0; i < d.length; i++) {
    const y = Number(d.slice(0, i) + d.slice(i + 1));
    if (y >= 1990 && y <= 2100) found.add(y);
  }
  return [...found];
}

export const BUDGET_TABLE: TableSpec<BudgetField> = {
  fields: BUDGET_FIELDS,
  synonyms: BUDGET_SYNONYMS,
  required: [],
  content: BUDGET_CONTENT,
  series: isYearHeader,
};
