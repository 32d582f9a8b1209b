/** Every action of the people job that writes is all-or-nothing (see atomic-plan.test.ts). */
import { describe, expect, it } from 'vitest';

import { ACTIONS as PEOPLE_ACTIONS } from '../../bench/support/actions/people';
import type { Session } from '../../src/local/emulator';
import { SEED_001 } from '../fixtures/seed-plans';
import { ok, sessionOver } from '../support/bundle';
import { sweepAction, summary } from './atomic-sweep';

describe('the people job: a failure at any write leaves the workbook as before or says what stays', () => {
  const writing = PEOPLE_ACTIONS.filter((a) => !/обзор|столбцы|проверка|предложить|имена для выбора|уже есть/.test(a.name));
  it('covers the fixes, the roster, the dropdown, the insert, the load and the matrix', () => {
    expect(writing.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'Ответственные: «Исправить все надёжные»',
        '«Нагрузка» (первая сборка)',
        '«Матрица ответственности» (пересборка)',
      ]),
    );
  });
  it.each(writing.map((a) => [a.name, a] as const))('%s', async (name, action) => {
    const { sweep, verdicts, problems } = await sweepAction(action);
    expect(sweep.writes.length).toBeGreaterThan(0);
    console.log(summary(name, verdicts));
    expect(problems).toEqual([]);
  });
  it('«Нагрузка» (первая сборка) — the undo fails too: the message says what stays', async () => {
    const { verdicts, problems } = await sweepAction(
      PEOPLE_ACTIONS.find((a) => a.name === '«Нагрузка» (первая сборка)')!,
      { persist: true },
    );
    console.log(summary('«Нагрузка» (persist)', verdicts));
    expect(problems).toEqual([]);
  });
});

describe("promises about the user's cells: «Исправить все надёжные» fixes only what the check showed", () => {
  const PLAN = 'План 2022-2023';
  const roster = [
    ['ФИО / Наименование', 'Краткое имя', 'Тип', 'Должность', 'Организация', 'Email', 'Группа'],
    ['Третьякова Татьяна Владимировна', 'Третьякова Т.В.', 'Человек', '', '', '', ''],
    ['Петухов Евгений Александрович', 'Петухов Е.А.', 'Человек', '', '', '', ''],
    ['Мельникова Татьяна Викторовна', 'Мельникова Т.В.', 'Человек', '', '', '', ''],
    ['Гумбатов Сергей Алиевич', 'Гумбатов С.А.', 'Человек', '', '', '', ''],
    ['Шкуратская Марина Владимировна', 'Шкуратская М.В.', 'Человек', '', '', '', ''],
    ['Ланская Наталья Викторовна', 'Ланская Н.В.', 'Человек', '', '', '', ''],
  ];
  const open = () =>
    sessionOver({
      sheets: [
        { name: PLAN, rows: SEED_001 as never },
        { name: 'Участники', rows: roster as never },
      ],
    });
  const e = (s: Session, row: number) => s.workbook.sheet(PLAN)!.cell(row, 5)?.value ?? '';
  const type = (s: Session, row: number, text: string) => (s.workbook.sheet(PLAN)!.cellForWrite(row, 5).value = text);

  it('a cell typed after the check («Третьяковв Т.В.») is skipped and counted, not fixed', async () => {
    const s = await open();
    const [checked] = ok(s.run('peopleCheck', { sheet: PLAN })).sheets;
    const seen = checked.safeCells as { row: number; col: number; text: string }[];
    expect(seen.length).toBe(checked.safe);
    // a responsible cell that had no fix when the check ran
    const typedRow = [...Array(40).keys()]
      .map((i) => i + 4)
      .find((r) => /Т\.В\./.test(String(e(s, r))) && !seen.some((c) => c.row === r - 1))!;
    expect(typedRow).toBeDefined();
    type(s, typedRow, 'Третьяковв Т.В.');
    // the fresh check would fix it safely: without what the user saw, it would change
    const [fresh] = ok(s.run('peopleCheck', { sheet: PLAN })).sheets;
    expect(fresh.safeCells.some((c: { row: number }) => c.row === typedRow - 1)).toBe(true);
    const done = ok(s.run('peopleFixSafe', { sheet: PLAN, seen }));
    expect(e(s, typedRow)).toBe('Третьяковв Т.В.');
    expect(done.applied).toBe(seen.length);
    expect(done.skipped).toBe(1);
    expect(done.message).toMatch(/пропущен|изменил|не исправлен/i);
  });

  it('a shown cell edited after the check, to text with a fix of its own, is skipped', async () => {
    const s = await open();
    const [checked] = ok(s.run('peopleCheck', { sheet: PLAN })).sheets;
    const seen = checked.safeCells as { row: number; col: number; text: string }[];
    const first = seen[0]!;
    const edited = `${first.text} `; // one more character: no longer what the user saw
    type(s, first.row + 1, edited);
    const done = ok(s.run('peopleFixSafe', { sheet: PLAN, seen }));
    expect(e(s, first.row + 1)).toBe(edited);
    expect(done.skipped).toBeGreaterThanOrEqual(1);
    expect(done.applied).toBe(seen.length - 1);
  });
});

describe('fixes in two columns are one change: the second column failing takes the first back', () => {
  it('«Исправить» with fixes in columns B and E, each write failing in turn', async () => {
    const PLAN = 'План 2022-2023';
    const open = () => sessionOver({ sheets: [{ name: PLAN, rows: SEED_001 as never }] });
    const s = await open();
    const [checked] = ok(s.run('peopleCheck', { sheet: PLAN })).sheets;
    const pick = (cell: string) => checked.findings.find((f: { cell: string }) => f.cell === cell);
    const edits = [pick('B25'), pick('E8')].map((f: { row: number; col: number; edit: object }) => ({ row: f.row, col: f.col, ...f.edit }));
    const action = {
      name: 'Ответственные: исправления в двух столбцах',
      run: (x: Session) => x.run('peopleApplyFixes', { sheet: PLAN, edits }),
      max: 0,
      why: '',
    };
    const { sweep, verdicts, problems } = await sweepAction(action, { open });
    expect(sweep.writes).toEqual(['Range.setValues', 'Range.setValues']);
    expect(ok(sweep.clean.result).cells).toBe(2);
    console.log(summary(action.name, verdicts));
    expect(problems).toEqual([]);
    expect(verdicts.every((v) => v.unchanged)).toBe(true);
  });
});

describe('a name that starts like a formula is stored as the user reads it, in any cell format', () => {
  it.each([
    ['a plain-text cell («@»)', '@'],
    ['a cell of automatic format', undefined],
  ] as const)('«Вставить» «-Методисты» into %s: the cell holds «-Методисты», no apostrophe', async (_name, format) => {
    const PLAN = 'План';
    const s = await sessionOver({
      sheets: [
        {
          name: PLAN,
          rows: [
            ['№', 'Мероприятие', 'Ответственный'],
            [1, 'Совещание', ''],
          ],
        },
      ],
    });
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName(PLAN)!;
    if (format) sheet.getRange('C2').setNumberFormat(format);
    ok(s.run('selectCell', { sheet: PLAN, cell: 'C2' }));
    ok(s.run('peopleInsert', { name: '-Методисты' }));
    expect(sheet.getRange('C2').getValue()).toBe('-Методисты');
    expect(sheet.getRange('C2').getFormula()).toBe('');
  });
});
