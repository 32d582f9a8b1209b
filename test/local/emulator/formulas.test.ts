/**
 * Formulas computed as Sheets computes them: getValues gives results, getFormulas the formulas, arrays spill
 * (and are blocked by data), the bundle's functions run in cells, and an .xlsx keeps every result.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../../src/local/emulator/services';
import { toStoredFormula, toTypedFormula } from '../../../src/local/emulator/formula-locale';
import { readXlsx, workbookFromSpec } from '../../../src/local/xlsx';
import { sessionOver } from '../../support/bundle';

function sheetWith(rows: unknown[][]) {
  const workbook = workbookFromSpec({
    sheets: [
      { name: 'Данные', rows: rows as never },
      {
        name: 'Бюджет СОШ № 117',
        rows: [
          ['', '', ''],
          ['', '', 15],
          ['', '', 25, 40],
        ],
      },
    ],
  });
  const env = createEnvironment({ workbook });
  return { env, workbook, sheet: env.globals.SpreadsheetApp.getActive().getSheetByName('Данные')! };
}

const DATA = [
  [1, 2, ''],
  [3, 4, ''],
  ['а', 5, ''],
  [new Date(2024, 0, 31), true, ''],
];

describe('formula results', () => {
  it.each([
    // what the budget summary writes
    ["='Бюджет СОШ № 117'!C2*1000+'Бюджет СОШ № 117'!C3*1000", 40000],
    ['=SUM(A1:B2)', 10],
    ['=SUM(A1:B3)', 15],
    ['=1+2', 3],
    ['=(1+2)*3%', 0.09],
    ['=2^10', 1024],
    ['=-A1', -1],
    // an empty cell: 0 beside a number, "" beside text, FALSE in a test
    ['=C1+1', 1],
    ['=C1=""', true],
    ['=C1=0', true],
    ['=IF(C1, "да", "нет")', 'нет'],
    ['=IF(B4, "да", "нет")', 'да'],
    ['=IF(A1>2, "много", "мало")', 'мало'],
    ['=A3&"-"&A1', 'а-1'],
    ['="а"+1', '#VALUE!'],
    ['=1/0', '#DIV/0!'],
    ['=IFERROR(1/0, "нет")', 'нет'],
    ['=SUMIFS(B1:B3, A1:A3, ">1")', 4],
    ['=COUNTIF(A1:A3, "а")', 1],
    ['=MAX(A1:B3)', 5],
    ['=COUNTA(A1:C4)', 8],
    ['=ROUND(2.345, 2)', 2.35],
    ['=VLOOKUP(3, A1:B3, 2, FALSE)', 4],
    ['=YEAR(A4)', 2024],
    ['=A4+1-A4', 1],
    ['=ROW()', 10],
    ['=ROWS(A1:B3)', 3],
    ['=UNKNOWN_FN(1)', '#NAME?'],
    ['=1+', '#ERROR!'],
    ["='Нет такого листа'!A1", '#REF!'],
  ])('%s → %s', (formula, expected) => {
    const { sheet } = sheetWith(DATA);
    sheet.getRange('E10').setFormula(formula);
    expect(sheet.getRange('E10').getValue()).toEqual(expected);
    expect(sheet.getRange('E10').getFormula()).toBe(formula);
  });

  it('a total follows the numbers a script writes in the same run, as Sheets recalculates before a read', () => {
    const { sheet } = sheetWith(DATA);
    sheet.getRange('D1').setFormula('=SUM(A1:A2)');
    expect(sheet.getRange('D1').getValue()).toBe(4);
    sheet.getRange('A1').setValue(10);
    expect(sheet.getRange('D1:D1').getValues()).toEqual([[13]]);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('13');
  });

  it('a formula over a formula is computed through, and a cycle is #REF! with Sheets’ explanation', () => {
    const { sheet, workbook } = sheetWith(DATA);
    sheet.getRange('D1:D2').setFormulas([['=D2*2'], ['=A2+1']]);
    expect(sheet.getRange('D1').getValue()).toBe(8);
    sheet.getRange('D3:D4').setFormulas([['=D4'], ['=D3']]);
    expect(sheet.getRange('D3:D4').getValues()).toEqual([['#REF!'], ['#REF!']]);
    expect(workbook.sheet('Данные')!.cell(3, 4)!.formulaError).toMatch(/^Circular dependency detected/);
  });
});

describe('array results spill like Sheets', () => {
  it('=A1:B2 fills the cells right and below; they hold values, not formulas', () => {
    const { sheet } = sheetWith(DATA);
    sheet.getRange('E1').setFormula('=A1:B2');
    expect(sheet.getRange('E1:F2').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(sheet.getRange('E1:F2').getFormulas()).toEqual([
      ['=A1:B2', ''],
      ['', ''],
    ]);
  });

  it('data in the way makes the formula #REF!; removing it lets the array spill again', () => {
    const { sheet, workbook } = sheetWith(DATA);
    sheet.getRange('F2').setValue('занято');
    sheet.getRange('E1').setFormula('=A1:B2');
    expect(sheet.getRange('E1:F2').getValues()).toEqual([
      ['#REF!', ''],
      ['', 'занято'],
    ]);
    expect(workbook.sheet('Данные')!.cell(1, 5)!.formulaError).toBe('Array result was not expanded because it would overwrite data in F2.');
    sheet.getRange('F2').clearContent();
    expect(sheet.getRange('F2').getValue()).toBe(4);
  });

  it('a value typed over a spilled cell blocks the spill; the formula removed, its spill goes too', () => {
    const { sheet } = sheetWith(DATA);
    sheet.getRange('E1').setFormula('=A1:B2');
    expect(sheet.getRange('F1').getValue()).toBe(2);
    sheet.getRange('F1').setValue(7);
    expect(sheet.getRange('E1:F1').getValues()).toEqual([['#REF!', 7]]);
    sheet.getRange('F1').clearContent();
    sheet.getRange('E1').setValue('текст');
    expect(sheet.getRange('E1:F2').getValues()).toEqual([
      ['текст', ''],
      ['', ''],
    ]);
  });
});

describe('formulas as typed in a ru_RU spreadsheet and as kept', () => {
  it.each([
    ['=СУММ(A1:A3)', '=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['=BUDGET_TOTAL(A1:E7; 2024)', '=BUDGET_TOTAL(A1:E7, 2024)', '=BUDGET_TOTAL(A1:E7; 2024)'],
    ['=ЕСЛИ(A1="а;б"; 1,5; 2)', '=IF(A1="а;б", 1.5, 2)', '=IF(A1="а;б"; 1,5; 2)'],
    ["='Бюджет; 1'!D3*0,001", "='Бюджет; 1'!D3*0.001", "='Бюджет; 1'!D3*0,001"],
    ['=счет(A1:A3)+СЧЁТЗ(B1:B3)', '=COUNT(A1:A3)+COUNTA(B1:B3)', '=COUNT(A1:A3)+COUNTA(B1:B3)'],
    ['=SUM(A1,B1)', '=SUM(A1,B1)', '=SUM(A1;B1)'],
  ])('%s is kept as %s and shown as %s', (typed, stored, shown) => {
    expect(toStoredFormula(typed, 'ru')).toBe(stored);
    expect(toTypedFormula(stored, 'ru')).toBe(shown);
    expect(toStoredFormula(stored, 'en')).toBe(stored);
    expect(toTypedFormula(stored, 'en')).toBe(stored);
  });
});

describe('the bundle’s own functions in cells', () => {
  const budget = [
    ['Статьи затрат', 'Источники финансирования', '2023 год', '2024 год', '2025 год'],
    ['Материалы', 'Внебюджетные средства ОО', 30000, 30000, 30000],
    ['Семинары', 'Бюджетные средства ОО', 20000, 20000, 20000],
    ['Итого', 'Бюджетные средства ОО', 20000, 20000, 20000],
    ['', 'Внебюджетные средства ОО', 30000, 30000, 30000],
  ];

  it('=BUDGET_TOTAL(A1:E5, 2024) gives the number the function gives, after a recalculation', async () => {
    const s = await sessionOver({ sheets: [{ name: 'Бюджет', rows: budget as never }] });
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('Бюджет')!;
    sheet.getRange('G1').setFormula('=BUDGET_TOTAL(A1:E5, 2024)');
    s.recalculate();
    expect(sheet.getRange('G1').getValue()).toBe(50000);
    expect(s.customFunction('BUDGET_TOTAL', budget as never, 2024)).toBe(50000);
  });

  it('=PLAN_DATES(D2:D3) spills rows of start, end and kind; in the way of data it is #REF!', async () => {
    const rows = [['Сроки'], ['До 26.09.2022'], ['Октябрь 2022']];
    const s = await sessionOver({ sheets: [{ name: 'План', rows: rows.map((r) => ['', '', '', ...r]) as never }] });
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('План')!;
    sheet.getRange('F2').setFormula('=PLAN_DATES(D2:D3)');
    s.recalculate();
    const direct = s.customFunction('PLAN_DATES', [['До 26.09.2022'], ['Октябрь 2022']]) as unknown[][];
    expect(direct).toHaveLength(2);
    expect(direct[0]).toHaveLength(3);
    const model = s.workbook.sheet('План')!;
    const spilled = [2, 3].map((r) => [6, 7, 8].map((c) => model.cell(r, c)?.value));
    expect(spilled).toEqual(direct);
    expect(sheet.getRange('G2:H3').getFormulas()).toEqual([
      ['', ''],
      ['', ''],
    ]);

    sheet.getRange('H3').setValue('занято');
    s.recalculate();
    expect(model.cell(2, 6)!.value).toBe('#REF!');
    expect(model.cell(2, 6)!.formulaError).toBe('Array result was not expanded because it would overwrite data in H3.');
  });

  it('a script reading a custom-function cell gets its last result; it runs again only between executions', async () => {
    const s = await sessionOver({ sheets: [{ name: 'Бюджет', rows: budget as never }] });
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('Бюджет')!;
    sheet.getRange('G1').setFormula('=BUDGET_TOTAL(A1:E5, 2024)');
    s.recalculate();
    sheet.getRange('D2').setValue(40000);
    expect(sheet.getRange('G1').getValue()).toBe(50000); // not run yet: the last result stays until a recalculation
    s.recalculate();
    expect(sheet.getRange('G1').getValue()).toBe(60000);
    // inside an execution (a sidebar call here) the function cannot run: the cell keeps its last result
    sheet.getRange('D2').setValue(50000);
    expect(s.run('budgetScan', { sheet: 'Бюджет', limit: 10 })).toMatchObject({ ok: true });
    expect(s.workbook.sheet('Бюджет')!.cell(1, 7)!.value).toBe(60000);
  });

  it('an error of the function is #ERROR! with its message', async () => {
    const s = await sessionOver({ sheets: [{ name: 'Бюджет', rows: budget as never }] });
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('Бюджет')!;
    sheet.getRange('G1').setFormula('=BUDGET_TOTAL(A1:A2, 2024)');
    s.recalculate();
    expect(sheet.getRange('G1').getValue()).toBe('#ERROR!');
    expect(s.workbook.sheet('Бюджет')!.cell(1, 7)!.formulaError).toMatch(/\S/);
  });
});

describe('.xlsx keeps every formula with its result', () => {
  it('a saved workbook holds the computed results and the spill, and reads back the same', async () => {
    const s = await sessionOver({ sheets: [{ name: 'Данные', rows: DATA as never }] });
    const sheet = s.globals.SpreadsheetApp.getActive().getSheetByName('Данные')!;
    sheet.getRange('E1:E2').setFormulas([['=SUM(A1:B2)'], ['=1/0']]);
    sheet.getRange('G1').setFormula('=A1:B2');
    const path = join(mkdtempSync(join(tmpdir(), 'klaster-formulas-')), 'out.xlsx');
    await s.save(path);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.readFile(path);
    const ws = raw.getWorksheet('Данные')!;
    expect(ws.getCell('E1').value).toEqual({ formula: 'SUM(A1:B2)', result: 10 });
    expect(ws.getCell('E2').value).toEqual({ formula: '1/0', result: { error: '#DIV/0!' } });
    expect(ws.getCell('G1').value).toEqual({ formula: 'A1:B2', result: 1 });
    expect(ws.getCell('H2').value).toBe(4);

    const back = await readXlsx(path);
    const model = back.sheet('Данные')!;
    expect(model.cell(1, 7)!.spill).toEqual({ rows: 2, columns: 2 });
    expect(model.cell(2, 8)!.spilledFrom).toEqual({ rowOffset: 1, columnOffset: 1 });
    const env = createEnvironment({ workbook: back });
    const again = env.globals.SpreadsheetApp.getActive().getSheetByName('Данные')!;
    expect(again.getRange('G1:H2').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});
