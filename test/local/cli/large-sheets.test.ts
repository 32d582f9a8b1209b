/**
 * Hostile workbooks for `klaster check`: a stray cell at XFD1048576, validations over whole columns,
 * sheets beyond Google Sheets' 10 million cells. Reading follows the cells the file holds, never the
 * sheet's nominal size (before: 8 minutes, then out of memory); the suite's timeout bounds each run.
 */
import { mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/local/cli/main';
import { readXlsx } from '../../../src/local/xlsx';
import { clipSheetXml, dataBound } from '../../../src/local/xlsx/huge-ranges';

const dir = mkdtempSync(join(tmpdir(), 'klaster-large-'));

const PLAN = [
  ['Мероприятие', 'Сроки', 'Ответственные'],
  ['Семинар «Инженерные классы»', 'Март 2024', 'Третьякова Т.В.'],
  ['Фестиваль проектов', '15.04.2024', 'Петухов Е.А.'],
];

/** A plan sheet built with exceljs, then `extra` for the hostile part; returns the file path. */
async function book(name: string, extra: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План');
  for (const row of PLAN) ws.addRow(row);
  extra(ws, wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

async function check(path: string): Promise<{ code: number; out: string; err: string }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  try {
    const code = await runCli(['check', path], (line) => lines.push(line));
    return { code, out: lines.join('\n'), err: errors.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('klaster check on hostile workbooks', () => {
  it('a formatted empty cell at XFD1048576: the plan is checked as if it were not there', async () => {
    const path = await book('формат-далеко.xlsx', (ws) => {
      ws.getCell('XFD1048576').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const r = await check(path);
    expect(r.err).toBe('');
    expect(r.out).toBe('План: мероприятий 2, замечаний 0\nПлан: ответственные (столбец C): 2 мероприятия, 2 участника, замечаний 0');
    expect(r.code).toBe(0);
    const sheet = (await readXlsx(path)).sheet('План')!;
    expect([sheet.lastRow(), sheet.lastColumn(), sheet.maxRows, sheet.maxColumns]).toEqual([3, 3, 1000, 26]);
  });

  it('a value at XFD1048576: a clear Russian message naming where the data ends, exit 2', async () => {
    const path = await book('значение-далеко.xlsx', (ws) => {
      ws.getCell('XFD1048576').value = 'x';
    });
    const r = await check(path);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Лист «План» больше, чем допускают Google Таблицы: данные доходят до строки 1 048 576 и столбца XFD ' +
        '(1 048 576 × 16 384 = 17 179 869 184 ячеек, а в таблице не больше 10 000 000). ' +
        'Удалите лишние ячейки далеко за таблицей и сохраните файл снова.',
    );
    expect(r.out).toBe('');
  });

  it('a sheet just over 10 million cells (A1…Z384616) is refused; one just under is read', async () => {
    const over = await book('больше-лимита.xlsx', (ws) => {
      ws.getCell('Z384616').value = 1; // 26 × 384 616 = 10 000 016
    });
    const r = await check(over);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Лист «План» больше, чем допускают Google Таблицы: данные доходят до строки 384 616 и столбца Z \(384 616 × 26 = 10 000 016 ячеек/,
    );

    const under = await book('меньше-лимита.xlsx', (ws) => {
      ws.getCell('Z384615').value = 1; // 9 999 990
    });
    const sheet = (await readXlsx(under)).sheet('План')!;
    expect([sheet.lastRow(), sheet.lastColumn()]).toEqual([384615, 26]);
  });

  it('two sheets within the limit each, over it together: the book is refused', async () => {
    const path = await book('две-большие.xlsx', (ws, wb) => {
      ws.getCell('J600000').value = 1; // 6 000 000
      wb.addWorksheet('Архив').getCell('J500000').value = 1; // 5 000 000
    });
    const r = await check(path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Книга .*две-большие\.xlsx больше, чем допускают Google Таблицы: на листах с данными 11 000 000 ячеек/);
  });

  it('a dropdown over whole columns (A2:C1048576) and a far merge: checked normally, the rule kept where it can matter', async () => {
    const path = await book('список-на-столбец.xlsx', (ws) => {
      (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('A2:C1048576', {
        type: 'list',
        allowBlank: true,
        formulae: ['"да,нет"'],
      });
      ws.mergeCells('XFA1048570:XFD1048576');
    });
    const r = await check(path);
    expect(r.out).toBe('План: мероприятий 2, замечаний 0\nПлан: ответственные (столбец C): 2 мероприятия, 2 участника, замечаний 0');
    const sheet = (await readXlsx(path)).sheet('План')!;
    expect(sheet.cell(1000, 3)?.validation).toMatchObject({ kind: 'list', values: ['да', 'нет'] });
    expect(sheet.cell(1001, 1)).toBeUndefined();
    expect(sheet.merges).toEqual([]);
  });

  it('a dropdown on the whole sheet and a merge over a million rows (patched into the XML): checked normally', async () => {
    const plain = await book('весь-лист.xlsx', () => {});
    const zip = await JSZip.loadAsync(await readFile(plain));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const hostile = xml.replace(
      '</sheetData>',
      '</sheetData><mergeCells count="1"><mergeCell ref="E5:Z1048576"/></mergeCells>' +
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"да,нет"</formula1></dataValidation></dataValidations>',
    );
    expect(hostile).not.toBe(xml);
    zip.file('xl/worksheets/sheet1.xml', hostile);
    const path = join(dir, 'весь-лист-враждебный.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'uint8array' }));
    const r = await check(path);
    expect(r.out).toBe('План: мероприятий 2, замечаний 0\nПлан: ответственные (столбец C): 2 мероприятия, 2 участника, замечаний 0');
    const sheet = (await readXlsx(path)).sheet('План')!;
    expect(sheet.merges).toEqual(['E5:Z1000']);
    expect(sheet.cell(1000, 26)?.validation).toMatchObject({ kind: 'list', values: ['да', 'нет'] });
    expect(sheet.cell(1000, 27)).toBeUndefined();
  });
});

describe('clipSheetXml', () => {
  const sheet = (cells: string, tail: string) =>
    `<worksheet><dimension ref="A1:XFD1048576"/><sheetData>${cells}</sheetData>${tail}</worksheet>`;
  const cells = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="AB1" s="2"/></row><row r="1500"><c r="C1500"><f>A1</f><v>1</v></c></row>';

  it('the bound is the cells with a value or a formula, at least 1000 × 26; a styled empty cell does not count', () => {
    expect(dataBound(sheet(cells, ''))).toEqual({ rows: 1500, columns: 26 });
    expect(dataBound(sheet('<row r="3"><c r="AD3" t="inlineStr"><is><t>x</t></is></c></row>', ''))).toEqual({ rows: 1000, columns: 30 });
  });

  it.each([
    [
      'a whole-column rule',
      '<dataValidation type="list" sqref="B2:B1048576"><formula1>"a"</formula1></dataValidation>',
      'sqref="B2:B1500"',
    ],
    [
      'several refs, one outside',
      '<dataValidation type="list" sqref="A1 C2:XFD1048576 AA5:AC9"><formula1>"a"</formula1></dataValidation>',
      'sqref="A1 C2:Z1500"',
    ],
    ['a merge over a million rows', '<mergeCell ref="D2:E1048576"/>', '<mergeCell ref="D2:E1500"/>'],
  ])('%s is clipped', (_, element, expected) => {
    const out = clipSheetXml(sheet(cells, element));
    expect(out).toContain(expected);
    expect(out).toContain('<dimension ref="A1:XFD1048576"/>');
  });

  it('a rule or merge wholly outside the data disappears; one inside stays as it was', () => {
    expect(clipSheetXml(sheet(cells, '<dataValidation type="list" sqref="AB2000:AC3000"/><mergeCell ref="XFA1048570:XFD1048576"/>'))).toBe(
      sheet(cells, ''),
    );
    const inside = sheet(
      cells,
      '<dataValidation type="list" sqref="A2:B40"><formula1>"a"</formula1></dataValidation><mergeCell ref="A1:C1"/>',
    );
    expect(clipSheetXml(inside)).toBe(inside);
  });
});
