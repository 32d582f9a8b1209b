/** .xlsx load/save and spec-built workbooks for the local tools (Node only). */
export { readXlsx } from './read-xlsx';
export { writeXlsx, writeXlsxBuffer } from './write-xlsx';
export { workbookFromSpec, type WorkbookSpec, type SheetSpec, type CellSpec } from './from-spec';
export { WorkbookError } from './workbook-error';
export { META_SHEET_NAME } from './meta-sheet';
