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
import { parseA1 } from '../emulator/a1';
import { newEntryId, type ChartModel, type SheetModel, type ValidationRule, type Workbook } from '../emulator/workbook';
import { WorkbookError } from './workbook-error';

export const META_SHEET_NAME = '_klaster_meta';

/** One row of the meta sheet: kind, sheet name ('' for the spreadsheet), key, JSON value, sheet id ('' for the spreadsheet). */
export type MetaRow = [kind: string, sheet: string, key: string, value: string, sheetId: string];

export const META_COLUMNS = 5;
const HEADER: MetaRow = ['kind', 'sheet', 'key', 'value', 'sheetId'];

/** True when an inline Excel list (`"a,b,c"`, at most 255 characters) can hold these values. */
export function fitsInlineList(values: string[]): boolean {
  return values.every((v) => !v.includes(',')) && values.join(',').length <= 255;
}

/**
 * The rows to write, header first; just the header when there is nothing to keep. `fileNames`: the name each
 * sheet has in the file (write-xlsx.ts); a sheet saved under another name than its own gets a `sheet-name` row.
 */
export function metaRows(workbook: Workbook, fileNames: ReadonlyMap<SheetModel, string> = new Map()): MetaRow[] {
  const rows: MetaRow[] = [HEADER];
  for (const [key, value] of Object.entries(workbook.documentProperties)) {
    rows.push(['property', '', key, JSON.stringify(value), '']);
  }
  for (const m of workbook.metadata) rows.push(['metadata', '', m.key, JSON.stringify(m.value), '']);
  for (const sheet of workbook.sheets) {
    const id = String(sheet.id);
    const name = fileNames.get(sheet) ?? sheet.name;
    if (name !== sheet.name) rows.push(['sheet-name', name, '', JSON.stringify(sheet.name), id]);
    for (const m of sheet.metadata) rows.push(['metadata', name, m.key, JSON.stringify(m.value), id]);
    for (const p of sheet.protections) {
      const { id: _id, ...rest } = p;
      rows.push(['protection', name, p.range ?? '', JSON.stringify(rest), id]);
    }
    for (const chart of sheet.charts) {
      const { id: _id, ...rest } = chart;
      rows.push(['chart', name, '', JSON.stringify(rest), id]);
    }
    sheet.rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell?.spill && !cell.spill.blocked && cell.formula !== undefined)
          rows.push(['spill', sheet.name, `${r + 1}:${c + 1}`, JSON.stringify(cell.spill), id]);
        const rule = cell?.validation;
        if (rule?.kind === 'list' && !fitsInlineList(rule.values)) {
          rows.push(['validation', name, `${r + 1}:${c + 1}`, JSON.stringify(rule), id]);
        }
      }),
    );
  }
  return rows;
}

/** A row of the meta sheet as read: its 1-based row number in the file and its cells. */
export interface MetaSourceRow {
  row: number;
  values: unknown[];
}

/** Google's limits on any sheet: rows × columns at most 10 million cells, columns up to ZZZ. */
const GOOGLE_MAX_CELLS = 10_000_000;
const GOOGLE_MAX_COLUMNS = 18_278;
const CHART_TYPES = new Set<ChartModel['type']>(['column', 'bar', 'line', 'pie', 'area']);
/** More items than any list validation the add-on makes (it stops at 500); a longer list is a crafted file. */
const MAX_LIST_ITEMS = 10_000;

class BadRow extends Error {}

/**
 * Restores what the meta rows describe onto a freshly read workbook. Every row is checked before any is used:
 * its JSON, the types of its fields, and its cells and ranges against what a Google sheet can hold; a row
 * that fails is a WorkbookError naming the row (a crafted or damaged file is refused, never half-applied).
 * Rows of an unknown kind (a later version's) and rows of sheets no longer in the book are skipped; a
 * validation on a cell outside the sheet's grid as read is dropped, like the file's own validations there.
 */
export function applyMetaRows(workbook: Workbook, rows: readonly MetaSourceRow[]): void {
  const apply: (() => void)[] = [];
  for (const { row, values } of rows) {
    const [kind, sheetName, key, json, sheetId] = values.map((v) => (v === null || v === undefined ? '' : String(v)));
    if (!kind || kind === 'kind' || !KINDS.has(kind)) continue;
    try {
      if (sheetId && !/^[1-9]\d{0,15}$/.test(sheetId)) throw new BadRow(`номер листа «${clip(sheetId)}» — не число`);
      const sheet = sheetId ? workbook.sheets.find((s) => String(s.id) === sheetId) : sheetName ? workbook.sheet(sheetName) : undefined;
      if ((sheetName || sheetId) && !sheet) continue;
      let value: unknown;
      try {
        value = JSON.parse(json ?? '');
      } catch {
        throw new BadRow('значение — не JSON');
      }
      const op = rowOperation(workbook, kind, sheet, sheetName ?? '', key ?? '', value);
      if (op) apply.push(op);
    } catch (err) {
      if (!(err instanceof BadRow)) throw err;
      throw new WorkbookError(
        `Служебный лист ${META_SHEET_NAME} повреждён (строка ${row}, «${clip(kind)}»${sheetName ? ` листа «${clip(sheetName)}»` : ''}): ${err.message}. ` +
          `Удалите эту строку или весь лист ${META_SHEET_NAME} (тогда пропадут настройки Кластера в книге) и откройте книгу снова.`,
      );
    }
  }
  for (const op of apply) op();
}

const KINDS = new Set(['property', 'metadata', 'protection', 'chart', 'validation', 'spill', 'sheet-name']);

/** What one checked row does to the workbook; undefined when it does nothing. Throws BadRow. */
function rowOperation(
  workbook: Workbook,
  kind: string,
  sheet: SheetModel | undefined,
  fileName: string,
  key: string,
  value: unknown,
): (() => void) | undefined {
  switch (kind) {
    case 'property': {
      if (!key) throw new BadRow('нет имени свойства');
      const text = stringOf(value, 'значение свойства');
      return () => void (workbook.documentProperties[key] = text);
    }
    case 'metadata': {
      if (!key) throw new BadRow('нет ключа метаданных');
      if (value !== null && typeof value !== 'string') throw new BadRow('значение метаданных — не текст');
      const entry = { id: newEntryId(), key, value };
      return () => void (sheet ? sheet.metadata : workbook.metadata).push(entry);
    }
    case 'protection': {
      if (!sheet) return undefined;
      const v = recordOf(value, 'защита');
      const range = v.range === undefined ? undefined : rangeOf(v.range, 'диапазон защиты');
      const entry = {
        id: newEntryId(),
        ...(range !== undefined ? { range } : {}),
        description: v.description === undefined ? '' : stringOf(v.description, 'описание защиты'),
        warningOnly: v.warningOnly === undefined ? false : booleanOf(v.warningOnly, 'warningOnly'),
        editors: v.editors === undefined ? [] : stringsOf(v.editors, 'редакторы защиты'),
        unprotectedRanges:
          v.unprotectedRanges === undefined
            ? []
            : stringsOf(v.unprotectedRanges, 'незащищённые диапазоны').map((r) => rangeOf(r, 'незащищённый диапазон')),
        ...(v.mirrorsSharing === undefined ? {} : booleanOf(v.mirrorsSharing, 'mirrorsSharing') ? { mirrorsSharing: true } : {}),
        ...(v.domainEdit === undefined ? {} : { domainEdit: booleanOf(v.domainEdit, 'domainEdit') }),
      };
      return () => void sheet.protections.push(entry);
    }
    case 'chart': {
      if (!sheet) return undefined;
      const v = recordOf(value, 'диаграмма');
      const type = (v.type === undefined ? 'column' : v.type) as ChartModel['type'];
      if (!CHART_TYPES.has(type)) throw new BadRow(`тип диаграммы «${clip(String(v.type))}» неизвестен`);
      const ranges = stringsOf(v.ranges, 'диапазоны диаграммы').map((r) => rangeOf(r, 'диапазон диаграммы'));
      const p = recordOf(v.position, 'место диаграммы');
      const position = {
        row: cellIndex(p.row ?? 1, 'строка диаграммы', GOOGLE_MAX_CELLS),
        column: cellIndex(p.column ?? 1, 'столбец диаграммы', GOOGLE_MAX_COLUMNS),
        offsetX: offsetOf(p.offsetX),
        offsetY: offsetOf(p.offsetY),
      };
      const options = v.options === undefined ? {} : recordOf(v.options, 'настройки диаграммы');
      return () => void sheet.charts.push({ id: newEntryId(), type, ranges, position, options });
    }
    case 'validation': {
      if (!sheet) return undefined;
      const m = /^(\d{1,9}):(\d{1,9})$/.exec(key);
      if (!m) throw new BadRow(`ячейка «${clip(key)}» — не «строка:столбец»`);
      const r = cellIndex(Number(m[1]), 'строка проверки данных', GOOGLE_MAX_CELLS);
      const c = cellIndex(Number(m[2]), 'столбец проверки данных', GOOGLE_MAX_COLUMNS);
      const rule = validationOf(value);
      if (r > sheet.maxRows || c > sheet.maxColumns) return undefined; // outside the grid as read, like the file's own
      return () => void (sheet.cellForWrite(r, c).validation = rule);
    }
    case 'spill': {
      if (!sheet) return undefined;
      const m = /^(\d{1,9}):(\d{1,9})$/.exec(key);
      if (!m) throw new BadRow(`ячейка «${clip(key)}» — не «строка:столбец»`);
      const r = cellIndex(Number(m[1]), 'строка массива формулы', GOOGLE_MAX_CELLS);
      const c = cellIndex(Number(m[2]), 'столбец массива формулы', GOOGLE_MAX_COLUMNS);
      const v = recordOf(value, 'массив формулы');
      const rows = cellIndex(v.rows, 'строки массива формулы', GOOGLE_MAX_CELLS);
      const columns = cellIndex(v.columns, 'столбцы массива формулы', GOOGLE_MAX_COLUMNS);
      if (rows * columns > 1_000_000) throw new BadRow(`массив формулы ${rows} × ${columns} больше миллиона ячеек`);
      return () => {
        const anchor = sheet.cell(r, c);
        if (anchor?.formula === undefined) return; // the formula is gone (edited elsewhere): its spill with it
        anchor.spill = { rows, columns };
        sheet.forEachCell({ row: r, column: c, numRows: rows, numColumns: columns }, (cell, row, column) => {
          if (row !== r || column !== c) cell.spilledFrom = { rowOffset: row - r, columnOffset: column - c };
        });
      };
    }
    case 'sheet-name': {
      if (!sheet) return undefined;
      const name = stringOf(value, 'имя листа');
      if (name.trim() === '' || name.length > 100) throw new BadRow('имя листа пустое или длиннее 100 знаков');
      // only a sheet still under the name it was saved with (not renamed in Excel since), and never onto a name in use
      return () => {
        const inUse = workbook.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase());
        if (sheet.name === fileName && !inUse) sheet.name = name;
      };
    }
  }
  return undefined;
}

function validationOf(value: unknown): ValidationRule {
  const v = recordOf(value, 'проверка данных');
  const common = {
    showDropdown: v.showDropdown === undefined ? true : booleanOf(v.showDropdown, 'showDropdown'),
    allowInvalid: v.allowInvalid === undefined ? true : booleanOf(v.allowInvalid, 'allowInvalid'),
    ...(v.helpText === undefined ? {} : { helpText: stringOf(v.helpText, 'подсказка проверки данных') }),
  };
  if (v.kind === 'list') {
    const values = stringsOf(v.values, 'значения списка');
    if (values.length > MAX_LIST_ITEMS) throw new BadRow(`в списке ${values.length} значений (не больше ${MAX_LIST_ITEMS})`);
    return { kind: 'list', values, ...common };
  }
  if (v.kind === 'range') {
    const range = stringOf(v.range, 'диапазон списка');
    if (!parseA1(range)) throw new BadRow(`диапазон списка «${clip(range)}» — не A1`);
    return { kind: 'range', range, ...common };
  }
  throw new BadRow(`вид проверки данных «${clip(String(v.kind))}» неизвестен`);
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function recordOf(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new BadRow(`${what} — не объект`);
  return value;
}

function stringOf(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new BadRow(`${what} — не текст`);
  return value;
}

function booleanOf(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new BadRow(`${what} — не true/false`);
  return value;
}

function stringsOf(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'string')) throw new BadRow(`${what} — не список строк`);
  return value as string[];
}

function cellIndex(value: unknown, what: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new BadRow(`${what} — не целое число от 1`);
  if (value > max) throw new BadRow(`${what} ${value} — за пределами любого листа Google (не больше ${max})`);
  return value;
}

function offsetOf(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100_000)
    throw new BadRow('сдвиг диаграммы — не число пикселей');
  return value;
}

/** An A1 range on a sheet, within what any Google sheet can hold. */
function rangeOf(value: unknown, what: string): string {
  const text = stringOf(value, what);
  const ref = parseA1(text);
  if (!ref) throw new BadRow(`${what} «${clip(text)}» — не A1`);
  const { box } = ref;
  if (
    box.row + box.numRows - 1 > GOOGLE_MAX_CELLS ||
    box.column + box.numColumns - 1 > GOOGLE_MAX_COLUMNS ||
    box.numRows * box.numColumns > GOOGLE_MAX_CELLS
  ) {
    throw new BadRow(`${what} «${clip(text)}» — за пределами любого листа Google (не больше ${GOOGLE_MAX_CELLS} ячеек)`);
  }
  return text;
}

/** Sheet id → the sheet name the meta rows recorded for it (to settle two sheets claiming one id). */
export function recordedSheetNames(rows: readonly MetaSourceRow[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const { values: row } of rows) {
    const id = Number(row[4]);
    if (Number.isSafeInteger(id) && id > 0 && typeof row[1] === 'string' && !names.has(id)) names.set(id, row[1]);
  }
  return names;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
