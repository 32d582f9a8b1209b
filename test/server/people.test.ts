/** The responsibility-columns actions end to end: dist/Code.js in the emulator over workbooks built from the seeds. */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/local/emulator';
import { SEED_001 } from '../fixtures/seed-plans';
import { oneSheet, sessionOver, ok, error, sheetValues } from '../support/bundle';

function cell(s: Session, sheet: string, a1: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return s.workbook.sheet(sheet)!.cell(Number(m[2]), col)?.value ?? '';
}

const HEADER = ['ФИО / Наименование', 'Краткое имя', 'Тип', 'Должность', 'Организация', 'Email', 'Группа'];
const person = (name: string, short = '', position = '') => [name, short, 'Человек', position, '', '', ''];

/** The people of seed 001 as a coordinator keeps them in «Участники». */
const ROSTER = [
  HEADER,
  person('Третьякова Татьяна Владимировна', 'Третьякова Т. В.', 'Муниципальный координатор'),
  person('Петухов Евгений Александрович', 'Петухов Е.А.'),
  person('Мельникова Татьяна Викторовна', 'Мельникова Т.В.'),
  person('Гумбатов Сергей Алиевич', 'Гумбатов С.А.'),
  person('Шкуратская Марина Владимировна', 'Шкуратская М.В.'),
  person('Ланская Наталья Викторовна', 'Ланская Н.В.'),
  ['Руководители образовательных организаций', 'Руководители ОО', 'Группа', '', '', '', ''],
  ['Методическое объединение ПК', 'МО ПК', 'Организация', '', '', '', ''],
];

const PLAN = 'План 2022-2023';
const seed = (withRoster: boolean) => ({
  sheets: [{ name: PLAN, rows: SEED_001 as never }, ...(withRoster ? [{ name: 'Участники', rows: ROSTER as never }] : [])],
});

const brief = (f: any) => [f.cell, f.severity, f.code, f.fix?.safe ?? null];

describe('peopleCheck on seed 001', () => {
  it('without a roster: the column against itself, and the typo in the activity text (the responsible column as context)', async () => {
    const s = await sessionOver(seed(false));
    const { sheets, roster } = ok(s.run('peopleCheck', { sheet: PLAN }));
    expect(roster.status).toBe('missing');
    expect(roster.message).toMatch(/^Лист «Участники» не найден/);
    const [r] = sheets;
    expect(r).toMatchObject({ sheet: PLAN, column: 'E', rows: 33, total: 5, safe: 4, summary: '33 мероприятия, 6 участников' });
    expect(r.findings.map(brief)).toEqual([
      ['E8', 'info', 'style', true],
      ['E9', 'info', 'style', true],
      ['E12', 'info', 'style', true],
      ['B25', 'warning', 'typo', false],
      ['E37', 'info', 'style', true],
    ]);
    // E11 is a continuation row of item 4: it inherits the item's responsible and is not reported as empty
    expect(r.findings.some((f: any) => f.cell === 'E11')).toBe(false);
    const typo = r.findings.find((f: any) => f.cell === 'B25');
    expect(typo.message).toBe('Возможно опечатка: Шкурятская М.В. → Шкуратская М.В.');
    expect(typo.fix.value).toMatch(/^Проведение совещания МО ПК \(Шкуратская М\.В\.\) с руководителями ОО/);
    expect(r.people.slice(0, 3).map((p: any) => [p.name, p.cells])).toEqual([
      ['Третьякова Т.В.', 21],
      ['Гумбатов С.А.', 2],
      ['Мельникова Т.В.', 2],
    ]);
  });

  it('with «Участники»: spellings follow the roster, the typo is safe to fix, groups are known', async () => {
    const s = await sessionOver(seed(true));
    const { sheets, roster } = ok(s.run('peopleCheck', {}));
    expect(roster).toMatchObject({ status: 'ok', message: 'Реестр «Участники»: 6 человек, групп и организаций: 2.', findings: [] });
    expect(sheets).toHaveLength(1);
    const [r] = sheets;
    // the roster's full name makes «Третьякова Т.В.» the usual form: the 19 cells written «Т. В.» follow it, E8 and E9 no longer
    expect(r).toMatchObject({ total: 20, safe: 19 });
    expect(r.findings.filter((f: any) => f.code === 'style')).toHaveLength(19);
    expect(r.findings.some((f: any) => f.cell === 'E8' || f.cell === 'E9')).toBe(false);
    expect(r.findings[0]).toMatchObject({ cell: 'E10', message: 'Написано иначе, чем в реестре: Третьякова Т. В. → Третьякова Т.В.' });
    expect(r.findings[0].fix.value).toBe(String(SEED_001[9]![4]).replace('Третьякова Т. В.', 'Третьякова Т.В.'));
    // a typo in the activity text is offered, never «safe»: the case of a word in prose is the writer's
    expect(r.findings.find((f: any) => f.cell === 'B25')).toMatchObject({ code: 'typo', fix: { safe: false } });
    expect(r.people.find((p: any) => p.kind === 'group')).toMatchObject({ name: 'Руководители образовательных организаций', cells: 8 });
  });

  it('the roster itself: two people with the same surname and initials are reported as ambiguous', async () => {
    const rows = [HEADER, person('Иванова Анна Петровна'), person('Иванова Алла Павловна'), person('Петров П.П.')];
    const plan = [
      ['Мероприятие', 'Сроки', 'Ответственный'],
      ['Совещание', 'Сентябрь 2024', 'Иванова А.П.'],
      ['Семинар', 'Октябрь 2024', 'Петров П.П.'],
    ];
    const s = await sessionOver({
      sheets: [
        { name: 'План', rows: plan },
        { name: 'Участники', rows },
      ],
    });
    const { sheets, roster } = ok(s.run('peopleCheck', { sheet: 'План' }));
    expect(roster.findings.map((f: any) => [f.cell, f.code])).toEqual([['A3', 'roster-duplicate']]);
    expect(sheets[0].findings.map((f: any) => [f.cell, f.code])).toEqual([['C2', 'ambiguous']]);
    expect(sheets[0].findings[0].message).toMatch(/^В реестре несколько человек Иванова А\.П\. \(строки 2, 3\)/);
  });

  it('names in the activity texts: another case or an unknown person is fine, a typo is offered', async () => {
    const plan = [
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['Совещание у Третьяковой Т.В. с приглашённым Сидоровым А.А.', 'Сентябрь 2024', 'Петухов Е.А.'],
      ['Семинар Петуховa Е.А.', 'Октябрь 2024', 'Петухов Е.А.'],
      ['Доклад Пeтухова Е.А. и Третьяковой Т.Б.', 'Ноябрь 2024', 'Третьякова Т.В.'],
    ];
    const s = await sessionOver({
      sheets: [
        { name: 'План', rows: plan },
        { name: 'Участники', rows: ROSTER as never },
      ],
    });
    const [r] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    expect(r.findings.filter((f: any) => f.col === 0).map((f: any) => [f.cell, f.code, f.fix?.safe ?? null])).toEqual([
      ['A3', 'typo', false], // Latin «a» at the end
      ['A4', 'typo', false], // Latin «e»
      ['A4', 'initials', null], // «Т.Б.»: the roster has Третьякова Т.В.
    ]);
  });

  it('bad cells: numbers, formula errors, a cell with 30 names, an empty roster', async () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `Фамилия${String.fromCharCode(1072 + i)} А.Б.`).join(', ');
    const plan = [
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['Совещание', 'Сентябрь 2024', 12345],
      ['Семинар', 'Октябрь 2024', '#REF!'],
      ['Конкурс', 'Ноябрь 2024', thirty],
      ['Опрос', 'Декабрь 2024', ''],
    ];
    const s = await sessionOver({
      sheets: [
        { name: 'План', rows: plan },
        { name: 'Участники', rows: [HEADER] },
      ],
    });
    const { sheets, roster } = ok(s.run('peopleCheck', { sheet: 'План' }));
    expect(roster.status).toBe('empty');
    expect(roster.message).toMatch(/^Реестр «Участники» пуст/);
    const codes = sheets[0].findings.map((f: any) => `${f.cell} ${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(['C2 not-text', 'C3 cell-error', 'C5 empty']));
    expect(sheets[0].people.filter((p: any) => p.kind === 'person')).toHaveLength(30);
  });

  it.each([
    [{ sheet: 'Нет такого' }, /Лист «Нет такого» не найден/],
    [{ sheet: 5 }, /Некорректный запрос/],
    [{ limit: 0 }, /Некорректный запрос/],
  ])('a bad payload %j gets a Russian message', async (payload, message) => {
    const s = await sessionOver(seed(false));
    expect(error(s.run('peopleCheck', payload))).toMatch(message);
  });

  it('a sheet without a responsible column says so, and nothing is written', async () => {
    const s = await sessionOver(
      oneSheet('План', [
        ['Мероприятие', 'Сроки'],
        ['Совещание', 'Май 2024'],
      ]),
    );
    expect(error(s.run('peopleCheck', { sheet: 'План' }))).toBe(
      'На листе «План» нет столбца «Ответственные»: выберите его в форме «Столбцы».',
    );
    expect(error(s.run('peopleCheck', {}))).toMatch(/^В таблице не найден ни один лист со столбцами «Мероприятие» и «Ответственные»/);
    expect(s.calls.get('Range.setValues')).toBe(0);
  });

  it('a 50 000-row plan is checked without a crash', async () => {
    const names = ['Третьякова Т.В.', 'Третьякова Т.В.', 'Третьякова Т. В.', 'Петухов Е.А.'];
    const rows = [
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ...Array.from({ length: 50_000 }, (_, i) => [`Мероприятие ${i + 1}`, 'Май 2024', names[i % 4]!]),
    ];
    const s = await sessionOver(oneSheet('План', rows));
    const [r] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    expect(r.rows).toBe(50_000);
    expect(r.findings).toHaveLength(500);
    expect(r.total).toBe(12_500);
  });
});

describe('fixes', () => {
  it('one fix changes only the wrong entry and keeps the rest of the cell; one setValues', async () => {
    const s = await sessionOver(seed(false));
    const [r] = ok(s.run('peopleCheck', { sheet: PLAN })).sheets;
    const e37 = r.findings.find((f: any) => f.cell === 'E37');
    const before = String(cell(s, PLAN, 'E37'));
    s.calls.reset();
    const done = ok(s.run('peopleApplyFixes', { sheet: PLAN, edits: [{ row: e37.row, col: e37.col, ...e37.edit }] }));
    expect(done).toMatchObject({ applied: 1, skipped: 0, cells: 1, message: 'Исправлено: 1 ячейка.' });
    expect(s.calls.get('Range.setValues')).toBe(1);
    expect(cell(s, PLAN, 'E37')).toBe(before.replace('Третьякова Т.В.', 'Третьякова Т. В.'));
    expect(cell(s, PLAN, 'E37')).toBe(e37.fix.value);
  });

  it('«Исправить все надёжные»: every safe fix in one write per column; the typo without a roster is left', async () => {
    const s = await sessionOver(seed(false));
    const b25 = cell(s, PLAN, 'B25');
    const untouched = cell(s, PLAN, 'E10');
    s.calls.reset();
    const done = ok(s.run('peopleFixSafe', { sheet: PLAN }));
    expect(done).toMatchObject({ applied: 4, skipped: 0, cells: 4, message: 'Исправлено: 4 ячейки.' });
    expect(s.calls.get('Range.setValues')).toBe(1);
    expect(cell(s, PLAN, 'E8')).toBe('Третьякова Т. В.');
    expect(cell(s, PLAN, 'E10')).toBe(untouched);
    expect(cell(s, PLAN, 'B25')).toBe(b25);
    const [again] = ok(s.run('peopleCheck', { sheet: PLAN })).sheets;
    expect(again.safe).toBe(0);
    expect(again.findings.map((f: any) => f.cell)).toEqual(['B25']);
  });

  it('a cell changed since the check is skipped, not forced', async () => {
    const s = await sessionOver(seed(false));
    const [r] = ok(s.run('peopleCheck', { sheet: PLAN })).sheets;
    const edits = r.findings
      .filter((f: any) => f.cell === 'E8' || f.cell === 'E9')
      .map((f: any) => ({ row: f.row, col: f.col, ...f.edit }));
    s.workbook.sheet(PLAN)!.setValue(9, 5, 'Петухов Е.А.'); // E9, by hand, after the check
    const done = ok(s.run('peopleApplyFixes', { sheet: PLAN, edits }));
    expect(done).toMatchObject({ applied: 1, skipped: 1, cells: 1 });
    expect(done.message).toMatch(/^Исправлено: 1 ячейка\. Пропущено 1: ячейка изменилась после проверки/);
    expect(cell(s, PLAN, 'E8')).toBe('Третьякова Т. В.');
    expect(cell(s, PLAN, 'E9')).toBe('Петухов Е.А.');
  });

  it('cells between two fixed ones keep their values and formulas', async () => {
    const plan = [
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['Совещание', 'Май 2024', 'Петухов Е.А.'],
      ['Семинар', 'Май 2024', 'Петухов Е.А.'],
      ['Конкурс', 'Май 2024', 'Петухова Е.А.'],
      ['Опрос', 'Май 2024', { formula: '=C2' }],
      ['Отчёт', 'Май 2024', 'Петухову Е.А.'],
    ];
    const s = await sessionOver(oneSheet('План', plan as never));
    const [r] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    const edits = r.findings.filter((f: any) => f.edit).map((f: any) => ({ row: f.row, col: f.col, ...f.edit }));
    expect(edits.map((e: any) => e.row + 1)).toEqual([4, 6]);
    ok(s.run('peopleApplyFixes', { sheet: 'План', edits }));
    expect(cell(s, 'План', 'C4')).toBe('Петухов Е.А.');
    expect(cell(s, 'План', 'C6')).toBe('Петухов Е.А.');
    expect(s.workbook.sheet('План')!.cell(5, 3)?.formula).toBe('=C2');
  });

  it('a bad edit payload is refused with a message, nothing written', async () => {
    const s = await sessionOver(seed(false));
    expect(error(s.run('peopleApplyFixes', { sheet: PLAN, edits: [] }))).toMatch(/Некорректный запрос/);
    expect(
      error(s.run('peopleApplyFixes', { sheet: PLAN, edits: [{ row: -1, col: 4, start: 0, end: 1, from: 'a', to: 'b', text: 'a' }] })),
    ).toMatch(/Некорректный запрос/);
    expect(
      error(
        s.run('peopleApplyFixes', { sheet: 'Нет такого', edits: [{ row: 7, col: 4, start: 0, end: 1, from: 'Т', to: 'т', text: 'Т' }] }),
      ),
    ).toMatch(/Лист «Нет такого» не найден/);
    expect(s.calls.get('Range.setValues')).toBe(0);
  });
});

describe('roster «Участники»', () => {
  it('is created from the template, filled from the plan after confirmation, and never twice', async () => {
    const s = await sessionOver(seed(false));
    expect(ok(s.run('peopleCreateRoster', {}))).toMatchObject({ sheet: 'Участники', created: true });
    expect(sheetValues(s, 'Участники')).toEqual([HEADER]);
    expect(ok(s.run('peopleCreateRoster', {}))).toMatchObject({ created: false, message: 'Лист «Участники» уже есть.' });

    const proposed = ok(s.run('peopleProposeRoster', { sheet: PLAN }));
    expect(proposed.header).toEqual(HEADER);
    expect(proposed.rows.map((r: string[]) => [r[0], r[2]])).toEqual([
      ['Третьякова Т.В.', 'Человек'],
      ['Гумбатов С.А.', 'Человек'],
      ['Мельникова Т.В.', 'Человек'],
      ['Ланская Н.В.', 'Человек'],
      ['Петухов Е.А.', 'Человек'],
      ['Шкуратская М.В.', 'Человек'],
      ['Руководители ОО', 'Группа'],
      ['МО ПК', 'Организация'],
    ]);
    // proposing writes nothing
    expect(sheetValues(s, 'Участники')).toEqual([HEADER]);

    const chosen = proposed.rows.filter((r: string[]) => r[0] !== 'МО ПК');
    expect(ok(s.run('peopleAppendRoster', { rows: chosen }))).toMatchObject({ added: 7, message: 'В «Участники» добавлено 7 строк.' });
    expect(sheetValues(s, 'Участники').map((r) => r[0])).toEqual([HEADER[0], ...chosen.map((r: string[]) => r[0])]);
    expect(ok(s.run('peopleAppendRoster', { rows: chosen }))).toMatchObject({
      added: 0,
      message: 'Все имена из плана уже есть в реестре.',
    });
    // now the roster is used and only «МО ПК» is left to propose
    expect(ok(s.run('peopleProposeRoster', { sheet: PLAN })).rows.map((r: string[]) => r[0])).toEqual(['МО ПК']);
  });

  it('rows go under the roster’s own columns when the user ordered them otherwise', async () => {
    const s = await sessionOver({
      sheets: [
        { name: PLAN, rows: SEED_001 as never },
        {
          name: 'Участники',
          rows: [
            ['Должность', 'ФИО'],
            ['Директор', 'Поляков Л.П.'],
          ],
        },
      ],
    });
    ok(s.run('peopleAppendRoster', { rows: [['Петухов Е.А.', '', 'Человек', 'Руководитель ОО']] }));
    expect(sheetValues(s, 'Участники')).toEqual([
      ['Должность', 'ФИО'],
      ['Директор', 'Поляков Л.П.'],
      ['Руководитель ОО', 'Петухов Е.А.'],
    ]);
  });
});

describe('dropdown and picker', () => {
  it('a warning-only list on the responsible cells from the roster, in one setDataValidations', async () => {
    const s = await sessionOver(seed(true));
    s.calls.reset();
    const done = ok(s.run('peopleInstallDropdown', { sheet: PLAN }));
    expect(done).toMatchObject({ range: 'E5:E37', names: 10 });
    expect(done.message).toMatch(/^Список из 10 имён установлен на E5:E37/);
    expect(s.calls.get('Range.setDataValidations')).toBe(1);
    const rule = s.workbook.sheet(PLAN)!.cell(20, 5)?.validation;
    expect(rule).toMatchObject({ kind: 'list', allowInvalid: true });
    expect((rule as any).values).toEqual(expect.arrayContaining(['Третьякова Т.В.', 'Руководители ОО', 'МО ПК']));
    expect(s.workbook.sheet(PLAN)!.cell(4, 5)?.validation).toBeUndefined(); // the header row
  });

  it('without a roster the dropdown is refused with a message', async () => {
    const s = await sessionOver(seed(false));
    expect(error(s.run('peopleInstallDropdown', { sheet: PLAN }))).toBe('Сначала заполните реестр «Участники»: список строится из него.');
  });

  it('the picker lists the roster and adds a name to the cell selected at that moment', async () => {
    const s = await sessionOver(seed(true));
    const names = ok(s.run('peopleRosterNames', {}));
    expect(names.names.slice(0, 2)).toEqual([
      { name: 'Третьякова Т.В.', kind: 'person', detail: 'Муниципальный координатор' },
      { name: 'Петухов Е.А.', kind: 'person' },
    ]);
    ok(s.run('selectCell', { sheet: PLAN, cell: 'E8' }));
    const done = ok(s.run('peopleInsert', { name: 'Петухов Е.А.' }));
    expect(done).toMatchObject({ sheet: PLAN, cell: 'E8', value: 'Третьякова Т.В.;\nПетухов Е.А.' });
    expect(cell(s, PLAN, 'E8')).toBe('Третьякова Т.В.;\nПетухов Е.А.');
    // the same name again: nothing changes
    expect(ok(s.run('peopleInsert', { name: 'Петухов Е.А.' })).message).toBe('Петухов Е.А. уже есть в ячейке E8.');
    expect(cell(s, PLAN, 'E8')).toBe('Третьякова Т.В.;\nПетухов Е.А.');
    // an empty cell gets the name alone
    ok(s.run('selectCell', { sheet: PLAN, cell: 'F8' }));
    expect(ok(s.run('peopleInsert', { name: 'Гумбатов С.А.' })).value).toBe('Гумбатов С.А.');
  });

  it('the picker leaves a formula cell alone', async () => {
    const s = await sessionOver(
      oneSheet('План', [
        ['Мероприятие', 'Сроки', 'Ответственные'],
        ['Совещание', 'Май 2024', { formula: '=A1' }],
      ] as never),
    );
    ok(s.run('selectCell', { sheet: 'План', cell: 'C2' }));
    expect(error(s.run('peopleInsert', { name: 'Петухов Е.А.' }))).toBe('В выбранной ячейке формула: вставьте имя в ячейку с текстом.');
    expect(s.workbook.sheet('План')!.cell(2, 3)?.formula).toBe('=A1');
  });
});

describe('«Нагрузка» and «Матрица ответственности»', () => {
  const plan = [
    ['Мероприятие', 'Сроки', 'Ответственный', 'Исполнители'],
    ['Совещание', 'Сентябрь 2024', 'Петухов Е.А.', 'Третьякова Т.В.'],
    ['Семинар', '10.09.2024', 'Петухов Е.А.', ''],
    ['Конкурс', 'Сентябрь – октябрь 2024', 'Петухов Е.А., Третьякова Т.В.', ''],
    ['Опрос', 'До 15.10.2024', '', 'Петухов Е.А.'],
  ];

  it('«Нагрузка»: responsible / executor per month, over the threshold highlighted; the threshold is remembered', async () => {
    const s = await sessionOver(oneSheet('План', plan));
    const built = ok(s.run('peopleWorkload', { sheet: 'План', threshold: 2 }));
    expect(built).toMatchObject({ sheet: 'Нагрузка', message: '«Нагрузка»: 2 участника, выше порога 2 — 1 месяц (выделены).' });
    const values = sheetValues(s, 'Нагрузка');
    expect(values.slice(0, 3)).toEqual([
      ['Участник', 'Всего: ответственный', 'Всего: исполнитель', 'сен 2024', 'окт 2024'],
      ['Петухов Е.А.', '3', '1', '3', '1 / 1'],
      ['Третьякова Т.В.', '1', '1', '1 / 1', '1'],
    ]);
    expect(values.at(-1)![0]).toMatch(/^Нагрузка построена надстройкой «Кластер»/);
    expect(s.workbook.sheet('Нагрузка')!.cell(2, 4)?.background).toBe('#fce8e6');
    expect(ok(s.run('peopleOverview')).threshold).toBe(2);
    // rebuilt in place, not a second sheet
    ok(s.run('peopleWorkload', { sheet: 'План' }));
    expect(s.workbook.sheets.filter((x) => x.name.startsWith('Нагрузка'))).toHaveLength(1);
  });

  it('«Матрица ответственности»: Р and И, no responsible and several under «Ответственный» flagged', async () => {
    const s = await sessionOver(oneSheet('План', plan));
    const built = ok(s.run('peopleMatrix', { sheet: 'План' }));
    expect(built.message).toBe('«Матрица ответственности»: 4 мероприятия × 2 участника, замечаний: 2 (выделены).');
    expect(sheetValues(s, 'Матрица ответственности').slice(0, 5)).toEqual([
      ['Строка', 'Мероприятие', 'Петухов Е.А.', 'Третьякова Т.В.', 'Замечания'],
      ['2', 'Совещание', 'Р', 'И', ''],
      ['3', 'Семинар', 'Р', '', ''],
      ['4', 'Конкурс', 'Р', 'Р', '2 ответственных в столбце «Ответственный»'],
      ['5', 'Опрос', 'И', '', 'нет ответственного'],
    ]);
  });

  it('a user sheet named «Нагрузка» is left alone', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'План', rows: plan },
        { name: 'Нагрузка', rows: [['моё']] },
      ],
    });
    const built = ok(s.run('peopleWorkload', { sheet: 'План' }));
    expect(built.sheet).toBe('Нагрузка (2)');
    expect(sheetValues(s, 'Нагрузка')).toEqual([['моё']]);
  });

  it('the menu builds both from the active sheet', async () => {
    const s = await sessionOver(oneSheet('План', plan));
    s.trigger('menuPeopleSheets');
    expect(s.ui.toasts.at(-1)!.message).toMatch(/^«Нагрузка»: 2 участника.*«Матрица ответственности»: 4 мероприятия/);
    expect(s.workbook.sheet('Матрица ответственности')).toBeTruthy();
  });
});

describe('custom functions', () => {
  it('CHECK_RESPONSIBLE: one line per bad cell, empty for a good one; with the roster range', async () => {
    const s = await sessionOver(seed(true));
    const column = [['Третьякова Т. В.'], ['Третьякова Т.В.'], ['Шкурятская М.В.'], [''], [42], ['Петухов Е.А.']];
    expect(s.customFunction('CHECK_RESPONSIBLE', column, ROSTER)).toEqual([
      ['Написано иначе, чем в реестре: Третьякова Т. В. → Третьякова Т.В.'],
      [''],
      ['Возможно опечатка: Шкурятская М.В. → Шкуратская М.В.'],
      ['Не указан ответственный.'],
      ['Вместо ответственного число или дата: 42.'],
      [''],
    ]);
    expect(s.customFunction('CHECK_RESPONSIBLE', column, [['Что-то'], ['Иванов']])).toEqual({
      error: 'На листе «Участники» нет строки заголовков со столбцом «ФИО»: проверка идёт по самому столбцу.',
    });
  });

  it('RESPONSIBLE_PEOPLE: distinct people in the usual form with their cell counts', async () => {
    const s = await sessionOver(seed(false));
    const column = SEED_001.slice(4).map((r) => [r[4]]) as never;
    const out = s.customFunction('RESPONSIBLE_PEOPLE', column) as unknown[][];
    expect(out[0]).toEqual(['Ответственный', 'Ячеек']);
    expect(out.slice(1, 3)).toEqual([
      ['Третьякова Т.В.', 21],
      ['Гумбатов С.А.', 2],
    ]);
  });
});

describe('the apostrophe is a write-time marker, never part of a name (issue 14, item 8)', () => {
  const plan = [
    ['№', 'Мероприятие', 'Сроки', 'Ответственный'],
    [1, 'Совещание', 'Март 2024', 'Петухов Е.А.'],
  ];
  const odd = [
    ['=Группа', '', 'Группа'],
    ['@Школа', '', 'Организация'],
    ['+7 класс', '', 'Группа'],
    ['-Методисты', '', 'Группа'],
  ];

  it('names starting with = + - @ go into «Участники» as they are (text cells), and the picker lists them so', async () => {
    const s = await sessionOver(oneSheet('План', plan));
    expect(ok(s.run('peopleAppendRoster', { rows: odd })).added).toBe(4);
    const sheet = s.workbook.sheet('Участники')!;
    expect(
      sheetValues(s, 'Участники')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['=Группа', '@Школа', '+7 класс', '-Методисты']);
    for (let r = 2; r <= 5; r++) expect([sheet.cell(r, 1)?.formula, sheet.cell(r, 1)?.numberFormat]).toEqual([undefined, '@']);
    const names = ok(s.run('peopleRosterNames', {})).names.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(['=Группа', '@Школа', '+7 класс', '-Методисты']));
    expect(names.some((n: string) => n.startsWith("'"))).toBe(false);
  });

  it('a roster an earlier version wrote with the apostrophe kept reads without it', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'План', rows: plan as never },
        {
          name: 'Участники',
          rows: [HEADER, ["'=Группа", '', 'Группа', '', '', '', ''], ["'Апостроф в имени", '', 'Группа', '', '', '', '']] as never,
        },
      ],
    });
    const names = ok(s.run('peopleRosterNames', {})).names.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(['=Группа', "'Апостроф в имени"]));
    expect(names).not.toContain("'=Группа");
  });

  it('what the emulator stores: a leading apostrophe forces text and is dropped; in a plain-text cell it is kept (unverified in Google)', async () => {
    const s = await sessionOver(oneSheet('План', plan));
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('План')!;
    sheet.getRange('F1:F3').setValues([["'=1+1"], ["'1,5"], ["'Петухов"]]);
    expect(
      sheetValues(s, 'План')
        .map((r) => r[5])
        .slice(0, 3),
    ).toEqual(['=1+1', '1,5', 'Петухов']);
    expect(s.workbook.sheet('План')!.cell(1, 6)?.formula).toBeUndefined();
    sheet.getRange('G1').setNumberFormat('@').setValue("'=1+1");
    expect(s.workbook.sheet('План')!.cell(1, 7)?.value).toBe("'=1+1");
  });
});
