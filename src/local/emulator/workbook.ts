/**
 * The in-memory workbook: plain data that the Apps Script emulation reads and writes,
 * and that the .xlsx reader/writer load and save. No behaviour beyond grid bookkeeping.
 */
import { boxContains, parseA1, type GridBox } from './a1';

/** A cell value as `Range.getValues()` returns it ('' for an empty cell). */
export type CellValue = string | number | boolean | Date;

/** A data-validation rule: a fixed list, or the values of a range (A1 with sheet name). */
export type ValidationRule =
  | { kind: 'list'; values: string[]; showDropdown: boolean; allowInvalid: boolean; helpText?: string }
  | { kind: 'range'; range: string; showDropdown: boolean; allowInvalid: boolean; helpText?: string };

export type HorizontalAlignment = 'left' | 'center' | 'right' | 'normal';
export type VerticalAlignment = 'top' | 'middle' | 'bottom';

/** One cell. Every field but `value` is optional and absent when unset. */
export interface Cell {
  /** The value, or the last result of `formula` ('' when none is known; an error as its code, '#DIV/0!'). */
  value: CellValue;
  /** A formula starting with '=', in the file's form (English names, «,» between arguments); see formulas.ts. */
  formula?: string;
  /** A formula whose result is an array: the rows and columns it spills over (itself included), or would (`blocked`). */
  spill?: { rows: number; columns: number; blocked?: true };
  /** A value spilled by the formula this many rows up and columns left. */
  spilledFrom?: { rowOffset: number; columnOffset: number };
  /** Why the formula's result is an error, as Sheets explains it on hover. Not saved. */
  formulaError?: string;
  numberFormat?: string;
  note?: string;
  /** '#rrggbb' */
  background?: string;
  bold?: boolean;
  /** '#rrggbb' */
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  validation?: ValidationRule;
}

/** Developer metadata attached to a sheet or to the whole spreadsheet. */
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
}

/** A protected range or a whole protected sheet. */
export interface ProtectionEntry {
  id: number;
  /** A1 range on the sheet; absent for a whole-sheet protection. */
  range?: string;
  description: string;
  warningOnly: boolean;
  /** Kept in memory and in the meta sheet; .xlsx itself cannot hold editors. */
  editors: string[];
  /**
   * A new protection mirrors the file's sharing (protects nothing) until its editors or domain setting change;
   * `editors` and `domainEdit` apply only once this is false (absent: false).
   */
  mirrorsSharing?: boolean;
  /** Everyone in the owner's Workspace domain may edit (setDomainEdit). */
  domainEdit?: boolean;
  /** Whole-sheet protections only: A1 ranges left editable. */
  unprotectedRanges: string[];
}

export type ChartType = 'column' | 'bar' | 'line' | 'pie' | 'area';

/** An embedded chart as its builder recorded it (see charts.ts). */
export interface ChartModel {
  id: number;
  type: ChartType;
  /** A1 ranges on the chart's sheet, in the order given. */
  ranges: string[];
  /** 1-based anchor cell and pixel offsets (setPosition). */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** setOption values, plus `title` (setTitle), `isStacked` (setStacked), `numHeaders` (setNumHeaders). */
  options: Record<string, unknown>;
}

/** Default size of a new sheet in Google Sheets. */
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
/** Sheets' default column width, px. */
export const DEFAULT_COLUMN_WIDTH = 100;

let nextEntryId = 1;
const usedSheetIds = new Set<number>();

/**
 * A new sheet id: random, unique in this process, never 0 (the first sheet of a new Google spreadsheet
 * has id 0; later ones look random, SHEETS-FACTS §6), so nothing can rely on position or order.
 */
export function newSheetId(): number {
  for (;;) {
    const id = 1 + Math.floor(Math.random() * 2_147_483_646);
    if (!usedSheetIds.has(id)) {
      usedSheetIds.add(id);
      return id;
    }
  }
}

/** A fresh id for metadata and protections (unique in this process). */
export function newEntryId(): number {
  return nextEntryId++;
}

/** One sheet: a grid that grows as cells are written, plus sheet-level settings. */
export class SheetModel {
  name: string;
  readonly id: number;
  /** rows[r][c] is the cell at row r+1, column c+1. */
  rows: (Cell | undefined)[][] = [];
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  /** A1 ranges such as "A1:C1". */
  merges: string[] = [];
  /** px by column index (0-based); undefined means the default width. */
  columnWidths: (number | undefined)[] = [];
  metadata: MetadataEntry[] = [];
  protections: ProtectionEntry[] = [];
  charts: ChartModel[] = [];
  hidden = false;
  /** '#rrggbb' or undefined. */
  tabColor?: string;

  constructor(name: string, id?: number) {
    this.name = name;
    this.id = id ?? newSheetId();
    usedSheetIds.add(this.id);
  }

  /**
   * A copy of this sheet under another name and id: cells, layout and developer metadata (which travels with
   * a copied sheet, as the add-on assumes of Google; unverified). Protections are not copied (unverified).
   */
  copyAs(name: string, id?: number): SheetModel {
    const copy = new SheetModel(name, id);
    copy.rows = this.rows.map((line) => line.map((cell) => (cell ? copyCell(cell) : undefined)));
    copy.maxRows = this.maxRows;
    copy.maxColumns = this.maxColumns;
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    copy.merges = [...this.merges];
    copy.columnWidths = [...this.columnWidths];
    copy.metadata = this.metadata.map((m) => ({ ...m, id: newEntryId() }));
    copy.charts = this.charts.map((c) => ({ ...structuredClone(c), id: newEntryId() }));
    copy.hidden = this.hidden;
    if (this.tabColor) copy.tabColor = this.tabColor;
    return copy;
  }

  /** The cell at (row, column), or undefined when it was never written. */
  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell at (row, column), created empty when missing; grows the grid. */
  cellForWrite(row: number, column: number): Cell {
    let line = this.rows[row - 1];
    if (!line) {
      while (this.rows.length < row) this.rows.push([]);
      line = this.rows[row - 1] as (Cell | undefined)[];
    }
    let cell = line[column - 1];
    if (!cell) {
      cell = { value: '' };
      line[column - 1] = cell;
    }
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
    return cell;
  }

  /** Sets the value of a cell (plain value, no formula). */
  setValue(row: number, column: number, value: CellValue): void {
    const cell = this.cellForWrite(row, column);
    cell.value = value;
    delete cell.formula;
  }

  /** Last row holding a value or a formula; 0 for an empty sheet. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  /** Last column holding a value or a formula; 0 for an empty sheet. */
  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      for (let c = line.length; c > last; c--) {
        if (hasContent(line[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Visits every existing cell inside a box. */
  forEachCell(box: GridBox, visit: (cell: Cell, row: number, column: number) => void): void {
    for (let r = box.row; r < box.row + box.numRows; r++) {
      const line = this.rows[r - 1];
      if (!line) continue;
      for (let c = box.column; c < box.column + box.numColumns; c++) {
        const cell = line[c - 1];
        if (cell) visit(cell, r, c);
      }
    }
  }

  /** Merged ranges as boxes. */
  mergeBoxes(): GridBox[] {
    return this.merges.flatMap((a1) => {
      const ref = parseA1(a1);
      return ref ? [ref.box] : [];
    });
  }

  /** Removes every merge lying inside the box. */
  removeMergesWithin(box: GridBox): void {
    this.merges = this.merges.filter((a1) => {
      const ref = parseA1(a1);
      return !ref || !boxContains(box, ref.box);
    });
  }
}

function copyCell(cell: Cell): Cell {
  const copy = structuredClone(cell);
  if (cell.value instanceof Date) copy.value = new Date(cell.value.getTime());
  return copy;
}

/** True when a cell shows something (a value or a formula). */
export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || cell.value !== '');
}

/** A whole workbook: visible and hidden sheets, document properties, spreadsheet metadata. */
export class Workbook {
  name: string;
  readonly id: string;
  sheets: SheetModel[] = [];
  /** PropertiesService.getDocumentProperties(); saved in the `_klaster_meta` sheet. */
  documentProperties: Record<string, string> = {};
  /** Spreadsheet-level developer metadata. */
  metadata: MetadataEntry[] = [];

  constructor(name = 'Без названия', id?: string) {
    this.name = name;
    this.id = id ?? `local-${Math.random().toString(36).slice(2, 12)}`;
  }

  /**
   * «Файл → Создать копию»: a new spreadsheet with copies of every sheet. Sheet ids and developer metadata are
   * kept (gids survive a copy of the file in practice, e.g. burnash/gspread#852; unverified in Google's docs);
   * document properties are not (an add-on's document properties belong to the document; unverified).
   */
  copy(name = `Копия ${this.name}`): Workbook {
    const copy = new Workbook(name);
    copy.sheets = this.sheets.map((s) => {
      const sheet = s.copyAs(s.name, s.id);
      sheet.protections = structuredClone(s.protections);
      sheet.charts = structuredClone(s.charts);
      return sheet;
    });
    copy.metadata = this.metadata.map((m) => ({ ...m, id: newEntryId() }));
    return copy;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Adds a sheet at `index` (0-based; default: at the end). */
  addSheet(name: string, index?: number): SheetModel {
    const sheet = new SheetModel(name);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }
}
