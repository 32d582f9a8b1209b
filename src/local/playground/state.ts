/** What the playground page shows: the workbook's sheets as display text, the menu, the sidebar, messages. */
import { displayValue, type Locale } from '../emulator/display-values';
import { toTypedFormula } from '../emulator/formula-locale';
import type { Cell, Sandbox } from '../emulator';
import { chartViews, type ChartView } from './charts';

/** Rows shown per sheet; a larger sheet is cut with a note. */
export const MAX_SHOWN_ROWS = 500;
/** Empty rows and columns shown past the data, where a user can type (inside the sheet's grid). */
const MARGIN_ROWS = 3;
const MARGIN_COLUMNS = 3;

export interface SheetView {
  name: string;
  rows: number;
  /** What each cell shows: a formula's result, never its text. */
  values: string[][];
  /** What the editor and the formula bar start with where it differs from the value shown: the formula as the
   * locale types it (`=SUM(A1:A3; 2,5)`), or the value as it would be typed (`1500,5` for «1 500,50»). */
  inputs: (string | null)[][];
  backgrounds: (string | null)[][];
  notes: (string | null)[][];
  /** Why a formula's result is an error (Sheets shows it on hover). */
  errors: (string | null)[][];
  /** Column widths the add-on (or the file) set, px; null for the default width. */
  widths: (number | null)[];
  bold: boolean[][];
  frozenRows: number;
  truncated: boolean;
  /** The sheet's recorded column charts, drawn as SVG under the grid. */
  charts: ChartView[];
}

export interface PageState {
  file: string;
  sheets: SheetView[];
  menu: { caption?: string; functionName?: string; separator?: boolean }[];
  sidebar: { title: string; version: number } | null;
  alerts: string[];
  toasts: string[];
  activeSheet: string;
  active: { sheet: string; row: number; col: number; numRows: number; numCols: number } | null;
}

export function sheetViews(sandbox: Sandbox, locale: 'ru' | 'en'): SheetView[] {
  return sandbox.workbook.sheets
    .filter((s) => !s.hidden)
    .map((s) => {
      const rows = s.lastRow();
      const cols = Math.min(s.lastColumn() + MARGIN_COLUMNS, s.maxColumns);
      const shown = rows > MAX_SHOWN_ROWS ? MAX_SHOWN_ROWS : Math.min(rows + MARGIN_ROWS, s.maxRows);
      const view: SheetView = {
        name: s.name,
        rows,
        values: [],
        inputs: [],
        backgrounds: [],
        notes: [],
        errors: [],
        widths: Array.from({ length: cols }, (_, c) => s.columnWidths[c] ?? null),
        bold: [],
        frozenRows: s.frozenRows,
        truncated: rows > shown,
        charts: chartViews(sandbox.workbook, s),
      };
      for (let r = 1; r <= shown; r++) {
        const values: string[] = [];
        const inputs: (string | null)[] = [];
        const backgrounds: (string | null)[] = [];
        const notes: (string | null)[] = [];
        const errors: (string | null)[] = [];
        const bold: boolean[] = [];
        for (let c = 1; c <= cols; c++) {
          const cell = s.cell(r, c);
          const shownValue = cell ? displayValue(cell.value, cell.numberFormat, locale) : '';
          const input = cell ? inputText(cell, locale) : '';
          values.push(shownValue);
          inputs.push(input === shownValue ? null : input);
          backgrounds.push(cell?.background ?? null);
          notes.push(cell?.note ?? null);
          errors.push(cell?.formula !== undefined ? (cell.formulaError ?? null) : null);
          bold.push(cell?.bold ?? false);
        }
        view.values.push(values);
        view.inputs.push(inputs);
        view.backgrounds.push(backgrounds);
        view.notes.push(notes);
        view.errors.push(errors);
        view.bold.push(bold);
      }
      return view;
    });
}

/**
 * A cell as the user would type it: its formula in the locale's form, or its value without display formatting
 * (a number with the locale's decimal mark and no grouping, a date as the locale writes it). A value spilled by
 * a formula is typed over like any value, so it starts empty, as in Sheets.
 */
export function inputText(cell: Cell, locale: Locale): string {
  if (cell.formula !== undefined) return toTypedFormula(cell.formula, locale);
  if (cell.spilledFrom) return '';
  const v = cell.value;
  if (typeof v === 'number') return locale === 'ru' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'string') return v;
  return displayValue(v, undefined, locale);
}

/** The menu the add-on built in onOpen, flattened for the page. */
export function menuItems(sandbox: Sandbox): PageState['menu'] {
  const menu = sandbox.ui.menus.find((m) => m.kind === 'addon') ?? sandbox.ui.menus[0];
  return (menu?.items ?? []).flatMap((item): PageState['menu'] =>
    item.kind === 'separator'
      ? [{ separator: true }]
      : item.kind === 'item'
        ? [{ caption: item.caption, functionName: item.functionName }]
        : [],
  );
}

/** Every function name the menu may call. */
export function menuFunctions(sandbox: Sandbox): Set<string> {
  return new Set(menuItems(sandbox).flatMap((i) => (i.functionName ? [i.functionName] : [])));
}
