/** Answers as schools really write them: dropdown words, checkboxes, and by hand. */
import { describe, expect, it } from 'vitest';
import { answerScore, parseAnswer, parseScale, pluralRu, type Scale } from '../../../src/core/checklist/index';

const YN: Scale = { kind: 'yesno' };
const CONFIRM = parseScale('подтверждается = 3; скорее подтверждается = 2; скорее не подтверждается = 1; не подтверждается = 0')!;
const read = (v: unknown, s: Scale = YN) => {
  const a = parseAnswer(v, s);
  return [a.status, a.value ?? a.points ?? null];
};

describe('parseAnswer on a yes/no criterion', () => {
  it.each([
    ['Да', 'ok', 'yes'],
    ['Частично', 'ok', 'partial'],
    ['Нет', 'ok', 'no'],
    ['Не применимо', 'ok', 'na'],
    [true, 'ok', 'yes'],
    [false, 'ok', 'no'],
    ['ДА', 'ok', 'yes'],
    ['да', 'ok', 'yes'],
    // by hand: read, and reported as read
    ['Да!', 'read', 'yes'],
    ['да.', 'read', 'yes'],
    ['выполнено', 'read', 'yes'],
    ['Выполнено', 'read', 'yes'],
    ['+', 'read', 'yes'],
    ['1', 'read', 'yes'],
    [1, 'read', 'yes'],
    ['✓', 'read', 'yes'],
    ['✔', 'read', 'yes'],
    ['имеется', 'read', 'yes'],
    ['Да, приказ № 45 от 01.09.2022', 'read', 'yes'],
    ['нет', 'ok', 'no'],
    ['-', 'read', 'no'],
    ['—', 'read', 'no'],
    [0, 'read', 'no'],
    ['отсутствует', 'read', 'no'],
    ['Нет, планируется в ноябре', 'read', 'no'],
    ['не выполнено', 'read', 'no'],
    ['0,5', 'read', 'partial'],
    [0.5, 'read', 'partial'],
    ['в процессе', 'read', 'partial'],
    ['частично выполнено', 'read', 'partial'],
    ['н/п', 'read', 'na'],
    ['не применимо.', 'read', 'na'],
  ])('%j → %s %s', (input, status, value) => {
    expect(read(input)).toEqual([status, value]);
  });

  it.each([
    ['?'],
    ['х'],
    ['X'],
    ['да/нет'],
    ['Да / Нет'],
    ['нет данных'],
    ['не знаю'],
    [2],
    ['5'],
    ['хорошо'],
    ['#REF!'],
    [new Date(2022, 9, 10)],
  ])('%j is flagged with a reason, never counted', (input) => {
    const a = parseAnswer(input, YN);
    expect(a.status).toBe('flag');
    expect(a.reason).toMatch(/\S/);
    expect(answerScore(a, YN, 1)).toBeNull();
  });

  it('empty is empty', () => {
    expect(read('')).toEqual(['empty', null]);
    expect(read(null)).toEqual(['empty', null]);
    expect(read('   ')).toEqual(['empty', null]);
  });

  it('scores: Да = weight, Частично = half, Нет = 0, Не применимо left out', () => {
    expect(answerScore(parseAnswer('Да', YN), YN, 2)).toEqual({ earned: 2, max: 2 });
    expect(answerScore(parseAnswer('Частично', YN), YN, 2)).toEqual({ earned: 1, max: 2 });
    expect(answerScore(parseAnswer('Нет', YN), YN, 2)).toEqual({ earned: 0, max: 2 });
    expect(answerScore(parseAnswer('Не применимо', YN), YN, 2)).toBeNull();
  });

  it('speaks English when asked', () => {
    expect(parseAnswer('?', YN, 'en').reason).toMatch(/ambiguous/);
  });
});

describe('parseAnswer on a scored criterion (0–3 «подтверждается …»)', () => {
  it.each([
    ['подтверждается', 'ok', 3],
    ['Скорее подтверждается', 'ok', 2],
    ['скорее не подтверждается', 'ok', 1],
    ['не подтверждается', 'ok', 0],
    [2, 'ok', 2],
    ['2', 'ok', 2],
    ['2 балла', 'read', 2],
    ['3 (подтверждается)', 'read', 3],
    ['нет', 'read', 0],
    ['Не применимо', 'ok', 'na'],
  ])('%j → %s %s', (input, status, value) => {
    expect(read(input, CONFIRM)).toEqual([status, value]);
  });

  it.each([[5], ['4'], [1.5], ['да'], ['скорее'], [true]])('%j is flagged', (input) => {
    expect(parseAnswer(input, CONFIRM).status).toBe('flag');
  });

  it('a 0–2 scale without named options takes numbers in range', () => {
    const s = parseScale('0-2 балла')!;
    expect(read(1.5, s)).toEqual(['ok', 1.5]);
    expect(read(3, s)[0]).toBe('flag');
    expect(answerScore(parseAnswer(1, s), s, 1)).toEqual({ earned: 1, max: 2 });
  });

  it('a checkbox on a 0–1 scale is a point', () => {
    const s = parseScale('макс. 1')!;
    expect(read(true, s)).toEqual(['ok', 1]);
    expect(read(false, s)).toEqual(['ok', 0]);
  });
});

describe('Russian plurals', () => {
  it.each([
    [1, 'школа'],
    [2, 'школы'],
    [4, 'школы'],
    [5, 'школ'],
    [11, 'школ'],
    [12, 'школ'],
    [14, 'школ'],
    [21, 'школа'],
    [22, 'школы'],
    [25, 'школ'],
    [101, 'школа'],
    [111, 'школ'],
  ])('%i %s', (n, word) => {
    expect(pluralRu(n, 'школа', 'школы', 'школ')).toBe(word);
  });
});
