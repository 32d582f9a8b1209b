import { describe, expect, it } from 'vitest';
import { budgetMessages, formatAmount, pluralRu } from '../../../src/core/budget/messages';

describe('budget messages', () => {
  it.each<[number, string]>([
    [0, 'ошибок'],
    [1, 'ошибка'],
    [2, 'ошибки'],
    [4, 'ошибки'],
    [5, 'ошибок'],
    [11, 'ошибок'],
    [12, 'ошибок'],
    [14, 'ошибок'],
    [21, 'ошибка'],
    [22, 'ошибки'],
    [25, 'ошибок'],
    [101, 'ошибка'],
    [111, 'ошибок'],
  ])('%i %s', (n, word) => expect(pluralRu(n, 'ошибка', 'ошибки', 'ошибок')).toBe(word));

  it('summaries with correct plurals', () => {
    const m = budgetMessages('ru');
    expect(m.summary(0, 0)).toBe('Ошибок нет');
    expect(m.summary(1, 3)).toBe('1 ошибка, 3 предупреждения');
    expect(m.summary(5, 1)).toBe('5 ошибок, 1 предупреждение');
    expect(m.summary(0, 11)).toBe('11 предупреждений');
    expect(m.tablesFound(1)).toBe('Найдена 1 таблица бюджета');
    expect(m.tablesFound(3)).toBe('Найдены 3 таблицы бюджета');
    expect(m.tablesFound(5)).toBe('Найдено 5 таблиц бюджета');
    expect(m.consolidate.sourceLine('Лист1!A1:E7', 'руб.', 21)).toBe('Лист1!A1:E7 — 21 строка, руб.');
    expect(budgetMessages('en').summary(1, 2)).toBe('1 error, 2 warnings');
  });

  it.each<[number, string, string]>([
    [230000, '230 000', '230,000'],
    [1234.5, '1 234,5', '1,234.5'],
    [-10000, '-10 000', '-10,000'],
    [0.1 + 0.2, '0,3', '0.3'],
    [100.19999999999999, '100,2', '100.2'],
    [1e9, '1 000 000 000', '1,000,000,000'],
  ])('formatAmount(%d)', (n, ru, en) => {
    expect(formatAmount(n, 'ru')).toBe(ru);
    expect(formatAmount(n, 'en')).toBe(en);
  });
});
