/**
 * The accountants' custom functions: one call per table (the whole range in, the answer out), never a
 * write. A bad argument or a table that cannot be summed becomes the formula's error with a Russian message.
 */
import { budgetCheck, budgetRollup, budgetTotal } from '../../core/budget';
import { asGrid } from '../custom-function-args';
import type { CustomFunctionDoc } from '../job';
import { currentLang } from '../runtime';

const TABLE_PARAM = {
  name: 'table',
  type: 'Array<Array<string|number>>',
  description:
    'Таблица бюджета целиком, с заголовком: статьи, источники, годы («2023 год», «2021/2022»), «Всего», «Итого», например A1:F20',
};

export const BUDGET_CHECK_DOC: CustomFunctionDoc = {
  name: 'BUDGET_CHECK',
  summary:
    'Проверяет таблицу бюджета: итоги, «Всего», годы, нумерацию, суммы текстом. Строки [ячейка, проблема] или «Ошибок нет»; ячейки считаются от первой ячейки диапазона (A1).',
  summaryEn:
    "Checks a budget table: totals, «Всего», years, numbering, amounts written as text. Rows [cell, problem] or «Ошибок нет»; cells count from the range's first cell (A1).",
  params: [TABLE_PARAM],
  returns: 'Два столбца: ячейка и проблема (с названием статьи и годом)',
  example: '=BUDGET_CHECK(A1:E7)',
};

export const BUDGET_ROLLUP_DOC: CustomFunctionDoc = {
  name: 'BUDGET_ROLLUP',
  summary:
    'Сводит таблицу бюджета: по годам (по умолчанию), по источникам, по годам и источникам или по статьям — без строк «Итого», с итоговой строкой.',
  summaryEn:
    'Rolls a budget table up by year (default), by source, by year and source, or by item — «Итого» rows left out, with a total row.',
  params: [
    TABLE_PARAM,
    {
      name: 'by',
      type: 'string',
      description: 'Способ свода: «год» (по умолчанию), «источник», «год и источник» или «статья»',
      optional: true,
    },
  ],
  returns: 'Таблица с заголовком и строкой «Итого»',
  example: '=BUDGET_ROLLUP(A1:E7; "источник")',
};

export const BUDGET_TOTAL_DOC: CustomFunctionDoc = {
  name: 'BUDGET_TOTAL',
  summary:
    'Сумма по статьям таблицы бюджета (строки «Итого» не считаются), как СУММЕСЛИМН: за год, по источнику, по статье. Ячейка не с числом в этой сумме — ошибка, а не неверный итог.',
  summaryEn:
    "The sum of a budget table's items («Итого» rows left out), like SUMIFS: for a year, a source, an item. A cell in that sum holding no number is an error, never a wrong total.",
  params: [
    TABLE_PARAM,
    { name: 'year', type: 'number|string', description: 'Год: 2024, "2024 год" или "2021/2022"; пусто — все годы', optional: true },
    {
      name: 'source',
      type: 'string',
      description: 'Источник финансирования, например "Внебюджетные средства ОО" (* — любой текст)',
      optional: true,
    },
    { name: 'item', type: 'string', description: 'Статья затрат, например "Участие*" (* — любой текст)', optional: true },
  ],
  returns: 'Число в единицах таблицы',
  example: '=BUDGET_TOTAL(A1:E7; 2024; "Внебюджетные средства ОО")',
};

/** BUDGET_CHECK(table): rows [cell, problem], or one row «Ошибок нет». */
export function BUDGET_CHECK(table: unknown): string[][] {
  const r = budgetCheck(asGrid(table), { lang: currentLang() });
  if (!r.ok) throw new Error(r.error.message);
  return r.rows.map((row) => (row.length === 2 ? row : [row[0]!, '']));
}

/** BUDGET_ROLLUP(table, [by]). */
export function BUDGET_ROLLUP(table: unknown, by?: unknown): (string | number)[][] {
  const r = budgetRollup(asGrid(table), by, { lang: currentLang() });
  if (!r.ok) throw new Error(r.error.message);
  return r.rows;
}

/** BUDGET_TOTAL(table, [year], [source], [item]): one number. */
export function BUDGET_TOTAL(table: unknown, year?: unknown, source?: unknown, item?: unknown): number {
  const r = budgetTotal(asGrid(table), { year, source, item }, { lang: currentLang() });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
