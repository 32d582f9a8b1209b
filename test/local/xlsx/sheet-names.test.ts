/**
 * Sheet names Google holds and .xlsx does not (issue 14, item 3): the working copy and the CLI's output save them
 * under a name that fits and read them back under their own, so a save never fails because of a name.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx, workbookFromSpec, writeXlsxBuffer } from '../../../src/local/xlsx';
import { fileSheetNames } from '../../../src/local/xlsx/write-xlsx';

const NAMES = [
  'Муниципальное бюджетное общеобразовательное учреждение № 117', // 60 characters
  'СОШ 1/2',
  'Школа?',
  'ОУ: лицей',
  'Гимназия имени А. С. Пушкина №12', // 32 characters
  'Муниципальное общеобразовательное учреждение Лицей имени А. С. Пушкина',
  'Муниципальное общеобразовательное учреждение Лицей имени М. Ю. Лермонтова',
  "'Апостроф'",
  'History',
  '_klaster_meta',
];

/** The sheet names as the file itself lists them (workbook.xml). */
async function namesInFile(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

describe('names .xlsx cannot hold', () => {
  it('are saved under names that fit, and read back under their own, with their ids and metadata', async () => {
    const wb = workbookFromSpec({
      sheets: [{ name: 'План', rows: [['a']] }, ...NAMES.map((name, i) => ({ name, rows: [[`лист ${i}`]] }))],
    });
    wb.sheets[1]!.metadata.push({ id: 1, key: 'klaster.checklist.school', value: NAMES[0]! });
    const bytes = await writeXlsxBuffer(wb);
    const inFile = await namesInFile(bytes);
    const visible = inFile.filter((n) => n !== '_klaster_meta');
    expect(visible).toHaveLength(NAMES.length + 1);
    for (const name of visible) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
      expect(name.toLowerCase()).not.toBe('history');
    }
    expect(new Set(inFile.map((n) => n.toLowerCase())).size).toBe(inFile.length);
    expect(visible[0]).toBe('План'); // a name that fits is never changed

    const back = await readXlsx(bytes);
    expect(back.sheets.map((s) => s.name)).toEqual(['План', ...NAMES]);
    expect(back.sheets.map((s) => s.id)).toEqual(wb.sheets.map((s) => s.id));
    expect(back.sheets[1]!.metadata.map((m) => m.value)).toEqual([NAMES[0]]);
    expect(back.sheets.map((s) => s.cell(1, 1)?.value)).toEqual(['a', ...NAMES.map((_, i) => `лист ${i}`)]);
  });

  it('a valid name is kept even when a long one would shorten to it', () => {
    const wb = workbookFromSpec({
      sheets: [
        { name: 'Муниципальное бюджетное общеобразовательное учреждение № 117', rows: [] },
        { name: 'Муниципальное бюджетное… № 117', rows: [] },
      ],
    });
    const names = fileSheetNames(wb.sheets);
    expect(names.get(wb.sheets[1]!)).toBe('Муниципальное бюджетное… № 117');
    expect(names.get(wb.sheets[0]!)).toBe('Муниципальное… № 117 (2)');
  });

  it('a sheet renamed in Excel after the save keeps the name Excel gave it', async () => {
    const wb = workbookFromSpec({ sheets: [{ name: 'СОШ 1/2', rows: [['a']] }] });
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(wb));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace(/name="СОШ 1-2"/, 'name="Переименован"').replace("'СОШ 1-2'!", "'Переименован'!"));
    const back = await readXlsx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(back.sheets.map((s) => s.name)).toEqual(['Переименован']);
  });
});
