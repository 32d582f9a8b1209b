/**
 * The .xlsx reader and hostile archives (issue 14, items 4 and 8): sizes come from the central directory before
 * anything is inflated; an archive past 200 MB unpacked or packed more than 100 times is refused with the limits
 * stated; a directory that lies about its sizes is caught; a workbook missing a sheet's part is named, not
 * silently read without that sheet.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx, workbookFromSpec, WorkbookError, writeXlsxBuffer } from '../../../src/local/xlsx';
import { centralDirectory, checkZip, RATIO_LIMIT, UNPACKED_LIMIT } from '../../../src/local/xlsx/zip-limits';
import { sampleWorkbook } from '../../../sample/workbook';

/** A zip written by hand, so that sizes can be declared as a hostile file declares them. */
function zipOf(entries: { name: string; data: Buffer; declared?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const err = await readXlsx(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookError);
  const message = (err as Error).message;
  expect(message).not.toMatch(/\n|undefined|NaN/);
  return message;
}

describe('the central directory', () => {
  it('lists every entry of a workbook the writer made, with the sizes JSZip sees', async () => {
    const bytes = await writeXlsxBuffer(workbookFromSpec(sampleWorkbook()));
    const entries = centralDirectory(bytes)!;
    const zip = await JSZip.loadAsync(bytes);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(zip.files).sort());
    const check = checkZip(bytes);
    expect(check.ok).toBe(true);
    const sizes = await Promise.all(
      entries
        .filter((e) => !e.name.endsWith('/'))
        .map(async (e) => [e.uncompressedSize, (await zip.file(e.name)!.async('uint8array')).length]),
    );
    for (const [declared, real] of sizes) expect(declared).toBe(real);
  });

  it('is null for what is not a zip', () => {
    expect(centralDirectory(Buffer.from('PK\u0003\u0004 not really'))).toBeNull();
    expect(checkZip(Buffer.alloc(100)).ok).toBe(false);
  });
});

describe('archives past the limits are refused before they are inflated', () => {
  it('the limits are 200 MB unpacked and packing 100 times', () => {
    expect([UNPACKED_LIMIT, RATIO_LIMIT]).toEqual([200 * 1024 * 1024, 100]);
  });

  it("a directory declaring 400 MB unpacked (the issue's bomb: 433 KB → 400 MB) is refused by its sizes alone", async () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000, 'a'), declared: 400 * 1024 * 1024 },
    ]);
    const started = Date.now();
    const message = await refusal(bomb);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(message).toBe(
      'Файл из памяти не прочитан: распакованный, он занял бы 401 МБ, больше предела в 200 МБ. Разделите книгу на части. ' +
        'Пределы: 200 МБ в распакованном виде и сжатие не больше чем в 100 раз.',
    );
  });

  it('a real workbook packed a thousand times (two cells of 15 MB) is refused as a zip bomb', async () => {
    const cell = 'а'.repeat(7_500_000);
    const bytes = await writeXlsxBuffer(workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [[cell, `${cell}б`]] }] }));
    expect(bytes.length).toBeLessThan(500_000);
    const message = await refusal(bytes);
    expect(message).toMatch(
      /^Файл из памяти не прочитан: он сжат в [\d ]+ раз \(1 МБ → 29 МБ\), а настоящие книги сжаты не больше чем в 100 раз — файл похож на «zip-бомбу»\. Пределы: 200 МБ/,
    );
  });

  it('a directory that declares less than its entry inflates to is caught (inflation capped at the declared size)', async () => {
    const sheet = Buffer.from(`<worksheet>${'<row/>'.repeat(200_000)}</worksheet>`);
    const lying = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheet, declared: 100 }]);
    expect(checkZip(lying)).toMatchObject({ ok: false, reason: 'lied', entry: 'xl/worksheets/sheet1.xml' });
    expect(await refusal(lying)).toMatch(
      /^Файл из памяти не прочитан: часть «xl\/worksheets\/sheet1\.xml» распаковывается не в тот размер, что записан в архиве/,
    );
  });

  it('a sample-sized workbook reads as before', async () => {
    const wb = await readXlsx(await writeXlsxBuffer(workbookFromSpec(sampleWorkbook())));
    expect(wb.sheets.length).toBe(sampleWorkbook().sheets.length);
  });
});

describe("a workbook missing a sheet's part", () => {
  it('is refused, naming the sheet and the part, instead of being read without that sheet', async () => {
    const wb = workbookFromSpec({
      sheets: [
        { name: 'План', rows: [['a']] },
        { name: 'Бюджет', rows: [['b']] },
        { name: 'Итоги', rows: [['c']] },
      ],
    });
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(wb));
    zip.remove('xl/worksheets/sheet2.xml');
    const message = await refusal(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(message).toBe(
      'Файл из памяти повреждён: нет части листа «Бюджет» (xl/worksheets/sheet2.xml) — без него книга была бы прочитана не вся. Откройте файл в Excel или LibreOffice и сохраните его снова.',
    );
  });

  it('two missing parts are both named', async () => {
    const wb = workbookFromSpec({
      sheets: [
        { name: 'План', rows: [['a']] },
        { name: 'Бюджет', rows: [['b']] },
        { name: 'Итоги', rows: [['c']] },
      ],
    });
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(wb));
    zip.remove('xl/worksheets/sheet1.xml');
    zip.remove('xl/worksheets/sheet3.xml');
    expect(await refusal(await zip.generateAsync({ type: 'nodebuffer' }))).toMatch(
      /нет частей листов «План» \(xl\/worksheets\/sheet1\.xml\), «Итоги» \(xl\/worksheets\/sheet3\.xml\) — без них/,
    );
  });
});
