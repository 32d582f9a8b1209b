import { describe, expect, it } from 'vitest';
import { consolidate, MAX_FORMULA, type ConsolidateInput } from '../../../src/core/budget/consolidate';
import { findBudgetTables } from '../../../src/core/budget/recognize';
import { rollup } from '../../../src/core/budget/rollup';
import { parseA1, parseRangeA1 } from '../../../src/core/table/a1';
import { SEED_004, TOP_TOTAL_THOUSANDS } from '../../../bench/support/budget-tables';

type Book = Record<string, unknown[][]>;

/**
 * Evaluates what the consolidation writes, the way Sheets would: «+»-joined terms (a reference to another
 * sheet, a reference times a factor, a number, a local reference) and SUM over a local range.
 */
function evaluate(book: Book, own: (string | number)[][], formula: string | number, seen = new Set<string>()): number {
  if (typeof formula === 'number') return formula;
  if (formula === '') return 0;
  if (!formula.startsWith('=')) throw new Error(`not a formula: ${formula}`);
  const body = formula.slice(1);
  const sum = /^SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(body);
  if (sum) {
    const r = parseRangeA1(sum[1]!)!;
    let s = 0;
    for (let row = r.start.row; row <= r.end.row; row++)
      for (let col = r.start.col; col <= r.end.col; col++) s += evaluate(book, own, own[row]![col]!, seen);
    return s;
  }
  // Split on «+» outside quotes.
  const terms: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of body) {
    if (ch === "'") quoted = !quoted;
    if (ch === '+' && !quoted) {
      terms.push(cur);
      cur = '';
    } else cur += ch;
  }
  terms.push(cur);
  let total = 0;
  for (const t of terms) {
    const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)(?:\*(\d+(?:\.\d+)?))?$/.exec(t);
    if (m) {
      const at = parseA1(m[2]!)!;
      const v = book[m[1]!.replace(/''/g, "'")]![at.row]![at.col];
      if (typeof v !== 'number') throw new Error(`${t} is not a number: ${String(v)}`);
      total += v * Number(m[3] ?? 1);
    } else if (/^-?\d+(?:\.\d+)?$/.test(t)) total += Number(t);
    else {
      const at = parseA1(t);
      if (!at) throw new Error(`cannot read term ${t}`);
      total += evaluate(book, own, own[at.row]![at.col]!, seen);
    }
  }
  return Math.round(total * 1e6) / 1e6;
}

function inputs(book: Book): ConsolidateInput[] {
  return Object.entries(book).flatMap(([sheet, values]) => findBudgetTables(values).map((table) => ({ sheet, table })));
}

describe('consolidate', () => {
  const book: Book = { 'Школа № 1': SEED_004, "Лицей 'Инженер'": SEED_004.map((r) => r.map((v) => (typeof v === 'number' ? v * 2 : v))) };
  const c = consolidate(inputs(book));

  it('lays out items × years with a row per source, source subtotals and the grand total', () => {
    expect(c.name).toBe('Бюджет — свод');
    expect(c.values[1]).toEqual(['Статья затрат', 'Источник финансирования', '2023', '2024', '2025', 'Всего']);
    expect(c.values.slice(2, 9).map((r) => [String(r[0]).slice(0, 12), r[1]])).toEqual([
      ['Обеспечение ', 'Внебюджетные средства ОО'],
      ['Участие в се', 'Бюджетные средства ОО'],
      ['Участие в се', 'Внебюджетные средства ОО'],
      ['Организация ', 'Внебюджетные средства ОО'],
      ['Итого', 'Внебюджетные средства ОО'],
      ['Итого', 'Бюджетные средства ОО'],
      ['Всего по все', ''],
    ]);
    expect(c.values[8]![0]).toBe('Всего по всем источникам');
    expect(c.values.every((r) => r.length === c.values[0]!.length)).toBe(true);
  });

  it('writes every figure as a formula over its source cells', () => {
    expect(c.values[2]![2]).toBe("='Школа № 1'!C2+'Лицей ''Инженер'''!C2");
    expect(c.values[2]![5]).toBe('=SUM(C3:E3)');
    expect(c.values[6]![2]).toBe('=C3+C5+C6');
    expect(c.values[8]![2]).toBe('=C7+C8');
    expect(c.notes).toEqual([]);
  });

  it('the formulas give the rollup’s figures (seed 2023: бюджетные 20 000 + 40 000, внебюджетные 230 000 + 460 000)', () => {
    const at = (row: number, col: number) => evaluate(book, c.values, c.values[row]![col]!);
    expect([at(6, 2), at(7, 2), at(8, 2)]).toEqual([690000, 60000, 750000]);
    const r = rollup(
      inputs(book).map((i) => i.table),
      'year-source',
    );
    expect([0, 1, 2, 3].map((j) => at(6, 2 + j))).toEqual(r.rows[0]!.slice(1));
    expect([0, 1, 2, 3].map((j) => at(8, 2 + j))).toEqual(r.total.slice(1));
  });

  it('a chart block of years × sources referencing the subtotals, and the chart over it', () => {
    expect(c.chart).toMatchObject({
      type: 'column',
      stacked: true,
      range: 'A12:C15',
      domain: ['2023', '2024', '2025'],
      series: ['Внебюджетные средства ОО', 'Бюджетные средства ОО'],
    });
    expect(c.values.slice(11, 15).map((r) => r.slice(0, 3))).toEqual([
      ['Год', 'Внебюджетные средства ОО', 'Бюджетные средства ОО'],
      ['2023', '=C7', '=C8'],
      ['2024', '=D7', '=D8'],
      ['2025', '=E7', '=E8'],
    ]);
  });

  it('formats: item and source columns and year labels as text, amounts with thousands', () => {
    expect(c.formats).toContainEqual({ range: 'A3:B9', format: '@' });
    expect(c.formats).toContainEqual({ range: 'A1:F2', format: '@' });
    expect(c.formats).toContainEqual({ range: 'C3:F9', format: '#,##0' });
    expect(c.formats).toContainEqual({ range: 'A13:A15', format: '@' });
    // Text formats come first, so the server can set them before writing the values.
    const firstNumber = c.formats.findIndex((f) => f.format !== '@');
    expect(c.formats.slice(firstNumber).every((f) => f.format !== '@')).toBe(true);
  });

  it('lists the tables it was built from', () => {
    expect(c.values.slice(-2).map((r) => r[0])).toEqual([
      "'Школа № 1'!A1:E7 — 4 строки, руб.",
      "'Лицей ''Инженер'''!A1:E7 — 4 строки, руб.",
    ]);
  });

  it('reconciles units: a table in «тыс. руб.» is multiplied into roubles; money text is a number with a note', () => {
    const mixed: Book = { 'Школа 1': SEED_004, 'Школа 2': TOP_TOTAL_THOUSANDS };
    const m = consolidate(inputs(mixed));
    expect(m.unit.label).toBe('руб.');
    expect(m.messages).toEqual([{ severity: 'info', message: 'Лист «Школа 2»: суммы в тыс. руб. пересчитаны в руб.' }]);
    // TOP_TOTAL_THOUSANDS holds its amounts as text («400,5»): written as numbers, the cells named in a note.
    const row = m.values.findIndex((r) => r[0] === 'Прочие расходы' && r[1] === 'Бюджет субъекта');
    const col = m.values[1]!.indexOf('2024');
    expect(m.values[row]![col]).toBe(150500);
    expect(m.notes).toContainEqual({ row, col, cell: 'D' + (row + 1), note: "Текст, прочитанный как число: 'Школа 2'!D9" });
    const numeric: Book = {
      'Школа 2': TOP_TOTAL_THOUSANDS.map((r, i) => (i >= 4 ? r.map((v, j) => (j >= 2 ? Number(String(v).replace(',', '.')) || 0 : v)) : r)),
    };
    const n = consolidate([...inputs(numeric), ...inputs({ 'Школа 1': SEED_004 })]);
    expect(n.values[2]![2]).toBe('');
    expect(n.values[2]![3]).toBe("='Школа 2'!D7*1000");
  });

  it('leaves out a cell with text where an amount should be, with a note and a message', () => {
    const bad: Book = {
      'Школа 1': SEED_004.map((r, i) => (i === 1 ? ['', ...r.slice(1)].map((v, j) => (j === 0 ? r[0] : j === 2 ? 'по факту' : v)) : r)),
    };
    const m = consolidate(inputs(bad));
    expect(m.values[2]![2]).toBe('');
    expect(m.notes).toEqual([{ row: 2, col: 2, cell: 'C3', note: "Не учтено (не число): 'Школа 1'!C2" }]);
    expect(m.messages).toEqual([{ severity: 'warning', message: "Ячейка 'Школа 1'!C2 («по факту») не число и не учтена в своде." }]);
  });

  it('writes the value and a note naming the cells when the formula would pass Sheets’ 50 000 characters', () => {
    const many: ConsolidateInput[] = [];
    const [table] = findBudgetTables(SEED_004);
    for (let i = 0; i < 1500; i++) many.push({ sheet: `Школа с длинным названием № ${i}`, table: table! });
    const m = consolidate(many);
    expect(m.values[2]![2]).toBe(30000 * 1500);
    const note = m.notes.find((x) => x.cell === 'C3')!.note;
    expect(note).toMatch(
      /^Формула была бы длиннее 50 000 знаков, поэтому записано значение\.\nСумма 1500 ячеек: 'Школа с длинным названием № 0'!C2, /,
    );
    expect(note).toMatch(/и ещё 1300 ячеек$/);
    expect(m.values.flat().every((v) => typeof v !== 'string' || v.length <= MAX_FORMULA)).toBe(true);
  });

  it('nothing to consolidate: a sheet with headers and zero totals, no crash', () => {
    const e = consolidate([]);
    expect(e.values[1]).toEqual(['Статья затрат', 'Источник финансирования', 'Всего']);
    expect(e.chart.series).toEqual(['Всего']);
  });
});
