/** Scales and level thresholds in the ways checklists state them. */
import { describe, expect, it } from 'vitest';
import { formatLevels, formatScale, levelOf, parseLevels, parseScale } from '../../../src/core/checklist/index';

describe('parseScale', () => {
  it.each([
    ['', { kind: 'yesno' }],
    ['Да/Нет', { kind: 'yesno' }],
    ['Да / Частично / Нет', { kind: 'yesno' }],
    ['0–3', { kind: 'points', max: 3 }],
    ['0-3 балла', { kind: 'points', max: 3 }],
    ['от 0 до 5 баллов', { kind: 'points', max: 5 }],
    ['макс. 2', { kind: 'points', max: 2 }],
    ['максимум 10 баллов', { kind: 'points', max: 10 }],
    ['3', { kind: 'points', max: 3 }],
  ])('%j', (text, scale) => {
    expect(parseScale(text)).toEqual(scale);
  });

  const confirm = [
    { label: 'подтверждается', points: 3 },
    { label: 'скорее подтверждается', points: 2 },
    { label: 'скорее не подтверждается', points: 1 },
    { label: 'не подтверждается', points: 0 },
  ];
  it.each([
    'подтверждается = 3; скорее подтверждается = 2; скорее не подтверждается = 1; не подтверждается = 0',
    '3 – подтверждается, 2 – скорее подтверждается, 1 – скорее не подтверждается, 0 – не подтверждается',
    '0 баллов — не подтверждается\n1 балл — скорее не подтверждается\n2 балла — скорее подтверждается\n3 балла — подтверждается',
    'подтверждается (3 балла) / скорее подтверждается (2 балла) / скорее не подтверждается (1 балл) / не подтверждается (0 баллов)',
  ])('options: %j', (text) => {
    expect(parseScale(text)).toEqual({ kind: 'points', max: 3, options: confirm });
  });

  it('options worth points, as the national self-diagnosis gives them', () => {
    expect(parseScale('Предусмотрено = 1; Не предусмотрено = 0')).toEqual({
      kind: 'points',
      max: 1,
      options: [
        { label: 'Предусмотрено', points: 1 },
        { label: 'Не предусмотрено', points: 0 },
      ],
    });
  });

  it.each([['хорошо'], ['2023'], ['a = 1; a = 2'], ['0–0'], ['нет = 0; тоже нет = 0']])('%j is not a scale', (text) => {
    expect(parseScale(text)).toBeNull();
  });

  it('round-trips through the template text', () => {
    const s = parseScale('3 – подтверждается, 2 – скорее подтверждается, 1 – скорее не подтверждается, 0 – не подтверждается')!;
    expect(parseScale(formatScale(s))).toEqual(s);
    expect(parseScale(formatScale({ kind: 'points', max: 2.5 }))).toEqual({ kind: 'points', max: 2.5 });
  });
});

describe('parseLevels', () => {
  const pct = {
    unit: 'share',
    thresholds: [
      { level: 'базовый', min: 0 },
      { level: 'средний', min: 0.5 },
      { level: 'высокий', min: 0.8 },
    ],
  };
  it.each([
    'Уровни: базовый — до 49%; средний — от 50%; высокий — от 80%',
    'Уровни: базовый уровень — менее 50%, средний уровень — 50–79%, высокий уровень — 80% и выше',
    'базовый: 0-49%; средний: 50-79%; высокий: 80-100%',
  ])('%j', (text) => {
    expect(parseLevels(text)).toEqual(pct);
  });

  it('points thresholds («0–60; 61–110; 111 и более»)', () => {
    const lv = parseLevels('Уровни: базовый: 0–60; средний: 61–110; высокий: 111 и более')!;
    expect(lv).toEqual({
      unit: 'points',
      thresholds: [
        { level: 'базовый', min: 0 },
        { level: 'средний', min: 61 },
        { level: 'высокий', min: 111 },
      ],
    });
    expect([levelOf(lv, null, 40), levelOf(lv, null, 61), levelOf(lv, null, 137)]).toEqual(['базовый', 'средний', 'высокий']);
  });

  it('the level of a share', () => {
    const lv = parseLevels(formatLevels(pct as never))!;
    expect(lv).toEqual(pct);
    expect([0, 0.499, 0.5, 0.79, 0.8, 1].map((x) => levelOf(lv, x, 0))).toEqual([
      'базовый',
      'базовый',
      'средний',
      'средний',
      'высокий',
      'высокий',
    ]);
  });

  it.each([['высокий — от 80%'], ['базовый — от 50%; средний — от 50 баллов'], ['Уровни: базовый, базовый']])('%j is not read', (text) => {
    expect(parseLevels(text)).toBeNull();
  });

  it('levels named without thresholds take equal shares, and say so (issue 15)', () => {
    const lv = parseLevels('Уровни: ниже базового; базовый; средний; высокий')!;
    expect(lv).toEqual({
      unit: 'share',
      equal: true,
      thresholds: [
        { level: 'ниже базового', min: 0 },
        { level: 'базовый', min: 0.25 },
        { level: 'средний', min: 0.5 },
        { level: 'высокий', min: 0.75 },
      ],
    });
    expect([0.2, 0.25, 0.6, 0.775].map((x) => levelOf(lv, x, 0))).toEqual(['ниже базового', 'базовый', 'средний', 'высокий']);
    expect(parseLevels(`Уровни: ${formatLevels(lv)}`)).toEqual(lv);
    expect(parseLevels('Уровни: базовый, средний, высокий')?.thresholds.map((t) => Math.round(t.min * 100))).toEqual([0, 33, 67]);
  });
});
