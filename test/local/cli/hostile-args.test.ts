/**
 * The CLI against a hostile user (issue 14, items 5, 7 and 8): no output may replace the input or another output,
 * however spelled and whatever its extension; «--» and «--flag=value» pass values that start with «-»; months
 * outside 1900–2100 are refused; an argument is quoted at most ~100 characters long; every error is one line in
 * the user's language with exit 2, and no message shows `[]`, NaN, Invalid Date or undefined.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKlaster, type CliRun } from '../../support/cli';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { sampleWorkbook } from '../../../sample/workbook';
import { COMMANDS } from '../../../src/local/cli/commands';

const dir = mkdtempSync(join(tmpdir(), 'klaster-hostile-'));
const book = join(dir, 'книга.xlsx');
const plan = join(dir, 'план.xlsx');
let original: Buffer;

beforeAll(async () => {
  await writeXlsx(workbookFromSpec(sampleWorkbook()), book);
  original = readFileSync(book);
  await writeXlsx(
    workbookFromSpec({
      sheets: [
        {
          name: 'План',
          rows: [
            ['№', 'Мероприятие', 'Сроки', 'Ответственный'],
            [1, 'Педсовет', 'Сентябрь 2023', 'Иванов И.И.'],
          ],
        },
      ],
    }),
    plan,
  );
  mkdirSync(join(dir, 'sub'));
  symlinkSync(book, join(dir, 'ссылка.xlsx'));
  linkSync(book, join(dir, 'жёсткая.xlsx'));
  copyFileSync(book, join(dir, 'книга.docx')); // a workbook under a note's extension
});

const BAD = /\[\]|NaN|Invalid Date|undefined/;

/** An error run: exit 2, one line on stderr, nothing on stdout, no JavaScript words. */
function refused(r: CliRun): string {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(BAD);
  expect(r.err).not.toMatch(/ENOENT|EACCES|Error:|at .*\.ts:/);
  return r.err;
}

describe('no output replaces the input or another output (item 7)', () => {
  it.each<[string, () => string[], RegExp]>([
    [
      '--note equal to the input',
      () => ['--note', book],
      /^Справку нельзя записать поверх исходной книги \(--note .*книга\.xlsx\): укажите другой файл, исходная книга не меняется$/,
    ],
    [
      '--note as a symbolic link to the input',
      () => ['--note', join(dir, 'ссылка.xlsx')],
      /^Справку нельзя записать поверх исходной книги/,
    ],
    ['--note as a hard link to the input', () => ['--note', join(dir, 'жёсткая.xlsx')], /^Справку нельзя записать поверх исходной книги/],
    [
      '--note spelled with «./» and «..»',
      () => ['--note', join(dir, 'sub', '..', '.', 'книга.xlsx')],
      /^Справку нельзя записать поверх исходной книги/,
    ],
    [
      '--note as a path relative to the working folder',
      () => ['--note', relative(process.cwd(), book)],
      /^Справку нельзя записать поверх исходной книги/,
    ],
    [
      '-o equal to --note',
      () => ['-o', join(dir, 'итог.md'), '--note', join(dir, 'итог.md')],
      /^-o и --note указывают на один файл \(.*итог\.md\): укажите разные файлы$/,
    ],
    [
      '-o equal to --note, spelled differently',
      () => ['-o', join(dir, 'итог.docx'), '--note', join(dir, 'sub', '..', 'итог.docx')],
      /^-o и --note указывают на один файл/,
    ],
    ['-o equal to the input', () => ['-o', join(dir, 'ссылка.xlsx')], /^Результат нельзя записать поверх исходной книги/],
    ['--note into a missing folder', () => ['--note', join(dir, 'нет', 'справка.md')], /^Папка для справки не найдена: .*нет$/],
  ])('%s → exit 2 before any work, the input unchanged', async (_, extra, message) => {
    const r = await runKlaster('monitoring', book, ...extra());
    expect(refused(r)).toMatch(message);
    expect(readFileSync(book).equals(original)).toBe(true);
    expect(existsSync(join(dir, 'итог.md'))).toBe(false);
  });

  it('a workbook named like a note (.docx) is still the input: --note cannot replace it', async () => {
    const input = join(dir, 'книга.docx');
    const before = readFileSync(input);
    expect(refused(await runKlaster('monitoring', input, '--note', input))).toMatch(/^Справку нельзя записать поверх исходной книги/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('two different outputs are both written', async () => {
    const out = join(dir, 'результат.xlsx');
    const note = join(dir, 'справка.md');
    const r = await runKlaster('monitoring', book, '-o', out, '--note', note);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(note, 'utf8')).toMatch(/^# Аналитическая справка/);
    expect((await readXlsx(out)).sheets.length).toBeGreaterThan(1);
  });

  it('in English for --locale en', async () => {
    const r = await runKlaster('--locale', 'en', 'monitoring', book, '--note', join(dir, 'нет', 'справка.md'));
    expect(refused(r)).toMatch(/^The folder for the note does not exist: .*нет$/);
  });
});

describe('values that start with «-» (item 8)', () => {
  it('--round -- "-1 срез" records the round under that name', async () => {
    const r = await runKlaster('monitoring', book, '--round', '--', '-1 срез', '--json');
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).messages.join(' ')).toContain('Срез «-1 срез» зафиксирован');
  });

  it('--round=-1 and --sheet=NAME take their values after «=»', async () => {
    const r = await runKlaster('monitoring', book, '--round=-1', '--json');
    expect(JSON.parse(r.out).messages.join(' ')).toContain('Срез «-1» зафиксирован');
    const s = await runKlaster('check', plan, '--sheet=План');
    expect(s.out).toMatch(/^План: мероприятий 1/);
  });

  it('a lone «--» ends the options: a workbook whose name starts with «-»', async () => {
    const odd = join(dir, '-план.xlsx');
    copyFileSync(plan, odd);
    const r = await runKlaster('check', '--', relative(process.cwd(), odd).startsWith('-') ? relative(process.cwd(), odd) : odd);
    expect(r.out).toMatch(/^План: мероприятий 1/);
  });

  it.each<[string[], RegExp]>([
    [
      ['--round', '-1 срез'],
      /^После --round нужно значение\. Значение, которое начинается с «-», передайте так: --round=-1 или --round -- -1$/,
    ],
    [['--sheet'], /^После --sheet нужно значение/],
    [['--round', '--'], /^После --round нужно значение/],
    [['--json=1'], /^Параметр --json не принимает значения$/],
    [['--sheet='], /^После --sheet нужно непустое значение$/],
  ])('%j → a message that says how', async (extra, message) => {
    expect(refused(await runKlaster('monitoring', book, ...extra))).toMatch(message);
  });
});

describe("a job's flag given to another command", () => {
  it.each<[string[], string]>([
    [['check', plan, '--round', 'Осень'], 'Параметр --round не относится к команде check: он для monitoring. Справка: npx klaster --help'],
    [
      ['ics', plan, '-o', join(dir, 'п.ics'), '--note', join(dir, 'с.md')],
      'Параметр --note не относится к команде ics: он для monitoring. Справка: npx klaster --help',
    ],
    [
      ['calendar', plan, '--year', '2024'],
      'Параметр --year не относится к команде calendar: он для check, budget. Справка: npx klaster --help',
    ],
    [
      ['--locale', 'en', 'monitoring', book, '--month', '2024-03'],
      '--month is not an option of monitoring: it is for calendar, agenda. Help: npx klaster --help',
    ],
  ])('%j → refused before any work', async (argv, message) => {
    expect(refused(await runKlaster(...argv))).toBe(message);
    expect(existsSync(join(dir, 'п.ics'))).toBe(false);
  });
});

describe('--month (item 8)', () => {
  it.each(['0000-01', '1899-12', '2101-01', '2024-00', '2024-13', '2024-3', '24-03', '2024-03-01'])('%s is refused', async (month) => {
    expect(refused(await runKlaster('agenda', plan, '--month', month))).toBe(
      `Месяц: ГГГГ-ММ с 1900 по 2100 год, например 2024-03, а не «${month}»`,
    );
  });

  it.each(['1900-01', '2100-12', '2024-03'])('%s is taken', async (month) => {
    const r = await runKlaster('agenda', plan, '--month', month);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('a megabyte argument is never echoed (item 8)', () => {
  const MB = 'я'.repeat(1_000_000);
  it.each<[string, () => string[]]>([
    ['as the command', () => [MB]],
    ['as the workbook', () => ['check', MB]],
    ['as an extra argument', () => ['check', plan, MB]],
    ['as an option', () => ['check', plan, `--${MB}`]],
    ['as --tz', () => ['check', plan, '--tz', MB]],
    ['as --locale', () => ['check', plan, '--locale', MB]],
    ['as --month', () => ['agenda', plan, '--month', MB]],
    ['as --sheet', () => ['check', plan, '--sheet', MB]],
    ['as --round', () => ['monitoring', book, '--round', MB]],
    ['as --note', () => ['monitoring', book, '--note', `${MB}.pdf`]],
    ['as -o in a missing folder', () => ['calendar', plan, '-o', join(MB, 'x.xlsx')]],
  ])('%s', async (_, argv) => {
    const err = refused(await runKlaster(...argv()));
    expect(err.length).toBeLessThan(400);
    expect(err).toMatch(/я{50,100}…/);
  });
});

describe('every command with bad values: one line, exit 2, no JavaScript words (items 5 and 8)', () => {
  const notBook = join(dir, 'текст.xlsx');
  const empty = join(dir, 'пусто.xlsx');
  beforeAll(() => {
    writeFileSync(notBook, 'это не книга');
    writeFileSync(empty, '');
  });
  const BAD_VALUES: [string, () => string[]][] = [
    ['a missing workbook', () => [join(dir, 'нет.xlsx')]],
    ['a folder as the workbook', () => [dir]],
    ['a text file as the workbook', () => [notBook]],
    ['an empty file as the workbook', () => [empty]],
    ['a sheet that is not there', () => [plan, '--sheet', 'Нет такого листа']],
    ['a sheet of spaces', () => [plan, '--sheet', '   ']],
    ['a bad month', () => [plan, '--month', '2024-13']],
    ['a bad zone', () => [plan, '--tz', 'Марс/Олимп']],
    ['a bad locale', () => [plan, '--locale', 'de']],
    ['-o into a missing folder', () => [plan, '-o', join(dir, 'нет', 'x.xlsx')]],
    ['-o onto the input', () => [plan, '-o', plan]],
    ['an unknown option', () => [plan, '--frob']],
  ];
  const runs = COMMANDS.flatMap((c) => BAD_VALUES.map(([what, args]) => [`${c.name}: ${what}`, c.name, args] as const));

  it.each(runs)('%s', async (_, command, args) => {
    const r = await runKlaster(command, ...args());
    expect(`${r.out}\n${r.err}`).not.toMatch(BAD);
    if (r.code !== 0 && r.code !== 1) refused(r);
  });

  it("a workbook without the job's tables, for each command", async () => {
    for (const c of COMMANDS) {
      const r = await runKlaster(c.name, plan);
      expect([c.name, `${r.out}\n${r.err}`]).not.toEqual([c.name, expect.stringMatching(BAD)]);
      if (r.code === 2) refused(r);
    }
  });
});
