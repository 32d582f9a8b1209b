import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { formatRu } from '../../../src/core/dates/calendar-math';
import { cellText, isBlank, isFormulaError, safeText } from '../../../src/core/table/cell';

describe('cellText', () => {
  it.each<[unknown, string]>([
    ['  текст  ', 'текст'],
    ['a\u00a0b', 'a b'],
    ['Сроки\r\nпроведения', 'Сроки\nпроведения'],
    ['Сроки\rпроведения', 'Сроки\nпроведения'],
    ['Июнь 2023 – \nдекабрь 2023', 'Июнь 2023 –\nдекабрь 2023'],
    ['2023 год     Организационный', '2023 год Организационный'],
    ['\u200bНоль', 'Ноль'],
    [42, '42'],
    [1.5, '1.5'],
    [Number.NaN, ''],
    [true, 'TRUE'],
    [null, ''],
    [undefined, ''],
    [new Date(2022, 8, 26), '26.09.2022'],
  ])('%j → %j', (v, text) => {
    expect(cellText(v)).toBe(text);
  });

  it('reads a Date from another realm (as Apps Script hands them over)', () => {
    const foreign = runInNewContext('new Date(2024, 2, 5)') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(cellText(foreign)).toBe('05.03.2024');
  });

  it('isBlank', () => {
    expect(isBlank('   ')).toBe(true);
    expect(isBlank('\u00a0')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank('x')).toBe(false);
  });

  it('ISO dates shown the Russian way (formatRu, shared with core/dates)', () => {
    expect(formatRu('2024-03-05')).toBe('05.03.2024');
    expect(formatRu('март')).toBe('март');
  });
});

describe('isFormulaError', () => {
  it.each(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', ' #REF! ', '#ССЫЛКА!'])('%s is an error', (v) => {
    expect(isFormulaError(v)).toBe(true);
  });
  it.each<unknown>(['#тег', 'REF!', '# 1', 0, null, 'До 26.09.2022'])('%j is not', (v) => {
    expect(isFormulaError(v)).toBe(false);
  });
});

describe('safeText', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+7 900', "'+7 900"],
    ['- агрокластер', "'- агрокластер"],
    ['@user', "'@user"],
    ['  =1', "'  =1"],
    ['Мероприятие', 'Мероприятие'],
    ['1 = 1', '1 = 1'],
    ['', ''],
  ])('%j → %j', (s, out) => {
    expect(safeText(s)).toBe(out);
  });
});
