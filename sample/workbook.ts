/**
 * The sample workbook of the playground, written as readable source: the seed plans as pasted from
 * Word, a roster, the 004 budget, and school checklist tabs made from a template.
 * Data comes from ../shared/seeds; the checklist criteria restate what the 001 plan asks of schools.
 */
import type { CellSpec, SheetSpec, WorkbookSpec } from '../src/local/xlsx';
import { SEED_001, SEED_004 } from './seed-plans';
import { COL, sampleTemplate, schoolTabSheet, TAB_MARKER_KEY, templateSheet, TEMPLATE_SHEET } from '../src/core/checklist';
import { ROSTER_HEADER, ROSTER_SHEET } from '../src/core/people/roster';
import { toA1 } from '../src/core/table/a1';

/** «Ответственные» of the seed plans, as a coordinator would keep them in the roster «Участники»: [ФИО, краткое имя, должность, организация]. */
const ROSTER: [string, string, string, string][] = [
  ['Третьякова Татьяна Владимировна', 'Третьякова Т.В.', 'Муниципальный координатор', ''],
  ['Петухов Евгений Александрович', 'Петухов Е.А.', 'Руководитель ОО', ''],
  ['Мельникова Татьяна Викторовна', 'Мельникова Т.В.', 'Методист', 'ПК ИРО'],
  ['Гумбатов Сергей Алиевич', 'Гумбатов С.А.', 'Методист', 'РМЦ'],
  ['Шкуратская Марина Владимировна', 'Шкуратская М.В.', 'Руководитель МО', 'МО ПК'],
  ['Ланская Наталья Викторовна', 'Ланская Н.В.', 'Методист', 'РЦОД'],
  ['Поляков Леонид Павлович', 'Поляков Л.П.', 'Директор, руководитель проекта', 'МАОУ Лицей №128'],
  ['Жефруа Любовь Владимировна', 'Жефруа Л.В.', 'Заместитель директора по УД', 'МАОУ Лицей №128'],
  ['Бахтина Оксана Васильевна', 'Бахтина О.В.', 'Заместитель директора по ВР', 'МАОУ Лицей №128'],
  ['Рухлова Татьяна Васильевна', 'Рухлова Т.В.', 'Заместитель директора по УД', 'МАОУ Лицей №128'],
  ['Швецова Юлия Игоревна', 'Швецова Ю.И.', 'Педагог дополнительного образования', 'МАОУ Лицей №128'],
];

/** The roster «Участники» (core/people/roster.ts: ROSTER_HEADER), shared by the responsibility and checklist jobs. */
const roster: SheetSpec = {
  name: ROSTER_SHEET,
  rows: [
    [...ROSTER_HEADER],
    ...ROSTER.map(([name, short, position, organisation]) => [name, short, 'Человек', position, organisation, '', '']),
    ['Руководители образовательных организаций', 'Руководители ОО', 'Группа', '', '', '', ''],
    ['Методическое объединение педагогов ПК', 'МО ПК', 'Организация', '', '', '', ''],
    // the schools that fill in the checklist (Тип «Школа»); Лицей № 130 has no tab yet: «Разослать чек-листы» makes it
    ['МАОУ «СОШ № 117» г. Перми', 'СОШ № 117', 'Школа', '', '', 'soch117@example.ru', ''],
    ['МАОУ «СОШ № 27» г. Перми', 'СОШ № 27', 'Школа', '', '', '', ''],
    ['МАОУ «Лицей № 130» г. Перми', 'Лицей № 130', 'Школа', '', '', '', ''],
    ['Иванова Ирина Петровна', 'Иванова И.П.', 'Человек', 'Заместитель директора по УВР', 'СОШ № 27', 'ivanova@example.ru', ''],
  ],
  frozenRows: 1,
  bold: ['A1:G1'],
  columnWidths: [280, 150, 110, 260, 170, 180, 140],
};

/** 004, 2.13 «Финансовое обеспечение реализации проекта», as pasted: merged «Статьи затрат» cells left blank below. */
const budget: SheetSpec = {
  name: 'Бюджет',
  rows: [
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
  ],
  frozenRows: 1,
  bold: ['A1:E1', 'A6:E7'],
  numberFormats: { 'C2:E7': '#,##0' },
  columnWidths: [420, 200, 100, 100, 100],
};

/**
 * Two schools' budget tabs in the shape of 004's table, as a coordinator collects them for «Свести»: one in
 * thousands with a numbering column, a «Всего» column and a per-source «Итого» — with a real slip planted
 * (the 2024 «Итого» of the extra-budgetary funds was not updated after a row changed: 95,0 where the rows
 * add up to 100,0) — and one in roubles, correct.
 */
const budgetSchool117: SheetSpec = {
  name: 'Бюджет СОШ № 117',
  rows: [
    ['Финансовое обеспечение проекта МАОУ СОШ № 117, тыс. руб.', '', '', '', '', '', ''],
    ['№', 'Статьи затрат', 'Источники финансирования', '2023 год', '2024 год', '2025 год', 'Всего'],
    ['1.', 'Обеспечение участников проекта научно-методическими и дидактическими материалами', 'Бюджетные средства ОО', 15, 15, 20, 50],
    ['2.', 'Участие в семинарах, курсовой подготовке, научно-практических конференциях', 'Бюджетные средства ОО', 25, 30, 30, 85],
    ['3.', 'Организация выездных консультаций (курсов, семинаров, практикумов и др.)', 'Внебюджетные средства ОО', 40, 60, 60, 160],
    ['4.', 'Оборудование кабинета робототехники', 'Внебюджетные средства ОО', 0, 40, 20, 60],
    ['', 'Итого', 'Бюджетные средства ОО', 40, 45, 50, 135],
    ['', '', 'Внебюджетные средства ОО', 40, 95, 80, 215],
  ],
  frozenRows: 2,
  bold: ['A1:A1', 'A2:G2', 'A7:G8'],
  numberFormats: { 'D3:G8': '#,##0.0' },
  columnWidths: [40, 420, 200, 90, 90, 90, 90],
};

const budgetLyceum130: SheetSpec = {
  name: 'Бюджет Лицей № 130',
  rows: [
    ['Статьи затрат', 'Источники финансирования', '2023 год', '2024 год', '2025 год'],
    ['Обеспечение участников проекта научно-методическими и дидактическими материалами', 'Бюджетные средства ОО', 10000, 12000, 12000],
    ['Организация выездных консультаций (курсов, семинаров, практикумов и др.)', 'Внебюджетные средства ОО', 50000, 50000, 55000],
    ['Итого', 'Бюджетные средства ОО', 10000, 12000, 12000],
    ['', 'Внебюджетные средства ОО', 50000, 50000, 55000],
  ],
  frozenRows: 1,
  bold: ['A1:E1', 'A4:E5'],
  numberFormats: { 'C2:E5': '#,##0' },
  columnWidths: [420, 200, 100, 100, 100],
};

/** The checklist template (seed 001's conditions for a specialised class) and the schools that fill it in. */
const TEMPLATE = sampleTemplate();

/** A school's tab as «Разослать чек-листы» makes it, with some answers filled in (hand-written ones too). */
function schoolTab(school: string, tab: string, answers: string[]): SheetSpec {
  const t = schoolTabSheet(TEMPLATE, school);
  const rows: CellSpec[][] = t.values.map((r, i) =>
    i >= t.firstDataRow ? r.map((v, c) => (c === COL.answer ? (answers[i - t.firstDataRow] ?? '') : v)) : [...r],
  );
  return {
    name: tab,
    rows,
    frozenRows: t.headerRow + 1,
    bold: [`A${t.headerRow + 1}:H${t.headerRow + 1}`],
    columnWidths: [...t.widths],
    validations: t.validations.map((v) => ({
      range: toA1(v.row, v.col),
      list: v.rule.kind === 'list' ? v.rule.values : [],
      allowInvalid: true,
    })),
    metadata: { [TAB_MARKER_KEY]: school },
    protections: [{ description: `Кластер: чек-лист «${school}» (изменяются только ответы)`, editors: ['coordinator@example.com'] }],
  };
}

const Y = 'Да';
const P = 'Частично';
const N = 'Нет';

function checklistSheets(): SheetSpec[] {
  const t = templateSheet(TEMPLATE);
  return [
    {
      name: TEMPLATE_SHEET,
      rows: t.values,
      frozenRows: t.headerRow + 1,
      bold: ['A2:H2'],
      columnWidths: [160, 40, 420, 50, 150, 120, 200, 200],
    },
    schoolTab('МАОУ «СОШ № 117» г. Перми', 'СОШ № 117', [Y, Y, P, N, Y, Y, N, N, Y, P, N, N, Y, N, P, N, Y, N, N, N, Y, Y]),
    schoolTab('МАОУ «СОШ № 27» г. Перми', 'СОШ № 27', [Y, P, Y, Y, Y, Y, Y, 'да', Y, Y, P, Y, Y, Y, N, Y, '+', Y, Y, P, Y, Y]),
  ];
}

export function sampleWorkbook(): WorkbookSpec {
  return {
    name: 'Кластер — пример',
    sheets: [
      { name: 'План 2022-2023', rows: SEED_001 as CellSpec[][], frozenRows: 4, columnWidths: [50, 360, 300, 140, 180] },
      { name: 'Академия 2023-2025', rows: SEED_004 as CellSpec[][], frozenRows: 3, columnWidths: [150, 300, 300, 220, 260] },
      roster,
      budget,
      budgetSchool117,
      budgetLyceum130,
      ...checklistSheets(),
    ],
  };
}
