/** The usual Russian (and a few English) names of a calendar plan's columns. */
import { isDateValue, parseTerm, REASON_NO_WEEK, REASON_NO_YEAR } from '../dates/index';
import { parseResponsibleCell } from '../people/parse';
import type { Synonyms } from '../table/headers';
import type { ContentTest } from '../table/read-table';
import type { PlanField } from './types';

export const PLAN_SYNONYMS: Synonyms<PlanField> = {
  number: ['№', '№ п/п', '№п/п', 'N', 'N п/п', 'No', 'номер'],
  activity: [
    'Мероприятие',
    'Мероприятия',
    'Наименование мероприятия',
    'Наименование мероприятий',
    'Перечень запланированных мероприятий',
    'Перечень мероприятий',
    'Перечень действий',
    'Содержание работы',
    'Содержание деятельности',
    'Содержание мероприятия',
    'Содержание',
    'Вид деятельности',
    'Виды деятельности',
    'Название мероприятия',
    'Наименование работ',
    'Наименование',
    'Дела, события, мероприятия',
    'Дела',
    'Форма работы',
    'Формы работы',
    'Форма проведения',
    'Тема',
    'Тематика',
    'Тема заседания',
    'Тема мероприятия',
    'Направление работы',
    'Activity',
  ],
  tasks: ['Задачи', 'Задача', 'Содержание и методы деятельности', 'Tasks'],
  term: [
    'Сроки',
    'Срок',
    'Сроки проведения',
    'Срок проведения',
    'Сроки реализации',
    'Срок реализации',
    'Сроки исполнения',
    'Срок исполнения',
    'Сроки выполнения',
    'Срок выполнения',
    'Сроки выполнения работ',
    'Дата выполнения',
    'Дата проведения',
    'Дата',
    'Даты',
    'Месяц',
    'Период',
    'Период проведения',
    'Период реализации',
    'Время проведения',
    'Ориентировочное время проведения',
    'Ориентировочные сроки',
    'Планируемые сроки',
    'Когда',
    'День недели',
    'День',
    'Term',
    'Dates',
  ],
  responsible: [
    'Ответственные',
    'Ответственный',
    'Ответственные исполнители',
    'Ответственный исполнитель',
    'Ответственные лица',
    'Ответственные за проведение',
    'Ответственный за проведение',
    'Ответственные за исполнение',
    'Ответственный за исполнение',
    'Ответственные за выполнение',
    'Ответственный за выполнение',
    'Ответственные за реализацию',
    'Исполнители',
    'Исполнитель',
    'Кто проводит',
    'Responsible',
  ],
  result: [
    'Характеристика результата',
    'Достигнутые результаты',
    'Оформление результатов',
    'Прогнозируемые результаты',
    'Прогнозируемые результаты реализации действий',
    'Ожидаемый результат',
    'Ожидаемые результаты',
    'Планируемый результат',
    'Планируемые результаты',
    'Результат',
    'Результаты',
    'Ожидаемый результат (продукт)',
    'Результат (продукт)',
    'Продукт',
    'Итоговый документ',
    'Форма отчетности',
    'Форма представления результата',
    'Выход',
    'Result',
  ],
  status: ['Статус', 'Отметка о выполнении', 'Выполнение', 'Отметка', 'Status'],
};

/** A cell of a «Сроки» column: a date, or a text the term parser reads («Ноябрь», «до 20.11», «в течение года»). */
export function holdsTerm(text: string, value: unknown): boolean {
  if (isDateValue(value)) return true;
  if (text.length > 160) return false;
  const t = parseTerm(text);
  if (t.kind !== 'unknown') return true;
  // «март», «14.02», «понедельник» are terms even where no year or week is known yet; «1-11 классы» is not
  return t.reason === REASON_NO_WEEK || (t.reason === REASON_NO_YEAR && DATE_WORDS.test(text));
}

/** A month, a season, a quarter or a day.month: what makes a term without a year still a term. */
const DATE_WORDS =
  /январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|четверт|полугод|осен|весн|зим|летн|лет[оа]|каникул|\d{1,2}\.\d{1,2}/iu;

/** A cell of an «Ответственные» column: people, roles or groups (bodies alone are as often places), mostly read. */
export function holdsResponsible(text: string): boolean {
  if (text.length > 300 || /^\d/.test(text)) return false;
  const entries = parseResponsibleCell(text);
  return (
    entries.length > 0 &&
    entries.some((e) => e.kind !== 'organisation' && e.kind !== 'unknown') &&
    entries.filter((e) => e.kind === 'unknown').length * 2 < entries.length
  );
}

/** A cell of an activity column: words (two or more), not a term and not people. */
export function holdsActivity(text: string, value: unknown): boolean {
  return !isDateValue(value) && /\p{L}{3,}/u.test(text) && /\s/.test(text) && !holdsTerm(text, value) && !holdsResponsible(text);
}

/** What a plan's cells hold, field by field: the pipeline finds a column by them when its header says nothing. */
export const PLAN_CONTENT: Partial<Record<PlanField, ContentTest>> = {
  number: (text) => /^\d{1,3}(?:\.\d{1,3})*\.?$/.test(text),
  activity: holdsActivity,
  term: holdsTerm,
  responsible: holdsResponsible,
};
