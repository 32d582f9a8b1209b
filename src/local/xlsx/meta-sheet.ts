/**
 * What .xlsx cannot hold natively lives in a hidden sheet `_klaster_meta`, one JSON row per fact:
 * document properties, developer metadata, protections (with editors), list validations
 * whose values Excel's inline list cannot carry (a comma in a value, or over 255 characters), and embedded
 * charts as recorded (exceljs cannot write charts, so Excel shows none; the emulator gets them back), and the
 * cells an array formula spilled over (in the file they are plain values, so any program shows them; the
 * emulator takes them back as the formula's, so the formula can spill there again).
 * The meta sheet is never a sheet of the in-memory workbook.
 *
 * A sheet's rows name the sheet by its id (column 5), which the sheet itself carries in the file
 * (sheet-identity.ts), and by its name only for the reader's eyes: a row is restored onto the sheet with that
 * id, never onto another sheet that has the name now. Rows without an id (files saved before ids were kept)
 * are restored by name.
 */
import { newEntryId, type ChartModel, type ValidationRule, type Workbook } from '../emulator/workbook';

export const META_SHEET_NAME = '_klaster_meta';

/** One row of the meta sheet: kind, sheet name ('' for the spreadsheet), key, JSON value, sheet id ('' for the spreadsheet). */
export type MetaRow = [kind: string, sheet: string, key: string, value: string, sheetId: string];

export const META_COLUMNS = 5;
const HEADER: MetaRow = ['kind', 'sheet', 'key', 'value', 'sheetId'];

/** True when an inline Excel list (`"a,b,c"`, at most 255 characters) can hold these values. */
export function fitsInlineList(values: string[]): boolean {
  return values.every((v) => !v.includes(',')) && values.join(',').length <= 255;
}

/** The rows to write, header first; just the header when there is nothing to keep. */
export function metaRows(workbook: Workbook): MetaRow[] {
  const rows: MetaRow[] = [HEADER];
  for (const [key, value] of Object.entries(workbook.documentProperties)) {
    rows.push(['property', '', key, JSON.stringify(value), '']);
  }
  for (const m of workbook.metadata) rows.push(['metadata', '', m.key, JSON.stringify(m.value), '']);
  for (const sheet of workbook.sheets) {
    const id = String(sheet.id);
    for (const m of sheet.metadata) rows.push(['metadata', sheet.name, m.key, JSON.stringify(m.value), id]);
    for (const p of sheet.protections) {
      const { id: _id, ...rest } = p;
      rows.push(['protection', sheet.name, p.range ?? '', JSON.stringify(rest), id]);
    }
    for (const chart of sheet.charts) {
      const { id: _id, ...rest } = chart;
      rows.push(['chart', sheet.name, '', JSON.stringify(rest), id]);
    }
    sheet.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell?.spill && !cell.spill.blocked && cell.formula !== undefined) rows.push(['spill', sheet.name, `${r + 1}:${c + 1}`, JSON.stringify(cell.spill), id]);
        const rule = cell?.validation;
        if (rule?.kind === 'list' && !fitsInlineList(rule.values)) {
          rows.push(['validation', sheet.name, `${r + 1}:${c + 1}`, JSON.stringify(rule), id]);
        }
      }),
    );
  }
  return rows;
}

/** Restores what the meta rows describe onto a freshly read workbook. Unknown rows are skipped. */
export function applyMetaRows(workbook: Workbook, rows: unknown[][]): void {
  for (const row of rows) {
    const [kind, sheetName, key, json, sheetId] = row.map((v) => (v === null || v === undefined ? '' : String(v)));
    if (!kind || kind === 'kind') continue;
    let value: unknown;
    try {
      value = JSON.parse(json ?? '');
    } catch {
      continue;
    }
    const sheet = sheetId ? workbook.sheets.find((s) => String(s.id) === sheetId) : sheetName ? workbook.sheet(sheetName) : undefined;
    if ((sheetName || sheetId) && !sheet) continue;
    if (kind === 'property' && key) {
      workbook.documentProperties[key] = String(value);
    } else if (kind === 'metadata' && key) {
      const entry = { id: newEntryId(), key, value: value === null ? null : String(value) };
      (sheet ? sheet.metadata : workbook.metadata).push(entry);
    } else if (kind === 'protection' && sheet && isRecord(value)) {
      sheet.protections.push({
        id: newEntryId(),
        ...(typeof value.range === 'string' ? { range: value.range } : {}),
        description: String(value.description ?? ''),
        warningOnly: value.warningOnly === true,
        editors: Array.isArray(value.editors) ? value.editors.map(String) : [],
        ...(value.mirrorsSharing === true ? { mirrorsSharing: true } : {}),
        ...(typeof value.domainEdit === 'boolean' ? { domainEdit: value.domainEdit } : {}),
        unprotectedRanges: Array.isArray(value.unprotectedRanges) ? value.unprotectedRanges.map(String) : [],
      });
    } else if (kind === 'chart' && sheet && isRecord(value) && Array.isArray(value.ranges) && isRecord(value.position)) {
      const p = value.position;
      sheet.charts.push({
        id: newEntryId(),
        type: (typeof value.type === 'string' ? value.type : 'column') as ChartModel['type'],
        ranges: value.ranges.map(String),
        position: { row: Number(p.row) || 1, column: Number(p.column) || 1, offsetX: Number(p.offsetX) || 0, offsetY: Number(p.offsetY) || 0 },
        options: isRecord(value.options) ? value.options : {},
      });
    } else if (kind === 'spill' && sheet && isRecord(value)) {
      const [r, c] = (key ?? '').split(':').map(Number);
      const rows = Number(value.rows);
      const columns = Number(value.columns);
      const anchor = r && c ? sheet.cell(r, c) : undefined;
      if (anchor?.formula === undefined || !(rows >= 1 && columns >= 1 && rows * columns <= 1_000_000)) continue;
      anchor.spill = { rows, columns };
      sheet.forEachCell({ row: r!, column: c!, numRows: rows, numColumns: columns }, (cell, row, column) => {
        if (row !== r || column !== c) cell.spilledFrom = { rowOffset: row - r!, columnOffset: column - c! };
      });
    } else if (kind === 'validation' && sheet && isRecord(value)) {
      const [r, c] = (key ?? '').split(':').map(Number);
      if (r && c) sheet.cellForWrite(r, c).validation = value as unknown as ValidationRule;
    }
  }
}

/** Sheet id → the sheet name the meta rows recorded for it (to settle two sheets claiming one id). */
export function recordedSheetNames(rows: unknown[][]): Map<number, string> {
  const names = new Map<number, string>();
  for (const row of rows) {
    const id = Number(row[4]);
    if (Number.isSafeInteger(id) && id > 0 && typeof row[1] === 'string' && !names.has(id)) names.set(id, row[1]);
  }
  return names;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
