import { describe, expect, it } from 'vitest';
import { checkResponsibleColumn } from '../../../src/core/people/check';
import { checkResponsibleGrid, responsiblePeopleGrid, rosterFromColumn, rosterTemplate } from '../../../src/core/people/functions';
import { pluralRu } from '../../../src/core/people/messages';
import { readRoster, ROSTER_HEADER } from '../../../src/core/people/roster';
import {
  isSingleResponsibleHeader,
  matrixSheet,
  responsibilityMatrix,
  workload,
  workloadSheet,
  type ActivityRow,
} from '../../../src/core/people/workload';
import { recognizePlan } from '../../../src/core/plan/recognize';
import { SEED_001 } from '../../fixtures/seed-plans';

const ROWS: ActivityRow[] = [
  { row: 3, activity: 'Совещание', responsible: 'Третьякова Т.В.', term: { kind: 'deadline', start: '2023-09-01', end: '2023-10-15' } },
  {
    row: 4,
    activity: 'Семинар',
    responsible: 'Третьякова Т. В., Петухов Е.А.',
    executors: 'Мельникова Т.В.',
    start: '2023-10-01',
    end: '2023-11-30',
  },
  {
    row: 5,
    activity: 'Отчёт',
    responsible: 'Третьяковой Т.В.',
    executors: 'Третьякова Т.В., Петухов Е.А.',
    term: { kind: 'date', start: '2023-10-20', end: '2023-10-20' },
  },
  { row: 6, activity: 'Консультации', responsible: 'Руководители ОО', term: { kind: 'scheduled' } },
  { row: 7, activity: 'Без ответственного', responsible: '' },
];

describe('layout and typos never make people (issue 13)', () => {
  const rows: ActivityRow[] = [
    {
      row: 1,
      activity: 'Педсовет',
      responsible: 'Заместитель директо-\nра ОУ по ВР, Захарова\nС.М.',
      executors: 'Художественная\nшкола',
      months: ['2024-09'],
    },
    { row: 2, activity: 'Линейка', responsible: 'Заместите°ль директора ОУ по ВР', executors: 'Кл. рук., ПДО', months: ['2024-09'] },
    { row: 3, activity: 'Концерт', responsible: 'З Заместитель директора ОУ по ВР', executors: 'Женсовет школы', months: ['2024-10'] },
    { row: 4, activity: 'Выставка', responsible: 'Захарова С.М.', executors: '-/-', months: ['2024-10'] },
  ];

  it('«Нагрузка»: one person, written over two lines or not', () => {
    const r = workload(rows, null);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.workload.people.map((p) => [p.name, p.responsible, p.executor])).toEqual([['Захарова С.М.', 2, 0]]);
  });

  it('the matrix: one role whatever the typo, no «ра ОУ», organisations and groups in one piece, a ditto mark repeating the row above', () => {
    const r = responsibilityMatrix(rows, null);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.matrix.people.map((p) => `${p.kind}:${p.name}`)).toEqual([
      'person:Захарова С.М.',
      'position:Заместитель директора ОУ по ВР',
      'position:ПДО',
      'group:Женсовет школы', // row 3 and the ditto mark of row 4
      'group:Кл. рук.',
      'organisation:Художественная школа',
    ]);
    expect(r.matrix.rows.map((x) => x.marks.join(''))).toEqual(['РРИ', 'РИИ', 'РИ', 'РИ']);
  });
});

describe('workload («Нагрузка»)', () => {
  it('counts activities per person and month, as responsible and as executor, one role per activity', () => {
    const r = workload(ROWS, null, { threshold: 2 });
    if (!r.ok) throw new Error(r.error.message);
    const w = r.workload;
    expect(w.months).toEqual(['2023-10', '2023-11']);
    expect(
      w.people.map((p) => [p.name, p.responsible, p.executor, p.months['2023-10']?.total ?? 0, p.months['2023-11']?.total ?? 0]),
    ).toEqual([
      ['Третьякова Т.В.', 3, 0, 3, 1],
      ['Петухов Е.А.', 1, 1, 2, 1],
      ['Мельникова Т.В.', 0, 1, 1, 1],
    ]);
    expect(w.over).toEqual([{ name: 'Третьякова Т.В.', month: '2023-10', count: 3 }]);
  });

  it('groups count when asked, undated activities in their own column', () => {
    const r = workload(ROWS, null, { includeGroups: true });
    if (!r.ok) throw new Error(r.error.message);
    const g = r.workload.people.find((p) => p.name === 'Руководители ОО')!;
    expect(g).toMatchObject({ kind: 'group', responsible: 1, undated: { responsible: 1, executor: 0, total: 1 } });
    const sheet = workloadSheet(r.workload);
    expect(sheet.values[0]).toEqual(['Участник', 'Всего: ответственный', 'Всего: исполнитель', 'окт 2023', 'ноя 2023', 'Без срока']);
    expect(sheet.values.find((row) => row[0] === 'Петухов Е.А.')).toEqual(['Петухов Е.А.', '1', '1', '1 / 1', '1', '']);
    expect(sheet.legend).toContain('больше 5 мероприятий в месяц');
  });

  it('highlights the cells over the threshold', () => {
    const r = workload(ROWS, null, { threshold: 2 });
    if (!r.ok) throw new Error(r.error.message);
    const sheet = workloadSheet(r.workload);
    expect(sheet.highlights).toEqual([{ row: 1, col: 3 }]);
    expect(sheet.values[1]![3]).toBe('3');
    expect(sheet.legend).toContain('больше 2 мероприятий в месяц');
  });

  it('uses the calendar plan’s date parsing on seed 001', () => {
    const plan = recognizePlan(SEED_001, { today: '2023-01-01' });
    if (!plan.ok) throw new Error(plan.error.message);
    const rows: ActivityRow[] = plan.plan.rows.map((p) => ({
      row: p.row,
      activity: p.activity,
      responsible: p.responsible ?? '',
      term: p.term,
    }));
    const r = workload(rows, null);
    if (!r.ok) throw new Error(r.error.message);
    const t = r.workload.people[0]!;
    expect(t.name).toBe('Третьякова Т.В.');
    // 22 activities, continuation rows included (they inherit the responsible of their item).
    expect(t.responsible).toBe(22);
    // October 2022: seven deadlines («До 10.10.2022», «До 14.10.2022», «До 17.10.2022», «До 10.10.2022»,
    // «До 21.10.2022», «До 10.10.2022», «До 30.10.2022») and item 6's «Постоянно в течение года».
    expect(t.months['2022-10']!.total).toBe(8);
    expect(r.workload.over).toEqual([{ name: 'Третьякова Т.В.', month: '2022-10', count: 8 }]);
    // Петухов Е.А.: item 6 (a deadline in October) and its ongoing sub-row, every month of the school year.
    expect(r.workload.people.find((p) => p.name === 'Петухов Е.А.')!.months['2022-10']!.total).toBe(2);
  });
});

describe('responsibility matrix', () => {
  it('marks Р and И and flags activities with no or several responsible', () => {
    const r = responsibilityMatrix(ROWS, null, { singleResponsible: true });
    if (!r.ok) throw new Error(r.error.message);
    const sheet = matrixSheet(r.matrix);
    expect(sheet.values).toEqual([
      ['Строка', 'Мероприятие', 'Третьякова Т.В.', 'Петухов Е.А.', 'Мельникова Т.В.', 'Руководители ОО', 'Замечания'],
      ['4', 'Совещание', 'Р', '', '', '', ''],
      ['5', 'Семинар', 'Р', 'Р', 'И', '', '2 ответственных в столбце «Ответственный»'],
      ['6', 'Отчёт', 'Р', 'И', '', '', ''],
      ['7', 'Консультации', '', '', '', 'Р', ''],
      ['8', 'Без ответственного', '', '', '', '', 'нет ответственного'],
    ]);
    expect(sheet.highlights).toEqual([
      { row: 2, col: 6 },
      { row: 5, col: 6 },
    ]);
  });

  it('several responsible are fine under a plural «Ответственные»', () => {
    const r = responsibilityMatrix(ROWS, null, { singleResponsible: false });
    expect(r.ok && r.matrix.rows.map((x) => x.flags.join())).toEqual(['', '', '', '', 'no-responsible']);
  });

  it.each([
    ['Ответственный', true],
    ['Ответственное лицо', true],
    ['Ответственный исполнитель', true],
    ['Ответственные', false],
    ['Ответственные исполнители', false],
    ['Ответственный за выполнение', true],
  ])('isSingleResponsibleHeader(%s) = %s', (title, single) => expect(isSingleResponsibleHeader(title)).toBe(single));
});

describe('custom functions', () => {
  const roster = [
    [...ROSTER_HEADER],
    ['Шкуратская Марина Викторовна', '', '', '', '', '', ''],
    ['Третьякова Т.В.', '', '', '', '', '', ''],
  ];

  it('CHECK_RESPONSIBLE: one line per cell, empty when fine, empties reported only between filled cells', () => {
    const r = checkResponsibleGrid([['Третьякова Т.В.'], [''], ['Шкурятская М.В., Третьяковой Т.В.'], [''], ['']], roster);
    expect(r).toEqual({
      ok: true,
      values: [
        [''],
        ['Не указан ответственный.'],
        ['Возможно опечатка: Шкурятская М.В. → Шкуратская М.В. Фамилия не в именительном падеже: Третьяковой Т.В. → Третьякова Т.В.'],
        [''],
        [''],
      ],
    });
  });

  it('CHECK_RESPONSIBLE without a roster and in English', () => {
    const r = checkResponsibleGrid([['Шкуратская М.В.'], ['Шкуратская М.В.'], ['Шкурятская М.В.']], null, 'en');
    expect(r.ok && r.values).toEqual([[''], [''], ['Possible typo: Шкурятская М.В. → Шкуратская М.В.']]);
  });

  it('RESPONSIBLE_PEOPLE: distinct people in the normal form with their cell counts', () => {
    const r = responsiblePeopleGrid([['Третьякова Т. В.'], ['Т.В. Третьякова, МО ПК'], ['Петухов Е.А.'], ['Третьяковой Т.В.']]);
    expect(r).toEqual({
      ok: true,
      values: [
        ['Ответственный', 'Ячеек'],
        ['Третьякова Т.В.', 3],
        ['Петухов Е.А.', 1],
        ['МО ПК', 1],
      ],
    });
  });

  it('rosterFromColumn proposes the plan’s people, groups and organisations for «Участники»', () => {
    const existing = readRoster(roster);
    if (!existing.ok) throw new Error(existing.reason);
    const c = checkResponsibleColumn(
      [
        ['Иванова Н.С., заместитель директора по НР'],
        ['Управление образования (далее – УО)'],
        ['Творческая группа, Иванова Н.С.'],
        ['Третьякова Т.В.'],
      ],
      existing.roster,
    );
    if (!c.ok) throw new Error(c.error.message);
    expect(rosterFromColumn(c.report, existing.roster)).toEqual([
      ['Иванова Н.С.', '', 'Человек', 'заместитель директора по НР', '', '', ''],
      ['Творческая группа', '', 'Группа', '', '', '', ''],
      ['Управление образования', 'УО', 'Организация', '', '', '', ''],
    ]);
    expect(rosterTemplate()).toEqual([[...ROSTER_HEADER]]);
  });
});

describe('Russian plurals', () => {
  it.each([
    [1, 'мероприятие'],
    [3, 'мероприятия'],
    [5, 'мероприятий'],
    [11, 'мероприятий'],
    [21, 'мероприятие'],
    [22, 'мероприятия'],
    [112, 'мероприятий'],
  ])('%i %s', (n, word) => expect(pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')).toBe(word));
});
