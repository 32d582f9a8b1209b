/** `klaster … -o`: never onto the input, never into a missing folder, never half-written. */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKlaster } from '../../support/cli';
import { CliError } from '../../../src/local/cli/args';
import { checkOutput, writeAtomically } from '../../../src/local/cli/output';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';

const dir = mkdtempSync(join(tmpdir(), 'klaster-out-'));
const book = join(dir, 'план.xlsx');
let original: Buffer;

const run = runKlaster;

beforeAll(async () => {
  const rows = [
    ['Мероприятие', 'Сроки', 'Ответственные'],
    ['Семинар «Инженерные классы»', 'Март 2024', 'Третьякова Т.В.'],
    ['Фестиваль проектов', '15.04.2024', 'Петухов Е.А.'],
  ];
  await writeXlsx(workbookFromSpec({ sheets: [{ name: 'План', rows: rows as never }] }), book);
  original = readFileSync(book);
  mkdirSync(join(dir, 'sub'));
  symlinkSync(book, join(dir, 'ссылка.xlsx'));
  linkSync(book, join(dir, 'жёсткая.xlsx'));
  symlinkSync(dir, join(dir, 'папка-ссылка'));
});

describe('klaster -o refuses to replace the input', () => {
  it.each([
    ['the same path', () => book],
    ['another spelling of it', () => join(dir, 'sub', '..', '.', 'план.xlsx')],
    ['a symbolic link to it', () => join(dir, 'ссылка.xlsx')],
    ['a hard link to it', () => join(dir, 'жёсткая.xlsx')],
    ['a path through a linked folder', () => join(dir, 'папка-ссылка', 'план.xlsx')],
  ])('%s → exit 2, the input unchanged, nothing printed as done', async (_, target) => {
    const r = await run('calendar', book, '--month', '2024-03', '-o', target());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/нельзя записать поверх исходной книги/);
    expect(r.out).toBe('');
    expect(readFileSync(book).equals(original)).toBe(true);
  });
});

describe('klaster -o checks the output before any work', () => {
  it('a missing folder → exit 2 before anything is printed as saved', async () => {
    const target = join(dir, 'нет-такой-папки', 'календарь.xlsx');
    const r = await run('calendar', book, '-o', target);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Папка для результата не найдена: ${join(dir, 'нет-такой-папки')}`);
    expect(r.out).toBe('');
    expect(existsSync(target)).toBe(false);
  });

  it('a folder as the output → exit 2 with a hint', async () => {
    const r = await run('calendar', book, '-o', join(dir, 'sub'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/это папка\. Укажите имя файла/);
    expect(r.out).toBe('');
  });

  it('a file where the folder should be → exit 2', async () => {
    const r = await run('calendar', book, '-o', join(book, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/не найдена|не папка/);
  });

  it('a good output: the report, then «Сохранено», and no temporary file left', async () => {
    const target = join(dir, 'sub', 'календарь.xlsx');
    writeFileSync(target, 'старое содержимое');
    const r = await run('calendar', book, '--month', '2024-03', '-o', target);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').at(-1)).toBe(`Сохранено: ${target}`);
    expect(r.out).toMatch(/^Календарь построен по листу «План»/);
    expect((await readXlsx(target)).sheets.map((s) => s.name)).toEqual(['План', 'Календарь', 'План на месяц']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['календарь.xlsx']);
  });
});

describe('checkOutput', () => {
  it('accepts a new file next to the input and refuses the input itself', () => {
    expect(() => checkOutput(book, join(dir, 'новая.xlsx'))).not.toThrow();
    expect(() => checkOutput(book, book)).toThrow(CliError);
  });
});

describe('writeAtomically', () => {
  it('a write that fails halfway leaves the old file as it was and no temporary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'klaster-atomic-'));
    const target = join(folder, 'итог.xlsx');
    writeFileSync(target, 'прежняя версия');
    const failing = writeAtomically(target, async (tmp) => {
      writeFileSync(tmp, 'половина файла');
      throw new Error(`Не удалось записать файл ${tmp}: ENOSPC`);
    });
    await expect(failing).rejects.toThrow(`Не удалось записать файл ${target}: ENOSPC`);
    expect(readFileSync(target, 'utf8')).toBe('прежняя версия');
    expect(readdirSync(folder)).toEqual(['итог.xlsx']);
  });

  it('a write that succeeds replaces the file whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'klaster-atomic-'));
    const target = join(folder, 'итог.xlsx');
    await writeAtomically(target, async (tmp) => writeFileSync(tmp, 'новая версия'));
    expect(readFileSync(target, 'utf8')).toBe('новая версия');
    expect(readdirSync(folder)).toEqual(['итог.xlsx']);
  });
});
