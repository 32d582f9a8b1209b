/** Saves an in-memory workbook as .xlsx with exceljs. */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { parseA1, quoteSheetName, columnToLetters } from '../emulator/a1';
import type { Cell, SheetModel, ValidationRule, Workbook } from '../emulator/workbook';
import { hexToArgb, pixelsToChars } from './colors';
import { localToUtc } from './dates';
import { fitsInlineList, META_SHEET_NAME, metaRows } from './meta-sheet';
import { addSheetIds } from './sheet-identity';
import { sheetNameProblem, uniqueSheetName } from '../../core/table/sheet-name';
import { WorkbookError } from './workbook-error';

const ERROR_VALUES = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

/**
 * The name each sheet gets in the file. Google Sheets holds names .xlsx cannot (up to 100 characters, «/», «?»,
 * «:»…); such a sheet is saved under a name made fit (core/table/sheet-name: at most 31 characters, shortened
 * at a word), and its own name is kept in `_klaster_meta`, so reading the file back gives the sheet its name
 * again. A save never fails because of a name, and never renames a sheet whose name fits.
 */
export function fileSheetNames(sheets: readonly SheetModel[]): Map<SheetModel, string> {
  const names = new Map<SheetModel, string>();
  const taken = [META_SHEET_NAME];
  const used = new Set([META_SHEET_NAME.toLowerCase()]);
  for (const sheet of sheets) {
    if (sheetNameProblem(sheet.name) !== null || used.has(sheet.name.toLowerCase())) continue;
    names.set(sheet, sheet.name);
    taken.push(sheet.name);
    used.add(sheet.name.toLowerCase());
  }
  for (const sheet of sheets) {
    if (names.has(sheet)) continue;
    const name = uniqueSheetName(sheet.name, taken);
    names.set(sheet, name);
    taken.push(name);
  }
  return names;
}

/** The workbook as .xlsx bytes. */
export async function writeXlsxBuffer(workbook: Workbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const names = fileSheetNames(workbook.sheets);
  for (const sheet of workbook.sheets) writeSheet(book, sheet, names.get(sheet)!);
  const meta = metaRows(workbook, names);
  if (meta.length > 1) {
    const ws = book.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
    for (const row of meta) ws.addRow(row);
  }
  try {
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    return await addSheetIds(
      bytes,
      workbook.sheets.map((s) => ({ name: names.get(s)!, id: s.id })),
    );
  } catch (err) {
    throw new WorkbookError(`Не удалось сохранить книгу: ${(err as Error).message}`);
  }
}

/** Saves the workbook to `path` (.xlsx). */
export async function writeXlsx(workbook: Workbook, path: string): Promise<void> {
  const bytes = await writeXlsxBuffer(workbook);
  try {
    await writeFile(path, bytes);
  } catch (err) {
    throw new WorkbookError(`Не удалось записать файл ${path}: ${(err as Error).message}`);
  }
}

function writeSheet(book: ExcelJS.Workbook, sheet: SheetModel, name: string): void {
  const ws = book.addWorksheet(name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: hexToArgb(sheet.tabColor) } } } : {}),
    ...(sheet.frozenRows || sheet.frozenColumns
      ? { views: [{ state: 'frozen' as const, xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] }
      : {}),
  });
  sheet.columnWidths.forEach((px, i) => {
    if (px !== undefined) ws.getColumn(i + 1).width = pixelsToChars(px);
  });
  sheet.rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell);
    }),
  );
  for (const range of sheet.merges) ws.mergeCells(range);
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  target.value = excelValue(cell);
  const format = cell.numberFormat ?? defaultDateFormat(cell.value);
  if (format) target.numFmt = format;
  if (cell.note) {
    target.note = cell.note;
    // exceljs drops a note on a cell that has neither a value nor a style: give it a neutral style.
    if (cell.value === '' && cell.formula === undefined) target.protection = { locked: true };
  }
  if (cell.background) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: hexToArgb(cell.background) } };
  }
  if (cell.bold || cell.fontColor || cell.fontSize) {
    target.font = {
      ...(cell.bold ? { bold: true } : {}),
      ...(cell.fontColor ? { color: { argb: hexToArgb(cell.fontColor) } } : {}),
      ...(cell.fontSize ? { size: cell.fontSize } : {}),
    };
  }
  if (cell.wrap || cell.horizontalAlignment || cell.verticalAlignment) {
    target.alignment = {
      ...(cell.wrap ? { wrapText: true } : {}),
      ...(cell.horizontalAlignment && cell.horizontalAlignment !== 'normal' ? { horizontal: cell.horizontalAlignment } : {}),
      ...(cell.verticalAlignment ? { vertical: cell.verticalAlignment } : {}),
    };
  }
  if (cell.validation) {
    const dv = excelValidation(cell.validation);
    if (dv) target.dataValidation = dv;
  }
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  const plain = cell.value instanceof Date ? localToUtc(cell.value) : cell.value;
  if (cell.formula !== undefined) {
    const formula = cell.formula.replace(/^=/, '');
    if (typeof plain === 'string' && ERROR_VALUES.has(plain)) {
      return { formula, result: { error: plain as ExcelJS.CellErrorValue['error'] } };
    }
    return plain === '' ? { formula } : { formula, result: plain };
  }
  return plain === '' ? null : plain;
}

function defaultDateFormat(value: unknown): string | undefined {
  if (!(value instanceof Date)) return undefined;
  const hasTime = value.getHours() || value.getMinutes() || value.getSeconds();
  return hasTime ? 'dd.mm.yyyy hh:mm:ss' : 'dd.mm.yyyy';
}

function excelValidation(rule: ValidationRule): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    ...(rule.helpText ? { prompt: rule.helpText, showInputMessage: true } : {}),
  };
  if (rule.kind === 'list') {
    if (!fitsInlineList(rule.values)) return undefined; // kept in the meta sheet instead
    return { type: 'list', formulae: [`"${rule.values.join(',').replace(/"/g, '""')}"`], ...common };
  }
  const ref = parseA1(rule.range);
  if (!ref) return undefined;
  const { box } = ref;
  const absolute = `$${columnToLetters(box.column)}$${box.row}:$${columnToLetters(box.column + box.numColumns - 1)}$${box.row + box.numRows - 1}`;
  const formula = ref.sheetName ? `${quoteSheetName(ref.sheetName)}!${absolute}` : absolute;
  return { type: 'list', formulae: [formula], ...common };
}
