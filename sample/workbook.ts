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

/** «Ответственные» of the seed plans, as a coordinator would keep them in a roster. */
const ROSTER: [string, string, string][] = [
  ['Третьякова Татьяна Владимировна', 'Третьякова Т.В.', 'Муниципальный координатор'],
  ['Петухов Евгений Александрович', 'Петухов Е.А.', 'Руководитель ОО'],
  ['Мельникова Татьяна Викторовна', 'Мельникова Т.В.', 'ПК ИРО'],
  ['Гумбатов Сергей Алиевич', 'Гумбатов С.А.', 'РМЦ'],
  ['Шкуратская Марина Владимировна', 'Шкуратская М.В.', 'МО ПК'],
  ['Ланская Наталья Викторовна', 'Ланская Н.В.', 'РЦОД'],
  ['Поляков Леонид Павлович', 'Поляков Л.П.', 'Директор МАОУ Лицей №128, руководитель проекта'],
  ['Жефруа Любовь Владимировна', 'Жефруа Л.В.', 'Заместитель директора по УД'],
  ['Бахтина Оксана Васильевна', 'Бахтина О.В.', 'Заместитель директора по ВР'],
  ['Рухлова Татьяна Васильевна', 'Рухлова Т.В.', 'Заместитель директора по УД'],
  ['Швецова Юлия Игоревна', 'Швецова Ю.И.', 'Педагог дополнительного образования'],
];

const roster: SheetSpec = {
  name: 'Реестр',
  rows: [['ФИО', 'Краткая запись', 'Должность, организация'], ...ROSTER],
  frozenRows: 1,
  bold: ['A1:C1'],
  columnWidths: [280, 160, 340],
};

/** 004, 2.13 «Финансовое обеспечение реализации проекта», as pasted: merged «Статьи затрат» cells left blank below. */
const budget: SheetSpec = {
  name: 'Бюджет',
  rows: [
    ['Статьи затрат', 'Источники финансирования', '2023 год', '2024 год', '2025 год'],
    ['Обеспечение участников инновационного проекта необходимыми научно-методическими, дидактическими материалами и другими средствами, необходимыми для\nосуществления программы инновационной деятельности', 'Внебюджетные средства ОО', 30000, 30000, 30000],
    ['Участие в семинарах, курсовой подготовке, научно-практических конференциях в \nрамках научно-методического обеспечения инновационной деятельности ', 'Бюджетные средства ОО', 20000, 20000, 20000],
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

/** The checklist template (seed 001's conditions for a specialised class) and the schools that fill it in. */
const TEMPLATE = sampleTemplate();

/**
 * «Участники»: the schools that fill in the checklist (Тип «Школа»), one with the e-mail of who fills it in.
 * Лицей № 130 has no tab yet: «Разослать чек-листы» makes it (and the summary lists it as «нет листа» until then).
 */
const participants: SheetSpec = {
  name: ROSTER_SHEET,
  rows: [
    [...ROSTER_HEADER],
    ['МАОУ «СОШ № 117» г. Перми', 'СОШ № 117', 'Школа', '', '', 'soch117@example.ru', ''],
    ['МАОУ «СОШ № 27» г. Перми', 'СОШ № 27', 'Школа', '', '', '', ''],
    ['МАОУ «Лицей № 130» г. Перми', 'Лицей № 130', 'Школа', '', '', '', ''],
    ['Рухлова Татьяна Васильевна', 'Рухлова Т.В.', 'Человек', 'Заместитель директора по УД', 'СОШ № 27', 'ruhlova@example.ru', ''],
  ],
  frozenRows: 1,
  bold: ['A1:G1'],
  columnWidths: [280, 140, 100, 220, 160, 200, 120],
};

/** A school's tab as «Разослать чек-листы» makes it, with some answers filled in (hand-written ones too). */
function schoolTab(school: string, tab: string, answers: string[]): SheetSpec {
  const t = schoolTabSheet(TEMPLATE, school);
  const rows: CellSpec[][] = t.values.map((r, i) => (i >= t.firstDataRow ? r.map((v, c) => (c === COL.answer ? answers[i - t.firstDataRow] ?? '' : v)) : [...r]));
  return {
    name: tab,
    rows,
    frozenRows: t.headerRow + 1,
    bold: [`A${t.headerRow + 1}:H${t.headerRow + 1}`],
    columnWidths: [...t.widths],
    validations: t.validations.map((v) => ({ range: toA1(v.row, v.col), list: v.rule.kind === 'list' ? v.rule.values : [], allowInvalid: true })),
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
    { name: TEMPLATE_SHEET, rows: t.values, frozenRows: t.headerRow + 1, bold: ['A2:H2'], columnWidths: [160, 40, 420, 50, 150, 120, 200, 200] },
    participants,
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
      ...checklistSheets(),
    ],
  };
}
