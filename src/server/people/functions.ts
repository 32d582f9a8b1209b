/**
 * The custom functions of the responsibility job: CHECK_RESPONSIBLE and RESPONSIBLE_PEOPLE. Like every
 * custom function they take the whole column and return the whole array in one call, never write, and put a
 * readable message into a bad cell instead of failing the range.
 */
import { checkResponsibleGrid, responsiblePeopleGrid } from '../../core/people';
import { asGrid, INPUT_LIMITS } from '../custom-function-args';
import { asShown } from '../dates-io';
import type { CustomFunctionDoc } from '../job';

export const CHECK_RESPONSIBLE_DOC: CustomFunctionDoc = {
  name: 'CHECK_RESPONSIBLE',
  summary:
    'Проверяет столбец «Ответственные»: для каждой ячейки пустая строка, если всё в порядке, иначе замечание с предлагаемым исправлением. С реестром «Участники» — сверяет с ним, без него — с самим столбцом.',
  summaryEn:
    'Checks a «Ответственные» column: for each cell an empty string when it is fine, otherwise the findings with the suggested correction. With the «Участники» roster it checks against it, without one against the column itself.',
  params: [
    { name: 'cells', type: 'string|Array<Array<string>>', description: 'Столбец ответственных, например E5:E40' },
    {
      name: 'roster',
      type: 'Array<Array<string>>',
      description: 'Необязательно: реестр вместе со строкой заголовков, например Участники!A1:G200',
      optional: true,
    },
  ],
  returns: 'Столбец той же высоты: пусто или замечания по ячейке',
  example: '=CHECK_RESPONSIBLE(E5:E40; Участники!A1:G200)',
};

export const RESPONSIBLE_PEOPLE_DOC: CustomFunctionDoc = {
  name: 'RESPONSIBLE_PEOPLE',
  summary: 'Список ответственных столбца без повторов, в обычной записи «Фамилия И.О.», и в скольких ячейках каждый встречается.',
  summaryEn: 'The distinct responsible people of a column in the usual «Фамилия И.О.» form, with the number of cells each appears in.',
  params: [
    { name: 'cells', type: 'string|Array<Array<string>>', description: 'Столбец ответственных, например E5:E40' },
    {
      name: 'roster',
      type: 'Array<Array<string>>',
      description: 'Необязательно: реестр вместе со строкой заголовков, например Участники!A1:G200',
      optional: true,
    },
  ],
  returns: 'Два столбца: ответственный и число ячеек',
  example: '=RESPONSIBLE_PEOPLE(E5:E40)',
};

function rosterGrid(roster: unknown): unknown[][] | null {
  return Array.isArray(roster) ? asShown(asGrid(roster, INPUT_LIMITS.people)) : null;
}

/** CHECK_RESPONSIBLE(cells, [roster]): '' for a good cell, otherwise one line of findings. */
export function CHECK_RESPONSIBLE(cells: unknown, roster?: unknown): string[][] {
  const result = checkResponsibleGrid(asShown(asGrid(cells, INPUT_LIMITS.people)), rosterGrid(roster), 'ru');
  if (!result.ok) throw new Error(result.error.message);
  return result.values;
}

/** RESPONSIBLE_PEOPLE(cells, [roster]): the distinct people and how many cells each appears in (two columns). */
export function RESPONSIBLE_PEOPLE(cells: unknown, roster?: unknown): (string | number)[][] {
  const result = responsiblePeopleGrid(asShown(asGrid(cells, INPUT_LIMITS.people)), 'ru', rosterGrid(roster));
  if (!result.ok) throw new Error(result.error.message);
  return result.values;
}
