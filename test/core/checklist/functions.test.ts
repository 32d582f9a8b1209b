/** CHECKLIST_SCORE and TARGET_MET as pure functions; and garbage in never throws. */
import { describe, expect, it } from 'vitest';
import {
  buildNote,
  buildSummary,
  checklistScoreValue,
  importWordChecklist,
  parseAnswer,
  parseLevels,
  parseScale,
  parseTarget,
  readHistory,
  readIndicators,
  readSchoolTab,
  readTemplate,
  renderMarkdown,
  resultsFromSheets,
  targetMetGrid,
} from '../../../src/core/checklist/index';
import { template } from './fixtures';

describe('CHECKLIST_SCORE(answers, [weights])', () => {
  it.each([
    [[['Да'], ['Частично'], ['Нет'], ['Не применимо']], undefined, 0.5], // 1.5 of 3
    [[[true], [false], [true], ['']], undefined, 2 / 3],
    [[['да'], ['+'], ['-'], ['✓']], undefined, 0.75],
    [[['Да'], ['Нет']], [[3], [1]], 0.75], // weighted
    [[[2], [3], [0]], [[3], [3], [2]], 5 / 8], // points out of each maximum
    [[['Да'], [1]], [[2], [2]], 0.75], // a word is weighted, a number is points
    ['Да', undefined, 1],
  ])('%j with weights %j → %d', (answers, weights, expected) => {
    expect(checklistScoreValue(answers, weights)).toBeCloseTo(expected as number, 10);
  });

  it('an unreadable answer gives a message, not a wrong score', () => {
    expect(checklistScoreValue([['Да'], ['?']])).toMatch(/«\?» не распознан/);
    expect(checklistScoreValue([[4]], [[3]])).toMatch(/вне шкалы 0–3/);
    expect(checklistScoreValue([['Да'], ['Да']], [[1]])).toMatch(/Ответов 2, а весов 1/);
    expect(checklistScoreValue([['Да']], [['много']])).toMatch(/не число/);
    expect(checklistScoreValue([[''], ['Не применимо']])).toBe('нет ответов');
    expect(checklistScoreValue([['?']], undefined, 'en')).toMatch(/not recognised/);
  });
});

describe('garbage in: a message or a flag, never an exception', () => {
  const junk: unknown[] = [
    null,
    undefined,
    '',
    ' ',
    0,
    -1,
    NaN,
    Infinity,
    true,
    new Date(NaN),
    new Date(2023, 0, 1),
    '#N/A',
    '=A1',
    '{}',
    '\u0000',
    'x'.repeat(5000),
    [],
    {},
    12345678901234,
  ];
  const grids: unknown[][][] = [
    [],
    [[]],
    [junk],
    junk.map((j) => [j, j, j, j, j, j, j, j]),
    [['Критерий', 'Ответ'], ...junk.map((j) => [j, j])],
  ];
  const T = template();

  it('every reader survives every cell', () => {
    for (const v of junk) {
      expect(() => parseAnswer(v, { kind: 'yesno' })).not.toThrow();
      expect(() => parseAnswer(v, { kind: 'points', max: 3 })).not.toThrow();
      expect(() => parseTarget(v)).not.toThrow();
      expect(() => targetMetGrid('Не менее 3', v)).not.toThrow();
      expect(() => checklistScoreValue(v)).not.toThrow();
      expect(() => parseScale(String(v))).not.toThrow();
      expect(() => parseLevels(String(v))).not.toThrow();
    }
    for (const g of grids) {
      expect(() => readTemplate(g)).not.toThrow();
      expect(() => readSchoolTab(g, T, 'ОО')).not.toThrow();
      expect(() => importWordChecklist(g)).not.toThrow();
      expect(() => readHistory(g)).not.toThrow();
      expect(() => readIndicators(g)).not.toThrow();
    }
  });

  it('a summary and a note of nothing', () => {
    const s = buildSummary(T, resultsFromSheets(T, []), []);
    expect(s.overall.score).toBeNull();
    expect(renderMarkdown(buildNote({ summary: s, round: '', date: '2023-01-31' }))).toContain('Ни одна школа');
  });
});
