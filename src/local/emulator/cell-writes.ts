/** How a value written through the API lands in a cell, and how cells are cleared. */
import type { GridBox } from './a1';
import { isDate } from './realm';
import { parseTypedInput, type InputContext } from './typed-input';
import type { Cell, SheetModel } from './workbook';
import type { DateBridge } from './zones';

/**
 * Writes a value as `Range.setValue` does in Sheets:
 * - a string starting with '=' becomes a formula (value '' until formulas.ts computes it);
 * - a leading apostrophe forces text and is not part of the value;
 * - in a cell formatted as plain text ('@') strings stay text as written, a leading apostrophe included (what
 *   Google does there is unverified; Excel keeps it as a quote prefix outside the value). So the add-on writes
 *   the marker (core/table/cell.ts safeText) only where strings are read as typed input, never into '@' cells;
 * - any other string is read as typed input in the spreadsheet's locale (`input`, see typed-input.ts):
 *   «1,5», «2024», «26.09.2022», «50%», «TRUE» become a number, a date, a boolean; the rest stays text;
 * - null/undefined clear the cell; numbers and booleans are kept as they are;
 * - a Date is an instant: the cell keeps the wall clock it shows in the spreadsheet's zone (`dates`;
 *   without it, the process zone's).
 */
export function writeCellValue(cell: Cell, value: unknown, input: InputContext, dates?: DateBridge): void {
  dropFormula(cell);
  if (value === null || value === undefined) {
    cell.value = '';
  } else if (typeof value === 'string') {
    if (cell.numberFormat === '@') cell.value = value;
    else if (value.startsWith("'")) cell.value = value.slice(1);
    else if (value.startsWith('=') && value.length > 1) {
      cell.formula = value;
      cell.value = '';
    } else writeTyped(cell, value, input);
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
  } else if (isDate(value)) {
    cell.value = dates ? dates.toCell(value) : new Date(value.getTime());
  } else {
    cell.value = String(value);
  }
}

/** A string as typed: a number, date or boolean when it reads as one (dates and percentages get a format unless the cell has one). */
function writeTyped(cell: Cell, text: string, input: InputContext): void {
  const typed = parseTypedInput(text, input);
  if (!typed) {
    cell.value = text;
    return;
  }
  cell.value = typed.value;
  if (typed.numberFormat && !cell.numberFormat) cell.numberFormat = typed.numberFormat;
}

/** Options of Range.clear / Sheet.clear. */
export interface ClearOptions {
  contentsOnly?: boolean;
  formatOnly?: boolean;
  commentsOnly?: boolean;
  validationsOnly?: boolean;
}

export function clearCells(sheet: SheetModel, box: GridBox, options: ClearOptions = {}): void {
  const any = options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly;
  const contents = !any || options.contentsOnly;
  const formats = !any || options.formatOnly;
  sheet.forEachCell(box, (cell) => {
    if (contents) {
      cell.value = '';
      dropFormula(cell);
    }
    if (formats) clearFormat(cell);
    if (options.commentsOnly) delete cell.note;
    if (options.validationsOnly) delete cell.validation;
  });
}

/** Removes a cell's formula and what its result left on it (a value written over a spilled cell ends the spill there). */
export function dropFormula(cell: Cell): void {
  delete cell.formula;
  delete cell.spill;
  delete cell.spilledFrom;
  delete cell.formulaError;
}

export function clearFormat(cell: Cell): void {
  delete cell.numberFormat;
  delete cell.background;
  delete cell.bold;
  delete cell.fontColor;
  delete cell.fontSize;
  delete cell.wrap;
  delete cell.horizontalAlignment;
  delete cell.verticalAlignment;
}

/** '#ABC' / '#AABBCC' / 'white' → '#aabbcc'; null or '' → undefined (the default). */
export function normalizeColor(color: unknown): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const text = String(color).trim().toLowerCase();
  const named: Record<string, string> = {
    white: '#ffffff',
    black: '#000000',
    red: '#ff0000',
    green: '#008000',
    blue: '#0000ff',
    yellow: '#ffff00',
    gray: '#808080',
    grey: '#808080',
  };
  if (named[text]) return named[text];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return text;
}
