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

  it("the server's and the sidebar's texts: plurals right, English too", () => {
    const m = budgetMessages('ru');
    expect(m.server.consolidated(1, 1, 'Бюджет — свод')).toBe('Свод «Бюджет — свод» собран: 1 таблица с 1 листа.');
    expect(m.server.consolidated(3, 2, 'Свод')).toBe('Свод «Свод» собран: 3 таблицы с 2 листов.');
    expect(m.server.consolidated(5, 21, 'Свод')).toBe('Свод «Свод» собран: 5 таблиц с 21 листа.');
    expect(m.server.marked(1, 'Б')).toBe('На листе «Б» отмечена 1 ячейка (заливка и примечание).');
    expect(m.server.marked(3, 'Б')).toBe('На листе «Б» отмечены 3 ячейки (заливка и примечание).');
    expect(m.server.marked(11, 'Б')).toBe('На листе «Б» отмечено 11 ячеек (заливка и примечание).');
    expect(m.server.unmarked(2, 'Б')).toBe('С листа «Б» сняты отметки: 2 ячейки.');
    expect(m.server.keptChanged(1)).toMatch(/^1 ячейку вы изменили/);
    expect(m.server.keptChanged(5)).toMatch(/^5 ячеек вы изменили/);
    expect(m.sidebar.consolidating(1)).toBe('Свожу 1 лист…');
    expect(m.sidebar.consolidating(4)).toBe('Свожу 4 листа…');
    expect(m.sidebar.consolidating(12)).toBe('Свожу 12 листов…');
    expect(m.sidebar.tableInfo(1, '2023 год', 'руб.')).toBe('1 статья; годы: 2023 год; руб.');
    expect(m.sidebar.tableInfo(22, '2023 год', 'руб.')).toBe('22 статьи; годы: 2023 год; руб.');
    const en = budgetMessages('en');
    expect(en.server.consolidated(1, 1, 'Бюджет — свод')).toBe('Summary “Бюджет — свод” built: 1 table from 1 sheet.');
    expect(en.sidebar.consolidating(3)).toBe('Consolidating 3 sheets…');
    // every sidebar key exists in both languages
    expect(Object.keys(en.sidebar).sort()).toEqual(Object.keys(m.sidebar).sort());
    expect(Object.keys(en.server).sort()).toEqual(Object.keys(m.server).sort());
  });
});
