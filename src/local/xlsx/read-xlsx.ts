/** Loads an .xlsx file into the in-memory workbook, with checks that end in clear Russian messages. */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { columnToLetters, parseA1, quoteSheetName, type GridBox } from '../emulator/a1';
import {
  DEFAULT_MAX_COLUMNS,
  DEFAULT_MAX_ROWS,
  hasContent,
  SheetModel,
  Workbook,
  type Cell,
  type CellValue,
  type HorizontalAlignment,
  type ValidationRule,
  type VerticalAlignment,
} from '../emulator/workbook';
import { argbToHex, charsToPixels } from './colors';
import { utcToLocal } from './dates';
import { applyMetaRows, META_COLUMNS, META_SHEET_NAME, recordedSheetNames, type MetaSourceRow } from './meta-sheet';
import { missingSheetParts, readSheetIds } from './sheet-identity';
import { clipHugeRanges } from './huge-ranges';
import { WorkbookError } from './workbook-error';
import { checkZip, RATIO_LIMIT, UNPACKED_LIMIT } from './zip-limits';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads a workbook from a path or from bytes. Throws WorkbookError for anything that is not a usable .xlsx. */
export async function readXlsx(source: string | Uint8Array): Promise<Workbook> {
  const label = typeof source === 'string' ? source : 'из памяти';
  const bytes = typeof source === 'string' ? await readBytes(source) : source;
  checkSignature(bytes, label);
  checkArchive(bytes, label);
  const book = new ExcelJS.Workbook();
  try {
    const bounded = await clipHugeRanges(bytes);
    await book.xlsx.load(Buffer.from(bounded.buffer, bounded.byteOffset, bounded.byteLength) as never);
  } catch {
    throw new WorkbookError(`Файл ${label} повреждён или не является книгой Excel (.xlsx)`);
  }
  const missing = await missingSheetParts(bytes);
  if (missing.length) {
    const list = missing.map((m) => `«${m.sheet}» (${m.part})`).join(', ');
    throw new WorkbookError(
      `Файл ${label} повреждён: ${missing.length === 1 ? 'нет части листа' : 'нет частей листов'} ${list} — без ${missing.length === 1 ? 'него' : 'них'} книга была бы прочитана не вся. ` +
        'Откройте файл в Excel или LibreOffice и сохраните его снова.',
    );
  }
  const name = typeof source === 'string' ? basename(source, extname(source)) : 'Книга';
  const workbook = new Workbook(name);
  const metaSheet = book.worksheets.find((ws) => ws.name === META_SHEET_NAME);
  const meta = metaSheet ? sheetRows(metaSheet) : [];
  const ids = sheetIds(await readSheetIds(bytes), recordedSheetNames(meta));
  for (const ws of book.worksheets) {
    if (ws !== metaSheet) workbook.sheets.push(readSheetSafely(ws, ids.get(ws.name)));
  }
  if (workbook.sheets.length === 0) throw new WorkbookError('В книге нет ни одного листа');
  const cells = workbook.sheets.reduce((sum, s) => sum + s.lastRow() * s.lastColumn(), 0);
  if (cells > SHEETS_CELL_LIMIT) {
    throw new WorkbookError(
      `Книга ${label} больше, чем допускают Google Таблицы: на листах с данными ${ru(cells)} ячеек, а в таблице не больше ${ru(SHEETS_CELL_LIMIT)}`,
    );
  }
  applyMetaRows(workbook, meta);
  return workbook;
}

/**
 * The id each sheet gets back. Two sheets claiming one id (a sheet copied in Excel takes the original's
 * identity name along, and follows every rename as the original does) cannot be told apart: neither the name the
 * meta sheet recorded (the user may have renamed the original and given its name to the copy) nor the position
 * proves which is the original. So none keeps the id: both get new ids and are the user's sheets, and a copy is
 * never taken for the sheet it was copied from (the next build makes a new generated sheet beside them).
 */
function sheetIds(claims: Map<string, number>, _recorded: Map<number, string>): Map<string, number> {
  const byId = new Map<number, string[]>();
  for (const [sheet, id] of claims) byId.set(id, [...(byId.get(id) ?? []), sheet]);
  const ids = new Map<string, number>();
  for (const [id, sheets] of byId) if (sheets.length === 1) ids.set(sheets[0]!, id);
  return ids;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new WorkbookError(`Файл не найден: ${path} (это папка)`);
  } catch (err) {
    if (err instanceof WorkbookError) throw err;
    throw new WorkbookError(`Файл не найден: ${path}`);
  }
  try {
    return await readFile(path);
  } catch (err) {
    throw new WorkbookError(`Не удалось прочитать файл ${path}: ${(err as Error).message}`);
  }
}

function checkSignature(bytes: Uint8Array, label: string): void {
  if (bytes.length === 0) throw new WorkbookError(`Файл ${label} не является книгой Excel (.xlsx): файл пуст`);
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new WorkbookError(`Файл ${label} не является книгой Excel (.xlsx): это старый формат .xls, сохраните его как .xlsx`);
  }
  if (!ZIP_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new WorkbookError(`Файл ${label} не является книгой Excel (.xlsx)`);
  }
}

/** Sizes in megabytes, as a message states them: «412 МБ». */
const mb = (bytes: number) => `${ru(Math.ceil(bytes / (1024 * 1024)))} МБ`;

/** Refuses an archive that would unpack past the limits (zip-limits.ts), before anything is inflated. */
function checkArchive(bytes: Uint8Array, label: string): void {
  const check = checkZip(bytes);
  if (check.ok) return;
  const limits = `Пределы: ${mb(UNPACKED_LIMIT)} в распакованном виде и сжатие не больше чем в ${RATIO_LIMIT} раз.`;
  switch (check.reason) {
    case 'too-large':
      throw new WorkbookError(
        `Файл ${label} не прочитан: распакованный, он занял бы ${mb(check.unpacked!)}, больше предела в ${mb(UNPACKED_LIMIT)}. Разделите книгу на части. ${limits}`,
      );
    case 'ratio':
      throw new WorkbookError(
        `Файл ${label} не прочитан: он сжат в ${ru(Math.round(check.unpacked! / Math.max(check.packed!, 1)))} раз (${mb(check.packed!)} → ${mb(check.unpacked!)}), ` +
          `а настоящие книги сжаты не больше чем в ${RATIO_LIMIT} раз — файл похож на «zip-бомбу». ${limits}`,
      );
    case 'lied':
      throw new WorkbookError(
        `Файл ${label} не прочитан: часть «${check.entry}» распаковывается не в тот размер, что записан в архиве (файл повреждён или подделан). ${limits}`,
      );
    case 'encrypted':
      throw new WorkbookError(`Файл ${label} защищён паролем: снимите пароль (Файл → Сведения → Защита книги) и сохраните его снова`);
    case 'method':
      throw new WorkbookError(`Файл ${label} сжат способом, которого нет в .xlsx: сохраните его в Excel или LibreOffice как книгу .xlsx`);
    default:
      throw new WorkbookError(`Файл ${label} повреждён или не является книгой Excel (.xlsx)`);
  }
}

function readSheetSafely(ws: ExcelJS.Worksheet, id: number | undefined): SheetModel {
  try {
    return readSheet(ws, id);
  } catch (err) {
    if (err instanceof WorkbookError) throw err;
    throw new WorkbookError(`Не удалось прочитать лист «${ws.name}»: ${(err as Error).message}`);
  }
}

/** Google Sheets holds at most this many cells (rows × columns of every sheet) in one spreadsheet. */
export const SHEETS_CELL_LIMIT = 10_000_000;

/** 17179869184 → «17 179 869 184» (plain spaces, readable in any terminal). */
function ru(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** exceljs keeps rows and cells in sparse arrays; iterating them visits only what the file holds. */
interface SparseSheet {
  _rows?: (SparseRow | undefined)[];
}
interface SparseRow {
  _cells?: (ExcelJS.Cell | undefined)[];
}

/** Every stored cell of a sheet, in the file's order: never a pass over its nominal rows × columns. */
function storedCells(ws: ExcelJS.Worksheet, visit: (source: ExcelJS.Cell, row: number, column: number) => void): void {
  const rows = (ws as unknown as SparseSheet)._rows;
  if (!rows) {
    ws.eachRow((row, r) => row.eachCell((source, c) => visit(source, r, c)));
    return;
  }
  rows.forEach((row, r) => row?._cells?.forEach((source, c) => source && visit(source, r + 1, c + 1)));
}

function readSheet(ws: ExcelJS.Worksheet, id: number | undefined): SheetModel {
  const sheet = new SheetModel(ws.name, id);
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const tab = argbToHex(ws.properties.tabColor?.argb);
  if (tab) sheet.tabColor = tab;
  const view = ws.views?.[0];
  if (view?.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  const cells: [number, number, Cell][] = [];
  let dataRows = 0;
  let dataColumns = 0;
  storedCells(ws, (source, r, c) => {
    const cell = readCell(source);
    if (!cell) return;
    cells.push([r, c, cell]);
    if (hasContent(cell)) {
      dataRows = Math.max(dataRows, r);
      dataColumns = Math.max(dataColumns, c);
    }
  });
  checkSheetSize(ws.name, dataRows, dataColumns);
  // Formatting, merges and validations are kept inside the data, or inside a new sheet's 1000 × 26.
  const bound: GridBox = {
    row: 1,
    column: 1,
    numRows: Math.max(dataRows, DEFAULT_MAX_ROWS),
    numColumns: Math.max(dataColumns, DEFAULT_MAX_COLUMNS),
  };
  let lastRow = 0;
  for (const [r, c, cell] of cells) {
    if (r > bound.numRows || c > bound.numColumns) continue;
    while (sheet.rows.length < r) sheet.rows.push([]);
    (sheet.rows[r - 1] as (Cell | undefined)[])[c - 1] = cell;
    lastRow = Math.max(lastRow, r);
  }
  const columns = Math.min(ws.columns?.length ?? 0, bound.numColumns);
  for (let c = 1; c <= columns; c++) {
    const width = ws.getColumn(c).width;
    if (width !== undefined) sheet.columnWidths[c - 1] = charsToPixels(width);
  }
  readValidations(ws, sheet, bound);
  sheet.merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).filter((a1) => {
    const box = parseA1(a1)?.box;
    return !!box && box.row + box.numRows - 1 <= bound.numRows && box.column + box.numColumns - 1 <= bound.numColumns;
  });
  sheet.maxRows = Math.max(DEFAULT_MAX_ROWS, Math.min(ws.rowCount, bound.numRows), lastRow);
  sheet.maxColumns = Math.max(DEFAULT_MAX_COLUMNS, Math.min(ws.columnCount, bound.numColumns));
  return sheet;
}

/** A sheet whose data alone needs more cells than Google Sheets allows is refused, naming where the data ends. */
function checkSheetSize(name: string, rows: number, columns: number): void {
  const cells = rows * columns;
  if (cells <= SHEETS_CELL_LIMIT) return;
  const n = ru;
  throw new WorkbookError(
    `Лист «${name}» больше, чем допускают Google Таблицы: данные доходят до строки ${n(rows)} и столбца ${columnToLetters(columns)} ` +
      `(${n(rows)} × ${n(columns)} = ${n(cells)} ячеек, а в таблице не больше ${n(SHEETS_CELL_LIMIT)}). ` +
      'Удалите лишние ячейки далеко за таблицей и сохраните файл снова.',
  );
}

function readCell(source: ExcelJS.Cell): Cell | undefined {
  const isSlave = source.isMerged && source.master.address !== source.address;
  const cell: Cell = { value: isSlave ? '' : plainValue(source.value) };
  const raw = source.value;
  if (!isSlave && raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    cell.formula = `=${source.formula}`;
  }
  if (source.numFmt && source.numFmt !== 'General') cell.numberFormat = source.numFmt;
  const note = noteText(source.note);
  if (note) cell.note = note;
  const fill = source.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = argbToHex(fill.fgColor?.argb);
    if (bg) cell.background = bg;
  }
  if (source.font?.bold) cell.bold = true;
  const color = argbToHex(source.font?.color?.argb);
  if (color && color !== '#000000') cell.fontColor = color;
  const align = source.alignment;
  if (align?.wrapText) cell.wrap = true;
  if (align?.horizontal === 'left' || align?.horizontal === 'center' || align?.horizontal === 'right') {
    cell.horizontalAlignment = align.horizontal as HorizontalAlignment;
  }
  if (align?.vertical === 'top' || align?.vertical === 'middle' || align?.vertical === 'bottom') {
    cell.verticalAlignment = align.vertical as VerticalAlignment;
  }
  const empty = cell.value === '' && Object.keys(cell).length === 1;
  return empty ? undefined : cell;
}

/** An exceljs value as Sheets' getValues would give it; formula errors become their error string. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return utcToLocal(value);
  if (typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined || result === null ? '' : plainValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  return String(value);
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('') || undefined;
}

/** exceljs keeps validations apart from cells (empty cells included), keyed by address or range. */
function readValidations(ws: ExcelJS.Worksheet, sheet: SheetModel, bound: GridBox): void {
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }).dataValidations?.model;
  for (const [address, dv] of Object.entries(model ?? {})) {
    const rule = validationRule(dv, ws.name);
    const ref = parseA1(address);
    if (!rule || !ref) continue;
    // a rule on whole columns (A2:A1048576) is kept only where a cell can matter: inside the bound
    const { box } = ref;
    const lastRow = Math.min(box.row + box.numRows - 1, bound.numRows);
    const lastColumn = Math.min(box.column + box.numColumns - 1, bound.numColumns);
    for (let r = box.row; r <= lastRow; r++) {
      for (let c = box.column; c <= lastColumn; c++) sheet.cellForWrite(r, c).validation = rule;
    }
  }
}

function validationRule(dv: ExcelJS.DataValidation | undefined, sheetName: string): ValidationRule | undefined {
  if (!dv || dv.type !== 'list') return undefined;
  const formula = String(dv.formulae?.[0] ?? '');
  const common = {
    showDropdown: true,
    allowInvalid: dv.showErrorMessage !== true,
    ...(dv.prompt ? { helpText: dv.prompt } : {}),
  };
  if (formula.startsWith('"')) {
    const inner = formula.slice(1, -1).replace(/""/g, '"');
    return { kind: 'list', values: inner === '' ? [] : inner.split(','), ...common };
  }
  const ref = parseA1(formula.replace(/\$/g, ''));
  if (!ref) return undefined;
  const range = `${quoteSheetName(ref.sheetName ?? sheetName)}!${formula.replace(/\$/g, '').split('!').pop()}`;
  return { kind: 'range', range, ...common };
}

function sheetRows(ws: ExcelJS.Worksheet): MetaSourceRow[] {
  const rows: MetaSourceRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const values: unknown[] = [];
    for (let c = 1; c <= META_COLUMNS; c++) values.push(plainValue(row.getCell(c).value));
    rows.push({ row: number, values });
  });
  return rows;
}
