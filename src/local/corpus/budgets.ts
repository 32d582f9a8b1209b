/**
 * The budgets job over the corpus: per document, what a careful reader reads (the columns by letter, the
 * years, the unit, the rows), the facts the corpus README states, the arithmetic errors it states at their
 * cells, and the findings that are true (a question the document really raises). Every other finding is a
 * finding on a clean cell. The expectations come from ../shared/corpus/README.md and the .tsv files; the job's
 * own code (findBudgetTables, checkBudget, rollup) is what is measured.
 */
import {
  checkBudget,
  findBudgetTables,
  rollup,
  type BudgetChoice,
  type BudgetCode,
  type BudgetFinding,
  type BudgetRow,
  type BudgetTable,
} from '../../core/budget';
import { columnIndex, columnLetter } from '../../core/table/a1';
import type { DocMeasure, FactCheck, JobCorpus, Recognition } from './measure';
import { pastedValues, type CorpusDoc } from './read-corpus';

/** What the job made of one sheet. */
export interface BudgetRead {
  values: unknown[][];
  tables: BudgetTable[];
  findings: BudgetFinding[];
}

/** A fact: true, or what the job gave instead. */
export type Check = (r: BudgetRead) => true | string;

export interface StatedError {
  /** The cell as the sheet names it. */
  cell: string;
  expected: number;
  found: number;
  difference: number;
}

export interface BudgetExpect {
  /** How a person reads the table (columns, years, unit, rows): these decide whether the job recognised it. */
  reading: [string, Check][];
  /** The README's other facts, as the job can show them. */
  facts: [string, Check][];
  /** The arithmetic errors the README states, at their cells. */
  errors: StatedError[];
  /** Findings that are true: a question the document really raises (no year stated, a header year against the title's). */
  infos: { code: BudgetCode; cell?: string }[];
  /** README facts that are not the budget job's to read (a district's name, a title in lower case), and why. */
  notBudget?: string[];
  /** The choice that makes the reading right when the job alone does not (as CLI flags, and as the form gives it). */
  choice?: { flags: string; choice: BudgetChoice };
  /** Whether the plan job may take the sheet for a plan too (a programme of measures with terms and executors). */
  plan: boolean;
}

// ---- helpers for the expectations ------------------------------------------------------------

const col = (letter: string) => columnIndex(letter);
/** The table whose rows include sheet row `row1` (1-based). */
function tableAt(r: BudgetRead, row1: number): BudgetTable | undefined {
  return r.tables.find((t) => t.firstRow <= row1 - 1 && t.lastRow >= row1 - 1);
}
function rowsAt(r: BudgetRead, row1: number): BudgetRow[] {
  return tableAt(r, row1)?.rows.filter((x) => x.row === row1 - 1) ?? [];
}
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));
const show = (x: unknown) => JSON.stringify(x);

/** The table at row `row1`: its columns by letter (item, source, …), its years and its unit. */
function reads(
  row1: number,
  want: { columns?: Record<string, string>; years?: string[]; unit?: string; yearFrom?: string; sources?: string[] },
): Check {
  return (r) => {
    const t = tableAt(r, row1);
    if (!t) return `no table at row ${row1}`;
    const got: string[] = [];
    for (const [field, letter] of Object.entries(want.columns ?? {})) {
      const c = (t.columns as Record<string, number | undefined>)[field];
      const amount = field === 'amount' ? t.years[0]?.col : c;
      if (amount === undefined || columnLetter(amount) !== letter)
        got.push(`${field}=${amount === undefined ? '-' : columnLetter(amount)}`);
    }
    if (want.years && show(t.years.map((y) => y.key)) !== show(want.years)) got.push(`years ${t.years.map((y) => y.key || '?').join(',')}`);
    if (want.unit && (t.unit.label !== want.unit || !t.unit.stated))
      got.push(`unit ${t.unit.label}${t.unit.stated ? '' : ' (not stated)'}`);
    if (want.yearFrom && t.yearFrom !== want.yearFrom) got.push(`year from ${t.yearFrom}`);
    if (want.sources && show((t.sourceCols ?? []).map(columnLetter)) !== show(want.sources))
      got.push(`sources ${(t.sourceCols ?? []).map(columnLetter).join(',')}`);
    return got.length ? got.join('; ') : true;
  };
}

/** The item rows (and their amounts, in the table's unit) at the given sheet rows. */
function items(rows1: number[], amounts: number[][]): Check {
  return (r) => {
    const got: string[] = [];
    rows1.forEach((row1, k) => {
      const rs = rowsAt(r, row1).filter((x) => x.kind === 'item' || x.kind === 'part');
      const want = amounts[k]!;
      const have = rs.map((x) => x.years.map((a) => (typeof a === 'number' ? a : null)));
      if (!rs.length || !have.some((h) => h.length === want.length && h.every((v, j) => v !== null && near(v, want[j]!))))
        got.push(`row ${row1}: ${show(have)}`);
    });
    return got.length ? got.join('; ') : true;
  };
}

/** No finding of these codes at these cells (a clean cell stays clean). */
function clean(cells: string[]): Check {
  return (r) => {
    const on = r.findings.filter((f) => cells.includes(f.cell) && f.severity !== 'info');
    return on.length ? on.map((f) => `${f.cell}: ${f.code}`).join('; ') : true;
  };
}

/** No finding of these codes anywhere. */
function none(codes: BudgetCode[]): Check {
  return (r) => {
    const on = r.findings.filter((f) => codes.includes(f.code as BudgetCode));
    return on.length ? on.map((f) => `${f.cell}: ${f.code}`).join('; ') : true;
  };
}

/** The rollup of the tables starting at these rows (all when none given) comes to `total` in their unit. */
function rollsUpTo(total: number, rows1?: number[]): Check {
  return (r) => {
    const tables = rows1 ? rows1.map((x) => tableAt(r, x)).filter((t): t is BudgetTable => !!t) : r.tables;
    if (!tables.length) return 'no table';
    const got = rollup(tables, 'year').total.at(-1) as number;
    return near(got, total) ? true : `rollup ${got}`;
  };
}

/** The row at `row1` is read as a total (checked, never added) of the rows given. */
function totalOf(row1: number, rows1: number[]): Check {
  return (r) => {
    const t = rowsAt(r, row1).find((x) => x.kind === 'total');
    if (!t) return `row ${row1}: ${show(rowsAt(r, row1).map((x) => x.kind))}`;
    const sums = (t.sums ?? []).map((x) => x + 1);
    return show(sums) === show(rows1) ? true : `sums ${show(sums)}`;
  };
}

/** Rows that are no data (quantities, sub-headers, numbering): not read as items. */
function notItems(rows1: number[]): Check {
  return (r) => {
    const bad = rows1.filter((x) => r.tables.some((t) => t.rows.some((y) => y.row === x - 1 && y.kind === 'item')));
    return bad.length ? `read as items: ${bad.join(', ')}` : true;
  };
}

/** Formulas in the rows' texts read and checked: how many, with no finding against them. */
function formulas(count: number): Check {
  return (r) => {
    const n = r.tables.flatMap((t) => t.rows.flatMap((x) => x.formulas ?? [])).length + r.tables.flatMap((t) => t.textSums).length;
    const wrong = r.findings.filter((f) => f.code === 'formula-amount' || f.code === 'formula-result' || f.code === 'text-sum');
    return n === count && !wrong.length ? true : `${n} formulas; ${wrong.map((f) => f.cell).join(', ')}`;
  };
}

// ---- the documents ---------------------------------------------------------------------------

export const BUDGET_EXPECTATIONS: Record<string, BudgetExpect> = {
  'saratov-gp-razvitie-obrazovaniya-2019-2025': {
    reading: [
      [
        'two header rows: item A, source C, «всего» D, years 2019–2025 in E–K, тыс. рублей',
        reads(3, {
          columns: { item: 'A', source: 'C', total: 'D' },
          years: ['2019', '2020', '2021', '2022', '2023', '2024', '2025'],
          unit: 'тыс. руб.',
        }),
      ],
      [
        'the «всего» row and its five source rows («(прогнозно)») read',
        items(
          [4, 5, 6, 7, 8],
          [
            [23210820.1, 25220101.7, 25779304.9, 25734800.6, 25799002.9, 20963310.8, 20964505.8],
            [4234746.4, 2548316.9, 3886954.6, 2920399.1, 2916929.8, 65266, 65266],
            [406.2, 0, 0, 0, 0, 0, 0],
            [13000, 13000, 13000, 13000, 13000, 13000, 13000],
            [54000, 40000, 0, 0, 0, 0, 0],
          ],
        ),
      ],
    ],
    facts: [
      ["adds up: every row's years equal its total (no finding)", none(['row-total', 'total-mismatch', 'parts-exceed'])],
      ['the 5 source rows equal «всего» in all 8 columns: «всего» read as their total', totalOf(3, [4, 5, 6, 7, 8])],
      ['167671846,8 + 16637878,8 + 406,2 + 91000,0 + 94000,0 = 184495131,8, counted once', rollsUpTo(184495131.8)],
      ['«в том числе проектная часть:» is a heading, not data', notItems([9])],
      [
        'the executor column B is empty: no field read there',
        (r) => (Object.values(tableAt(r, 3)?.columns ?? {}).includes(1) ? 'B mapped' : true),
      ],
    ],
    errors: [],
    infos: [],
    plan: false,
  },
  'lipetsk-ekspediciya-doki-2013': {
    reading: [
      [
        'no header row: number A, item B, amount C; 2013 from the title; тыс. руб. from the cells',
        reads(9, { columns: { number: 'A', item: 'B', amount: 'C' }, years: ['2013'], unit: 'тыс. руб.', yearFrom: 'title' }),
      ],
      [
        '«- 115,5 тыс. руб.»: the dash is a list marker; the money rows read',
        items([9, 10, 11, 12, 13, 14, 15, 17, 18], [[115.5], [7.7], [3.5], [12.1], [30], [14], [4.2], [40], [10]]),
      ],
    ],
    facts: [
      ['the first two rows are quantities («- 50 чел.», «- 14 дн.»), not money', notItems([7, 8])],
      ['every formula matches its amount (8 formulas: 50×14×165 = 115 500 → 115,5 …)', formulas(8)],
      ['«Приобретение ГСМ - 12,1» has no formula', (r) => (rowsAt(r, 12)[0]?.formulas ? 'formula read' : true)],
      ['the visible money rows add to 237,0', rollsUpTo(237)],
      [
        'item 9 has sub-rows: a heading and two items under it',
        (r) => (rowsAt(r, 17)[0]?.group?.startsWith('Укрепление') && rowsAt(r, 18)[0]?.group?.startsWith('Укрепление') ? true : 'no group'),
      ],
    ],
    errors: [],
    infos: [{ code: 'table-question' }, { code: 'no-totals' }],
    plan: false,
  },
  'spirovo-uchebnye-sbory-2021-three-blocks': {
    reading: [
      ['three tables under numbered headings', (r) => (r.tables.length === 3 ? true : `${r.tables.length} tables`)],
      [
        'block 1: amount «Общая сумма, руб.» G; 2021 from the title',
        reads(9, { columns: { amount: 'G', price: 'D' }, years: ['2021'], unit: 'руб.' }),
      ],
      ['block 2: amount «Стоимость» E', reads(12, { columns: { amount: 'E', price: 'D' }, years: ['2021'], unit: 'руб.' })],
      ['block 3: item A, amount B, «руб.» in the cells', reads(14, { columns: { item: 'A', amount: 'B' }, years: ['2021'], unit: 'руб.' })],
      ['the amounts 18 000, 2 070, 20 070 read', items([9, 12, 14], [[18000], [2070], [20070]])],
    ],
    facts: [
      [
        '5 × 18 = 90 child-days, 90 × 200 = 18 000: quantity × price fits the sum',
        (r) =>
          tableAt(r, 9)?.factorCols?.quantity.includes(col('C')) && tableAt(r, 9)?.factorCols?.price.includes(col('D'))
            ? none(['product'])(r)
            : 'no factor columns',
      ],
      [
        'fuel 46 L × 45 = 2 070',
        (r) => (tableAt(r, 12)?.factorCols?.quantity.includes(col('C')) ? none(['product'])(r) : 'no factor columns'),
      ],
      [
        '18 000 + 2 070 = 20 070 = «ИТОГО: 20070 руб.»',
        (r) => {
          const costs = rollsUpTo(20070, [9, 12])(r);
          if (costs !== true) return costs;
          return totalOf(15, [14])(r);
        },
      ],
      ['adds up: no finding on any block', clean(['G9', 'E12', 'B14', 'B15'])],
    ],
    errors: [],
    infos: [{ code: 'table-question', cell: 'A14' }],
    notBudget: ["The act is a Спировский district act, but the school's address is in «Фировский район»: a place name, not money."],
    plan: false,
  },
  'chelyabinsk-progimnaziya-90-lager-2016': {
    reading: [
      [
        'a two-column block without a header: item A, amount B; 2016 from the title; roubles from the cells',
        reads(5, { columns: { item: 'A', amount: 'B' }, years: ['2016'], unit: 'руб.' }),
      ],
      [
        'units vary («85руб.», «78», «163 рубля в день», «1750 руб.»): the amounts read',
        items([5, 6, 9, 10, 11, 12], [[85], [78], [1750], [100], [66], [10]]),
      ],
    ],
    facts: [
      ['85 + 78 = 163: «Стоимость питания в день» is their sum, never added again', totalOf(7, [5, 6])],
      ['163 × 18 = 2 934 and 78 × 18 = 1 404, as the text lines state', formulas(2)],
      [
        '1 750 + 100 + 66 + 10 = 1 926, the figure the text lines use',
        (r) => {
          const rows = [9, 10, 11, 12].flatMap((x) => rowsAt(r, x)).map((x) => x.years[0]);
          const sum = rows.reduce<number>((s, a) => s + (typeof a === 'number' ? a : NaN), 0);
          const used = r.tables.flatMap((t) => t.textSums.map((s) => s.terms[1]));
          return sum === 1926 && used.every((u) => u === 1926) && used.length === 2 ? true : `${sum}; ${show(used)}`;
        },
      ],
      [
        '2 934 + 1 926 = 4 860 and 1 404 + 1 926 = 3 330 (stated): checked, no finding',
        (r) => {
          const sums = r.tables.flatMap((t) => t.textSums.map((s) => [s.terms.reduce((a, b) => a + b, 0), s.stated]));
          return show(sums) ===
            show([
              [4860, 4860],
              [3330, 3330],
            ])
            ? none(['text-sum'])(r)
            : show(sums);
        },
      ],
    ],
    errors: [{ cell: 'B8', expected: 3330, found: 3323, difference: -7 }],
    infos: [{ code: 'table-question' }],
    plan: false,
  },
  'oblast-programma-2007-2010-stacked-years-in-cell': {
    reading: [
      [
        'stacked cells: «всего» C and a column per source D–G; the years 2007–2010 from the stacked term cell',
        reads(6, {
          columns: { number: 'A', item: 'B', total: 'C' },
          sources: ['D', 'E', 'F', 'G'],
          years: ['2007', '2008', '2009', '2010'],
        }),
      ],
      [
        "each cell's total, then its years; the regional cell's 3 values are 2008–2010",
        (r) => {
          const rs = rowsAt(r, 6);
          const got = rs.map((x) => [x.source ?? 'всего', x.total, ...x.years]);
          const want = [
            ['всего', 396541, 89517, 95783, 102296, 108945],
            ['федеральный бюджет', 358068, 89517, 89517, 89517, 8951],
            ['областной бюджет', 38473, null, 6266, 12779, 19428],
          ];
          return show(got) === show(want) ? true : show(got);
        },
      ],
    ],
    facts: [
      ['396 541 and 38 473 = 6 266 + 12 779 + 19 428 add up (no finding on C6, E6)', clean(['C6', 'E6'])],
      [
        '2010: 108 945 = 89 517 + 19 428: the lost digit is one error, reported once, at the federal cell',
        (r) =>
          r.findings.filter((f) => f.severity === 'error').length === 1
            ? true
            : show(r.findings.filter((f) => f.severity === 'error').map((f) => f.cell)),
      ],
      [
        'row 1.2: 467 714, 133 812, 333 902 add up, federal + regional = total in every year',
        (r) => (rowsAt(r, 7).length === 3 ? clean(['C7', 'D7', 'E7'])(r) : 'row 1.2 not read'),
      ],
      [
        'no unit is stated: the job says so and names the choice',
        (r) => (r.findings.some((f) => f.code === 'no-unit') ? true : 'no question'),
      ],
    ],
    errors: [{ cell: 'D6', expected: 277502, found: 358068, difference: 80566 }],
    infos: [{ code: 'no-unit' }],
    plan: true,
  },
  'mordoviya-uchitel-goda-2012-smeta-one-cell-list': {
    reading: [
      [
        'item A, amount B «Сумма расходов (руб.) 2011 год»: 2011 from the header, roubles',
        reads(3, { columns: { item: 'A', amount: 'B' }, years: ['2011'], unit: 'руб.', yearFrom: 'header' }),
      ],
      [
        'the items of group 1 in one cell pair, their amounts on aligned lines: 560, 520, 200, 200, 80',
        (r) => {
          const rs = rowsAt(r, 5);
          const got = rs.map((x) => [x.item.slice(0, 12), x.years[0]]);
          const want = [
            ['Бумага белая', 560],
            ['Фотобумага', 520],
            ['Цветная бума', 200],
            ['Ручки', 200],
            ['Файлы для жю', 80],
          ];
          return show(got) === show(want) ? true : show(got);
        },
      ],
    ],
    facts: [
      ['all five formulas are right (560, 520, 200, 200, 80)', formulas(5)],
      [
        'the header year 2011 for a 2012 contest: a question',
        (r) => (r.findings.some((f) => f.code === 'year-title' && f.cell === 'B3') ? true : 'no question'),
      ],
    ],
    errors: [],
    infos: [{ code: 'year-title', cell: 'B3' }, { code: 'no-totals' }],
    notBudget: ['The title is in lower case («республики мордовия»): spelling, not money.'],
    plan: false,
  },
  'abakan-konkursy-2004-quarters-in-cell': {
    reading: [
      [
        'item A, amount B «Сумма (в тыс. руб.)»; 2004 only in the title',
        reads(4, { columns: { item: 'A', amount: 'B' }, years: ['2004'], unit: 'тыс. руб.', yearFrom: 'title' }),
      ],
      ['the five amounts 68,0; 7,0; 30,0; 20,0; 30,0', items([4, 5, 6, 7, 8], [[68], [7], [30], [20], [30]])],
    ],
    facts: [
      [
        'the quarters inside cells («1 кв. - 8 т. р.») add up per row: 68,0; 7,0; 30,0; 20,0; 30,0',
        (r) => {
          const parts = [4, 5, 6, 7, 8].map((x) => rowsAt(r, x)[0]?.parts?.values.reduce((a, b) => a + b, 0));
          return show(parts) === show([68, 7, 30, 20, 30]) ? none(['parts-amount'])(r) : show(parts);
        },
      ],
      [
        'the grant counts add up: 4×15+8 = 68, 1×7, 3×10, 2×10, 2×15',
        (r) => {
          const f = [4, 5, 6, 7, 8].map((x) => rowsAt(r, x)[0]?.formulas?.[0]?.value);
          return show(f) === show([68, 7, 30, 20, 30]) ? none(['formula-amount'])(r) : show(f);
        },
      ],
      ['the 5 visible amounts add to 155,0', rollsUpTo(155)],
    ],
    errors: [],
    infos: [{ code: 'no-totals' }],
    plan: false,
  },
  'zeya-raion-razvitie-obrazovaniya-2015-2025-rubles': {
    reading: [
      [
        'number A, item B, source C, «всего» D, years 2015–2025 in E–O, roubles',
        reads(14, {
          columns: { number: 'A', item: 'B', source: 'C', total: 'D' },
          years: ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'],
          unit: 'руб.',
        }),
      ],
      [
        'roubles with kopecks and space separators read («6 642 899 392,49»)',
        (r) => (rowsAt(r, 14)[0]?.total === 6642899392.49 ? true : show(rowsAt(r, 14)[0]?.total)),
      ],
    ],
    facts: [
      ['the 11 yearly cells add to exactly 6 642 899 392,49', clean(['D14'])],
      ['the federal row (2015–2024) adds to exactly 95 567 331,54', clean(['D15'])],
      [
        'the column-number row 1, 1, 2, …, 9, 11, …, 14, 14 is skipped, with one finding: 10 missing, 1 and 14 doubled',
        (r) => {
          const f = r.findings.filter((x) => x.code === 'column-numbering');
          return f.length === 1 && /1 и 14/.test(f[0]!.message) && /10/.test(f[0]!.message) && notItems([13])(r) === true
            ? true
            : show(f.map((x) => x.message));
        },
      ],
      [
        '2023–2025 are identical (556 225 565,22)',
        (r) => (show(rowsAt(r, 14)[0]?.years.slice(8)) === show([556225565.22, 556225565.22, 556225565.22]) ? true : 'not read'),
      ],
      ['«Всего» and the federal row it includes are counted once', rollsUpTo(6642899392.49)],
    ],
    errors: [],
    infos: [{ code: 'column-numbering', cell: 'B13' }],
    notBudget: ['The programme-name cell has a closing quote only: punctuation, not money.'],
    plan: false,
  },
  'bashkortostan-smotr-shkolnoe-pitanie-2005-text-lines': {
    reading: [
      [
        'not a table: the prize lines read as items, «Итого: - 100 тысяч рублей» as the total, in тыс. руб.',
        (r) => {
          const t = r.tables[0];
          if (!t || t.shape !== 'text') return 'no text table';
          const got = t.rows.map((x) => [x.kind, x.years[0]]);
          const want = [
            ['item', 30],
            ['item', 20],
            ['item', 10],
            ['item', 10],
            ['item', 10],
            ['item', 10],
            ['item', 10],
            ['total', 100],
          ];
          return show(got) === show(want) && t.unit.label === 'тыс. руб.' ? true : show(got);
        },
      ],
    ],
    facts: [
      [
        '30 + 20 + 10 + 4 × 10 = 100 = «Итого: - 100 тысяч рублей»',
        (r) => (r.findings.some((f) => f.severity !== 'info') ? 'a finding' : true),
      ],
      [
        'amounts on the line after their label keep the label',
        (r) => (r.tables[0]?.rows[4]?.item.startsWith('За максимальный охват') ? true : show(r.tables[0]?.rows[4]?.item)),
      ],
      [
        "no year in the estimate itself: none invented (the act's date is 2005), the job asks",
        (r) => (r.tables[0]?.years[0]?.unknown && r.findings.some((f) => f.code === 'no-year') ? true : show(r.tables[0]?.years)),
      ],
    ],
    errors: [],
    infos: [{ code: 'no-year' }],
    plan: false,
  },
  'voronezh-gp-razvitie-obrazovaniya-2014-2020': {
    reading: [
      [
        'three header levels and the column numbers: item B, source C, «Всего» D, years 2014–2020 in E–K, тыс. рублей',
        reads(11, {
          columns: { item: 'B', source: 'C', total: 'D' },
          years: ['2014', '2015', '2016', '2017', '2018', '2019', '2020'],
          unit: 'тыс. руб.',
        }),
      ],
      [
        'the rows: «всего, в том числе:» and the federal row',
        items(
          [11, 12],
          [
            [20658793.1, 20022356.6, 19819753.1, 21491945.6, 21232646.5, 20508293, 21847747.7],
            [107115.2, 284732.4, 279658.9, 0, 0, 0, 0],
          ],
        ),
      ],
    ],
    facts: [
      ['the sub-header rows («Всего», «в том числе по годам…», the years, 1…11) are no data', notItems([8, 9, 10])],
      ['the federal row adds up: 107 115,2 + 284 732,4 + 279 658,9 = 671 506,5', clean(['D12'])],
      ['«в том числе» rows are never added twice: the year cells of «всего» roll up to 145 581 535,6', rollsUpTo(145581535.6)],
    ],
    errors: [{ cell: 'D11', expected: 145581535.6, found: 235255764.3, difference: 89674228.7 }],
    infos: [],
    plan: false,
  },
};

// ---- measuring -------------------------------------------------------------------------------

/** The job on one document's sheet (typed as a Russian paste types it), with a choice or without. */
export function readBudgetDoc(doc: CorpusDoc, choice: BudgetChoice = {}): BudgetRead {
  const values = pastedValues(doc.rows);
  const tables = findBudgetTables(values, choice);
  const findings = tables.flatMap((t) => checkBudget(t, values));
  return { values, tables, findings };
}

function run(checks: [string, Check][], r: BudgetRead): FactCheck[] {
  return checks.map(([fact, check]) => {
    let got: true | string;
    try {
      got = check(r);
    } catch (e) {
      got = `threw: ${e instanceof Error ? e.message : String(e)}`;
    }
    return got === true ? { fact, ok: true } : { fact, ok: false, got };
  });
}

/** A stated error is found when a finding at its cell gives its expected, found and difference. */
export function errorFound(e: StatedError, findings: readonly BudgetFinding[]): boolean {
  return findings.some(
    (f) =>
      f.cell === e.cell &&
      f.expected !== undefined &&
      near(f.expected, e.expected) &&
      near(f.found!, e.found) &&
      near(f.difference!, e.difference),
  );
}

/** Findings that are neither a stated error nor a true question: each a finding on a clean cell. */
export function falseFindings(x: BudgetExpect, findings: readonly BudgetFinding[]): string[] {
  return findings
    .filter((f) => !x.errors.some((e) => e.cell === f.cell && errorFound(e, [f])))
    .filter((f) => !x.infos.some((i) => i.code === f.code && (i.cell === undefined || i.cell === f.cell)))
    .map((f) => `${f.cell}: ${f.message}`);
}

export function measureBudgetDoc(doc: CorpusDoc, x: BudgetExpect): DocMeasure {
  const alone = readBudgetDoc(doc);
  const readAlone = run(x.reading, alone).every((f) => f.ok);
  let recognition: Recognition = readAlone ? 'alone' : 'no';
  let used = alone;
  if (!readAlone && x.choice) {
    const chosen = readBudgetDoc(doc, x.choice.choice);
    if (run(x.reading, chosen).every((f) => f.ok)) {
      recognition = 'one-choice';
      used = chosen;
    }
  }
  const facts = [
    ...run(x.reading, used),
    ...run(x.facts, used),
    ...x.errors.map((e) => ({ fact: `error at ${e.cell}: expected ${e.expected}, found ${e.found}`, ok: errorFound(e, used.findings) })),
  ];
  const m: DocMeasure = {
    job: doc.job,
    doc: doc.name,
    recognition,
    facts,
    falseFindings: falseFindings(x, used.findings),
    errors: { found: x.errors.filter((e) => errorFound(e, used.findings)).length, stated: x.errors.length },
  };
  if (recognition === 'one-choice') m.choice = x.choice!.flags;
  return m;
}

/** The checks the expectations are written with, for expectations kept elsewhere (real documents beside the tests). */
export const BUDGET_CHECKS = { reads, items, clean, none, rollsUpTo, totalOf, notItems, formulas, rowsAt, tableAt };

/** A job measurer over documents of the budgets' shape and their expectations (the corpus, or real documents kept as test data). */
export function budgetMeasurer(name: string, expectations: Record<string, BudgetExpect>): JobCorpus {
  return {
    name,
    folders: ['budgets'],
    expects: (doc) => doc.name in expectations,
    measure: (doc) => measureBudgetDoc(doc, expectations[doc.name]!),
  };
}

export const BUDGETS_CORPUS: JobCorpus = {
  name: 'Бюджеты',
  folders: ['budgets'],
  expects: (doc) => doc.name in BUDGET_EXPECTATIONS,
  measure(doc: CorpusDoc): DocMeasure {
    return measureBudgetDoc(doc, BUDGET_EXPECTATIONS[doc.name]!);
  },
};
