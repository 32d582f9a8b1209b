/**
 * PLAN_DATES, the plan job's custom function. Like every custom function it takes the whole column and
 * returns the whole array in one call (each call is its own 30-second execution), never writes, and puts
 * a readable message into a bad cell instead of failing the range.
 */
import { planDates } from '../../core/plan/plan-dates';
import { isDateValue } from '../../core/dates';
import { asGrid, INPUT_LIMITS } from '../custom-function-args';
import { asShown, cellDate, shownDate } from '../dates-io';
import type { CustomFunctionDoc } from '../job';

export const PLAN_DATES_DOC: CustomFunctionDoc = {
  name: 'PLAN_DATES',
  summary:
    'Разбирает «Сроки» календарного плана: для каждой ячейки строка [Начало, Окончание, Тип]. Год, которого нет в тексте, берётся из контекста.',
  summaryEn:
    'Reads the terms of a calendar plan: for each cell a row [start, end, kind]. A year missing from the text comes from the context.',
  params: [
    {
      name: 'terms',
      type: 'string|Array<Array<string>>',
      description: 'Столбец «Сроки», например D2:D120 («До 26.09.2022», «Сентябрь 2014 – май 2015», «1 раз в четверть»)',
    },
    {
      name: 'context',
      type: 'string|Array<Array<string>>',
      description:
        'Необязательно: сроки этапа или плана («01.09.2023 – 31.05.2024», две ячейки с датами) или столбец такой же высоты — по строке на срок',
      optional: true,
    },
  ],
  returns: 'Три столбца: начало и окончание (даты) и тип срока',
  example: '=PLAN_DATES(D2:D120; "2023-2024 учебный год")',
};

/** A day as the Date Sheets shows as that day: midnight in the spreadsheet's zone. */
function toDate(iso: string): Date | '' {
  return (iso && cellDate(iso)) || '';
}

/**
 * PLAN_DATES(terms, [context]): for each «Сроки» cell a row [Начало, Окончание, Тип]. Date cells are read as
 * the days the sheet shows, and days are returned as midnight in the sheet's zone.
 */
export function PLAN_DATES(terms: unknown, context?: unknown): (Date | string)[][] {
  const rows = asShown(asGrid(terms, INPUT_LIMITS.planDates));
  const ctx = Array.isArray(context)
    ? asShown(asGrid(context, INPUT_LIMITS.planDates))
    : isDateValue(context)
      ? shownDate(context)
      : context;
  return planDates(rows, ctx).map(([start, end, kind]) => [toDate(start), toDate(end), kind]);
}
