/** Range: reads and writes a rectangle of cells of one sheet. */
import { boxContains, boxesIntersect, boxToA1, parseA1, type GridBox } from './a1';
import { clearCells, clearFormat, dropFormula, normalizeColor, writeCellValue, type ClearOptions } from './cell-writes';
import { DataValidationImpl } from './data-validation';
import { displayValue } from './display-values';
import { SERVICE } from './instrument';
import type { InputContext } from './typed-input';
import { ProtectionImpl } from './protection';
import type { SheetImpl } from './sheet';
import { newEntryId, type Cell, type CellValue, type HorizontalAlignment, type VerticalAlignment } from './workbook';
import type { DateBridge } from './zones';

/** What Sheets returns as the number format of a cell nobody formatted. */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

export class RangeImpl {
  readonly [SERVICE] = 'Range';

  constructor(
    readonly sheet: SheetImpl,
    readonly box: GridBox,
  ) {}

  // ---- geometry ----
  getRow(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.column;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numColumns;
  }
  getHeight(): number {
    return this.box.numRows;
  }
  getWidth(): number {
    return this.box.numColumns;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }
  getA1Notation(): string {
    return boxToA1(this.box);
  }
  getSheet(): SheetImpl {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.model.id;
  }
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet.rangeAt({ row: this.box.row + row - 1, column: this.box.column + column - 1, numRows: 1, numColumns: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    return this.sheet.rangeAt({
      row: this.box.row + rowOffset,
      column: this.box.column + columnOffset,
      numRows: numRows ?? this.box.numRows,
      numColumns: numColumns ?? this.box.numColumns,
    });
  }
  activate(): RangeImpl {
    this.sheet.spreadsheet.setActiveRange(this);
    return this;
  }

  // ---- values ----
  /** Date cells come out as the instant their wall clock shows in the spreadsheet's zone; formulas as their results. */
  getValues(): CellValue[][] {
    const dates = this.sheet.spreadsheet.dates;
    this.refreshFormulas();
    return this.grid((cell) => scriptValue(cell?.value ?? '', dates));
  }
  getValue(): CellValue {
    this.refreshFormulas();
    return scriptValue(this.first()?.value ?? '', this.sheet.spreadsheet.dates);
  }
  /** A Date is stored as the wall clock it shows in the spreadsheet's zone. */
  setValues(values: unknown[][]): RangeImpl {
    const { input, dates } = this.sheet.spreadsheet;
    this.write2d(values, 'setValues', (cell, v) => writeCellValue(cell, v, input, dates));
    this.formulasWritten();
    return this;
  }
  setValue(value: unknown): RangeImpl {
    const { input, dates } = this.sheet.spreadsheet;
    this.writeAll((cell) => writeCellValue(cell, value, input, dates));
    this.formulasWritten();
    return this;
  }
  getDisplayValues(): string[][] {
    const locale = this.sheet.spreadsheet.locale;
    this.refreshFormulas();
    return this.grid((cell) => (cell ? displayValue(cell.value, cell.numberFormat, locale) : ''));
  }
  getDisplayValue(): string {
    this.refreshFormulas();
    const cell = this.first();
    return cell ? displayValue(cell.value, cell.numberFormat, this.sheet.spreadsheet.locale) : '';
  }
  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.first()?.formula ?? '';
  }
  setFormulas(formulas: unknown[][]): RangeImpl {
    const input = this.sheet.spreadsheet.input;
    this.write2d(formulas, 'setFormulas', (cell, f) => writeFormula(cell, f, input));
    this.formulasWritten();
    return this;
  }
  setFormula(formula: string): RangeImpl {
    const input = this.sheet.spreadsheet.input;
    this.writeAll((cell) => writeFormula(cell, formula, input));
    this.formulasWritten();
    return this;
  }

  // ---- formats ----
  getNumberFormats(): string[][] {
    return this.grid((cell) => cell?.numberFormat ?? AUTOMATIC_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.first()?.numberFormat ?? AUTOMATIC_NUMBER_FORMAT;
  }
  setNumberFormats(formats: unknown[][]): RangeImpl {
    this.write2d(formats, 'setNumberFormats', (cell, f) => setOrDelete(cell, 'numberFormat', f ? String(f) : undefined));
    return this;
  }
  setNumberFormat(format: string): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'numberFormat', format ? String(format) : undefined));
    return this;
  }
  getBackgrounds(): string[][] {
    return this.grid((cell) => cell?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.first()?.background ?? '#ffffff';
  }
  setBackgrounds(colors: unknown[][]): RangeImpl {
    this.write2d(colors, 'setBackgrounds', (cell, c) => setOrDelete(cell, 'background', background(c)));
    return this;
  }
  setBackground(color: string | null): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'background', background(color)));
    return this;
  }
  getFontWeights(): string[][] {
    return this.grid((cell) => (cell?.bold ? 'bold' : 'normal'));
  }
  getFontWeight(): string {
    return this.first()?.bold ? 'bold' : 'normal';
  }
  setFontWeights(weights: unknown[][]): RangeImpl {
    this.write2d(weights, 'setFontWeights', (cell, w) => setOrDelete(cell, 'bold', w === 'bold' ? true : undefined));
    return this;
  }
  setFontWeight(weight: string | null): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'bold', weight === 'bold' ? true : undefined));
    return this;
  }
  getFontColors(): string[][] {
    return this.grid((cell) => cell?.fontColor ?? '#000000');
  }
  setFontColors(colors: unknown[][]): RangeImpl {
    this.write2d(colors, 'setFontColors', (cell, c) => setOrDelete(cell, 'fontColor', normalizeColor(c)));
    return this;
  }
  setFontColor(color: string | null): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'fontColor', normalizeColor(color)));
    return this;
  }
  setFontSize(size: number): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'fontSize', size || undefined));
    return this;
  }
  getWraps(): boolean[][] {
    return this.grid((cell) => cell?.wrap ?? false);
  }
  setWraps(wraps: unknown[][]): RangeImpl {
    this.write2d(wraps, 'setWraps', (cell, w) => setOrDelete(cell, 'wrap', w === true ? true : undefined));
    return this;
  }
  setWrap(wrap: boolean): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'wrap', wrap ? true : undefined));
    return this;
  }
  getHorizontalAlignment(): string {
    return this.first()?.horizontalAlignment ?? 'general';
  }
  setHorizontalAlignment(alignment: HorizontalAlignment | null): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'horizontalAlignment', alignment ?? undefined));
    return this;
  }
  getHorizontalAlignments(): string[][] {
    return this.grid((cell) => cell?.horizontalAlignment ?? 'general');
  }
  /** Range.setHorizontalAlignments: one value per cell ('left' | 'center' | 'normal' | 'right' | null for the default). */
  setHorizontalAlignments(alignments: unknown[][]): RangeImpl {
    this.write2d(alignments, 'setHorizontalAlignments', (cell, a) => setOrDelete(cell, 'horizontalAlignment', horizontal(a)));
    return this;
  }
  getVerticalAlignments(): string[][] {
    return this.grid((cell) => cell?.verticalAlignment ?? 'bottom');
  }
  /** Range.setVerticalAlignments: one value per cell ('top' | 'middle' | 'bottom' | null for the default). */
  setVerticalAlignments(alignments: unknown[][]): RangeImpl {
    this.write2d(alignments, 'setVerticalAlignments', (cell, a) => setOrDelete(cell, 'verticalAlignment', vertical(a)));
    return this;
  }
  getVerticalAlignment(): string {
    return this.first()?.verticalAlignment ?? 'bottom';
  }
  setVerticalAlignment(alignment: VerticalAlignment | null): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'verticalAlignment', alignment ?? undefined));
    return this;
  }
  /** Borders are not modelled; the call is only counted. */
  setBorder(..._args: unknown[]): RangeImpl {
    return this;
  }

  // ---- notes and validation ----
  getNotes(): string[][] {
    return this.grid((cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.first()?.note ?? '';
  }
  setNotes(notes: unknown[][]): RangeImpl {
    this.write2d(notes, 'setNotes', (cell, n) => setOrDelete(cell, 'note', n ? String(n) : undefined));
    return this;
  }
  setNote(note: string | null): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'note', note ? String(note) : undefined));
    return this;
  }
  clearNote(): RangeImpl {
    this.sheet.model.forEachCell(this.box, (cell) => delete cell.note);
    return this;
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    return this.grid((cell) => this.validationOf(cell));
  }
  getDataValidation(): DataValidationImpl | null {
    return this.validationOf(this.first());
  }
  setDataValidations(rules: unknown[][]): RangeImpl {
    this.write2d(rules, 'setDataValidations', (cell, rule) => setOrDelete(cell, 'validation', ruleOf(rule)));
    return this;
  }
  setDataValidation(rule: DataValidationImpl | null): RangeImpl {
    this.writeAll((cell) => setOrDelete(cell, 'validation', ruleOf(rule)));
    return this;
  }
  clearDataValidations(): RangeImpl {
    this.sheet.model.forEachCell(this.box, (cell) => delete cell.validation);
    return this;
  }

  // ---- clearing ----
  clear(options?: ClearOptions): RangeImpl {
    clearCells(this.sheet.model, this.box, options ?? {});
    return this;
  }
  clearContent(): RangeImpl {
    clearCells(this.sheet.model, this.box, { contentsOnly: true });
    return this;
  }
  clearFormat(): RangeImpl {
    this.sheet.model.forEachCell(this.box, clearFormat);
    return this;
  }

  // ---- merges ----
  merge(): RangeImpl {
    const model = this.sheet.model;
    const boxes = model.mergeBoxes();
    if (boxes.some((b) => boxesIntersect(b, this.box) && !boxContains(this.box, b))) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    model.removeMergesWithin(this.box);
    if (this.box.numRows * this.box.numColumns > 1) {
      model.forEachCell(this.box, (cell, r, c) => {
        if (r !== this.box.row || c !== this.box.column) {
          cell.value = '';
          dropFormula(cell);
        }
      });
      model.merges.push(boxToA1(this.box));
    }
    return this;
  }
  breakApart(): RangeImpl {
    const model = this.sheet.model;
    if (model.mergeBoxes().some((b) => boxesIntersect(b, this.box) && !boxContains(this.box, b))) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    model.removeMergesWithin(this.box);
    return this;
  }
  getMergedRanges(): RangeImpl[] {
    return this.sheet.model
      .mergeBoxes()
      .filter((b) => boxesIntersect(b, this.box))
      .map((b) => this.sheet.rangeAt(b));
  }
  isPartOfMerge(): boolean {
    return this.sheet.model.mergeBoxes().some((b) => boxesIntersect(b, this.box));
  }

  // ---- protection ----
  protect(): ProtectionImpl {
    const entry = {
      id: newEntryId(),
      range: boxToA1(this.box),
      description: '',
      warningOnly: false,
      editors: [],
      mirrorsSharing: true,
      unprotectedRanges: [],
    };
    this.sheet.model.protections.push(entry);
    return new ProtectionImpl(this.sheet, entry);
  }

  // ---- helpers (own arrow properties: hidden from scripts, not counted) ----
  private readonly first = (): Cell | undefined => this.sheet.model.cell(this.box.row, this.box.column);

  /** Formulas in the range (and what they depend on) computed before they are read, as Sheets does. */
  private readonly refreshFormulas = (): void => this.sheet.spreadsheet.formulas.refresh(this.sheet.model, this.box);

  private readonly formulasWritten = (): void => this.sheet.spreadsheet.formulas.written(this.sheet.model, this.box);

  private readonly grid = <T>(read: (cell: Cell | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let r = 0; r < this.box.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.box.numColumns; c++) line.push(read(this.sheet.model.cell(this.box.row + r, this.box.column + c)));
      out.push(line);
    }
    return out;
  };

  private readonly writeAll = (write: (cell: Cell) => void): void => {
    for (let r = 0; r < this.box.numRows; r++) {
      for (let c = 0; c < this.box.numColumns; c++) write(this.sheet.model.cellForWrite(this.box.row + r, this.box.column + c));
    }
  };

  private readonly write2d = (data: unknown, method: string, write: (cell: Cell, value: unknown) => void): void => {
    checkShape(data, this.box, method);
    this.writeAll2d(data, write);
  };

  private readonly writeAll2d = (data: unknown[][], write: (cell: Cell, value: unknown) => void): void => {
    data.forEach((line, r) =>
      line.forEach((value, c) => write(this.sheet.model.cellForWrite(this.box.row + r, this.box.column + c), value)),
    );
  };

  private readonly validationOf = (cell: Cell | undefined): DataValidationImpl | null =>
    cell?.validation ? new DataValidationImpl(structuredClone(cell.validation), this.sheet.spreadsheet) : null;
}

/** Throws Sheets' own messages when a 2D array does not fit the range. */
export function checkShape(data: unknown, box: GridBox, method: string): asserts data is unknown[][] {
  if (!Array.isArray(data) || !data.every(Array.isArray)) {
    const type = Array.isArray(data) ? 'Object[]' : typeof data === 'string' ? 'String' : typeof data;
    throw new Error(`The parameters (${type}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  if (data.length !== box.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${box.numRows}.`,
    );
  }
  for (const line of data as unknown[][]) {
    if (line.length !== box.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${box.numColumns}.`,
      );
    }
  }
}

/** Parses A1 for a sheet-level getRange; throws Sheets' message for bad text. */
export function parseRangeText(text: string): { sheetName?: string; box: GridBox } {
  const ref = parseA1(String(text));
  if (!ref) throw new Error('Range not found');
  return ref;
}

/** A cell value as getValues gives it: a fresh Date (an instant in the spreadsheet's zone) for a date cell. */
function scriptValue(value: CellValue, dates: DateBridge): CellValue {
  return value instanceof Date ? dates.toScript(value) : value;
}

function writeFormula(cell: Cell, formula: unknown, input: InputContext): void {
  const text = formula === null || formula === undefined ? '' : String(formula);
  if (text.startsWith('=')) {
    dropFormula(cell);
    cell.formula = text;
    cell.value = '';
  } else writeCellValue(cell, text === '' ? null : text, input);
}

function background(color: unknown): string | undefined {
  const hex = normalizeColor(color);
  return hex === '#ffffff' ? undefined : hex;
}

function ruleOf(rule: unknown): Cell['validation'] {
  if (rule === null || rule === undefined) return undefined;
  if (!(rule instanceof DataValidationImpl)) throw new Error('Expected a DataValidation built by newDataValidation().');
  return structuredClone(rule.rule);
}

function setOrDelete<K extends keyof Cell>(cell: Cell, key: K, value: Cell[K] | undefined): void {
  if (value === undefined) delete cell[key];
  else cell[key] = value;
}

function horizontal(value: unknown): HorizontalAlignment | undefined {
  return value === 'left' || value === 'center' || value === 'right' || value === 'normal' ? value : undefined;
}

function vertical(value: unknown): VerticalAlignment | undefined {
  return value === 'top' || value === 'middle' || value === 'bottom' ? value : undefined;
}
