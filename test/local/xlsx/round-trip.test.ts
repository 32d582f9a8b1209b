import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbook } from '../../../src/local/emulator/workbook';
import { META_SHEET_NAME, readXlsx, workbookFromSpec, writeXlsx, writeXlsxBuffer } from '../../../src/local/xlsx';

const spec = {
  name: 'Кластер',
  documentProperties: { settings: '{"year":2022}', 'klaster.version': '1' },
  sheets: [
    {
      name: 'План мероприятий',
      rows: [
        ['Мероприятие', 'Сроки', 'Дата', 'Ответственный', 'Сумма', 'Итого'],
        ['Педсовет', 'До 26.09.2022', new Date(2022, 8, 26), 'Иванова И.И.', 1234.5, { formula: '=E2*2', value: 2469 }],
        ['Олимпиада', 'Октябрь 2022', new Date(2022, 9, 3, 14, 30), 'Петров П.П.', 0, { formula: '=1/0', value: '#DIV/0!' }],
        ['Семинар', 'В течение года', '', '', true, '=SUM(E2:E3)'],
      ],
      frozenRows: 1,
      frozenColumns: 2,
      columnWidths: [240, 120],
      notes: { A1: 'Лист заполняет координатор', F4: 'проверить' },
      backgrounds: { 'A1:F1': '#CFE2F3', D4: '#fff2cc' },
      bold: ['A1:F1'],
      numberFormats: { E2: '#,##0.00', C2: 'dd.mm.yyyy' },
      validations: [
        { range: 'D2:D5', list: ['Иванова И.И.', 'Петров П.П.'] },
        { range: 'G2:G3', list: ['Да', 'Нет', 'Частично, с замечаниями'], allowInvalid: true },
      ],
      merges: ['H1:I1'],
      metadata: { 'klaster.generated': 'calendar' },
      protections: [{ range: 'A1:F1', description: 'Шапка', editors: ['coordinator@example.com'] }],
      tabColor: '#FF9900',
    },
    { name: 'Архив', rows: [['Школа'], ['МБОУ СОШ №1']], hidden: true },
  ],
};

let dir: string;
let back: Workbook;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'klaster-xlsx-'));
  const original = workbookFromSpec(spec);
  original.metadata.push({ id: 1, key: 'klaster.spreadsheet', value: 'v1' });
  await writeXlsx(original, join(dir, 'plan.xlsx'));
  back = await readXlsx(join(dir, 'plan.xlsx'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const plan = () => back.sheet('План мероприятий')!;

describe('xlsx round trip', () => {
  it('keeps sheets in order, the workbook name from the file, and hides the meta sheet', () => {
    expect(back.name).toBe('plan');
    expect(back.sheets.map((s) => s.name)).toEqual(['План мероприятий', 'Архив']);
    expect(back.sheet(META_SHEET_NAME)).toBeUndefined();
    expect(back.sheet('Архив')!.hidden).toBe(true);
    expect(plan().hidden).toBe(false);
  });

  it('keeps values of every type', () => {
    const row = (r: number) => [1, 2, 4, 5].map((c) => plan().cell(r, c)?.value);
    expect(row(1)).toEqual(['Мероприятие', 'Сроки', 'Ответственный', 'Сумма']);
    expect(row(2)).toEqual(['Педсовет', 'До 26.09.2022', 'Иванова И.И.', 1234.5]);
    expect(plan().cell(4, 5)?.value).toBe(true);
    expect(plan().cell(4, 3)).toBeUndefined();
  });

  it('reads dates as local dates with the same wall clock', () => {
    const d = plan().cell(2, 3)!.value as Date;
    expect(d).toBeInstanceOf(Date);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2022, 8, 26, 0]);
    expect(d.getTime()).toBe(new Date(2022, 8, 26).getTime());
    const t = plan().cell(3, 3)!.value as Date;
    expect([t.getDate(), t.getHours(), t.getMinutes()]).toEqual([3, 14, 30]);
  });

  it('keeps formulas with their cached results, errors as the error string', () => {
    expect(plan().cell(2, 6)).toMatchObject({ formula: '=E2*2', value: 2469 });
    expect(plan().cell(3, 6)).toMatchObject({ formula: '=1/0', value: '#DIV/0!' });
    expect(plan().cell(4, 6)).toMatchObject({ formula: '=SUM(E2:E3)', value: '' });
  });

  it('keeps number formats, giving unformatted dates a dd.mm.yyyy format', () => {
    expect(plan().cell(2, 5)!.numberFormat).toBe('#,##0.00');
    expect(plan().cell(2, 3)!.numberFormat).toBe('dd.mm.yyyy');
    expect(plan().cell(3, 3)!.numberFormat).toBe('dd.mm.yyyy hh:mm:ss');
    expect(plan().cell(2, 1)!.numberFormat).toBeUndefined();
  });

  it('keeps notes, also on empty cells', () => {
    expect(plan().cell(1, 1)!.note).toBe('Лист заполняет координатор');
    expect(plan().cell(4, 6)!.note).toBe('проверить');
  });

  it('keeps backgrounds and bold', () => {
    expect(plan().cell(1, 6)).toMatchObject({ background: '#cfe2f3', bold: true });
    expect(plan().cell(4, 4)).toMatchObject({ background: '#fff2cc' });
    expect(plan().cell(2, 1)!.bold).toBeUndefined();
  });

  it('keeps validation lists, also with commas in values and on empty cells', () => {
    expect(plan().cell(5, 4)!.validation).toEqual({
      kind: 'list',
      values: ['Иванова И.И.', 'Петров П.П.'],
      showDropdown: true,
      allowInvalid: false,
    });
    expect(plan().cell(3, 7)!.validation).toMatchObject({
      values: ['Да', 'Нет', 'Частично, с замечаниями'],
      allowInvalid: true,
    });
  });

  it('keeps frozen panes, merges, column widths and the tab colour', () => {
    expect([plan().frozenRows, plan().frozenColumns]).toEqual([1, 2]);
    expect(plan().merges).toEqual(['H1:I1']);
    expect(plan().columnWidths.slice(0, 2)).toEqual([240, 120]);
    expect(plan().tabColor).toBe('#ff9900');
  });

  it('keeps developer metadata, protections and document properties', () => {
    expect(plan().metadata.map((m) => [m.key, m.value])).toEqual([['klaster.generated', 'calendar']]);
    expect(back.metadata.map((m) => [m.key, m.value])).toEqual([['klaster.spreadsheet', 'v1']]);
    expect(plan().protections).toMatchObject([{ range: 'A1:F1', description: 'Шапка', editors: ['coordinator@example.com'] }]);
    expect(back.documentProperties).toEqual({ settings: '{"year":2022}', 'klaster.version': '1' });
  });

  it('stores the meta sheet as a very hidden sheet that Excel users do not see', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsxBuffer(back)) as never);
    expect(book.getWorksheet(META_SHEET_NAME)?.state).toBe('veryHidden');
  });

  it('writes no meta sheet when there is nothing to keep', async () => {
    const book = new ExcelJS.Workbook();
    const bytes = await writeXlsxBuffer(workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [['Школа']] }] }));
    await book.xlsx.load(bytes as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Лист1']);
  });

  it('reads merged cells as Sheets does: the value in the top-left cell only', async () => {
    const wb = workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [['Школа №5', 'x']], merges: ['A1:B1'] }] });
    const read = await readXlsx(await writeXlsxBuffer(wb));
    expect(read.sheets[0]!.merges).toEqual(['A1:B1']);
    expect(read.sheets[0]!.cell(1, 1)!.value).toBe('Школа №5');
    expect(read.sheets[0]!.cell(1, 2)?.value ?? '').toBe('');
  });
});
