import { describe, expect, it } from 'vitest';
import { detectHeader, matchHeaderRow, normalizeHeader } from '../../../src/core/table/headers';
import { PLAN_SYNONYMS } from '../../../src/core/plan/synonyms';

const SYN = {
  number: ['№', '№ п/п', 'no'],
  activity: ['Мероприятие', 'Перечень запланированных мероприятий'],
  term: ['Сроки', 'Сроки проведения', 'Срок'],
  responsible: ['Ответственные', 'Ответственный'],
};

describe('normalizeHeader', () => {
  it.each([
    ['Сроки\nпроведения', 'сроки проведения'],
    ['№п/п', '№ п п'],
    ['  Ответственный, исполнитель.  ', 'ответственный исполнитель'],
    ['Отчёт', 'отчет'],
  ])('%j → %j', (a, b) => expect(normalizeHeader(a)).toBe(b));
});

describe('detectHeader', () => {
  it.each<[string, string[], Record<string, number>]>([
    ['plain', ['№', 'Мероприятие', 'Сроки', 'Ответственные'], { number: 0, activity: 1, term: 2, responsible: 3 }],
    [
      '№ п/п and a two-line header',
      ['№ п/п', 'Мероприятие', 'Сроки\nпроведения', 'Ответственный'],
      { number: 0, activity: 1, term: 2, responsible: 3 },
    ],
    ['№п/п glued', ['№п/п', 'Мероприятие', 'Срок'], { number: 0, activity: 1, term: 2 }],
    ['upper case and punctuation', ['МЕРОПРИЯТИЕ:', 'СРОКИ.'], { activity: 0, term: 1 }],
    ['longer synonym wins', ['Перечень запланированных мероприятий', 'Сроки проведения'], { activity: 0, term: 1 }],
    ['prefix: «Сроки проведения (месяц)»', ['Мероприятие', 'Сроки проведения (месяц)'], { activity: 0, term: 1 }],
    ['columns in any order', ['Ответственные', 'Сроки', 'Мероприятие'], { responsible: 0, term: 1, activity: 2 }],
  ])('%s', (_name, header, columns) => {
    const m = detectHeader([header, ['1', 'x', 'y', 'z']], SYN);
    expect(m?.headerRow).toBe(0);
    expect(m?.columns).toEqual(columns);
  });

  it('finds a header on row 5 under a title and skips the title', () => {
    const values = [
      ['План мероприятий на 2023-2024 учебный год', '', ''],
      ['', '', ''],
      ['Утверждаю: директор', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['№', 'Мероприятие', 'Сроки'],
      ['1', 'Совещание', 'Сентябрь 2023'],
    ];
    const m = detectHeader(values, SYN);
    expect(m).toMatchObject({ headerRow: 5, score: 3, missing: ['responsible'] });
    expect(m?.titles).toEqual({ number: '№', activity: 'Мероприятие', term: 'Сроки' });
  });

  it('one column per field and one field per column', () => {
    const m = detectHeader([['Сроки', 'Срок', 'Мероприятие']], SYN);
    expect(m?.columns).toEqual({ term: 0, activity: 2 });
  });

  it('does not take long text for a header', () => {
    const values = [['Проведение совещания: сроки и ответственные за мероприятие определяются приказом директора школы', 'x']];
    expect(detectHeader(values, SYN)).toBeNull();
  });

  it('prefers the row holding the required fields', () => {
    const values = [
      ['№', 'Ответственные', 'Сроки', ''],
      ['№', 'Мероприятие', 'Сроки', ''],
    ];
    expect(detectHeader(values, SYN, { required: ['activity', 'term'] })?.headerRow).toBe(1);
  });

  it('returns null when nothing looks like a header, or only below maxRows', () => {
    expect(
      detectHeader(
        [
          ['a', 'b'],
          [1, 2],
        ],
        SYN,
      ),
    ).toBeNull();
    expect(detectHeader([], SYN)).toBeNull();
    const deep = [...Array.from({ length: 40 }, () => ['']), ['Мероприятие', 'Сроки']];
    expect(detectHeader(deep, SYN)).toBeNull();
    expect(detectHeader(deep, SYN, { maxRows: 50 })?.headerRow).toBe(40);
  });

  it.each([
    [
      ['№ п/п', 'Мероприятие', 'Характеристика результата', 'Сроки проведения', 'Ответственные исполнители'],
      { number: 0, activity: 1, result: 2, term: 3, responsible: 4 },
    ],
    [['№', 'Мероприятие', 'Сроки', 'Достигнутые результаты'], { number: 0, activity: 1, term: 2, result: 3 }],
    [
      [
        'Дата выполнения',
        'Перечень действий',
        'Содержание и методы деятельности',
        'Необходимые условия/ресурсы для реализации действий',
        'Прогнозируемые результаты реализации действий',
        '',
      ],
      { term: 0, activity: 1, tasks: 2, result: 4 },
    ],
    [
      ['N', 'Содержание работы', 'Срок исполнения', 'Исполнитель', 'Отметка о выполнении'],
      { number: 0, activity: 1, term: 2, responsible: 3, status: 4 },
    ],
    [
      ['№', 'Наименование мероприятия', 'Задачи', 'Сроки реализации', 'Ответственный', 'Ожидаемый результат', 'Статус'],
      { number: 0, activity: 1, tasks: 2, term: 3, responsible: 4, result: 5, status: 6 },
    ],
  ])('plan headers of the seeds and their variants: %j', (header, columns) => {
    expect(matchHeaderRow(header, PLAN_SYNONYMS)).toEqual(columns);
  });
});
