/** Sheet: one tab of the spreadsheet. */
import type { GridBox } from './a1';
import { clearCells, writeCellValue, type ClearOptions } from './cell-writes';
import { DeveloperMetadataFinderImpl, metadataOf, type DeveloperMetadataImpl, type MetadataHome } from './developer-metadata';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl, insertChart, removeChart, updateChart } from './charts';
import { ProtectionType } from './enums';
import { deleteLines, insertLines } from './grid-shift';
import { SERVICE } from './instrument';
import { ProtectionImpl } from './protection';
import { parseRangeText, RangeImpl } from './range';
import type { SpreadsheetImpl } from './spreadsheet';
import { DEFAULT_COLUMN_WIDTH, newEntryId, type SheetModel } from './workbook';

export class SheetImpl {
  readonly [SERVICE] = 'Sheet';

  constructor(
    readonly spreadsheet: SpreadsheetImpl,
    readonly model: SheetModel,
  ) {}

  getName(): string {
    return this.model.name;
  }
  setName(name: string): SheetImpl {
    const text = String(name);
    if (this.spreadsheet.workbook.sheets.some((s) => s !== this.model && s.name === text)) {
      throw new Error(`A sheet with the name "${text}" already exists. Please enter another name.`);
    }
    this.model.name = text;
    return this;
  }
  getIndex(): number {
    return this.spreadsheet.workbook.sheets.indexOf(this.model) + 1;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getParent(): SpreadsheetImpl {
    return this.spreadsheet;
  }
  /**
   * Copies the sheet into `spreadsheet` (only the active one exists here) as "Copy of …" with a new id,
   * values, formats and developer metadata included [SH]; see SheetModel.copyAs.
   */
  copyTo(_spreadsheet: SpreadsheetImpl): SheetImpl {
    const book = this.spreadsheet.workbook;
    let name = `Copy of ${this.model.name}`;
    for (let n = 2; book.sheet(name); n++) name = `Copy of ${this.model.name} ${n}`;
    const copy = this.model.copyAs(name);
    book.sheets.push(copy);
    return this.spreadsheet.sheetFor(copy);
  }
  activate(): SheetImpl {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }

  // ---- ranges ----
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    if (typeof rowOrA1 === 'string') {
      const ref = parseRangeText(rowOrA1);
      if (ref.sheetName !== undefined && ref.sheetName !== this.model.name) throw new Error('Range not found');
      return this.rangeAt(ref.box);
    }
    return this.rangeAt({ row: rowOrA1, column: column as number, numRows: numRows ?? 1, numColumns: numColumns ?? 1 });
  }
  getDataRange(): RangeImpl {
    return this.rangeAt({
      row: 1,
      column: 1,
      numRows: Math.max(1, this.model.lastRow()),
      numColumns: Math.max(1, this.model.lastColumn()),
    });
  }
  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  appendRow(rowContents: unknown[]): SheetImpl {
    if (!Array.isArray(rowContents)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const row = this.model.lastRow() + 1;
    const { input, dates } = this.spreadsheet;
    rowContents.forEach((value, c) => writeCellValue(this.model.cellForWrite(row, c + 1), value, input, dates));
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (rowContents.length) this.spreadsheet.formulas.written(this.model, { row, column: 1, numRows: 1, numColumns: rowContents.length });
    return this;
  }

  // ---- rows and columns ----
  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    insertLines(this.model, 'row', afterPosition, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    insertLines(this.model, 'row', beforePosition - 1, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    insertLines(this.model, 'column', afterPosition, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    insertLines(this.model, 'column', beforePosition - 1, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    deleteLines(this.model, 'row', rowPosition, howMany);
  }
  deleteRow(rowPosition: number): SheetImpl {
    deleteLines(this.model, 'row', rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    deleteLines(this.model, 'column', columnPosition, howMany);
  }

  // ---- clearing ----
  clear(options?: ClearOptions): SheetImpl {
    clearCells(this.model, this.wholeBox(), options ?? {});
    return this;
  }
  clearContents(): SheetImpl {
    clearCells(this.model, this.wholeBox(), { contentsOnly: true });
    return this;
  }
  clearFormats(): SheetImpl {
    clearCells(this.model, this.wholeBox(), { formatOnly: true });
    return this;
  }
  clearNotes(): SheetImpl {
    clearCells(this.model, this.wholeBox(), { commentsOnly: true });
    return this;
  }

  // ---- layout ----
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c - 1] = width;
    return this;
  }
  /** Text is not measured; the call is only counted. */
  autoResizeColumns(_startColumn: number, _numColumns: number): SheetImpl {
    return this;
  }
  autoResizeColumn(_columnPosition: number): SheetImpl {
    return this;
  }
  hideSheet(): SheetImpl {
    if (this.spreadsheet.workbook.sheets.filter((s) => !s.hidden && s !== this.model).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    return this;
  }
  showSheet(): SheetImpl {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  getTabColor(): string | null {
    return this.model.tabColor ?? null;
  }
  setTabColor(color: string | null): SheetImpl {
    if (color) this.model.tabColor = String(color).toLowerCase();
    else delete this.model.tabColor;
    return this;
  }

  // ---- charts ----
  newChart(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this);
  }
  insertChart(chart: EmbeddedChartImpl): void {
    insertChart(this, chart);
  }
  updateChart(chart: EmbeddedChartImpl): void {
    updateChart(this, chart);
  }
  removeChart(chart: EmbeddedChartImpl): void {
    removeChart(this, chart);
  }
  getCharts(): EmbeddedChartImpl[] {
    return this.model.charts.map((c) => new EmbeddedChartImpl(this, structuredClone(c)));
  }

  // ---- metadata and protection ----
  addDeveloperMetadata(key: string, value?: string): SheetImpl {
    this.model.metadata.push({ id: newEntryId(), key: String(key), value: value === undefined ? null : String(value) });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataOf(this.metadataHome);
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(() => metadataOf(this.metadataHome));
  }
  protect(): ProtectionImpl {
    const existing = this.model.protections.find((p) => p.range === undefined);
    if (existing) return new ProtectionImpl(this, existing);
    const entry = {
      id: newEntryId(),
      description: '',
      warningOnly: false,
      editors: [],
      mirrorsSharing: true,
      unprotectedRanges: [],
    };
    this.model.protections.push(entry);
    return new ProtectionImpl(this, entry);
  }
  getProtections(type: string): ProtectionImpl[] {
    return this.model.protections
      .filter((p) => (type === ProtectionType.SHEET ? p.range === undefined : p.range !== undefined))
      .map((p) => new ProtectionImpl(this, p));
  }

  // ---- helpers (own properties: hidden from scripts, not counted) ----
  /** A range of this sheet, checked against the sheet size as Sheets does. */
  readonly rangeAt = (box: GridBox): RangeImpl => {
    const { row, column, numRows, numColumns } = box;
    for (const n of [row, column, numRows, numColumns]) {
      if (typeof n !== 'number' || !Number.isInteger(n)) throw new Error(`Cannot convert '${String(n)}' to int.`);
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.model.maxRows || column + numColumns - 1 > this.model.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeImpl(this, { row, column, numRows, numColumns });
  };

  readonly wholeSheetRange = (): RangeImpl => new RangeImpl(this, this.wholeBox());

  private readonly wholeBox = (): GridBox => ({
    row: 1,
    column: 1,
    numRows: this.model.maxRows,
    numColumns: this.model.maxColumns,
  });

  private readonly metadataHome: MetadataHome = { list: () => this.model.metadata, locationType: 'SHEET' };
}
