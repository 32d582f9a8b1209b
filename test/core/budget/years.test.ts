import { describe, expect, it } from 'vitest';
import { parseYearLabel, parseYearQuery } from '../../../src/core/budget/years';

describe('parseYearLabel', () => {
  it.each<[unknown, string, string, boolean]>([
    ['2023', '2023', 'year', true],
    [2023, '2023', 'year', true],
    ['2023 год', '2023', 'year', true],
    [' 2023 год', '2023', 'year', true],
    ['2023 г.', '2023', 'year', true],
    ['2023г', '2023', 'year', true],
    ['на 2024 год', '2024', 'year', true],
    ['2023 год, руб.', '2023', 'year', true],
    ['2021/2022', '2021/2022', 'academic', true],
    ['2021/22', '2021/2022', 'academic', true],
    ['2021-2022 уч. г.', '2021/2022', 'academic', true],
    ['2021 – 2022 учебный год', '2021/2022', 'academic', true],
    ['2021-2022', '2021/2022', 'academic', true],
    ['2019 - 2020 годы', '2019–2020', 'range', true],
    ['2024-2026', '2024–2026', 'range', true],
    ['2203 год', '2203', 'year', false],
    ['20233 год', '20233', 'year', false],
    ['1023', '1023', 'year', false],
    ['2022/2021', '2022/2021', 'academic', false],
  ])('%j → %s (%s, plausible %s)', (input, key, kind, plausible) => {
    const y = parseYearLabel(input);
    expect(y).not.toBeNull();
    expect([y!.key, y!.kind, y!.plausible]).toEqual([key, kind, plausible]);
  });

  it.each<unknown>([
    '1',
    '12',
    30000,
    2023.5,
    'Всего',
    '2023 руб.',
    'Статьи затрат',
    'в том числе по годам',
    '',
    null,
    new Date(2023, 0, 1),
    '30 000',
  ])('%j is no year header', (input) => expect(parseYearLabel(input)).toBeNull());

  it('reads the year a formula user asks for', () => {
    expect(parseYearQuery(2024)?.key).toBe('2024');
    expect(parseYearQuery('2024 год')?.key).toBe('2024');
    expect(parseYearQuery('2021/2022')?.key).toBe('2021/2022');
    expect(parseYearQuery('20244')).toBeNull();
    expect(parseYearQuery('по факту')).toBeNull();
  });
});
