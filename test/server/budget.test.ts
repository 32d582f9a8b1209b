/** The budget job end to end: dist/Code.js in the emulator over the sample workbook and planted tables. */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/local/emulator';
import { readXlsx } from '../../src/local/emulator';
import { sampleWorkbook } from '../../sample/workbook';
import { oneSheet, sessionOver, ok, error } from '../support/bundle';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** 004, 2.13, as pasted from Word (the sample's «Бюджет» tab). */
const SEED_004_BUDGET = [
  ['Статьи затрат', 'Источники финансирования', '2023 год', '2024 год', '2025 год'],
  [
    'Обеспечение участников инновационного проекта необходимыми научно-методическими, дидактическими материалами и другими средствами, необходимыми для\nосуществления программы инновационной деятельности',
    'Внебюджетные средства ОО',
    30000,
    30000,
    30000,
  ],
  [
    'Участие в семинарах, курсовой подготовке, научно-практических конференциях в \nрамках научно-методического обеспечения инновационной деятельности ',
    'Бюджетные средства ОО',
    20000,
    20000,
    20000,
  ],
  ['', 'Внебюджетные средства ОО', 100000, 120000, 120000],
  ['Организация выездных консультаций (курсов, семинаров, практикумов и др.)', 'Внебюджетные средства ОО', 100000, 120000, 125000],
  ['Итого', 'Бюджетные средства ОО', 20000, 20000, 20000],
  ['', 'Внебюджетные средства ОО', 230000, 270000, 275000],
];

/** A school table with one planted error of each kind. */
const PLANTED = [
  ['№', 'Статья затрат', 'Источник финансирования', '2023 год', '2024 год', '2025 год', 'Всего'],
  ['1.', 'Методические материалы', 'Бюджетные средства ОО', 10000, 10000, 10000, 30000],
  ['2.', 'Курсы повышения квалификации', 'Бюджетные средства ОО', 5000, 'по факту', 5000, 10000],
  ['3.', 'Выездные семинары', 'Внебюджетные средства ОО', 20000, 20000, '#DIV/0!', 40000],
  ['5.', 'Оборудование', 'Внебюджетные средства ОО', 7000, 8000, 9000, 25000],
  ['', 'Итого', 'Бюджетные средства ОО', 15000, 15000, 15000, 40000],
  ['', '', 'Внебюджетные средства ОО', 27000, 28000, 9000, 65000],
];

/** A tiny evaluator for the summary's formulas: «=a+b», «'Лист'!C5», «*1000», «=SUM(C3:E3)». */
function evaluate(s: Session, sheet: string, a1: string, depth = 0): number {
  if (depth > 20) throw new Error('formula loop');
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cell = s.workbook.sheet(sheet)!.cell(Number(m[2]), col);
  if (!cell) return 0;
  if (cell.formula === undefined) return typeof cell.value === 'number' ? cell.value : 0;
  const body = cell.formula.slice(1);
  const sum = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(body);
  if (sum) {
    const c0 = sum[1]!.charCodeAt(0);
    const c1 = sum[3]!.charCodeAt(0);
    let total = 0;
    for (let r = Number(sum[2]); r <= Number(sum[4]); r++)
      for (let c = c0; c <= c1; c++) total += evaluate(s, sheet, `${String.fromCharCode(c)}${r}`, depth + 1);
    return total;
  }
  return body.split(/\+(?=(?:[^']*'[^']*')*[^']*$)/).reduce((total, term) => {
    const [ref, factor] = term.split('*');
    const f = factor ? Number(factor) : 1;
    if (/^-?\d+(\.\d+)?$/.test(ref!)) return total + Number(ref) * f;
    const q = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(ref!);
    return total + (q ? evaluate(s, q[1]!.replace(/''/g, "'"), q[2]!, depth + 1) : evaluate(s, sheet, ref!, depth + 1)) * f;
  }, 0);
}

function rowOf(s: Session, sheet: string, label: string, col = 1): number {
  const model = s.workbook.sheet(sheet)!;
  for (let r = 1; r <= model.lastRow(); r++) if (model.cell(r, col)?.value === label) return r;
  throw new Error(`no row «${label}» on ${sheet}`);
}

describe('budgetScan: tables and findings', () => {
  it('the seed 004 table is found as it is, with no errors', async () => {
    const s = await sessionOver(oneSheet('Бюджет', SEED_004_BUDGET));
    const scan = ok(s.run('budgetScan', { sheet: 'Бюджет' }));
    expect(scan.tables).toHaveLength(1);
    expect(scan.tables[0]).toMatchObject({
      sheet: 'Бюджет',
      range: 'A1:E7',
      years: ['2023 год', '2024 год', '2025 год'],
      unit: 'руб.',
      items: 4,
      sources: ['Внебюджетные средства ОО', 'Бюджетные средства ОО'],
      errors: 0,
      warnings: 0,
      summary: 'Ошибок нет',
    });
  });

  it('every planted error is found at its cell, naming the item and the year', async () => {
    const s = await sessionOver(oneSheet('СОШ', PLANTED));
    const [t] = ok(s.run('budgetScan', { sheet: 'СОШ' })).tables;
    const by = (cell: string) =>
      t.findings
        .filter((f: any) => f.cell === cell)
        .map((f: any) => f.message)
        .join(' | ');
    expect(by('E3')).toMatch(/«Курсы повышения квалификации».*2024 год.*«по факту»/);
    expect(by('F4')).toMatch(/«Выездные семинары».*2025 год.*#DIV\/0!/);
    expect(by('G2')).toBe('');
    expect(by('G5')).toMatch(/«Оборудование».*«Всего» не равно сумме по годам.*ожидалось 24 000, указано 25 000/);
    expect(by('A5')).toMatch(/После номера 3 идёт 5/);
    expect(by('E7')).toBe('');
    // a total whose rows hold text is not checked (never a wrong total shown as right)
    expect(t.findings.some((f: any) => f.code === 'total-unchecked')).toBe(true);
    expect(t.errors).toBeGreaterThanOrEqual(3);
  });

  it("all sheets: the sample's three budget tabs, the planted slip of СОШ № 117 found", async () => {
    const s = await sessionOver(sampleWorkbook());
    const scan = ok(s.run('budgetScan', {}));
    expect(scan.sheets).toEqual(['Бюджет', 'Бюджет СОШ № 117', 'Бюджет Лицей № 130']);
    const school = scan.tables.find((t: any) => t.sheet === 'Бюджет СОШ № 117');
    expect(school.unit).toBe('тыс. руб.');
    expect(school.findings[0]).toMatchObject({ cell: 'E8', severity: 'error', expected: 100, found: 95 });
    expect(scan.tables.filter((t: any) => t.errors > 0).map((t: any) => t.sheet)).toEqual(['Бюджет СОШ № 117']);
  });

  it('no year columns and no year in a title: one amount column, read, with a question naming the year to choose', async () => {
    const s = await sessionOver(
      oneSheet('Лист1', [
        ['Статьи затрат', 'Сумма'],
        ['Книги', 100],
        ['Канцтовары', 50],
      ]),
    );
    const [t] = ok(s.run('budgetScan', { sheet: 'Лист1' })).tables;
    expect(t).toMatchObject({ range: 'A1:B3', items: 2, years: ['Сумма'], errors: 0, warnings: 0 });
    expect(t.findings.map((f: any) => [f.cell, f.code])).toEqual([
      ['B1', 'no-year'],
      ['B1', 'no-unit'],
      ['A3', 'no-totals'],
    ]);
  });

  it.each([
    ['an empty sheet', [[]]],
    ['a header only', [['Статьи затрат', 'Источники финансирования', '2023 год', '2024 год']]],
    [
      'a plan, no money',
      [
        ['Мероприятие', 'Сроки'],
        ['Педсовет', 'сентябрь'],
      ],
    ],
  ])('%s: no table, a clear message, nothing written', async (_name, rows) => {
    const s = await sessionOver(oneSheet('Лист1', rows as unknown[][]));
    const scan = ok(s.run('budgetScan', { sheet: 'Лист1' }));
    if (scan.tables.length) {
      // a header with years but no rows is a table with an «empty table» finding
      expect(scan.tables[0].findings.map((f: any) => f.code)).toContain('empty-table');
    } else expect(scan.message).toMatch(/На листе «Лист1» не найдена таблица бюджета/);
    expect(error(s.run('budgetConsolidate', {}))).toMatch(/не найдена таблица бюджета|без строк/);
    expect(s.workbook.sheets.map((x) => x.name)).toEqual(['Лист1']);
  });

  it('merged header cells are reported; a bad payload is refused in Russian', async () => {
    const s = await sessionOver({ sheets: [{ name: 'Б', rows: SEED_004_BUDGET as never, merges: ['A4:A5'] } as never] });
    const [t] = ok(s.run('budgetScan', { sheet: 'Б' })).tables;
    expect(t.findings.some((f: any) => f.code === 'merged-cells')).toBe(true);
    expect(error(s.run('budgetScan', { sheet: 'Нет такого' }))).toMatch(/Нет такого/);
    expect(error(s.run('budgetMark', { sheet: 42 }))).toMatch(/Некорректный запрос|sheet/);
  });
});

describe('English', () => {
  it('an English user gets English messages, the findings too', async () => {
    const s = await sessionOver(
      {
        sheets: [
          { name: 'СОШ', rows: PLANTED as never },
          { name: 'Пусто', rows: [['a']] },
        ],
      },
      { locale: 'en' },
    );
    expect(ok(s.run('budgetScan', { sheet: 'Пусто' })).message).toMatch(/^No budget table on the sheet “Пусто”/);
    const [t] = ok(s.run('budgetScan', { sheet: 'СОШ' })).tables;
    expect(t.summary).toMatch(/errors?/);
    expect(t.findings.find((f: any) => f.cell === 'E3').message).toMatch(/text “по факту” instead of an amount/);
    expect(ok(s.run('budgetConsolidate', {})).message).toBe('Summary “Бюджет — свод” built: 1 table from 1 sheet.');
    expect(error(s.run('budgetUnmark', { sheet: 'Нет' }))).toMatch(/Нет/);
  });
});

describe('budgetMark / budgetUnmark', () => {
  it("marks exactly the error cells, keeps the user's own fill and note, and takes off exactly what it added", async () => {
    const s = await sessionOver(oneSheet('СОШ', PLANTED));
    const model = s.workbook.sheet('СОШ')!;
    model.cellForWrite(3, 5).note = 'Уточнить у бухгалтера';
    model.cellForWrite(2, 2).background = '#00ff00';
    model.cellForWrite(7, 4).background = '#ffff00';
    const marked = ok(s.run('budgetMark', { sheet: 'СОШ' }));
    expect(marked.marked).toBeGreaterThanOrEqual(3);
    expect(marked.message).toMatch(/отмечен/);
    expect(model.cell(3, 5)!.background).toBe('#f4cccc');
    expect(model.cell(3, 5)!.note).toMatch(/^Уточнить у бухгалтера\n\nКластер: .*«по факту»/);
    expect(model.cell(4, 6)!.note).toMatch(/^Кластер: .*#DIV\/0!/);
    expect(model.cell(2, 2)!.background).toBe('#00ff00');
    expect(model.cell(2, 4)!.background).toBeUndefined();
    expect(model.cell(2, 4)?.note).toBeUndefined();
    // marking again replaces the marks instead of stacking them
    ok(s.run('budgetMark', { sheet: 'СОШ' }));
    expect(model.cell(3, 5)!.note!.match(/Кластер:/g)).toHaveLength(1);
    // the user changes one marked cell's fill: it stays as the user left it
    model.cell(4, 6)!.background = '#0000ff';
    const removed = ok(s.run('budgetUnmark', { sheet: 'СОШ' }));
    expect(removed.removed).toBe(marked.marked);
    expect(removed.kept).toBe(1);
    expect(removed.message).toMatch(/изменили после отметки/);
    expect(model.cell(3, 5)!.note).toBe('Уточнить у бухгалтера');
    expect(model.cell(3, 5)!.background).toBeUndefined();
    expect(model.cell(4, 6)!.background).toBe('#0000ff');
    expect(model.cell(4, 6)!.note).toBeUndefined();
    expect(model.cell(2, 2)!.background).toBe('#00ff00');
    expect(model.cell(7, 4)!.background).toBe('#ffff00');
    expect(ok(s.run('budgetUnmark', { sheet: 'СОШ' })).message).toMatch(/отметок Кластера нет/);
  });

  it('a correct table gets no marks', async () => {
    const s = await sessionOver(oneSheet('Бюджет', SEED_004_BUDGET));
    expect(ok(s.run('budgetMark', { sheet: 'Бюджет' }))).toMatchObject({ marked: 0 });
    expect(
      s.workbook
        .sheet('Бюджет')!
        .rows.flat()
        .some((c) => c?.background === '#f4cccc'),
    ).toBe(false);
  });
});

describe('budgetConsolidate: «Бюджет — свод»', () => {
  const SUMMARY = 'Бюджет — свод';

  it("the sample's three tabs: items × years, subtotals and the grand total as formulas over the source cells, units reconciled", async () => {
    const s = await sessionOver(sampleWorkbook());
    const done = ok(s.run('budgetConsolidate', {}));
    expect(done).toMatchObject({ sheet: SUMMARY, tables: 3, sheets: 3 });
    expect(done.message).toBe('Свод «Бюджет — свод» собран: 3 таблицы с 3 листов.');
    expect(done.notes.join(' ')).toMatch(/«Бюджет СОШ № 117»: суммы в тыс\. руб\. пересчитаны в руб\./);
    const sheet = s.workbook.sheet(SUMMARY)!;
    expect(sheet.cell(2, 3)!.value).toBe('2023');
    expect(sheet.cell(2, 3)!.numberFormat).toBe('@');
    // an item row traced back to its source cells, thousands converted
    const courses = rowOf(s, SUMMARY, 'Участие в семинарах, курсовой подготовке, научно-практических конференциях');
    expect(sheet.cell(courses, 4)!.formula).toBe("='Бюджет СОШ № 117'!E4*1000");
    const budgetRow = rowOf(s, SUMMARY, 'Бюджетные средства ОО', 2);
    expect(sheet.cell(budgetRow, 1)!.value).not.toBe('Итого'); // the first such row is an item row
    const subtotal = (source: string) => {
      const model = s.workbook.sheet(SUMMARY)!;
      for (let r = 1; r <= model.lastRow(); r++) if (model.cell(r, 1)?.value === 'Итого' && model.cell(r, 2)?.value === source) return r;
      throw new Error(source);
    };
    const sub1 = subtotal('Бюджетные средства ОО');
    const sub2 = subtotal('Внебюджетные средства ОО');
    const grand = rowOf(s, SUMMARY, 'Всего по всем источникам');
    const figures = (row: number) => ['C', 'D', 'E', 'F'].map((c) => evaluate(s, SUMMARY, `${c}${row}`));
    expect(figures(sub1)).toEqual([70000, 77000, 82000, 229000]);
    expect(figures(sub2)).toEqual([320000, 420000, 410000, 1150000]);
    expect(figures(grand)).toEqual([390000, 497000, 492000, 1379000]);
    expect(sheet.cell(grand, 3)!.numberFormat).toBe('#,##0');
    expect(sheet.frozenRows).toBe(2);
    // the chart: stacked columns by year and source, over the chart block
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0]!;
    expect(chart).toMatchObject({
      type: 'column',
      options: { isStacked: true, title: 'Бюджет по годам и источникам, руб.', numHeaders: 1 },
    });
    const [range] = chart.ranges;
    const top = Number(/^A(\d+):/.exec(range!)![1]);
    expect(sheet.cell(top, 1)!.value).toBe('Год');
    expect([sheet.cell(top, 2)!.value, sheet.cell(top, 3)!.value]).toEqual(['Внебюджетные средства ОО', 'Бюджетные средства ОО']);
    expect(evaluate(s, SUMMARY, `B${top + 2}`)).toBe(420000);
    expect(evaluate(s, SUMMARY, `C${top + 2}`)).toBe(77000);
    // where the figures come from
    expect(rowOf(s, SUMMARY, "'Бюджет СОШ № 117'!A2:G8 — 4 строки, тыс. руб.")).toBeGreaterThan(top);
  });

  it("rebuilt in place: same sheet, one chart, the user's other sheets untouched; the summary is never a source", async () => {
    const s = await sessionOver(sampleWorkbook());
    ok(s.run('budgetConsolidate', { sheets: ['Бюджет', 'Бюджет Лицей № 130'] }));
    const id = s.workbook.sheet(SUMMARY)!.id;
    s.workbook.sheet(SUMMARY)!.name = 'Свод для отчёта';
    const again = ok(s.run('budgetConsolidate', {}));
    expect(again).toMatchObject({ sheet: 'Свод для отчёта', tables: 3 });
    const sheet = s.workbook.sheets.find((x) => x.id === id)!;
    expect(sheet.charts).toHaveLength(1);
    expect(s.workbook.sheets.filter((x) => x.name.startsWith('Бюджет — свод'))).toHaveLength(0);
    expect(ok(s.run('budgetScan', {})).sheets).not.toContain('Свод для отчёта');
    expect(error(s.run('budgetScan', { sheet: 'Свод для отчёта' }))).toMatch(/собран надстройкой/);
    const overview = ok(s.run('budgetOverview'));
    expect(overview.sheets).not.toContain('Свод для отчёта');
    expect(overview.summary).toBe('Свод для отчёта');
  });

  it("a user's sheet named «Бюджет — свод» is left alone", async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'Бюджет', rows: SEED_004_BUDGET as never },
        { name: SUMMARY, rows: [['моё']] },
      ],
    });
    const done = ok(s.run('budgetConsolidate', { sheets: ['Бюджет'] }));
    expect(done.sheet).toBe('Бюджет — свод (2)');
    expect(s.workbook.sheet(SUMMARY)!.cell(1, 1)!.value).toBe('моё');
  });

  it('a chosen tab without a table is refused before anything is written', async () => {
    const s = await sessionOver(sampleWorkbook());
    expect(error(s.run('budgetConsolidate', { sheets: ['Бюджет', 'Участники'] }))).toMatch(
      /На листе «Участники» не найдена таблица бюджета/,
    );
    expect(s.workbook.sheet(SUMMARY)).toBeUndefined();
  });

  it('the summary and its chart survive an .xlsx round trip (the chart in the hidden meta sheet)', async () => {
    const s = await sessionOver(sampleWorkbook());
    ok(s.run('budgetConsolidate', {}));
    const path = join(mkdtempSync(join(tmpdir(), 'budget-')), 'out.xlsx');
    await s.save(path);
    const book = await readXlsx(path);
    const sheet = book.sheet(SUMMARY)!;
    expect(sheet.charts).toEqual(s.workbook.sheet(SUMMARY)!.charts.map((c) => ({ ...c, id: expect.any(Number) })));
    const grand = rowOf(s, SUMMARY, 'Всего по всем источникам');
    expect(sheet.cell(grand, 3)!.formula).toBe(s.workbook.sheet(SUMMARY)!.cell(grand, 3)!.formula);
  });

  it('menu «Свести бюджеты» says so in a toast; with nothing to consolidate, an alert', async () => {
    const s = await sessionOver(sampleWorkbook());
    s.run('menuConsolidateBudgets');
    expect(s.ui.toasts.at(-1)?.message).toMatch(/Свод «Бюджет — свод» собран/);
    const empty = await sessionOver(oneSheet('Лист1', [['a']]));
    empty.run('menuConsolidateBudgets');
    expect(empty.ui.alerts.at(-1)?.prompt).toMatch(/Ни на одном листе не найдена таблица бюджета/);
  });
});

describe('custom functions', () => {
  it('BUDGET_ROLLUP on seed 004: the rollup written out', async () => {
    const s = await sessionOver(oneSheet('Лист1', []));
    expect(s.customFunction('BUDGET_ROLLUP', SEED_004_BUDGET as never)).toEqual([
      ['Год', 'Сумма, руб.'],
      ['2023', 250000],
      ['2024', 290000],
      ['2025', 295000],
      ['Итого', 835000],
    ]);
    expect(s.customFunction('BUDGET_ROLLUP', SEED_004_BUDGET as never, 'источник')).toEqual([
      ['Источник финансирования', 'Сумма, руб.'],
      ['Внебюджетные средства ОО', 775000],
      ['Бюджетные средства ОО', 60000],
      ['Итого', 835000],
    ]);
    expect(s.customFunction('BUDGET_ROLLUP', SEED_004_BUDGET as never, 'по кварталам')).toEqual({
      error: expect.stringMatching(/Неизвестный способ свода «по кварталам»/),
    });
  });

  it.each<[unknown[], number]>([
    [[], 835000],
    [[2024], 290000],
    [['2024 год'], 290000],
    [['2025', 'Внебюджетные средства ОО'], 275000],
    [['', 'Бюджетные средства ОО'], 60000],
    [['', '', 'Участие*'], 60000 + 340000],
  ])('BUDGET_TOTAL(table, %j) = %d', async (args, expected) => {
    const s = await sessionOver(oneSheet('Лист1', []));
    expect(s.customFunction('BUDGET_TOTAL', SEED_004_BUDGET as never, ...(args as never[]))).toBe(expected);
  });

  it('BUDGET_TOTAL refuses a sum with text in it, and a year not in the table', async () => {
    const s = await sessionOver(oneSheet('Лист1', []));
    expect(s.customFunction('BUDGET_TOTAL', PLANTED as never, 2024)).toEqual({
      error: expect.stringMatching(/в ячейке E3 «по факту» вместо числа/),
    });
    expect(s.customFunction('BUDGET_TOTAL', SEED_004_BUDGET as never, 2030)).toEqual({
      error: expect.stringMatching(/Года «2030» нет в таблице/),
    });
  });

  it('BUDGET_CHECK: rows [cell, problem] within the range, or «Ошибок нет»', async () => {
    const s = await sessionOver(oneSheet('Лист1', []));
    expect(s.customFunction('BUDGET_CHECK', SEED_004_BUDGET as never)).toEqual([['Ошибок нет', '']]);
    const rows = s.customFunction('BUDGET_CHECK', PLANTED as never) as string[][];
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['E3', 'F4', 'G5', 'A5']));
    expect(rows.every((r) => r.length === 2 && r[1]!.length > 0)).toBe(true);
    expect(s.customFunction('BUDGET_CHECK', [['a', 'b']])).toEqual({ error: expect.stringMatching(/Таблица бюджета не найдена/) });
  });
});
