/** The people job's actions on the sample workbook, with their spreadsheet-call budgets (see ../actions.ts). */
import { ok, type Action } from './action';

const PLAN = 'План 2022-2023';

/** Where the job's actions stand in the table: the jobs' menu order. */
export const ORDER = 20;

export const ACTIONS: Action[] = [
  {
    name: 'Ответственные: обзор',
    run: (s) => ok(s.run('peopleOverview')),
    max: 19,
    why: "the sheets and each name (11 in the sample), the active sheet's marker, the threshold setting, one read of «Участники» with the zone",
  },
  {
    name: 'Ответственные: столбцы листа',
    run: (s) => ok(s.run('peopleMapping', { sheet: PLAN })),
    max: 5,
    why: 'one read of the plan sheet, the zone, the saved column choice',
  },
  {
    name: 'Ответственные: проверка листа',
    run: (s) => ok(s.run('peopleCheck', { sheet: PLAN })),
    max: 8,
    why: 'one read of the plan, one of «Участники», the zone, the saved column choice',
  },
  {
    name: 'Ответственные: проверка всех листов',
    run: (s) => ok(s.run('peopleCheck', {})),
    max: 30,
    why: 'one read per sheet (11 in the sample), the markers of the two plan-like sheets, the zone, the saved choices',
  },
  {
    name: 'Ответственные: одно исправление',
    run: (s) =>
      ok(
        s.run('peopleApplyFixes', {
          sheet: PLAN,
          edits: [
            {
              row: 9,
              col: 4,
              start: 16,
              end: 32,
              from: 'Третьякова Т. В.',
              to: 'Третьякова Т.В.',
              text: 'Руководители ОО Третьякова Т. В. Петухов Е.А.',
            },
          ],
        }),
      ),
    max: 8,
    why: "the lock, the sheet and its marker, the edited span read once (values, formulas), ONE setValues; the span's number formats (a plain-text cell takes no apostrophe marker)",
  },
  {
    name: 'Ответственные: «Исправить все надёжные»',
    run: (s) => ok(s.run('peopleFixSafe', { sheet: PLAN })),
    max: 18,
    why: 'the lock, one read of the plan and of «Участники», per edited column (B and E in the sample) the span read once and written once',
  },
  {
    name: 'Ответственные: предложить реестр из плана',
    run: (s) => ok(s.run('peopleProposeRoster', { sheet: PLAN })),
    max: 8,
    why: 'one read of the plan and of «Участники», nothing written',
  },
  {
    name: 'Ответственные: добавить строки в реестр',
    run: (s) => ok(s.run('peopleAppendRoster', { rows: [['Новикова А.С.', '', 'Человек']] })),
    max: 12,
    why: 'the lock, one read of «Участники», its last row, one formatted write',
  },
  { name: 'Ответственные: имена для выбора', run: (s) => ok(s.run('peopleRosterNames', {})), max: 5, why: 'one read of «Участники»' },
  {
    name: 'Ответственные: выпадающий список',
    run: (s) => ok(s.run('peopleInstallDropdown', { sheet: PLAN })),
    max: 15,
    why: 'the lock, one read of «Участники» and of the plan, one rule built, ONE setDataValidations; the old rules read first, to put back if the action fails',
  },
  {
    name: 'Ответственные: вставить участника',
    before: (s) => ok(s.run('selectCell', { sheet: PLAN, cell: 'E8' })),
    run: (s) => ok(s.run('peopleInsert', { name: 'Петухов Е.А.' })),
    max: 11,
    why: "the lock, the active cell, its sheet's marker, its value and formula, one setValue; the cell's number format (a plain-text cell takes no apostrophe marker)",
  },
  {
    name: '«Нагрузка» (первая сборка)',
    run: (s) => ok(s.run('peopleWorkload', { sheet: PLAN })),
    max: 27,
    why: 'reads as the check; a free name is found, the sheet is created, marked, sized and frozen once, one write per kind of content',
  },
  {
    name: '«Нагрузка» (пересборка)',
    before: (s) => ok(s.run('peopleWorkload', { sheet: PLAN })),
    run: (s) => ok(s.run('peopleWorkload', { sheet: PLAN })),
    max: 19,
    why: 'reads as the check (4 + zone), the sheet found and its marker checked, clear, formats, values, backgrounds, weights',
  },
  {
    name: '«Матрица ответственности» (пересборка)',
    before: (s) => ok(s.run('peopleMatrix', { sheet: PLAN })),
    run: (s) => ok(s.run('peopleMatrix', { sheet: PLAN })),
    max: 19,
    why: 'reads as the check (4 + zone), the sheet found and its marker checked, clear, formats, values, backgrounds, weights',
  },
  {
    name: 'Ответственные: создать «Участники» (уже есть)',
    run: (s) => ok(s.run('peopleCreateRoster', {})),
    max: 2,
    why: "the lock's sheet lookup: it is there, nothing written",
  },
];
