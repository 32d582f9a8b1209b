/**
 * A checklist as a table for the shared reading pipeline (core/table/read-table): its fields, the names real
 * checklists give them («Критерии оценки», «Показатели / Индикаторы», «Параметр», «Элементы урока», «Оценка
 * критерия от 0 до 2 баллов», «Результаты проверки (максимум 10 баллов)»), and what their cells hold — criteria
 * are sentences, numbers are «1.», «1.1» (or a date where a paste took «1.1» for 1 January), answers are scores,
 * yes/no words, «+», percentages. The template, the school tabs and the import all read through it.
 */
import { dateValueToIso, isDateValue } from '../dates/index';
import { cellText } from '../table/cell';
import type { Synonyms } from '../table/headers';
import type { ContentTest, TableSpec } from '../table/read-table';
import type { Lang } from '../i18n/lang';
import { parseDirection } from './direction';
import { normalizeWord, parseScale } from './scale';

export type ChecklistField = 'section' | 'number' | 'text' | 'weight' | 'scale' | 'answer' | 'evidence' | 'comment' | 'direction';

export const CHECKLIST_FIELDS: readonly ChecklistField[] = [
  'section',
  'number',
  'text',
  'weight',
  'scale',
  'answer',
  'evidence',
  'comment',
  'direction',
];

export const CHECKLIST_SYNONYMS: Synonyms<ChecklistField> = {
  section: ['Раздел', 'Разделы', 'Направление', 'Блок', 'Магистральное направление', 'Группа критериев', 'Область оценки', 'Section'],
  number: ['№', '№ п/п', '№/№', 'N', 'N п/п', 'п/п', 'Номер', 'No'],
  text: [
    'Критерий',
    'Критерии',
    'Критерии оценки',
    'Критерии оценивания',
    'Критерии урока',
    'Наименование критерия',
    'Показатель',
    'Показатели',
    'Показатели / Индикаторы',
    'Показатель оценивания',
    'Наименование показателя',
    'Индикатор',
    'Индикаторы',
    'Параметр',
    'Параметры',
    'Параметры оценки',
    'Требование',
    'Требования',
    'Элемент',
    'Элементы',
    'Элементы урока',
    'Содержание критерия',
    'Вопрос',
    'Criterion',
    'Indicator',
  ],
  weight: ['Вес', 'Весовой коэффициент', 'Коэффициент', 'Weight'],
  scale: ['Шкала', 'Шкала оценки', 'Варианты ответа', 'Максимальный балл', 'Макс. балл', 'Максимум баллов', 'Scale'],
  answer: [
    'Ответ',
    'Оценка',
    'Оценка критерия',
    'Оценка в баллах',
    'Балльная оценка',
    'Баллы',
    'Балл',
    'Количество баллов',
    'Отметка',
    'Отметка о выполнении',
    'Выполнение',
    'Самооценка',
    'Результат',
    'Результаты проверки',
    'Наличие',
    'Да/Нет',
    'Answer',
    'Score',
  ],
  evidence: [
    'Подтверждение',
    'Подтверждающий документ',
    'Подтверждающая информация',
    'Подтверждающие документы',
    'Ссылка',
    'Документ',
    'Ссылка на документ',
    'Evidence',
  ],
  comment: ['Комментарий', 'Примечание', 'Комментарии', 'Примечания', 'Comment'],
  direction: ['Направленность', 'Направление показателя', 'Желаемое направление', 'Лучше', 'Полярность', 'Direction'],
};

/** «1», «1.», «1.1», «2.3.», «IV» — or a date a paste made of «1.1» (getValues gives 1 January). */
export function numberLabel(value: unknown): string | null {
  if (isDateValue(value)) {
    const [, month, day] = dateValueToIso(value).split('-').map(Number) as [number, number, number];
    return `${day}.${month}`;
  }
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : null;
  const t = cellText(value);
  return /^(?:№\s*)?(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVXLC]{1,6}\.?)$/.test(t) ? t.replace(/^№\s*/, '').replace(/\.$/, '') : null;
}

const LETTERS = /\p{L}{3,}/u;

/** A criterion: a phrase of words (three at least, or one long word), not an answer word or a number. */
const holdsCriterion: ContentTest = (text) => {
  if (text.length < 6 || !LETTERS.test(text)) return false;
  if (ANSWER_WORDS.has(normalizeWord(text))) return false;
  return text.split(/\s+/).length >= 3 || text.length >= 15;
};

/** Words an answer cell holds by hand or from the dropdown. */
const ANSWER_WORDS = new Set([
  'да',
  'нет',
  'частично',
  'не применимо',
  'имеется',
  'имеются',
  'отсутствует',
  'отсутствуют',
  'есть',
  'выполнено',
  'не выполнено',
  'в наличии',
  'соответствует',
  'не соответствует',
  'подтверждается',
  'не подтверждается',
  'yes',
  'no',
]);
const ANSWER_MARK = /^(?:[+✓✔☑✗✘×xх−–—-]|\d{1,4}(?:[.,]\d+)?\s*(?:%|балл(?:а|ов)?|б\.?)?)$/i;

/** An answer: a score, a percentage, a yes/no word, a «+» or a tick. */
const holdsAnswer: ContentTest = (text, value) => {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  const t = normalizeWord(text);
  return ANSWER_WORDS.has(t) || ANSWER_MARK.test(t) || /^(?:да|нет|частично)[\s,.(]/.test(t);
};

const holdsNumber: ContentTest = (_text, value) => numberLabel(value) !== null;

/** A scale cell: «0–3», «Да/Нет», «подтверждается = 3; …» (a bare number is a weight or a score, not a scale). */
const holdsScale: ContentTest = (text) =>
  /\D/.test(text.replace(/[\s.,]/g, '')) && parseScale(text) !== null && !ANSWER_WORDS.has(normalizeWord(text));

const holdsDirection: ContentTest = (text) => text.length <= 30 && parseDirection(text) !== null;

export const CHECKLIST_CONTENT: Partial<Record<ChecklistField, ContentTest>> = {
  number: holdsNumber,
  text: holdsCriterion,
  answer: holdsAnswer,
  scale: holdsScale,
  direction: holdsDirection,
};

/** A checklist as the pipeline reads it: «Критерий» (or what stands for it) is the one column it needs. */
export const CHECKLIST_TABLE: TableSpec<ChecklistField> = {
  fields: CHECKLIST_FIELDS,
  synonyms: CHECKLIST_SYNONYMS,
  required: ['text'],
  minScore: 1,
  maxRows: 60,
  content: CHECKLIST_CONTENT,
};

/** The fields as the column form names them. */
export const CHECKLIST_FIELD_LABELS: Record<Lang, Record<ChecklistField, string>> = {
  ru: {
    section: 'Раздел',
    number: '№',
    text: 'Критерий',
    weight: 'Вес',
    scale: 'Шкала',
    answer: 'Ответ',
    evidence: 'Подтверждение',
    comment: 'Комментарий',
    direction: 'Направление',
  },
  en: {
    section: 'Section',
    number: 'No.',
    text: 'Criterion',
    weight: 'Weight',
    scale: 'Scale',
    answer: 'Answer',
    evidence: 'Evidence',
    comment: 'Comment',
    direction: 'Direction',
  },
};

/** A row that states a total, not a criterion: «Всего по разделу», «Максимум по разделу», «Итого», «Сумма баллов». */
export function isTotalRow(text: string): boolean {
  return /^(?:всего|итого|максимум|максимальн\S*\s+(?:балл|сумм)|сумма\s+баллов|общ\S+\s+(?:балл|сумм))/i.test(normalizeWord(text));
}
