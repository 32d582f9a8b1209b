/** `npx klaster budget` and the budget part of `klaster check`, on the sample workbook saved as .xlsx. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKlaster } from '../../support/cli';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { sampleWorkbook } from '../../../sample/workbook';

const dir = mkdtempSync(join(tmpdir(), 'klaster-budget-cli-'));
const book = join(dir, 'бюджеты.xlsx');
const none = join(dir, 'пусто.xlsx');
const single = join(dir, 'смета.xlsx');

const run = runKlaster;

beforeAll(async () => {
  await writeXlsx(workbookFromSpec(sampleWorkbook()), book);
  await writeXlsx(
    workbookFromSpec({
      sheets: [
        {
          name: 'Лист1',
          rows: [
            ['Мероприятие', 'Сроки'],
            ['Педсовет', 'сентябрь'],
          ],
        },
      ],
    }),
    none,
  );
  const rows = [
    ['Статья расходов', 'Примечание', 'Сумма'],
    ['Канцелярские товары', 'бумага, ручки', 560],
    ['Призы', 'грамоты, книги', 1440],
    ['Итого', '', 2000],
  ];
  await writeXlsx(workbookFromSpec({ sheets: [{ name: 'Смета', rows }] }), single);
});

describe('klaster budget', () => {
  it('builds «Бюджет — свод» with its chart into -o, the units reconciled', async () => {
    const out = join(dir, 'свод.xlsx');
    const r = await run('budget', book, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Свод «Бюджет — свод» собран: 3 таблицы с 3 листов\.$/m);
    expect(r.out).toMatch(/«Бюджет СОШ № 117»: суммы в тыс\. руб\. пересчитаны в руб\./);
    const saved = await readXlsx(out);
    const sheet = saved.sheet('Бюджет — свод')!;
    expect(sheet.cell(2, 1)!.value).toBe('Статья затрат');
    expect(sheet.charts).toHaveLength(1);
    // every formula is saved with its result, so any program shows the numbers before it recalculates
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(out);
    const results: unknown[] = [];
    raw.getWorksheet('Бюджет — свод')!.eachRow((row) => row.eachCell((cell) => void (cell.formula && results.push(cell.result))));
    expect(results.length).toBeGreaterThan(40);
    expect(results.every((r) => typeof r === 'number')).toBe(true);
  });

  it('--sheet: one tab; a book without budget tables: a Russian message and exit code 2', async () => {
    const one = await run('budget', book, '--sheet', 'Бюджет Лицей № 130', '--json');
    expect(JSON.parse(one.out).built[0].message).toMatch(/1 таблица с 1 листа/);
    const r = await run('budget', none, '-o', join(dir, 'x.xlsx'));
    expect(r.code).not.toBe(0);
    expect(r.err + r.out).toMatch(/Ни на одном листе не найдена таблица бюджета/);
  });

  it('check includes the budget findings: the planted slip of СОШ № 117, exit 1', async () => {
    const r = await run('check', book);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^Бюджет: Бюджет СОШ № 117!A2:G8: статей 4, замечаний 2$/m);
    expect(r.out).toMatch(
      /^ {2}E8 +ошибка +«Итого» \(Внебюджетные средства ОО\), 2024 год: итог не равен сумме 2 строк выше — ожидалось 100, указано 95, разница -5\./m,
    );
    expect(r.out).toMatch(/^Бюджет: Бюджет!A1:E7: статей 4, замечаний 1\n {2}C1 +сведения +Единица сумм не указана/m);
  });

  it("the column form as flags: --year and --unit on check and budget, --columns by the form's names, a name no job knows is exit 2", async () => {
    const asked = await run('check', single);
    expect(asked.out).toMatch(/^ {2}C1 +сведения +Год таблицы не указан .*--year\.$/m);
    expect(asked.out).toMatch(/^ {2}C1 +сведения +Единица сумм не указана/m);
    const chosen = await run('check', single, '--year', '2024', '--unit', 'тыс. руб.', '--columns', 'Статья=A,Сумма=C');
    expect(chosen.out).not.toMatch(/Год таблицы не указан|Единица сумм не указана/);
    expect(chosen.out).toMatch(/^Бюджет: Смета!A1:C4: статей 2, замечаний 0$/m);
    const out = join(dir, 'смета-свод.xlsx');
    const built = await run('budget', single, '--year', '2024', '--unit', 'тыс', '-o', out);
    expect(built.code).toBe(0);
    const sheet = (await readXlsx(out)).sheet('Бюджет — свод')!;
    expect(sheet.cell(1, 1)!.value).toMatch(/^Бюджет — свод, тыс\. руб\./);
    expect(sheet.cell(2, 3)!.value).toBe('2024');
    const unknown = await run('budget', single, '--columns', 'Сроки=B', '-o', join(dir, 'y.xlsx'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/нет столбца «Сроки»/);
    const badUnit = await run('budget', single, '--unit', 'литров', '-o', join(dir, 'z.xlsx'));
    expect(badUnit.code).toBe(2);
    expect(badUnit.err).toMatch(/«литров» — не единица сумм/);
  });
});
