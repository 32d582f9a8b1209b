/** What the playground page shows: the workbook's sheets as display text, the menu, the sidebar, messages. */
import { displayValue } from '../emulator/display-values';
import type { Sandbox } from '../emulator';
import { chartViews, type ChartView } from './charts';

/** Rows shown per sheet; a larger sheet is cut with a note. */
export const MAX_SHOWN_ROWS = 500;

export interface SheetView {
  name: string;
  rows: number;
  values: string[][];
  backgrounds: (string | null)[][];
  notes: (string | null)[][];
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
      const cols = s.lastColumn();
      const shown = Math.min(rows, MAX_SHOWN_ROWS);
      const view: SheetView = { name: s.name, rows, values: [], backgrounds: [], notes: [], bold: [], frozenRows: s.frozenRows, truncated: rows > shown, charts: chartViews(sandbox.workbook, s) };
      for (let r = 1; r <= shown; r++) {
        const values: string[] = [];
        const backgrounds: (string | null)[] = [];
        const notes: (string | null)[] = [];
        const bold: boolean[] = [];
        for (let c = 1; c <= cols; c++) {
          const cell = s.cell(r, c);
          values.push(cell ? (cell.formula && cell.value === '' ? cell.formula : displayValue(cell.value, cell.numberFormat, locale)) : '');
          backgrounds.push(cell?.background ?? null);
          notes.push(cell?.note ?? null);
          bold.push(cell?.bold ?? false);
        }
        view.values.push(values);
        view.backgrounds.push(backgrounds);
        view.notes.push(notes);
        view.bold.push(bold);
      }
      return view;
    });
}

/** The menu the add-on built in onOpen, flattened for the page. */
export function menuItems(sandbox: Sandbox): PageState['menu'] {
  const menu = sandbox.ui.menus.find((m) => m.kind === 'addon') ?? sandbox.ui.menus[0];
  return (menu?.items ?? []).flatMap((item): PageState['menu'] =>
    item.kind === 'separator' ? [{ separator: true }] : item.kind === 'item' ? [{ caption: item.caption, functionName: item.functionName }] : [],
  );
}

/** Every function name the menu may call. */
export function menuFunctions(sandbox: Sandbox): Set<string> {
  return new Set(menuItems(sandbox).flatMap((i) => (i.functionName ? [i.functionName] : [])));
}
