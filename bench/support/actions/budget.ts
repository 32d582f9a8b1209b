/** The budget job's actions on the sample workbook, with their spreadsheet-call budgets (see ../actions.ts). */
import { ok, type Action } from './action';

const SCHOOL = 'Бюджет СОШ № 117';

/** Where the job's actions stand in the table: the jobs' menu order. */
export const ORDER = 30;

export const ACTIONS: Action[] = [
  {
    name: 'Бюджет: обзор листов',
    run: (s) => ok(s.run('budgetOverview')),
    max: 19,
    why: 'the summary looked up by its marker (5), the sheets and each name (11 sheets in the sample), the active sheet: no values',
  },
  {
    name: 'Бюджет: таблицы листа',
    run: (s) => ok(s.run('budgetScan', { sheet: SCHOOL })),
    max: 11,
    why: 'the summary looked up (4), one read of the sheet (3), the zone, merged ranges',
  },
  {
    name: 'Бюджет: таблицы всех листов',
    run: (s) => ok(s.run('budgetScan', {})),
    max: 43,
    why: 'the summary looked up, per sheet its name and one read (3 × 10), merged ranges of the 3 budget sheets',
  },
  {
    name: 'Бюджет: отметить ошибки',
    run: (s) => ok(s.run('budgetMark', { sheet: SCHOOL })),
    max: 16,
    why: 'one read, the sheet id for the remembered marks, fills and notes read and written once each over the marked box',
  },
  {
    name: 'Бюджет: убрать отметки',
    before: (s) => ok(s.run('budgetMark', { sheet: SCHOOL })),
    run: (s) => ok(s.run('budgetUnmark', { sheet: SCHOOL })),
    max: 13,
    why: "the sheet and its id, fills and notes read and written once each over the marked box (no values read); the sheet's notes read once (last row, last column, range, getNotes) to find marks that rows or columns inserted since have moved",
  },
  {
    name: '«Свести» (первая сборка)',
    run: (s) => ok(s.run('budgetConsolidate', {})),
    max: 69,
    why: 'per sheet its name and one read (3 × 10); the sheet created, marked, written in 4 calls, 6 widths; the chart (12)',
  },
  {
    name: '«Свести» (пересборка)',
    before: (s) => ok(s.run('budgetConsolidate', {})),
    run: (s) => ok(s.run('budgetConsolidate', {})),
    max: 63,
    why: 'per sheet its name and one read (3 × 10); the summary found twice by its marker, cleared, written in 4 calls; the old chart removed, the new one built (13)',
  },
];
