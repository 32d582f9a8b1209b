/**
 * The hidden `_klaster_meta` sheet is checked before it is used (issue 14, item 4): a crafted or damaged row is
 * refused with a Russian message naming the row, never half-applied, never an English TypeError, never a grid
 * grown to a hundred million rows.
 */
import JSZip from 'jszip';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx, workbookFromSpec, WorkbookError, writeXlsxBuffer } from '../../../src/local/xlsx';
import { runKlaster } from '../../support/cli';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A saved plan whose one meta row (a developer-metadata row of the sheet «План») is rewritten as given: its
 * kind, key, JSON value and, when given, its sheet id cell.
 */
async function craftedBook(row: { kind: string; key: string; value: string; sheetId?: string }): Promise<Buffer> {
  const wb = workbookFromSpec({
    sheets: [
      {
        name: 'План',
        rows: [
          ['№', 'Мероприятие', 'Сроки'],
          [1, 'Педсовет', 'Сентябрь 2023'],
        ],
      },
    ],
  });
  const sheet = wb.sheets[0]!;
  sheet.metadata.push({ id: 1, key: 'KEYX', value: 'VALX' });
  const zip = await JSZip.loadAsync(await writeXlsxBuffer(wb));
  let strings = await zip.file('xl/sharedStrings.xml')!.async('string');
  const swap = (from: string, to: string) => {
    expect(strings).toContain(`>${escapeXml(from)}<`);
    strings = strings.replace(`>${escapeXml(from)}<`, `>${escapeXml(to)}<`);
  };
  swap('metadata', row.kind);
  swap('KEYX', row.key);
  swap('"VALX"', row.value);
  if (row.sheetId !== undefined) swap(String(sheet.id), row.sheetId);
  zip.file('xl/sharedStrings.xml', strings);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function refusal(bytes: Buffer): Promise<string> {
  const err = await readXlsx(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookError);
  const message = (err as Error).message;
  expect(message).toMatch(/^Служебный лист _klaster_meta повреждён \(строка \d+, /);
  expect(message).toMatch(/Удалите эту строку или весь лист _klaster_meta/);
  expect(message).not.toMatch(/\n|TypeError|Cannot read|undefined|NaN/);
  return message;
}

const rule = (extra: object) =>
  JSON.stringify({ kind: 'list', values: ['Да', 'Нет, не так'], showDropdown: true, allowInvalid: true, ...extra });

describe('rows that are refused', () => {
  it.each<[string, { kind: string; key: string; value: string; sheetId?: string }, RegExp]>([
    [
      'a validation at 99999999:99999',
      { kind: 'validation', key: '99999999:99999', value: rule({}) },
      /строка проверки данных 99999999 — за пределами любого листа Google/,
    ],
    [
      'a validation whose values are null',
      { kind: 'validation', key: '2:2', value: rule({ values: null }) },
      /значения списка — не список строк/,
    ],
    [
      'a validation of an unknown kind',
      { kind: 'validation', key: '2:2', value: JSON.stringify({ kind: 'formula' }) },
      /вид проверки данных «formula» неизвестен/,
    ],
    ['a validation cell that is no row:column', { kind: 'validation', key: 'B2', value: rule({}) }, /ячейка «B2» — не «строка:столбец»/],
    [
      'a validation with a number for allowInvalid',
      { kind: 'validation', key: '2:2', value: rule({ allowInvalid: 1 }) },
      /allowInvalid — не true\/false/,
    ],
    [
      'a list of a million items',
      { kind: 'validation', key: '2:2', value: rule({ values: Array.from({ length: 10_001 }, (_, i) => String(i)) }) },
      /в списке 10001 значений/,
    ],
    ['a value that is no JSON', { kind: 'metadata', key: 'k', value: '{не json' }, /значение — не JSON/],
    ['metadata holding a number', { kind: 'metadata', key: 'k', value: '42' }, /значение метаданных — не текст/],
    ['a property holding an object', { kind: 'property', key: 'k', value: '{"a":1}' }, /значение свойства — не текст/],
    [
      'a protection over A1:ZZZZ9',
      { kind: 'protection', key: '', value: JSON.stringify({ range: 'A1:ZZZZ9', description: '' }) },
      /диапазон защиты «A1:ZZZZ9» — не A1/,
    ],
    [
      'a protection over twenty million cells',
      { kind: 'protection', key: '', value: JSON.stringify({ range: 'A1:B10000000' }) },
      /за пределами любого листа Google/,
    ],
    [
      'a protection whose editors are no list',
      { kind: 'protection', key: '', value: JSON.stringify({ editors: 'all' }) },
      /редакторы защиты — не список строк/,
    ],
    [
      'a chart of an unknown type',
      { kind: 'chart', key: '', value: JSON.stringify({ type: 'pie3d', ranges: ['A1:B2'], position: { row: 1, column: 1 } }) },
      /тип диаграммы «pie3d» неизвестен/,
    ],
    [
      'a chart placed at row 0',
      { kind: 'chart', key: '', value: JSON.stringify({ type: 'bar', ranges: ['A1:B2'], position: { row: 0, column: 1 } }) },
      /строка диаграммы — не целое число от 1/,
    ],
    ['a sheet id that is no number', { kind: 'metadata', key: 'k', value: '"v"', sheetId: 'abc' }, /номер листа «abc» — не число/],
    [
      'a sheet name of 200 characters',
      { kind: 'sheet-name', key: '', value: JSON.stringify('Я'.repeat(200)) },
      /имя листа пустое или длиннее 100 знаков/,
    ],
  ])('%s', async (_, row, why) => {
    const started = Date.now();
    const message = await refusal(await craftedBook(row));
    expect(message).toMatch(why);
    expect(message.length).toBeLessThan(400);
    expect(Date.now() - started).toBeLessThan(20_000); // a refusal, not 110 s of growing the grid
  });
});

describe('rows that are used or skipped', () => {
  it('a good row is used', async () => {
    const wb = await readXlsx(await craftedBook({ kind: 'validation', key: '2:3', value: rule({}) }));
    expect(wb.sheet('План')!.cell(2, 3)?.validation).toEqual({
      kind: 'list',
      values: ['Да', 'Нет, не так'],
      showDropdown: true,
      allowInvalid: true,
    });
  });

  it("a validation inside Google's limits but outside the sheet's grid is dropped, the grid not grown", async () => {
    const wb = await readXlsx(await craftedBook({ kind: 'validation', key: '5000000:2', value: rule({}) }));
    const sheet = wb.sheet('План')!;
    expect(sheet.rows.length).toBe(2);
    expect(sheet.maxRows).toBe(1000);
  });

  it('a row of a kind a later version writes is skipped', async () => {
    const wb = await readXlsx(await craftedBook({ kind: 'filter', key: 'A1:C9', value: '{"x":1}' }));
    expect(wb.sheet('План')!.metadata).toEqual([]);
  });

  it('a row of a sheet no longer in the book is skipped', async () => {
    const wb = await readXlsx(await craftedBook({ kind: 'validation', key: '99999999:99999', value: 'null', sheetId: '12345' }));
    expect(wb.sheets.map((s) => s.name)).toEqual(['План']);
  });
});

describe('the CLI on a crafted file', () => {
  it('klaster calendar answers in one Russian line with exit 2, in seconds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klaster-meta-'));
    const path = join(dir, 'план.xlsx');
    writeFileSync(path, await craftedBook({ kind: 'validation', key: '2:2', value: rule({ values: null }) }));
    const r = await runKlaster('calendar', path, '-o', join(dir, 'итог.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Служебный лист _klaster_meta повреждён \(строка 2, «validation» листа «План»\): значения списка — не список строк\./,
    );
    expect(r.err.split('\n')).toHaveLength(1);
  });
});
