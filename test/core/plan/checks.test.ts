import { describe, expect, it } from 'vitest';
import { checkPlan, isDone } from '../../../src/core/plan/checks';
import { recognizePlan } from '../../../src/core/plan/recognize';
import type { FindingCode, Plan } from '../../../src/core/plan/types';
import { SEED_001, SEED_002, SEED_004 } from '../../fixtures/seed-plans';

const TODAY = '2024-03-10';
const HEADER = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат', 'Статус'];
const STAGE_1 = ['1 этап – Подготовительный (01.09.2023 – 31.12.2023)', '', '', '', '', ''];
const STAGE_2 = ['2 этап – Основной (01.01.2024 – 31.05.2024)', '', '', '', '', ''];
const CLEAN = [
  HEADER,
  STAGE_1,
  ['1.', 'Совещание', 'Сентябрь 2023', 'Иванов И. И.', 'Протокол', 'выполнено'],
  ['2.', 'Семинар', 'до 15.10.2023', 'Петров П. П.', 'Материалы', 'Выполнено.'],
  STAGE_2,
  ['3.', 'Конкурс', 'Март 2024', 'Иванов И. И.', 'Итоги', 'в работе'],
  ['4.', 'Консультации', 'Ежемесячно', 'Петров П. П.', 'Журнал', ''],
];

function plan(values: unknown[][]): Plan {
  const r = recognizePlan(values, { today: TODAY });
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}
const codes = (values: unknown[][]) => checkPlan(plan(values), { today: TODAY }).map((f) => f.code);
const withRow = (i: number, row: unknown[]) => CLEAN.map((r, j) => (j === i ? row : r));

describe('checkPlan', () => {
  it('a clean plan has no findings', () => {
    expect(checkPlan(plan(CLEAN), { today: TODAY })).toEqual([]);
  });

  it.each<[FindingCode, string, RegExp, unknown[][]]>([
    [
      'term-unknown',
      'C3',
      /^Срок «31\.02\.2023» не распознан: .+\.$/,
      withRow(2, ['1.', 'Совещание', '31.02.2023', 'Иванов', 'Протокол', 'выполнено']),
    ],
    ['term-missing', 'C3', /Срок не указан/, withRow(2, ['1.', 'Совещание', '', 'Иванов', 'Протокол', 'выполнено'])],
    [
      'term-reversed',
      'C3',
      /окончание \(01\.10\.2023\) раньше начала \(30\.10\.2023\)/,
      withRow(2, ['1.', 'Совещание', '30.10.2023 – 01.10.2023', 'Иванов', 'Протокол', 'выполнено']),
    ],
    [
      'outside-stage',
      'C3',
      /выходит за рамки этапа «1 этап – Подготовительный/,
      withRow(2, ['1.', 'Совещание', 'Март 2024', 'Иванов', 'Протокол', 'выполнено']),
    ],
    ['stage-order', 'A5', /начинается раньше предыдущего/, withRow(4, ['2 этап – Основной (01.01.2023 – 31.05.2024)'])],
    [
      'stage-overlap',
      'A5',
      /пересекается с этапом .* \(01\.12\.2023 – 31\.12\.2023\)/,
      withRow(4, ['2 этап – Основной (01.12.2023 – 31.05.2024)']),
    ],
    ['no-activity', 'B3', /Не указано мероприятие/, withRow(2, ['1.', '', 'Сентябрь 2023', 'Иванов', 'Протокол', 'выполнено'])],
    ['no-responsible', 'D3', /Не указан ответственный/, withRow(2, ['1.', 'Совещание', 'Сентябрь 2023', '', 'Протокол', 'выполнено'])],
    ['no-result', 'E3', /Не указан ожидаемый результат/, withRow(2, ['1.', 'Совещание', 'Сентябрь 2023', 'Иванов', '', 'выполнено'])],
    [
      'overdue',
      'F3',
      /^Срок истёк 30\.09\.2023, а статус «в работе»\.$/,
      withRow(2, ['1.', 'Совещание', 'Сентябрь 2023', 'Иванов', 'Протокол', 'в работе']),
    ],
    ['duplicate', 'B4', /повторяет строку 3/, withRow(3, ['2.', 'совещание.', 'Октябрь 2023', 'Иванов', 'Протокол', 'выполнено'])],
    ['cell-error', 'C3', /ошибка формулы #REF!/, withRow(2, ['1.', 'Совещание', '#REF!', 'Иванов', 'Протокол', 'выполнено'])],
  ])('%s fires at %s', (code, cell, message, values) => {
    const findings = checkPlan(plan(values), { today: TODAY });
    expect(findings.map((f) => f.code)).toEqual([code]);
    expect(findings[0]!.cell).toBe(cell);
    expect(findings[0]!.message).toMatch(message);
  });

  it('the unknown-term message is concrete and gives examples', () => {
    const [f] = checkPlan(plan(withRow(2, ['1.', 'Совещание', '31.02.2023', 'Иванов', 'Протокол', 'выполнено'])), { today: TODAY });
    expect(f).toMatchObject({ row: 2, severity: 'warning' });
    expect(f!.message).toContain('несуществующ');
    expect(f!.suggestion).toBe('Пример: «До 26.09.2022», «Сентябрь – декабрь 2023».');
  });

  it('outside-stage suggests the stage where the dates belong', () => {
    const [f] = checkPlan(plan(withRow(2, ['1.', 'Совещание', 'Март 2024', 'Иванов', 'Протокол', 'выполнено'])), { today: TODAY });
    expect(f!.suggestion).toBe('Проверьте год или перенесите мероприятие в этап «2 этап – Основной».');
    expect(f!.message).toBe('Срок «Март 2024» выходит за рамки этапа «1 этап – Подготовительный» (01.09.2023 – 31.12.2023).');
  });

  it('no-responsible, no-result and overdue only where the column exists', () => {
    const noCols = CLEAN.map((r) => r.slice(0, 3));
    const values = noCols.map((r, i) => (i === 2 ? ['1.', 'Совещание', 'Сентябрь 2023'] : r));
    expect(codes(values)).toEqual([]);
    const p = plan(values);
    expect(p.columns.responsible).toBeUndefined();
  });

  it('the same activity in another stage is no duplicate; a continuation row is none either', () => {
    expect(codes(withRow(5, ['3.', 'Совещание', 'Март 2024', 'Иванов', 'Итоги', 'в работе']))).toEqual([]);
    const values = [...CLEAN.slice(0, 3), ['', '', 'Октябрь 2023', 'Иванов', 'Протокол 2', 'выполнено'], ...CLEAN.slice(3)];
    expect(codes(values)).toEqual([]);
  });

  it('findings are sorted by row, errors first', () => {
    const values = [
      HEADER,
      STAGE_1,
      ['1.', 'Совещание', '#N/A', '', '', 'в работе'],
      ['2.', 'Совещание', 'Май 2023', 'Иванов', 'Протокол', 'в работе'],
    ];
    const found = checkPlan(plan(values), { today: TODAY }).map((f) => `${f.cell} ${f.severity} ${f.code}`);
    expect(found).toEqual([
      'C3 error cell-error',
      'D3 warning no-responsible',
      'E3 info no-result',
      'C4 warning outside-stage',
      'F4 warning overdue',
      'B4 warning duplicate',
    ]);
  });

  it('speaks English on request', () => {
    const [f] = checkPlan(plan(withRow(2, ['1.', 'Совещание', 'Сентябрь 2023', '', 'Протокол', 'выполнено'])), {
      today: TODAY,
      lang: 'en',
    });
    expect(f!.message).toBe('No one responsible.');
  });

  it.each(['выполнено', 'Выполнен', 'да', '✓', 'отменено', 'Done'])('status %j counts as done', (s) => expect(isDone(s)).toBe(true));
  it.each(['', 'в работе', 'не начато', 'нет'])('status %j does not', (s) => expect(isDone(s)).toBe(false));
});

describe('checkPlan on the seeds', () => {
  it('001: every term read, everyone named; only the Word markup pasted into C9 is reported, with its cleanup', () => {
    const found = checkPlan(plan(SEED_001), { today: TODAY });
    expect(found.map((f) => [f.cell, f.code])).toEqual([['C9', 'markup']]);
    expect(found[0]!.fix?.safe).toBe(true);
    expect(found[0]!.fix?.value).not.toMatch(/<|&nbsp;/);
  });

  it('002: stages «I (2014)» and «II (2014-2015)» share a year, which is no overlap', () => {
    expect(checkPlan(plan(SEED_002), { today: TODAY })).toEqual([]);
  });

  it('004: only the rows without an expected result', () => {
    const found = checkPlan(plan(SEED_004), { today: TODAY });
    expect(found.map((f) => [f.cell, f.code])).toEqual([
      ['E13', 'no-result'],
      ['E25', 'no-result'],
      ['E38', 'no-result'],
    ]);
  });
});

describe('English mode', () => {
  it("says why a term was not understood in English, not in the parser's Russian", async () => {
    const { recognizePlan, checkPlan } = await import('../../../src/core/plan');
    const r = recognizePlan(
      [
        ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
        ['1.', 'Совещание', 'когда-нибудь', 'Иванова И.И.'],
      ],
      { lang: 'en', today: '2024-03-01', period: '2023-09-01 – 2024-05-31' },
    );
    if (!r.ok) throw new Error(r.error.message);
    const messages = checkPlan(r.plan, { lang: 'en', today: '2024-03-01' }).map((f) => f.message);
    expect(messages).toContain('Term “когда-нибудь” not understood: no date found.');
    expect(messages.join(' ')).not.toMatch(/[а-яё]{3,}(?![^“]*”)/i);
  });
});
