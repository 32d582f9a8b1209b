/**
 * Issue 15, case by case: scales as written, answers as written, negative items, levels named without thresholds,
 * targets where lower is better, indicators with the reports' own headers, and a note fit to sign.
 */
import { describe, expect, it } from 'vitest';
import {
  buildNote,
  buildSummary,
  parseAnswer,
  parseScale,
  readIndicators,
  readSchoolTab,
  readTemplate,
  renderMarkdown,
  resultsFromSheets,
  schoolTabSheet,
  scoreChecklist,
  summarySheet,
  targetMetValue,
  COL,
  type Template,
} from '../../../src/core/checklist/index';

const template = (rows: unknown[][]): Template => {
  const r = readTemplate([['Раздел', '№', 'Критерий', 'Вес', 'Шкала', 'Ответ'], ...rows]);
  if (!r.ok) throw new Error(r.error.message);
  return r.template;
};

/** A school's tab with its answers written into «Ответ», read back. */
function school(t: Template, name: string, answers: unknown[]) {
  const sheet = schoolTabSheet(t, name);
  const values: unknown[][] = sheet.values.map((r) => [...r]);
  answers.forEach((a, i) => (values[sheet.firstDataRow + i]![COL.answer] = a));
  return readSchoolTab(values, t, name);
}

describe('scales as written', () => {
  it.each([
    ['Баллы (0-10)', { kind: 'points', max: 10 }],
    ['из 100', { kind: 'points', max: 100 }],
    ['Балл (из 100)', { kind: 'points', max: 100 }],
    ['Баллы (0-3)', { kind: 'points', max: 3 }],
    ['0–100%', { kind: 'points', max: 100, percent: true }],
    ['0/1', { kind: 'points', max: 1 }],
    ['0 – 2 балла', { kind: 'points', max: 2 }],
    ['max 5', { kind: 'points', max: 5 }],
    [
      'нет – 1 балл, да – 0 баллов',
      {
        kind: 'points',
        max: 1,
        options: [
          { label: 'нет', points: 1 },
          { label: 'да', points: 0 },
        ],
      },
    ],
    [
      'показатель реализован полностью - 2 балла; показатель реализован частично - 1 балл, показатель отсутствует - 0 баллов',
      {
        kind: 'points',
        max: 2,
        options: [
          { label: 'показатель реализован полностью', points: 2 },
          { label: 'показатель реализован частично', points: 1 },
          { label: 'показатель отсутствует', points: 0 },
        ],
      },
    ],
  ])('%j', (text, scale) => {
    expect(parseScale(text)).toEqual(scale);
  });

  it('«Баллы (0-10)» over the answers: 10 is an answer, 1 is one point, and the cluster gets 77,5 % (31 of 40), not 100 %', () => {
    const r = readTemplate([
      ['Раздел', '№', 'Критерий', 'Баллы (0-10)'],
      ['', '1', 'Оснащение мебелью', ''],
      ['', '2', 'Спортивный зал', ''],
      ['', '3', 'Игровое оборудование', ''],
      ['', '4', 'Площадка для прогулок', ''],
    ]);
    if (!r.ok) throw new Error(r.error.message);
    const t = r.template;
    expect(t.criteria.map((c) => c.scale)).toEqual(new Array(4).fill({ kind: 'points', max: 10 }));
    const tab = school(t, 'СОШ № 1', ['10', '1', '10', '10']);
    expect(tab.findings).toEqual([]);
    const one = scoreChecklist(t, new Map(tab.answers.map((a) => [a.criterionId, a.answer])));
    expect([one.earned, one.max]).toEqual([31, 40]);
    const s = buildSummary(t, resultsFromSheets(t, [tab]), []);
    expect(s.overall.score).toBe(0.775);
    const md = renderMarkdown(buildNote({ summary: s, round: '', date: '2024-03-15' }));
    expect(md).toContain('| СОШ № 1 | 78% | 31 / 40 |');
  });

  it('the template says what it cannot read, as an error that stops the tabs', () => {
    const r = readTemplate([
      ['Критерий', 'Шкала'],
      ['Кадры', 'хорошо или плохо'],
    ]);
    expect(r.ok && r.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['B2', 'bad-scale', 'error']]);
  });

  it('points per answer as rows under the criterion («первая категория — 1», «высшая — 2»)', () => {
    const t = template([
      ['Кадры', '1', 'Квалификационная категория учителей'],
      ['', '', 'нет категории — 0'],
      ['', '', 'первая категория — 1'],
      ['', '', 'высшая — 2'],
      ['', '2', 'Курсы повышения квалификации'],
    ]);
    expect(
      t.criteria.map((c) => [c.number, c.scale.kind === 'points' ? c.scale.options?.map((o) => `${o.label}=${o.points}`) : c.scale.kind]),
    ).toEqual([
      ['1', ['высшая=2', 'первая категория=1', 'нет категории=0']],
      ['2', 'yesno'],
    ]);
  });
});

describe('answers as written', () => {
  const percent = parseScale('0–100%')!;
  it.each([
    ['92,3%', 92.3, 'ok'],
    ['92.3%', 92.3, 'ok'],
    ['92,3 %', 92.3, 'ok'],
    ['0,923', 92.3, 'read'],
    [0.923, 92.3, 'read'], // a cell formatted as percent
    ['92,3', 92.3, 'ok'],
    ['92.3', 92.3, 'ok'],
    ['100', 100, 'ok'],
  ])('%j on a 0–100%% scale → %j', (value, points, status) => {
    const a = parseAnswer(value, percent);
    expect([a.status, a.points]).toEqual([status, points]);
  });

  it.each([
    ['+', 'yes'],
    ['да', 'yes'],
    ['✓', 'yes'],
    ['имеется', 'yes'],
    ['нет', 'no'],
    ['отсутствует', 'no'],
    ['Да', 'yes'],
  ])('%j on a yes/no criterion → %s', (value, yn) => {
    expect(parseAnswer(value, { kind: 'yesno' }).value).toBe(yn);
  });

  it('a percentage on a points scale, and what is not understood, are said and not counted as answered', () => {
    const t = template([
      ['', '1', 'Оснащение', '', '0–10'],
      ['', '2', 'Сайт', '', ''],
      ['', '3', 'Спортзал', '', '0–10'],
    ]);
    const tab = school(t, 'СОШ № 1', ['92,3%', '?', '7']);
    expect(tab.findings.map((f) => [f.cell, f.code])).toEqual([
      ['F4', 'answer-flagged'],
      ['F5', 'answer-flagged'],
    ]);
    expect(tab.findings[0]!.message).toContain('процент, а шкала критерия в баллах 0–10');
    const s = buildSummary(t, resultsFromSheets(t, [tab]), []);
    expect([s.schools[0]!.answered, s.schools[0]!.flagged, s.overall.complete, s.overall.flagged]).toEqual([1, 2, 0, 2]);
    const md = renderMarkdown(buildNote({ summary: s, round: '', date: '2024-03-15' }));
    expect(md).toContain('Чек-лист заполнили полностью 0 из 1, частично — 1.');
    expect(md).toContain('Не распознано 2 ответа (СОШ № 1 — 2)');
    // only «?» everywhere: not started at all
    const none = school(t, 'СОШ № 2', ['?', '?', '?']);
    expect(none.notStarted).toBe(true);
  });
});

describe('negative items', () => {
  const t = template([
    ['Здание', '1', 'ОУ находится в аварийном состоянии'],
    ['Здание', '2', 'Территория благоустроена'],
    ['Здание', '3', 'Безопасность территории (отсутствие ям, пней)'],
  ]);

  it('read from the wording (and said), «Да» earns nothing; an absence stays positive', () => {
    expect(t.criteria.map((c) => c.direction ?? 'up')).toEqual(['down', 'up', 'up']);
    const r = readTemplate([
      ['Критерий', 'Направленность'],
      ['ОУ находится в аварийном состоянии', 'возрастание'],
      ['Доля пропусков уроков', 'убывание'],
    ]);
    expect(r.ok && r.template.criteria.map((c) => c.direction ?? 'up')).toEqual(['up', 'down']);
  });

  it('the summary and the note: «Устранить», never «Обеспечить выполнение» of a building in disrepair', () => {
    const a = school(t, 'СОШ № 1', ['Да', 'Да', 'Да']);
    const b = school(t, 'СОШ № 2', ['Да', 'Нет', 'Да']);
    const c = school(t, 'СОШ № 3', ['Нет', 'Да', 'Да']);
    const s = buildSummary(t, resultsFromSheets(t, [a, b, c]), []);
    const crit = s.criteria.find((x) => x.criterion.number === '1')!;
    expect([crit.yes, crit.no, crit.score, crit.zeroSchools]).toEqual([2, 1, 1 / 3, ['СОШ № 1', 'СОШ № 2']]);
    expect(s.schools.map((x) => x.earned)).toEqual([2, 1, 3]);
    const md = renderMarkdown(buildNote({ summary: s, round: '', date: '2024-03-15' }));
    expect(md).toContain('«ОУ находится в аварийном состоянии» (отрицательный критерий) — «Да» у 2 из 3 школ (балл 33%)');
    expect(md).toContain('Устранить: «ОУ находится в аварийном состоянии» (СОШ № 1, СОШ № 2)');
    expect(md).not.toMatch(/Обеспечить выполнение критерия «ОУ находится/);
    const sheet = summarySheet(s);
    expect(sheet.values.some((r) => r[2] === 'ОУ находится в аварийном состоянии (отрицательный: «Да» — хуже)')).toBe(true);
  });
});

describe('levels named without thresholds', () => {
  it('equal shares of the maximum, and the summary and the note say so', () => {
    const r = readTemplate(
      [
        ['Критерий', 'Шкала'],
        ['Сайт', ''],
        ['План', ''],
        ['Итого', ''],
      ].map((row, i) => (i === 3 ? ['Уровни: ниже базового; базовый; средний; высокий', ''] : row)),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.findings.map((f) => f.code)).toEqual(['levels-equal']);
    const t = r.template;
    const s = buildSummary(t, resultsFromSheets(t, [school(t, 'СОШ № 1', ['Да', 'Частично'])]), []);
    expect([s.schools[0]!.score, s.schools[0]!.level, s.levelsEqual]).toEqual([0.75, 'высокий', true]);
    expect(String(summarySheet(s).values[1]![0])).toContain('Уровни названы без порогов: приняты равные доли максимума.');
    const md = renderMarkdown(buildNote({ summary: s, round: '', date: '2024-03-15', ...(t.levels ? { levels: t.levels } : {}) }));
    expect(md).toContain(
      'Уровни в чек-листе названы без порогов; приняты равные доли максимума: «ниже базового» — от 0 %, «базовый» — от 25 %, «средний» — от 50 %, «высокий» — от 75 %.',
    );
  });
});

describe('targets where lower is better', () => {
  it.each([
    ['14,5', 12, 'убывание', true],
    ['14,5', 16, 'убывание', false],
    ['14,5', 16, 'меньше — лучше', false],
    ['14,5', 16, 'возрастание', true],
    ['14,5', 16, '', true],
    ['не более 5%', 0.04, '', true],
    ['≤ 5', 6, '', false],
    ['не более 5', 6, 'возрастание', false], // the target's own words win
  ])('TARGET_MET(%j; %j; %j) → %s', (target, actual, direction, met) => {
    expect(targetMetValue(target, actual, 'ru', direction)).toBe(met);
  });

  it('a direction it cannot read is said', () => {
    expect(targetMetValue('14,5', 12, 'ru', 'вбок')).toBe(
      'Направление «вбок» не распознано: «возрастание» (больше — лучше) или «убывание» (меньше — лучше).',
    );
  });
});

describe("indicators with the reports' own headers", () => {
  const values = [
    ['Показатель', 'Ед. изм.', 'План', 'Факт', 'Отклонение', 'Направленность'],
    ['Доля выпускников, получивших аттестат', '%', '98', '99', '1', ''],
    ['Количество обращений родителей', 'ед.', '14,5', '12', '-2,5', 'убывание'],
    ['Охват дополнительным образованием', '%', '75', '70', '-5', ''],
  ];
  it('«Показатель | План | Факт | Отклонение»: the name is the name, and 2 of 3 are met (one where lower is better)', () => {
    const r = readIndicators(values);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.rows.map((x) => [x.name.slice(0, 20), x.targetText, x.label, x.direction ?? null])).toEqual([
      ['Доля выпускников, по', '98', 'выполнен', null],
      ['Количество обращений', '14,5', 'выполнен', 'down'],
      ['Охват дополнительным', '75', 'не выполнен', null],
    ]);
    expect(r.findings).toEqual([]);
    const note = renderMarkdown(
      buildNote({ summary: buildSummary(template([['', '1', 'Сайт']]), [], []), round: '', date: '2024-03-15', indicators: r.rows }),
    );
    expect(note).toContain('Выполнено 2 из 3 показателей.');
    expect(note).toContain('| Количество обращений родителей | 14,5 (меньше — лучше) | 12 | выполнен |');
    expect(note).toMatch(/## 5\. Достижение показателей[\s\S]*## 6\. Рекомендации/);
  });

  it('a deviation that is not actual − plan is said at its cell', () => {
    const bad = values.map((r) => [...r]);
    bad[3]![4] = '-3';
    const r = readIndicators(bad);
    expect(r.ok && r.findings.map((f) => [f.cell, f.code])).toEqual([['E4', 'deviation']]);
  });
});

describe('a note fit to sign', () => {
  const t = template([
    ['', '1', 'А', '', '0–100%'],
    ['', '2', 'Б', '', '0–100%'],
  ]);
  it('one decimal where whole percents would tie (40,99 / 40,76 / 40,70), and no «0 п. п.» growth', () => {
    const schools = [
      school(t, 'СОШ № 1', ['40,99%', '40,99%']),
      school(t, 'СОШ № 2', ['40,76%', '40,76%']),
      school(t, 'СОШ № 3', ['40,70%', '40,70%']),
    ];
    const s = buildSummary(t, resultsFromSheets(t, schools), []);
    const md = renderMarkdown(buildNote({ summary: s, round: '', date: '2024-03-15' }));
    expect(md).toContain('| СОШ № 1 | 41,0% |');
    expect(md).toContain('| СОШ № 2 | 40,8% |');
    expect(md).toContain('| СОШ № 3 | 40,7% |');
    expect(summarySheet(s).formats[0]!.format).toBe('0.0%');
  });
});
