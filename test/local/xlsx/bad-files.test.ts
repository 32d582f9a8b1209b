import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { META_SHEET_NAME, readXlsx, workbookFromSpec, WorkbookError, writeXlsxBuffer } from '../../../src/local/xlsx';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klaster-bad-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(source: string | Uint8Array): Promise<WorkbookError> {
  const error = await readXlsx(source).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

describe('readXlsx refuses bad input with a Russian message', () => {
  it('a missing file', async () => {
    const path = join(dir, 'нет-такого.xlsx');
    expect((await failure(path)).message).toBe(`Файл не найден: ${path}`);
  });

  it('a text file named .xlsx', async () => {
    const path = await fileWith('школы.xlsx', 'Школа;Сроки\nМБОУ СОШ №1;До 26.09.2022\n');
    expect((await failure(path)).message).toBe(`Файл ${path} не является книгой Excel (.xlsx)`);
  });

  it('a zero-byte file', async () => {
    const path = await fileWith('пусто.xlsx', '');
    expect((await failure(path)).message).toMatch(/не является книгой Excel \(\.xlsx\): файл пуст/);
  });

  it('an old .xls file', async () => {
    const path = await fileWith('старый.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect((await failure(path)).message).toMatch(/старый формат \.xls/);
  });

  it('a corrupt zip', async () => {
    const good = await writeXlsxBuffer(workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [['a']] }] }));
    const broken = good.subarray(0, Math.floor(good.length / 2));
    expect((await failure(broken)).message).toMatch(/повреждён или не является книгой Excel/);
  });

  it('a directory', async () => {
    expect((await failure(dir)).message).toMatch(/^Файл не найден/);
  });

  it('a workbook whose only sheet is the meta sheet', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' }).addRow(['kind', 'sheet', 'key', 'value']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect((await failure(bytes)).message).toBe('В книге нет ни одного листа');
  });

  it('a spec with no sheets or a bad range', () => {
    expect(() => workbookFromSpec({ sheets: [] })).toThrow(WorkbookError);
    expect(() => workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [], merges: ['A1:'] }] })).toThrow(
      'Лист «Лист1»: непонятный диапазон «A1:»',
    );
  });

  it('a sheet name Excel cannot hold is saved under one it can, and read back under its own', async () => {
    const wb = workbookFromSpec({ sheets: [{ name: 'План/факт', rows: [['a']] }] });
    const back = await readXlsx(await writeXlsxBuffer(wb));
    expect(back.sheets.map((s) => s.name)).toEqual(['План/факт']);
  });
});

describe('readXlsx loads what the add-on itself must complain about', () => {
  it('formula errors and merges load fine', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Бюджет');
    ws.getCell('A1').value = 'Итого';
    ws.getCell('B1').value = { formula: 'VLOOKUP(A1,C:D,2,0)', result: { error: '#N/A' } };
    ws.getCell('B2').value = { formula: 'Лист9!A1', result: { error: '#REF!' } };
    ws.getCell('B3').value = { error: '#VALUE!' };
    ws.mergeCells('A5:C5');
    const read = await readXlsx(Buffer.from(await book.xlsx.writeBuffer()));
    const sheet = read.sheets[0]!;
    expect(sheet.cell(1, 2)).toMatchObject({ value: '#N/A', formula: '=VLOOKUP(A1,C:D,2,0)' });
    expect(sheet.cell(2, 2)).toMatchObject({ value: '#REF!' });
    expect(sheet.cell(3, 2)!.value).toBe('#VALUE!');
    expect(sheet.merges).toEqual(['A5:C5']);
  });
});
