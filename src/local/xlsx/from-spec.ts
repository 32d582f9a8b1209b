/** Builds a workbook from a readable plain-object spec (how the sample workbook is written in source). */
import { parseA1, type GridBox } from '../emulator/a1';
import { newEntryId, SheetModel, Workbook, type Cell, type CellValue } from '../emulator/workbook';
import { WorkbookError } from './workbook-error';

/** A cell in a spec: a plain value ('=…' strings are formulas), or a formula with its cached result. */
export type CellSpec = CellValue | null | undefined | { formula: string; value?: CellValue };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  frozenRows?: number;
  frozenColumns?: number;
  /** px, by column from A. */
  columnWidths?: number[];
  /** A1 cell → note text. */
  notes?: Record<string, string>;
  /** A1 cell or range → '#rrggbb'. */
  backgrounds?: Record<string, string>;
  /** A1 ranges to make bold. */
  bold?: string[];
  /** A1 range → number format, e.g. 'dd.mm.yyyy' or '#,##0.00'. */
  numberFormats?: Record<string, string>;
  validations?: { range: string; list: string[]; allowInvalid?: boolean; helpText?: string }[];
  merges?: string[];
  /** Sheet developer metadata. */
  metadata?: Record<string, string>;
  protections?: { range?: string; description: string; editors?: string[] }[];
  hidden?: boolean;
  tabColor?: string;
}

export interface WorkbookSpec {
  name?: string;
  sheets: SheetSpec[];
  documentProperties?: Record<string, string>;
}

/** The workbook a spec describes. Throws WorkbookError for a bad range or an empty spec. */
export function workbookFromSpec(spec: WorkbookSpec): Workbook {
  if (!spec.sheets.length) throw new WorkbookError('В книге нет ни одного листа');
  const workbook = new Workbook(spec.name ?? 'Книга');
  for (const sheetSpec of spec.sheets) {
    if (workbook.sheet(sheetSpec.name)) throw new WorkbookError(`Лист «${sheetSpec.name}» описан дважды`);
    workbook.sheets.push(buildSheet(sheetSpec));
  }
  Object.assign(workbook.documentProperties, spec.documentProperties ?? {});
  return workbook;
}

function buildSheet(spec: SheetSpec): SheetModel {
  const sheet = new SheetModel(spec.name);
  spec.rows.forEach((row, r) => row.forEach((value, c) => writeSpecCell(sheet, r + 1, c + 1, value)));
  sheet.frozenRows = spec.frozenRows ?? 0;
  sheet.frozenColumns = spec.frozenColumns ?? 0;
  sheet.columnWidths = [...(spec.columnWidths ?? [])];
  sheet.hidden = spec.hidden ?? false;
  if (spec.tabColor) sheet.tabColor = spec.tabColor.toLowerCase();
  const style = (ranges: Iterable<[string, (cell: Cell) => void]>) => {
    for (const [a1, apply] of ranges) eachCell(sheet, box(spec.name, a1), apply);
  };
  style(Object.entries(spec.notes ?? {}).map(([a1, note]) => [a1, (cell) => (cell.note = note)]));
  style(Object.entries(spec.backgrounds ?? {}).map(([a1, bg]) => [a1, (cell) => (cell.background = bg.toLowerCase())]));
  style((spec.bold ?? []).map((a1) => [a1, (cell) => (cell.bold = true)]));
  style(Object.entries(spec.numberFormats ?? {}).map(([a1, f]) => [a1, (cell) => (cell.numberFormat = f)]));
  style(
    (spec.validations ?? []).map((v) => [
      v.range,
      (cell) =>
        (cell.validation = {
          kind: 'list',
          values: [...v.list],
          showDropdown: true,
          allowInvalid: v.allowInvalid ?? false,
          ...(v.helpText ? { helpText: v.helpText } : {}),
        }),
    ]),
  );
  for (const merge of spec.merges ?? []) box(spec.name, merge);
  sheet.merges = [...(spec.merges ?? [])];
  for (const [key, value] of Object.entries(spec.metadata ?? {})) {
    sheet.metadata.push({ id: newEntryId(), key, value });
  }
  for (const p of spec.protections ?? []) {
    if (p.range) box(spec.name, p.range);
    sheet.protections.push({
      id: newEntryId(),
      ...(p.range ? { range: p.range } : {}),
      description: p.description,
      warningOnly: false,
      editors: [...(p.editors ?? [])],
      unprotectedRanges: [],
    });
  }
  return sheet;
}

function writeSpecCell(sheet: SheetModel, row: number, column: number, value: CellSpec): void {
  if (value === null || value === undefined || value === '') return;
  const cell = sheet.cellForWrite(row, column);
  if (typeof value === 'object' && !(value instanceof Date)) {
    cell.formula = value.formula;
    cell.value = value.value ?? '';
  } else if (typeof value === 'string' && value.startsWith('=')) {
    cell.formula = value;
    cell.value = '';
  } else {
    cell.value = value;
  }
}

function box(sheetName: string, a1: string): GridBox {
  const ref = parseA1(a1);
  if (!ref) throw new WorkbookError(`Лист «${sheetName}»: непонятный диапазон «${a1}»`);
  return ref.box;
}

function eachCell(sheet: SheetModel, area: GridBox, apply: (cell: Cell) => void): void {
  for (let r = area.row; r < area.row + area.numRows; r++) {
    for (let c = area.column; c < area.column + area.numColumns; c++) apply(sheet.cellForWrite(r, c));
  }
}
