/**
 * All spreadsheet I/O of the add-on, in batches, by concern: values and formats (values.ts), validation and
 * protection (protection.ts), charts (charts.ts), sheet identity and marks (sheets.ts), and the journal of the
 * all-or-nothing action every write records into (journal.ts, inside this folder only). Every write to a sheet
 * goes through here; test/server/sheets-io-only.test.ts fails on one anywhere else in src/server.
 */
export { activeSpreadsheet } from '../active-spreadsheet';
export { replaceCharts, type ChartPlacement } from './charts';
export { protectRanges, protectSheet, setListValidations, warnOnEdit, type ListValidation } from './protection';
export { deleteNewSheet, insertNewSheet, markSheet, renameSheet, selectCell, sheetByName, sheetMark } from './sheets';
export {
  appendRows,
  appendTextRows,
  clearToRewrite,
  insertColumnsAfter,
  mergedRanges,
  readFillsAndNotes,
  readValues,
  replaceCellText,
  rewriteColumnSpan,
  setHeaderRow,
  setRangeBackgrounds,
  setRangeFormats,
  writeBlock,
  writeCellText,
  writeFillsAndNotes,
  writeGeneratedSheet,
  writeNewSheet,
  writeTextSheet,
  type CellBox,
  type NewSheetContent,
  type SheetContent,
  type TextSheetContent,
  type WrittenSheet,
} from './values';
