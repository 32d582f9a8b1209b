/**
 * LibreOffice Calc checks every workbook the CLI writes: each command that writes runs on the sample workbook,
 * LibreOffice opens the results (one start for all of them), recalculates every formula and saves them again.
 * Its values must be ours, its totals the add-on's own figures, and the CLI must take its files back: our
 * generated sheets, markers and protections recognised, nothing rebuilt under a «(2)» name.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBudgetTables } from '../../../src/core/budget';
import { COL } from '../../../src/core/checklist';
import { readXlsx, workbookFromSpec, writeXlsx, type SheetModel, type Workbook } from '../../../src/local/emulator';
import { sampleWorkbook } from '../../../sample/workbook';
import { sessionOver } from '../../support/bundle';
import { runKlaster } from '../../support/cli';
import { libreOfficeAvailable, recalculateInLibreOffice } from '../../support/libreoffice';

/** Every CLI command that writes a workbook, with the arguments a user would give. */
const COMMANDS: [name: string, args: string[]][] = [
  ['budget', []],
  ['monitoring', ['--round', 'Входной, октябрь 2022']],
  ['calendar', ['--month', '2023-03']],
  ['agenda', ['--month', '2023-03']],
  ['workload', []],
];
const SUMMARY = 'Бюджет — свод';
const MONITORING = 'Мониторинг — сводка';

const dir = mkdtempSync(join(tmpdir(), 'klaster-lo-'));
const sample = join(dir, 'пример.xlsx');
const canary = join(dir, 'проверка-пересчёта.xlsx');
/** command → [the CLI's workbook, the same saved by LibreOffice] */
const books = new Map<string, { ours: Workbook; oursPath: string; theirs: Workbook; theirsPath: string }>();
let canaryBack: ExcelJS.Workbook;

describe.skipIf(!libreOfficeAvailable())('LibreOffice Calc opens, recalculates and saves every workbook the CLI writes', () => {
  beforeAll(async () => {
    await writeXlsx(workbookFromSpec(sampleWorkbook()), sample);
    // a formula whose cached result is wrong: LibreOffice must show 3, proving it recalculated on load
    const c = new ExcelJS.Workbook();
    const ws = c.addWorksheet('Проверка');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = { formula: 'A1+2', result: 999 };
    await c.xlsx.writeFile(canary);

    const written: string[] = [];
    for (const [name, args] of COMMANDS) {
      const out = join(dir, `${name}.xlsx`);
      const r = await runKlaster(name, sample, '-o', out, ...args);
      expect(r.err, name).toBe('');
      expect(r.code, name).toBe(0);
      written.push(out);
    }
    const [canaryOut, ...converted] = await recalculateInLibreOffice([canary, ...written]);
    canaryBack = new ExcelJS.Workbook();
    await canaryBack.xlsx.readFile(canaryOut!);
    for (const [i, [name]] of COMMANDS.entries()) {
      books.set(name, {
        ours: await readXlsx(written[i]!),
        oursPath: written[i]!,
        theirs: await readXlsx(converted[i]!),
        theirsPath: converted[i]!,
      });
    }
  }, 300_000);

  it('recalculates on load (a stale cached result is replaced)', () => {
    expect(canaryBack.getWorksheet('Проверка')!.getCell('A2').value).toEqual({ formula: 'A1+2', result: 3 });
  });

  it('computes every cell to the value the CLI wrote, formulas included', () => {
    const report: Record<string, { sheets: number; cells: number; formulas: number; differ: string[] }> = {};
    for (const [name, { ours, theirs }] of books) {
      const r = (report[name] = { sheets: ours.sheets.length, cells: 0, formulas: 0, differ: [] as string[] });
      expect(
        theirs.sheets.map((s) => s.name),
        name,
      ).toEqual(ours.sheets.map((s) => s.name));
      for (const sheet of ours.sheets) {
        const other = theirs.sheet(sheet.name)!;
        eachCell(sheet, other, (a, b, where) => {
          r.cells++;
          if (a?.formula) r.formulas++;
          if (!sameValue(a?.value ?? '', b?.value ?? ''))
            r.differ.push(`${sheet.name}!${where}: ${String(a?.value)} ≠ ${String(b?.value)}`);
        });
      }
    }
    for (const r of Object.values(report)) expect(r.differ).toEqual([]);
    expect(report.budget!.formulas).toBeGreaterThan(40);
  });

  it('«Бюджет — свод»: each source’s «Итого» and the grand total per year are the add-on’s own BUDGET_TOTAL figures', async () => {
    const { theirs } = books.get('budget')!;
    const s = await sessionOver(sampleWorkbook());
    const tables = ['Бюджет', 'Бюджет СОШ № 117', 'Бюджет Лицей № 130'].flatMap((name) => {
      const values = s.globals.SpreadsheetApp.getActive().getSheetByName(name)!.getDataRange().getValues();
      return findBudgetTables(values).map((table) => ({ values, factor: table.unit.factor }));
    });
    expect(tables).toHaveLength(3);
    const addOn = (year: number, source?: string) =>
      tables.reduce(
        (sum, t) => sum + (s.customFunction('BUDGET_TOTAL', t.values as never, year, ...(source ? [source] : [])) as number) * t.factor,
        0,
      );

    const summary = theirs.sheet(SUMMARY)!;
    const years = [2023, 2024, 2025];
    const rowOf = (label: string, source = '') => {
      for (let r = 1; r <= summary.lastRow(); r++)
        if (summary.cell(r, 1)?.value === label && (summary.cell(r, 2)?.value ?? '') === source) return r;
      throw new Error(`no row ${label} ${source}`);
    };
    const checked: [string, number, number][] = [];
    for (const [label, source] of [
      ['Итого', 'Бюджетные средства ОО'],
      ['Итого', 'Внебюджетные средства ОО'],
      ['Всего по всем источникам', ''],
    ] as const) {
      const r = rowOf(label, source);
      years.forEach((year, j) =>
        checked.push([`${label} ${source} ${year}`, summary.cell(r, 3 + j)!.value as number, addOn(year, source || undefined)]),
      );
    }
    for (const [what, lo, ours] of checked) expect(lo, what).toBeCloseTo(ours, 6);
    // 004's own table plus the two schools: 2023 = 250 000 + 80 000 (80,0 thousand) + 60 000
    expect(summary.cell(rowOf('Всего по всем источникам'), 3)!.value).toBe(390000);
  });

  it('«Мониторинг — сводка»: each school’s score is CHECKLIST_SCORE of its tab', async () => {
    const { theirs } = books.get('monitoring')!;
    const summary = theirs.sheet(MONITORING)!;
    const s = await sessionOver(sampleWorkbook());
    const header = findRow(summary, (r) => summary.cell(r, 1)?.value === 'Школа' && summary.cell(r, 2)?.value === 'Балл');
    const scores: [string, number, number][] = [];
    for (const [school, tab] of [
      ['МАОУ «СОШ № 117» г. Перми', 'СОШ № 117'],
      ['МАОУ «СОШ № 27» г. Перми', 'СОШ № 27'],
    ] as const) {
      const r = findRow(summary, (row) => row > header && summary.cell(row, 1)?.value === school);
      const values = s.globals.SpreadsheetApp.getActive().getSheetByName(tab)!.getDataRange().getValues();
      const first = values.findIndex((row) => row[COL.answer] === 'Ответ') + 1;
      const column = (c: number) => values.slice(first).map((row) => [row[c]]);
      scores.push([
        school,
        summary.cell(r, 2)!.value as number,
        s.customFunction('CHECKLIST_SCORE', column(COL.answer) as never, column(COL.weight) as never) as number,
      ]);
    }
    for (const [school, lo, ours] of scores) expect(lo, school).toBeCloseTo(ours, 2);
  });

  it('a workbook LibreOffice saved is taken back: ids, markers, protections and charts kept, nothing rebuilt as «(2)»', async () => {
    const facts = (b: Workbook) =>
      b.sheets.map((s) => [
        s.name,
        s.metadata.map((m) => `${m.key}=${m.value}`).sort(),
        s.protections.map((p) => p.editors.join(',')),
        s.charts.length,
      ]);
    for (const [name, args] of COMMANDS) {
      const { ours, oursPath, theirs, theirsPath } = books.get(name)!;
      expect(
        theirs.sheets.map((s) => s.id),
        name,
      ).toEqual(ours.sheets.map((s) => s.id));
      expect(facts(theirs), name).toEqual(facts(ours));

      // the same command again, on our file and on LibreOffice's: the same sheets come out (a round is fixed once:
      // the next run fixes the next one)
      const next = name === 'monitoring' ? ['--round', 'Промежуточный, январь 2023'] : args;
      const rebuilt: Workbook[] = [];
      for (const [from, to] of [
        [oursPath, `${name}-снова-наш.xlsx`],
        [theirsPath, `${name}-снова-lo.xlsx`],
      ] as const) {
        const r = await runKlaster(name, from, '-o', join(dir, to), ...next);
        expect(r.err, name).toBe('');
        expect(r.code, name).toBe(0);
        rebuilt.push(await readXlsx(join(dir, to)));
      }
      expect(
        rebuilt[1]!.sheets.map((s) => s.name),
        name,
      ).toEqual(ours.sheets.map((s) => s.name));
      expect(facts(rebuilt[1]!), name).toEqual(facts(rebuilt[0]!));
    }
  }, 120_000);
});

function findRow(sheet: SheetModel, test: (row: number) => boolean): number {
  for (let r = 1; r <= sheet.lastRow(); r++) if (test(r)) return r;
  throw new Error(`no such row on ${sheet.name}`);
}

function eachCell(
  a: SheetModel,
  b: SheetModel,
  visit: (x: ReturnType<SheetModel['cell']>, y: ReturnType<SheetModel['cell']>, where: string) => void,
): void {
  const rows = Math.max(a.lastRow(), b.lastRow());
  const columns = Math.max(a.lastColumn(), b.lastColumn());
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) visit(a.cell(r, c), b.cell(r, c), `R${r}C${c}`);
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  return x === y;
}
