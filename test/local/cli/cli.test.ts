/** `npx klaster`: the same server functions as the sidebar, from the command line, with honest exit codes. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKlaster } from '../../support/cli';
import { createSession, readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { CODE_PATH, DIST } from '../../../src/local/paths';
import { SEED_001, SEED_004 } from '../../fixtures/seed-plans';

const dir = mkdtempSync(join(tmpdir(), 'klaster-cli-'));
const book = join(dir, 'планы.xlsx');
const broken = join(dir, 'с ошибками.xlsx');

const run = runKlaster;

beforeAll(async () => {
  await writeXlsx(
    workbookFromSpec({
      sheets: [
        { name: 'План 2022-2023', rows: SEED_001 as never },
        { name: 'Академия', rows: SEED_004 as never },
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
            ['Мероприятие', 'Сроки', 'Ответственные'],
            ['Семинар', '31.02.2024', 'Третьякова Т.В.'],
            ['Опрос', 'Май 2024', ''],
          ],
        },
      ],
    }),
    broken,
  );
});

describe('klaster', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/check <книга\.xlsx>/);
    expect(r.out).toMatch(/calendar <книга\.xlsx> -o <результат\.xlsx>/);
  });

  it('check: a line per sheet; exit 1 for the seed typo «Шкурятская» the responsibility check finds', async () => {
    const r = await run('check', book);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^План 2022-2023: ответственные \(столбец E\): 33 мероприятия, 6 участников, замечаний 5$/m);
    expect(r.out).toMatch(/^ {2}B25 +внимание +Возможно опечатка: Шкурятская М\.В\. → Шкуратская М\.В\./m);
    expect(r.out).toMatch(/^План 2022-2023: мероприятий 33, замечаний 1$/m); // the Word markup pasted into C9 (a note)
    expect(r.out).toMatch(/^Академия: мероприятий 33, замечаний 3$/m);
  });

  it('check --json: exit 1 with findings as sheet, cell, severity, code, message', async () => {
    const r = await run('check', broken, '--json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as Record<string, string>[];
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'План', cell: 'B2', severity: 'warning', code: 'term-unknown' }),
        expect.objectContaining({ sheet: 'План', cell: 'C3', code: 'no-responsible' }),
      ]),
    );
    for (const f of findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['sheet', 'cell', 'severity', 'code', 'message']));
  });

  it('calendar -o writes «Календарь» and «План на месяц» to a new file and leaves the input as it was', async () => {
    const out = join(dir, 'календарь.xlsx');
    const before = readFileSync(book);
    const r = await run('calendar', book, '--sheet', 'Академия', '--month', '2024-03', '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Календарь построен по листу «Академия»: 33\sмероприятия, 36\sмесяцев\./);
    const saved = await readXlsx(out);
    expect(saved.sheets.map((s) => s.name)).toEqual(['План 2022-2023', 'Академия', 'Календарь', 'План на месяц']);
    expect(saved.sheet('План на месяц')!.cell(1, 1)!.value).toBe('План на март 2024 г.');
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it.each([
    ['Asia/Vladivostok', ['--tz', 'Asia/Vladivostok']],
    ['Europe/Kaliningrad', ['--tz', 'Europe/Kaliningrad']],
    ['Europe/Moscow (the default)', []],
  ])('--tz %s: date cells are read as the days the sheet shows', async (_, tz) => {
    // .xlsx dates carry no zone: the cells show 01.10.2022 and 30.09.2022 whatever the spreadsheet's zone
    const path = join(dir, `даты ${tz.join('')}.xlsx`.replace('/', '-'));
    const rows = [
      ['Мероприятие', 'Сроки'],
      ['Педсовет', new Date(2022, 9, 1)],
      ['Олимпиада', new Date(2022, 8, 30)],
    ];
    await writeXlsx(workbookFromSpec({ sheets: [{ name: 'План', rows: rows as never }] }), path);
    const out = join(dir, 'agenda.xlsx');
    const r = await run('agenda', path, '--month', '2022-10', ...tz, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^План на октябрь 2022 г\. \(лист «План»\): 1\s/m);
    const agenda = (await readXlsx(out)).sheet('План на месяц')!;
    expect(agenda.cell(3, 2)!.value).toBe('Педсовет');
    expect(agenda.cell(3, 4)!.value).toBe('01.10.2022');
  });

  it('--tz with a name that is not a time zone → exit 2 with an example', async () => {
    const r = await run('check', book, '--tz', 'Владивосток');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Часовой пояс: имя IANA, например Asia\/Vladivostok.*«Владивосток»/);
  });

  it('agenda: every plan sheet, one block each, and the output names each sheet; --sheet only that one', async () => {
    const out = join(dir, 'месяц.xlsx');
    const r = await run('agenda', book, '--month', '2024-03', '-o', out);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^План на март 2024 г\. \(лист «План 2022-2023»\): 0\sмероприятий\.$/),
      expect.stringMatching(/^План на март 2024 г\. \(лист «Академия»\): \d+\sмероприяти[еяй]\.$/),
    ]);
    const a = (await readXlsx(out)).sheet('План на месяц')!;
    expect(a.cell(1, 1)!.value).toBe('План на март 2024 г. — лист «План 2022-2023»');
    expect(a.cell(5, 1)!.value).toBe('План на март 2024 г. — лист «Академия»');
    const one = await run('agenda', book, '--sheet', 'Академия', '--month', '2024-03');
    expect(one.out).toMatch(/^План на март 2024 г\. \(лист «Академия»\): /);
    expect(one.out).not.toMatch(/План 2022-2023/);
  });

  it('agenda without --month: each plan in the month its sidebar offers — a plan that ended in August 2023 shows August 2023', async () => {
    const r = await run('agenda', book);
    expect(r.code).toBe(0);
    const [past, academy] = r.out.split('\n');
    // «План 2022-2023» ends in August 2023: its last month (the naive default, next month after today, is empty)
    expect(past).toMatch(/^План на август 2023 г\. \(лист «План 2022-2023»\): [1-9]\d*\sмероприяти[еяй]\.$/);
    // the same month the sidebar offers for each sheet (planMapping's `month`), word for word
    const s = await createSession({ code: readFileSync(CODE_PATH, 'utf8'), workbook: book, htmlDir: DIST });
    for (const [line, sheet] of [
      [past, 'План 2022-2023'],
      [academy, 'Академия'],
    ] as const) {
      const { month } = (s.run('planMapping', { sheet }) as { ok: true; data: { month: string } }).data;
      const sidebar = s.run('planMonthAgenda', { sheet, month }) as { ok: true; data: { message: string } };
      expect(line).toBe(sidebar.data.message);
    }
  });

  it('check: the exit code follows the findings printed (1 only when a line says «ошибка» or «внимание»), as --help says', async () => {
    const help = await run('--help');
    expect(help.out).toMatch(/код 1 — есть ошибки или предупреждения/);
    for (const path of [book, broken]) {
      const r = await run('check', path);
      const serious = r.out.split('\n').some((line) => /^\s+\S+\s+(ошибка|внимание)\s/.test(line));
      expect([path, r.code]).toEqual([path, serious ? 1 : 0]);
    }
    expect((await run('check', broken)).code).toBe(1);
  });

  it('calendar without -o saves nothing and says so', async () => {
    const r = await run('calendar', book);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Книга не сохранена: укажите -o/);
  });

  it.each([
    [['frob', 'x.xlsx'], /Неизвестная команда «frob»/],
    [['check'], /Укажите книгу/],
    [['check', join(dir, 'нет.xlsx')], /Файл не найден/],
    [['check', '--nope', 'x'], /Неизвестный параметр --nope/],
    [['check', 'a.xlsx', '-o'], /После -o нужно значение/],
  ])('%j → exit 2 with a clear message', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    ['a text file named .xlsx', 'not-a-book.xlsx', 'Сроки;Мероприятие\n', /не является книгой Excel/],
    ['an empty file', 'empty.xlsx', '', /не является книгой Excel|пуст/],
  ])('%s → exit 2, nothing written', async (_, name, content, message) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const out = join(dir, `${name}.out.xlsx`);
    const r = await run('calendar', path, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('a workbook without a plan → exit 2 with what it looked for', async () => {
    const path = join(dir, 'реестр.xlsx');
    await writeXlsx(workbookFromSpec({ sheets: [{ name: 'Реестр', rows: [['ФИО'], ['Третьякова Т.В.']] }] }), path);
    const r = await run('check', path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/не найден ни один календарный план.*«Мероприятие» и «Сроки»/);
  });

  it('an empty workbook sheet → exit 2; merged cells and #REF! → reported as findings (exit 1), nothing crashes', async () => {
    const empty = join(dir, 'пустая.xlsx');
    await writeXlsx(workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [] }] }), empty);
    const r1 = await run('check', empty);
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/не найден ни один календарный план/);

    const messy = join(dir, 'объединённые.xlsx');
    await writeXlsx(
      workbookFromSpec({
        sheets: [
          {
            name: 'План',
            rows: [
              ['Мероприятие', 'Сроки', 'Ответственные'],
              ['Семинар', 'Май 2024', 'Третьякова Т.В.'],
              [{ formula: '=A99/0', value: '#REF!' }, 'Июнь 2024', 'Петухов Е.А.'],
            ],
            // a term merged over two rows (the second row loses it) is reported; a merge within one row reads fine
            merges: ['B2:B3', 'C2:D2'],
          },
        ],
      }),
      messy,
    );
    const r2 = await run('check', messy, '--json');
    expect(r2.code).toBe(1);
    const codes = (JSON.parse(r2.out) as { code: string; cell: string }[]).map((f) => `${f.cell} ${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(['B2 merged-cells', 'A3 cell-error']));
    expect(codes.filter((c) => c.endsWith('merged-cells'))).toEqual(['B2 merged-cells']);
  });
});
