/**
 * Formula cells kept up to date as Sheets keeps them (formula-eval.ts evaluates one formula):
 * - a read (`getValues`, `getDisplayValues`, …) first brings the formulas it reads up to date, with whatever they
 *   refer to and the formulas written above and left of it (their results may spill into it), so a script that
 *   writes numbers and reads a total sees the new total, as in Sheets;
 * - a result larger than one cell spills right and down into empty cells, as Sheets shows an array result;
 *   a spill that would cover a cell with content makes the formula `#REF!` («Array result was not expanded
 *   because it would overwrite data in B3.»). Spilled cells hold values without a formula: `getFormulas()`
 *   gives '' for them and `getValues()` their values, as in Sheets;
 * - the bundle's own functions (`=BUDGET_TOTAL(A1:E7, 2024)`) run as custom functions: each is a separate
 *   execution of the bundle, so they run only between executions (`recalculate`, before the playground shows
 *   the sheets and before a workbook is saved). Sheets recalculates a custom function only when its arguments
 *   change [CF]; a script that reads such a cell meanwhile gets its last result, and so it does here (results
 *   are kept per function and arguments).
 * Errors are stored as their code ('#DIV/0!'), the value getValues gives in Sheets, with Sheets' explanation
 * in `Cell.formulaError` (the playground shows it on hover).
 */
import { columnToLetters, type GridBox } from './a1';
import {
  calledFunctions,
  evaluate,
  parseFormula,
  SheetError,
  type FormulaValue,
  type Matrix,
  type Parsed,
  type Scalar,
} from './formula-eval';
import { hasContent, type Cell, type CellValue, type SheetModel, type Workbook } from './workbook';

/** How the engine calls the bundle's functions. */
export interface CustomFunctions {
  /** Upper-case name → the function's name in the bundle. */
  names: Map<string, string>;
  /** Runs one; the result as Sandbox.customFunction gives it. */
  call(name: string, args: unknown[]): CellValue | CellValue[][] | { error: string };
  /** False while a script runs: a custom function is its own execution and cannot start inside another. */
  canRun(): boolean;
}

interface Compiled {
  parsed: Parsed;
  /** Upper-case names of the functions it calls. */
  calls: Set<string>;
}

const MAX_COMPILED = 20_000;
const MAX_CUSTOM_RESULTS = 5_000;

export class FormulaEngine {
  custom: CustomFunctions | undefined;
  private readonly compiled = new Map<string, Compiled>();
  private readonly customResults = new Map<string, FormulaValue>();
  /** Formulas written and not computed yet, where they were written: computed by the first read that may see them. */
  private readonly pending = new Map<SheetModel, Map<Cell, { row: number; column: number }>>();

  constructor(private readonly workbook: Workbook) {}

  /**
   * Formulas were written into a box. They are computed by the next read that can see them (their cells, or
   * cells right and below where their result may spill), not now: a script that writes a sheet of formulas and
   * never reads it pays nothing for them, as in Sheets, where a script does not wait for the recalculation.
   */
  written(sheet: SheetModel, box: GridBox): void {
    sheet.forEachCell(box, (cell, row, column) => {
      if (cell.formula === undefined) return;
      let cells = this.pending.get(sheet);
      if (!cells) this.pending.set(sheet, (cells = new Map()));
      cells.set(cell, { row, column });
    });
  }

  /** Brings the formulas of a box up to date (and the formulas they depend on), before the box is read. */
  refresh(sheet: SheetModel, box: GridBox): void {
    const pass = new Pass(this, false);
    const cells = this.pending.get(sheet);
    if (cells) {
      const lastRow = box.row + box.numRows - 1;
      const lastColumn = box.column + box.numColumns - 1;
      for (const [cell, at] of cells) {
        if (at.row > lastRow || at.column > lastColumn) continue;
        cells.delete(cell);
        // a formula moved by inserted rows is computed when its own cell is read
        if (sheet.cell(at.row, at.column) === cell) pass.visit(sheet, cell, at.row, at.column);
      }
    }
    pass.anchorsAbove(sheet, box);
    sheet.forEachCell(box, (cell, r, c) => pass.visit(sheet, cell, r, c));
  }

  /** Every formula of the workbook, custom functions included when they can run («Пересчитать»). */
  recalculate(): void {
    this.pending.clear();
    const pass = new Pass(this, true);
    for (const sheet of this.workbook.sheets) {
      sheet.rows.forEach((line, r) => line.forEach((cell, c) => cell && pass.visit(sheet, cell, r + 1, c + 1)));
    }
  }

  compile(formula: string): Compiled {
    let c = this.compiled.get(formula);
    if (!c) {
      const parsed = parseFormula(formula);
      c = { parsed, calls: 'ast' in parsed ? calledFunctions(parsed.ast as never) : new Set() };
      if (this.compiled.size >= MAX_COMPILED) this.compiled.clear();
      this.compiled.set(formula, c);
    }
    return c;
  }

  /** A custom function's result: run when it can, else its last result for these arguments (undefined: none). */
  runCustom(name: string, args: unknown[], canRun: boolean): FormulaValue | undefined {
    const custom = this.custom!;
    const key = `${name}\u0000${JSON.stringify(args, (_k, v: unknown) => (v instanceof Date ? `\u0000d${v.getTime()}` : v))}`;
    const known = this.customResults.get(key);
    if (known !== undefined || !canRun) return known;
    const result = custom.call(custom.names.get(name)!, args);
    const value: FormulaValue =
      typeof result === 'object' && result !== null && !Array.isArray(result) && !(result instanceof Date)
        ? new SheetError('#ERROR!', result.error)
        : (result as FormulaValue);
    if (this.customResults.size >= MAX_CUSTOM_RESULTS) this.customResults.clear();
    this.customResults.set(key, value);
    return value;
  }

  sheet(name: string): SheetModel | undefined {
    return this.workbook.sheet(name);
  }
}

/** One refresh or recalculation: each formula cell is evaluated once, a cycle is an error. */
class Pass {
  private readonly done = new Set<Cell>();
  private readonly running = new Set<Cell>();
  private readonly sheets = new Map<string, SheetModel | undefined>();

  constructor(
    private readonly engine: FormulaEngine,
    private readonly all: boolean,
  ) {}

  /** Spilling formulas above and left of a box, whose results may lie inside it. */
  anchorsAbove(sheet: SheetModel, box: GridBox): void {
    const lastRow = Math.min(box.row + box.numRows - 1, sheet.rows.length);
    for (let r = 1; r <= lastRow; r++) {
      const line = sheet.rows[r - 1];
      if (!line) continue;
      const lastColumn = Math.min(box.column + box.numColumns - 1, line.length);
      for (let c = 1; c <= lastColumn; c++) {
        const cell = line[c - 1];
        if (cell?.formula !== undefined && cell.spill) this.visit(sheet, cell, r, c);
      }
    }
  }

  visit(sheet: SheetModel, cell: Cell, row: number, column: number): void {
    if (cell.formula === undefined) {
      if (cell.spilledFrom && !this.ownerSpills(sheet, cell, row, column)) clearSpilled(cell);
      return;
    }
    if (this.done.has(cell)) return;
    if (this.running.has(cell)) throw new CircularError();
    this.running.add(cell);
    try {
      const result = this.compute(sheet, cell, row, column);
      if (result !== undefined) place(sheet, cell, row, column, result);
    } catch (err) {
      if (!(err instanceof CircularError)) throw err;
      place(
        sheet,
        cell,
        row,
        column,
        new SheetError('#REF!', 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.'),
      );
    } finally {
      this.running.delete(cell);
      this.done.add(cell);
    }
  }

  private sheetNamed(name: string): SheetModel | undefined {
    if (!this.sheets.has(name)) this.sheets.set(name, this.engine.sheet(name));
    return this.sheets.get(name);
  }

  /** The formula's result, or undefined to keep the cell's last value (a custom function that cannot run now). */
  private compute(sheet: SheetModel, cell: Cell, row: number, column: number): FormulaValue | undefined {
    const { parsed } = this.engine.compile(cell.formula!);
    if ('error' in parsed) return parsed.error;
    const engine = this.engine;
    const custom = engine.custom;
    const canRun = this.all && !!custom && custom.canRun();
    let stale = false;
    const result = evaluate(parsed.ast as never, {
      sheet: sheet.name,
      row,
      column,
      cell: (name, r, c) => {
        const target = name === sheet.name ? sheet : this.sheetNamed(name);
        if (!target) return undefined;
        const other = target.cell(r, c);
        if (!other) return null;
        if (other.formula !== undefined) this.visit(target, other, r, c);
        return scalarOf(other.value, other.formulaError);
      },
      extent: (name, box) => {
        const target = name === sheet.name ? sheet : this.sheetNamed(name);
        if (!target) return undefined;
        if (box.numRows === 1 && box.numColumns === 1) return box;
        const rows = Math.min(box.numRows, Math.max(1, target.maxRows - box.row + 1));
        const columns = Math.min(box.numColumns, Math.max(1, target.maxColumns - box.column + 1));
        // whole columns and rows stop where the data stops
        const dataRows = box.numRows > 100_000 ? Math.max(1, target.lastRow() - box.row + 1) : rows;
        const dataColumns = box.numColumns > 10_000 ? Math.max(1, target.lastColumn() - box.column + 1) : columns;
        return { row: box.row, column: box.column, numRows: Math.min(rows, dataRows), numColumns: Math.min(columns, dataColumns) };
      },
      custom: (name) => {
        if (!custom?.names.has(name)) return undefined;
        return (args) => {
          const value = engine.runCustom(name, args, canRun);
          if (value === undefined) stale = true;
          return value ?? null;
        };
      },
    });
    return stale ? undefined : result;
  }

  /** True when the anchor this spilled cell names still spills over it. */
  private ownerSpills(sheet: SheetModel, cell: Cell, row: number, column: number): boolean {
    const from = cell.spilledFrom!;
    const anchor = sheet.cell(row - from.rowOffset, column - from.columnOffset);
    if (anchor?.formula === undefined || !anchor.spill || anchor.spill.blocked) return false;
    this.visit(sheet, anchor, row - from.rowOffset, column - from.columnOffset);
    return (
      !!anchor.spill &&
      !anchor.spill.blocked &&
      from.rowOffset < anchor.spill.rows &&
      from.columnOffset < anchor.spill.columns &&
      cell.spilledFrom !== undefined
    );
  }
}

class CircularError extends Error {}

function scalarOf(value: CellValue, detail?: string): Scalar {
  if (value === '') return null;
  if (typeof value === 'string' && ERROR_CODES.has(value)) return new SheetError(value, detail);
  return value;
}

const ERROR_CODES = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!', '#ERROR!']);

function cellValueOf(v: Scalar): CellValue {
  if (v === null) return '';
  if (v instanceof SheetError) return v.code;
  return v;
}

/** Writes a result into its cell, spilling an array over the empty cells right and below. */
function place(sheet: SheetModel, cell: Cell, row: number, column: number, result: FormulaValue): void {
  const matrix: Matrix | undefined = Array.isArray(result) && (result.length > 1 || (result[0]?.length ?? 0) > 1) ? result : undefined;
  const previous = cell.spill;
  if (previous && !previous.blocked) {
    for (let r = 0; r < previous.rows; r++) {
      for (let c = 0; c < previous.columns; c++) {
        if (r === 0 && c === 0) continue;
        const other = sheet.cell(row + r, column + c);
        if (other?.spilledFrom && other.spilledFrom.rowOffset === r && other.spilledFrom.columnOffset === c) clearSpilled(other);
      }
    }
    delete cell.spill;
  }
  if (!matrix) {
    const v = Array.isArray(result) ? (result[0]?.[0] ?? null) : result;
    setResult(cell, v);
    return;
  }
  const rows = matrix.length;
  const columns = Math.max(...matrix.map((line) => line.length));
  if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
    setResult(
      cell,
      new SheetError(
        '#REF!',
        `Result was not automatically expanded, please insert more ${row + rows - 1 > sheet.maxRows ? 'rows' : 'columns'}.`,
      ),
    );
    return;
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (r === 0 && c === 0) continue;
      const other = sheet.cell(row + r, column + c);
      if (hasContent(other)) {
        const a1 = `${columnToLetters(column + c)}${row + r}`;
        setResult(cell, new SheetError('#REF!', `Array result was not expanded because it would overwrite data in ${a1}.`));
        // remembered, so that a read of the cells in the way brings the formula up to date once they are cleared
        cell.spill = { rows, columns, blocked: true };
        return;
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const v = matrix[r]?.[c] ?? null;
      if (r === 0 && c === 0) {
        setResult(cell, v);
        continue;
      }
      const target = sheet.cellForWrite(row + r, column + c);
      target.value = cellValueOf(v);
      target.spilledFrom = { rowOffset: r, columnOffset: c };
    }
  }
  cell.spill = { rows, columns };
}

function setResult(cell: Cell, v: Scalar): void {
  cell.value = cellValueOf(v);
  if (v instanceof SheetError && v.detail) cell.formulaError = v.detail;
  else delete cell.formulaError;
}

function clearSpilled(cell: Cell): void {
  cell.value = '';
  delete cell.spilledFrom;
}
