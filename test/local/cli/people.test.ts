/** `npx klaster` for the responsibility job: its findings in `check`, and `workload` building both sheets. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKlaster } from '../../support/cli';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { SEED_001 } from '../../fixtures/seed-plans';

const dir = mkdtempSync(join(tmpdir(), 'klaster-people-'));
const book = join(dir, 'план.xlsx');
const noPeople = join(dir, 'без ответственных.xlsx');
const twoColumns = join(dir, 'два столбца.xlsx');

/** Bodies in D («Кто проводит»), names in E («Ответственные»), a title line above the header. */
const TWO_COLUMNS = [
  ['План мероприятий ко Дню защиты детей'],
  ['Дата, время', 'Наименование мероприятий', 'Место проведения', 'Кто проводит', 'Ответственные'],
  ['31 мая 2024', 'Праздничное чаепитие', 'Двор дома 35', 'Администрация Ленинского района', 'Михайлова О.Л.\nПетров А.А.'],
  ['1 июня 2024', 'Конкурс рисунков на асфальте', 'СОШ №37', 'Администрация Ленинского района', 'Михайлова О.Л.\nТарасова Н.А.'],
];

const run = runKlaster;

const ROSTER = [
  ['ФИО / Наименование', 'Краткое имя', 'Тип'],
  ['Иванова Анна Петровна', '', 'Человек'],
  ['Иванова Алла Павловна', '', 'Человек'],
];

beforeAll(async () => {
  await writeXlsx(
    workbookFromSpec({
      sheets: [
        { name: 'Реестр планов', rows: [['что-то']] },
        { name: 'План', rows: SEED_001 as never },
        { name: 'Участники', rows: ROSTER },
      ],
    }),
    book,
  );
  await writeXlsx(
    workbookFromSpec({
      sheets: [
        {
          name: 'План',
          rows: [
            ['Мероприятие', 'Сроки'],
            ['Семинар', 'Май 2024'],
          ],
        },
      ],
    }),
    noPeople,
  );
  await writeXlsx(workbookFromSpec({ sheets: [{ name: 'План', rows: TWO_COLUMNS as never }] }), twoColumns);
});

describe('klaster and the responsibility job', () => {
  it('check lists the responsible column and the roster’s own findings', async () => {
    const r = await run('check', book);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^План: ответственные \(столбец E\): 33 мероприятия, 6 участников, замечаний \d+$/m);
    expect(r.out).toMatch(/^Реестр «Участники»: 2 человека, замечаний 1$/m);
    expect(r.out).toMatch(/^ {2}A3 +внимание +В реестре дважды Иванова А\.П\.: строки 2, 3\./m);
  });

  it('check --locale en speaks English', async () => {
    const r = await run('check', book, '--locale', 'en');
    expect(r.out).toMatch(/^План: responsible \(column E\): 33 activities, \d+ participants, \d+ findings$/m);
  });

  it('a book without a responsible column: check reports the plan only', async () => {
    const r = await run('check', noPeople);
    expect(r.out).not.toMatch(/ответственные/);
  });

  it('workload builds «Нагрузка» and «Матрица ответственности» from the first plan with a responsible column', async () => {
    const out = join(dir, 'нагрузка.xlsx');
    const r = await run('workload', book, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^«Нагрузка»: \d+ участник/m);
    expect(r.out).toMatch(/^«Матрица ответственности»: 33 мероприятия × \d+ участник/m);
    const saved = await readXlsx(out);
    expect(saved.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Нагрузка', 'Матрица ответственности']));
  });

  it('check names the second responsibility column; --columns "Ответственные=D" checks it instead', async () => {
    const r = await run('check', twoColumns);
    expect(r.out).toMatch(/^План: ответственные \(столбец E\): 2 мероприятия, 3 участника, замечаний 1$/m);
    expect(r.out).toMatch(/E2 +сведения +Ответственных два столбца: проверяется E «Ответственные», ещё есть D «Кто проводит»/);
    const d = await run('check', twoColumns, '--columns', 'Ответственные=D');
    expect(d.out).toMatch(/^План: ответственные \(столбец D\): 2 мероприятия, 0 участников, замечаний 0$/m);
  });

  it('workload takes --columns and --header-row as the form does; a name no job knows is an error (exit 2)', async () => {
    const out = join(dir, 'исполнители.xlsx');
    const r = await run('workload', twoColumns, '--columns', 'Исполнители=D', '--header-row', '2', '-o', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^«Матрица ответственности»: 2 мероприятия × 4 участника/m);
    const bad = await run('workload', twoColumns, '--columns', 'Статья=B');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/у этой таблицы нет столбца «Статья»/);
    const check = await run('check', twoColumns, '--columns', 'Статья=B');
    expect(check.code).toBe(2);
  });

  it('a column choice on a book of several sheets needs --sheet', async () => {
    const r = await run('workload', book, '--columns', 'Ответственные=E');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/укажите его, --sheet ЛИСТ/);
    const out = join(dir, 'по листу.xlsx');
    const ok = await run('workload', book, '--sheet', 'План', '--columns', 'Ответственные=E', '-o', out);
    expect(ok.code, ok.err).toBe(0);
  });

  it('workload on a book without a responsible column is bad input (exit 2)', async () => {
    const r = await run('workload', noPeople);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/не найден ни один лист со столбцами «Мероприятие» и «Ответственные»/);
  });
});
