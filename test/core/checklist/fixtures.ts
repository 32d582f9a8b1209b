/** A small cluster for the checklist tests: a four-criterion template, three schools, two rounds. */
import { readTemplate, schoolTabSheet, COL } from '../../../src/core/checklist/index';
import type { Template } from '../../../src/core/checklist/index';

/** The template sheet as a coordinator fills it (section written once, weights, levels row). */
export const TEMPLATE_VALUES: unknown[][] = [
  ['Чек-лист входного мониторинга', '', '', '', '', '', '', ''],
  ['Раздел', '№', 'Критерий', 'Вес', 'Шкала', 'Ответ', 'Подтверждение', 'Комментарий'],
  ['Партнёры', '1', 'За ОО закреплён индустриальный партнёр', '', '', '', '', ''],
  ['', '2', 'За ОО закреплён академический партнёр', 1, '', '', '', ''],
  ['Информационное сопровождение', '1', 'На сайте ОО создана страница специализированного класса', 2, '', '', '', ''],
  ['', '2', 'На сайте ОО размещаются новости проекта', '', 'Да/Нет', '', '', ''],
  ['', '', '', '', '', '', '', ''],
  ['Итого', '', 'Уровни: базовый — до 49%; средний — от 50%; высокий — от 80%', '', '', '', '', ''],
];

export function template(): Template {
  const r = readTemplate(TEMPLATE_VALUES);
  if (!r.ok) throw new Error(r.error.message);
  return r.template;
}

/** A school tab as the add-on makes it, with the given answers written into «Ответ» (criteria in template order). */
export function tabWith(t: Template, school: string, answers: unknown[]): unknown[][] {
  const sheet = schoolTabSheet(t, school);
  const values: unknown[][] = sheet.values.map((r) => [...r]);
  answers.forEach((a, i) => {
    values[sheet.firstDataRow + i]![COL.answer] = a;
  });
  return values;
}
