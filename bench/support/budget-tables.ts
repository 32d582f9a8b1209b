/**
 * Budget tables as a sheet holds them after pasting from Word (merged cells leave blanks below and to the right).
 * SEED_004 is section 2.13 of ../shared/seeds/004 verbatim; the others follow the shapes of public documents.
 */

/** 004, 2.13 «Финансовое обеспечение реализации проекта». */
export const SEED_004: unknown[][] = [
  ['Статьи затрат', 'Источники финансирования', ' 2023 год', '2024 год', '2025 год'],
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

/** The seed table under its section title, with the next section's text below, as on a sheet pasted from the whole document. */
export const SEED_004_IN_TEXT: unknown[][] = [
  ['2.13. Финансовое обеспечение реализации проекта'],
  ['Внедрение инновационного проекта осуществляется за счет бюджетной и внебюджетной деятельности, привлечения спонсорской помощи '],
  ...SEED_004,
  [''],
  ['2.14. Материалы, презентующие проект организации-соискателя'],
];

/**
 * The shape of regional programme tables («Структура финансирования … (тыс. рублей)»): a three-row header
 * with «Всего» and «в том числе по годам» above the year row, the item header merged over the item and
 * source columns, the «Всего» block on top split by source, continuation rows, dashes for zero.
 */
export const TOP_TOTAL_THOUSANDS: unknown[][] = [
  ['Структура финансирования проекта на 2024 - 2026 годы'],
  ['Источники и направления расходов', '', 'Расходы (тыс. рублей), годы', '', '', ''],
  ['', '', 'Всего', 'в том числе по годам', '', ''],
  ['', '', '', '2024 год', '2025 год', '2026 год'],
  ['Всего', 'Бюджет субъекта', '1 250,5', '400,5', '450', '400'],
  ['', 'Внебюджетные источники', '300', '-', '150', '150'],
  ['Оборудование', 'Бюджет субъекта', '850', '250', '300', '300'],
  ['', 'Внебюджетные источники', '300', '-', '150', '150'],
  ['Прочие расходы', 'Бюджет субъекта', '400,5', '150,5', '150', '100'],
  ['', 'Внебюджетные источники', '-', '-', '-', '-'],
];

/** A two-row header («Всего, руб.» | «В том числе по годам» above the years), school years, numbering, «Итого» row. */
export const ACADEMIC: unknown[][] = [
  ['№ п/п', 'Наименование расходов', 'Всего, руб.', 'В том числе по годам', '', ''],
  ['', '', '', '2021/2022', '2022/2023', '2023-2024 уч. г.'],
  ['1.', 'Курсы повышения квалификации педагогов', '90 000', '30 000', '30 000', '30 000'],
  ['2.', 'Приобретение учебного оборудования', '150 000', '100 000', '50 000', '—'],
  ['3.', 'Проведение сетевых мероприятий кластера', '45 000', '15 000', '15 000', '15 000'],
  ['', 'Итого', '285 000', '145 000', '95 000', '45 000'],
];

/**
 * The shape of programme tables with a column-numbering row and «в том числе» breakdowns by source in the
 * item column (no source column): «Всего» on top, then directions, each broken down by source.
 */
export const INCLUDING_BREAKDOWN: unknown[][] = [
  ['Источник и направление финансирования', 'Общий объем финансирования, тыс. руб.', 'В том числе по годам', '', ''],
  ['', '', '2024', '2025', '2026'],
  ['1', '2', '3', '4', '5'],
  ['Всего', '1 500', '400', '500', '600'],
  ['в том числе:', '', '', '', ''],
  ['федеральный бюджет', '900', '240', '300', '360'],
  ['областной бюджет', '600', '160', '200', '240'],
  ['Научно-исследовательские работы', '1 000', '300', '300', '400'],
  ['в том числе:', '', '', '', ''],
  ['федеральный бюджет', '600', '180', '180', '240'],
  ['областной бюджет', '400', '120', '120', '160'],
  ['Прочие расходы', '500', '100', '200', '200'],
  ['в том числе: федеральный бюджет', '300', '60', '120', '120'],
  ['областной бюджет', '200', '40', '80', '80'],
];

/**
 * A table with one planted error of every kind (rows are 1-based in the comments, as the sheet shows them):
 * row 3 «Всего» 95 000 (years add up to 90 000); row 5 «по факту»; row 6 negative; row 7 #REF!;
 * row 8 a formula kept as text; numbering 1, 2, 3, 3, 5, 6, 8 (a repeat and a gap);
 * row 10 «Итого» бюджетные 2023: 60 000 (items: 50 000); row 12 grand «Всего» 2025: 999 999;
 * under the table, F13 holds twice the 2025 column («задвоенный итог»).
 */
export const PLANTED: unknown[][] = [
  ['№', 'Статья затрат', 'Источник финансирования', '2023 год', '2024 год', '2025 год', 'Всего'],
  [1, 'Методические материалы', 'Бюджетные средства', 30000, 30000, 30000, 90000],
  [2, 'Семинары и курсы', 'Бюджетные средства', 20000, 30000, 40000, 95000],
  [3, 'Выездные консультации', 'Внебюджетные средства', 10000, 10000, 10000, 30000],
  [3, 'Конференция', 'Внебюджетные средства', 'по факту', 5000, 5000, 10000],
  [5, 'Призы участникам', 'Внебюджетные средства', 5000, -2000, 5000, 8000],
  [6, 'Транспорт', 'Внебюджетные средства', 1000, '#REF!', 1000, 2000],
  [8, 'Связь', 'Внебюджетные средства', '=D8*2', 1000, 1000, 2000],
  ['', 'Итого', 'Бюджетные средства', 60000, 60000, 70000, 190000],
  ['', '', 'Внебюджетные средства', 16000, 14000, 22000, 52000],
  ['', 'Всего', '', 66000, 74000, 999999, 242000],
  [],
  ['', '', '', '', '', 184000, ''],
];

/** Year headers gone wrong: an implausible year, a repeat, a gap; and school years that skip one. */
export const BAD_YEARS: unknown[][] = [
  ['Статьи затрат', '2023 год', '2023 год', '2025 год', '2203 год'],
  ['Оборудование', 100, 100, 100, 100],
  [],
  ['Статьи затрат', '2021/2022', '2023/2024'],
  ['Оборудование', 100, 100],
];

const GEN_ITEMS = [
  'Методические материалы',
  'Курсы повышения квалификации',
  'Оборудование',
  'Семинары',
  'Выездные консультации',
  'Конференция',
  'Призы участникам',
  'Транспорт',
  'Связь и интернет',
  'Издание сборника',
];
const GEN_SOURCES = ['Бюджетные средства ОО', 'Внебюджетные средства ОО', 'Спонсорская помощь'];

/**
 * A generated budget tab in the seed's shape, for benches and size tests: `items` cost items, each on one
 * row per source (the item cell blank on continuation rows), `years` year columns, «Всего» last, then an
 * «Итого» row per source and a grand «Всего». Amounts are deterministic (from `seed`) and the totals add up.
 */
export function generateBudgetValues(options: {
  items: number;
  years?: number;
  sources?: number;
  firstYear?: number;
  seed?: number;
}): unknown[][] {
  const years = options.years ?? 5;
  const nSources = options.sources ?? 3;
  const firstYear = options.firstYear ?? 2021;
  let state = (options.seed ?? 1) >>> 0 || 1;
  const next = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state;
  };
  const sources = Array.from(
    { length: nSources },
    (_, s) => GEN_SOURCES[s % GEN_SOURCES.length]! + (s >= GEN_SOURCES.length ? ` ${s}` : ''),
  );
  const header = [
    '№',
    'Статьи затрат',
    'Источники финансирования',
    ...Array.from({ length: years }, (_, y) => `${firstYear + y} год`),
    'Всего',
  ];
  const rows: unknown[][] = [header];
  const bySource = sources.map(() => new Array<number>(years).fill(0));
  for (let i = 0; i < options.items; i++) {
    sources.forEach((source, s) => {
      const amounts = Array.from({ length: years }, () => (next() % 200) * 500);
      amounts.forEach((a, y) => (bySource[s]![y]! += a));
      const item = s === 0 ? `${GEN_ITEMS[i % GEN_ITEMS.length]} ${i + 1}` : '';
      rows.push([s === 0 ? i + 1 : '', item, source, ...amounts, amounts.reduce((x, y) => x + y, 0)]);
    });
  }
  sources.forEach((source, s) => {
    const t = bySource[s]!;
    rows.push(['', s === 0 ? 'Итого' : '', source, ...t, t.reduce((x, y) => x + y, 0)]);
  });
  const grand = Array.from({ length: years }, (_, y) => bySource.reduce((x, t) => x + t[y]!, 0));
  rows.push(['', 'Всего', '', ...grand, grand.reduce((x, y) => x + y, 0)]);
  return rows;
}
