/** The calendar-plan job's actions (and the shell's) on the sample workbook, with their spreadsheet-call budgets (see ../actions.ts). */
import type { Session } from '../../../src/local/emulator';
import { run } from '../../../src/local/client';
import { ok, type Action } from './action';

/** Where the job's actions stand in the table: the jobs' menu order. */
export const ORDER = 10;

const PLAN = 'Академия 2023-2025';
/** The cleanup the check offers for the Word markup pasted into 001 (sample sheet «План 2022-2023»), taken from the check itself. */
let markupFix = { cell: '', value: '' };
function findMarkupFix(s: Session): void {
  const [checked] = ok(run(s, 'planCheck', { sheet: 'План 2022-2023' }));
  const f = checked!.findings.find((x) => x.code === 'markup');
  if (!f?.fix) throw new Error('the sample plan 001 has no markup finding with a fix');
  markupFix = { cell: f.cell, value: f.fix.value };
}

/** The calendar-plan job's actions and the shell's. */
export const ACTIONS: Action[] = [
  {
    name: 'Открытие таблицы (меню)',
    run: (s) => s.trigger('onOpen'),
    max: 1,
    why: 'SpreadsheetApp.getUi; the menu itself is the Ui service',
  },
  { name: '«О программе»', run: (s) => ok(s.run('getAboutInfo')), max: 0, why: 'texts only' },
  {
    name: 'План: обзор листов',
    run: (s) => ok(s.run('planOverview')),
    max: 16,
    why: "the sheets, the active one and each name (11 sheets in the sample), the active sheet's marker, the zone for today: no values (plan sheets first from a remembered list, a property)",
  },
  {
    name: 'План: столбцы листа',
    run: (s) => ok(s.run('planMapping', { sheet: PLAN })),
    max: 5,
    why: 'one read of the sheet, the zone for its dates',
  },
  {
    name: 'План: запомнить столбцы',
    run: (s) => ok(s.run('planSaveMapping', { sheet: PLAN, mapping: { activity: 1, term: 2 } })),
    max: 5,
    why: 'one read of the sheet, the zone for its dates',
  },
  {
    name: 'План: «Период плана»',
    run: (s) => ok(s.run('planSetPeriod', { sheet: PLAN, period: '2023–2025 гг.' })),
    max: 5,
    why: 'one read of the sheet, the zone for its dates (the period is a property)',
  },
  { name: 'План: проверка листа', run: (s) => ok(s.run('planCheck', { sheet: PLAN })), max: 7, why: 'one read, the zone, merged ranges' },
  {
    name: 'План: проверка всех листов',
    run: (s) => ok(s.run('planCheck', {})),
    max: 31,
    why: 'one read per sheet (11), the zone, the marker of each plan-like sheet, merged ranges per plan',
  },
  {
    name: '«Построить календарь» (первая сборка)',
    run: (s) => ok(s.run('planBuildCalendar', { sheet: PLAN })),
    max: 33,
    why: 'a free name is found, the sheet is created, marked, grown, sized (6 runs of widths) and frozen once; wraps and alignments one call each',
  },
  {
    name: '«Построить календарь» (пересборка)',
    before: (s) => ok(s.run('planBuildCalendar', { sheet: PLAN })),
    run: (s) => ok(s.run('planBuildCalendar', { sheet: PLAN })),
    max: 19,
    why: 'one read (4), the zone for today, the sheet found and its marker checked (4), clear, formats, values, backgrounds, wraps, two alignments, activate',
  },
  {
    name: '«План на месяц» (пересборка)',
    before: (s) => ok(s.run('planMonthAgenda', { sheet: PLAN, month: '2024-03' })),
    run: (s) => ok(s.run('planMonthAgenda', { sheet: PLAN, month: '2024-03' })),
    max: 18,
    why: 'one read (4), the zone for today, the sheet found and its marker checked (4), clear, formats, values, weights, wraps, alignment, activate',
  },
  {
    name: '«План на месяц» всех планов (пересборка)',
    before: (s) => ok(s.run('planMonthAgenda', { all: true, month: '2024-03' })),
    run: (s) => ok(s.run('planMonthAgenda', { all: true, month: '2024-03' })),
    max: 47,
    why: "one read per sheet (11 × 2), the zone, each plan-like sheet's marker (3 sheets, 6 calls: «План на месяц» looks like a plan), the sheet found and its marker checked (4), clear, formats, values, weights, wraps, alignment, activate",
  },
  {
    name: 'План: очистить ячейку от разметки',
    before: findMarkupFix,
    run: (s) => ok(s.run('planCleanMarkup', { sheet: 'План 2022-2023', cell: markupFix.cell, value: markupFix.value })),
    max: 7,
    why: "the sheet, the one cell read and written as text; the cell's old format read first, to put back if the write fails",
  },
  {
    name: '«Начало/Окончание»',
    run: (s) => ok(s.run('planAddDateColumns', { sheet: PLAN })),
    max: 9,
    why: 'one read, the zone, insert, one formatted write',
  },
  {
    name: '«Новый план»',
    run: (s) =>
      ok(
        s.run('planCreate', {
          project: 'Проект',
          stages: [
            { name: 'Подготовительный', start: '2024-09-01', end: '2024-12-31' },
            { name: 'Основной', start: '2025-01-01', end: '2025-05-31' },
          ],
        }),
      ),
    max: 31,
    why: 'new sheet: values, formats, one validation call, 3 merges, 6 column widths',
  },
  {
    name: 'Выделить ячейку замечания',
    run: (s) => ok(s.run('selectCell', { sheet: PLAN, cell: 'B5' })),
    max: 4,
    why: 'sheet, range, activate',
  },
];
