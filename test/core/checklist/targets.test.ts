/** Indicator targets: seed 004 §2.10 verbatim, and targets from public documents. */
import { describe, expect, it } from 'vitest';
import { parseTarget, readIndicators, sampleIndicators, targetMet, targetMetGrid, targetMetValue } from '../../../src/core/checklist/index';

const parts = (text: string) => {
  const r = parseTarget(text);
  if (!r.ok) throw new Error(r.error.message);
  return [r.target.parts.map((p) => [p.op, p.value, p.unit]), r.target.period ?? null];
};

// Seed 004, section 2.10 «Показатели оценки эффективности реализации проекта», verbatim (line breaks as in the cell).
const SEED_004 = {
  trainings: 'Не менее 1 стажировки и \n1 обучающего семинара в год',
  onePerYear: 'Не менее 1 в год',
  squads: 'Не менее 3 профильных техноотрядов ',
  cup: 'Не менее 50 % обучающихся г. Екатеринбурга, участников профильных техноотрядов, приняли участие Летнем Кубке Детской академии Изобретательства (УрГПУ)',
  events:
    'Не менее 50% обучающихся, включённых в работу городского ресурсного центра «Академия инженерных практик», приняли участие в мероприятиях технической направленности (конкурсы, чемпионаты, НПК), утвержденных приказом Минпросвещения России от 31 августа 2023года № 649',
  consultations: 'Не менее трёх консультаций в месяц',
  consultationsTypo: 'Не менее 3 3 индивидуальных консультаций в месяц',
  published:
    'Официально опубликованные методические материалы по применению инженерных практик для использования педагогами г. Екатеринбурга ',
  finalists:
    '% участников городского этапа Чемпионата по профессиональному мастерству «Профессионалы» и Чемпионата высоких технологий, прошедших на региональный этап Чемпионатов, в финал национального чемпионата по профессиональному мастерству «Профессионалы» и «Чемпионата высоких технологий»',
  conducted: 'Проведено не менее 3 консультаций',
};

describe('parseTarget: seed 004', () => {
  it.each([
    [
      SEED_004.trainings,
      [
        ['atLeast', 1, 'count'],
        ['atLeast', 1, 'count'],
      ],
      'year',
    ],
    [SEED_004.onePerYear, [['atLeast', 1, 'count']], 'year'],
    [SEED_004.squads, [['atLeast', 3, 'count']], null],
    [SEED_004.cup, [['atLeast', 50, 'percent']], null],
    [SEED_004.events, [['atLeast', 50, 'percent']], null],
    [SEED_004.consultations, [['atLeast', 3, 'count']], 'month'],
    [SEED_004.consultationsTypo, [['atLeast', 3, 'count']], 'month'],
    [SEED_004.conducted, [['atLeast', 3, 'count']], null],
  ])('%j', (text, expected, period) => {
    expect(parts(text)).toEqual([expected, period]);
  });

  it('names what is counted', () => {
    const r = parseTarget(SEED_004.trainings);
    expect(r.ok && r.target.parts.map((p) => p.noun)).toEqual(['стажировки', 'обучающего семинара']);
  });

  it.each([[SEED_004.published], [SEED_004.finalists], [''], ['—']])('no number to compare: %j → a message', (text) => {
    const r = parseTarget(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/нет числа|не указано/);
  });
});

describe('parseTarget: public documents', () => {
  it.each([
    // Efficiency indicators of vocational colleges (consultant.ru): the target sits in brackets after the indicator.
    ['Выполнение государственного задания на оказание государственных услуг (не менее 90% (процентов)', [['atLeast', 90, 'percent']], null],
    ['Численность обучающихся в расчете на 1 педагогического работника (не менее 12 обучающихся)', [['atLeast', 12, 'count']], null],
    // Regional indicator tables: «Минимальное значение» is a bare number.
    ['12600', [['atLeast', 12600, 'count']], null],
    ['не более 10% обучающихся', [['atMost', 10, 'percent']], null],
    ['более 2 мероприятий в квартал', [['more', 2, 'count']], 'quarter'],
    ['до 5 обращений ежемесячно', [['atMost', 5, 'count']], 'month'],
    ['Проведено 7 методических дней', [['atLeast', 7, 'count']], null],
    ['не менее двух публикаций в год', [['atLeast', 2, 'count']], 'year'],
    ['не менее 2000 участников в 2024 году', [['atLeast', 2000, 'count']], null],
    ['в 2022-2023 учебном году не менее 4 семинаров', [['atLeast', 4, 'count']], null],
  ])('%j', (text, expected, period) => {
    expect(parts(text)).toEqual([expected, period]);
  });

  it('marks an assumed «at least»', () => {
    const r = parseTarget('Проведено 7 методических дней');
    expect(r.ok && r.target.parts[0]!.implicitOp).toBe(true);
  });
});

describe('targetMet', () => {
  const t = (text: string) => {
    const r = parseTarget(text);
    if (!r.ok) throw new Error(r.error.message);
    return r.target;
  };
  it.each([
    [SEED_004.events, 0.55, 'met'], // a percent-formatted cell arrives as a fraction
    [SEED_004.events, '55%', 'met'],
    [SEED_004.events, '45 %', 'not-met'],
    [SEED_004.events, 0.5, 'met'],
    [SEED_004.events, '12 из 20', 'met'],
    [SEED_004.events, '9 из 20', 'not-met'],
    [SEED_004.consultations, 3, 'met'],
    [SEED_004.consultations, '2 консультации', 'not-met'],
    [SEED_004.consultations, '36 в год', 'met'], // 3 a month
    [SEED_004.consultations, '24 за год', 'not-met'],
    [SEED_004.trainings, '1 стажировка, 2 семинара', 'met'],
    [SEED_004.trainings, '1 и 0', 'not-met'],
    [SEED_004.trainings, 2, 'no-data'], // one number for two targets
    [SEED_004.squads, '', 'no-data'],
    [SEED_004.squads, 'нет данных', 'no-data'],
    [SEED_004.squads, '—', 'no-data'],
    [SEED_004.squads, true, 'no-data'],
    ['не более 10%', 0.08, 'met'],
    ['не более 10%', '12%', 'not-met'],
  ])('%j with %j → %s', (target, actual, status) => {
    expect(targetMet(t(target), actual).status).toBe(status);
  });

  it('TARGET_MET: TRUE, FALSE, «нет данных», or why the target is unreadable', () => {
    expect(targetMetValue('Не менее 50%', 0.6)).toBe(true);
    expect(targetMetValue('Не менее 50%', 0.4)).toBe(false);
    expect(targetMetValue('Не менее 50%', '')).toBe('нет данных');
    expect(targetMetValue('Не менее 50%', '', 'en')).toBe('no data');
    expect(targetMetValue(SEED_004.published, 'да')).toMatch(/нет числа/);
    expect(targetMetGrid([['Не менее 3'], ['Не более 2'], ['']], [[3], [5], [1]])).toEqual([[true], [false], ['']]);
    expect(targetMetGrid('Не менее 3', [[1], [4]])).toEqual([[false], [true]]);
  });
});

describe('the «Показатели» sheet', () => {
  it('reads seed 004 §2.10 laid out as «Критерий | Показатель | Факт»', () => {
    const values = [
      ['Показатели оценки эффективности реализации проекта', '', '', ''],
      ['Критерий', 'Показатель', 'Факт', 'Результат'],
      ['Проведением стажировок и обучающих семинаров для педагогических работников', SEED_004.trainings, '1 стажировка, 1 семинар', ''],
      ['Подготовка методических материалов', SEED_004.published, 'опубликованы', ''],
      ['Организация профильных техноотрядов', SEED_004.squads, 2, ''],
      ['Участие в мероприятиях технической направленности', SEED_004.events, 0.62, ''],
      ['Организация консультирования', SEED_004.consultations, '', ''],
    ];
    const r = readIndicators(values);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => x.label)).toEqual(['выполнен', 'нет данных', 'не выполнен', 'выполнен', 'нет данных']);
    expect(r.resultColumn).toBe(3);
    expect(r.findings.map((f) => [f.cell, f.code])).toEqual([['B4', 'target-unparsed']]);
  });

  it('no table → a message', () => {
    const r = readIndicators([['Просто текст']]);
    expect(r.ok ? '' : r.error.message).toMatch(/Факт/);
  });
});

describe('sample indicators (seed 004)', () => {
  it('every sample target parses; with no facts yet every result is «нет данных»', () => {
    const values = sampleIndicators();
    const r = readIndicators(values);
    expect(r.ok && r.rows.map((x) => [x.target !== null, x.label])).toEqual(values.slice(1).map(() => [true, 'нет данных']));
  });
});
