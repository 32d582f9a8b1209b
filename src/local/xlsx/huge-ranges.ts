/**
 * exceljs expands every data-validation range into one entry per cell and every merge into its cells,
 * so a dropdown on whole columns (Excel writes A2:A1048576) costs seconds per column and a rule on the
 * whole sheet never finishes. Before exceljs sees a sheet, such ranges are clipped to where a cell can
 * matter: the sheet's data, or a new sheet's 1000 × 26 when the data is smaller.
 */
import JSZip from 'jszip';
import { columnToLetters, lettersToColumn } from '../emulator/a1';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS } from '../emulator/workbook';

/** Rows and columns (1-based, inclusive) a range may reach. */
export interface Bound {
  rows: number;
  columns: number;
}

interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

function parseRef(ref: string): Box | undefined {
  const m = REF.exec(ref);
  if (!m) return undefined;
  const c1 = lettersToColumn(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? lettersToColumn(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

const area = (b: Box) => (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1);

function boxRef(b: Box): string {
  const start = `${columnToLetters(b.c1)}${b.r1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? start : `${start}:${columnToLetters(b.c2)}${b.r2}`;
}

/** The part of a box inside the bound, or undefined when none is. */
function clip(b: Box, bound: Bound): Box | undefined {
  if (b.r1 > bound.rows || b.c1 > bound.columns) return undefined;
  return { r1: b.r1, c1: b.c1, r2: Math.min(b.r2, bound.rows), c2: Math.min(b.c2, bound.columns) };
}

/** A cell with a value, a formula or inline text: `<c r="B7" …><v>`, `<f>`, `<is>`. */
const CONTENT_CELL = /<c\s+r="([A-Z]{1,3})(\d+)"[^>]*?>\s*<(?:v|f|is)\b/g;

/** The sheet's data extent, from its XML, grown to a new sheet's default size. */
export function dataBound(xml: string): Bound {
  let rows = 0;
  let columns = 0;
  for (const m of xml.matchAll(CONTENT_CELL)) {
    rows = Math.max(rows, Number(m[2]));
    columns = Math.max(columns, lettersToColumn(m[1]!));
  }
  return { rows: Math.max(rows, DEFAULT_MAX_ROWS), columns: Math.max(columns, DEFAULT_MAX_COLUMNS) };
}

const VALIDATION = /<dataValidation\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>)/g;
const MERGE = /<mergeCell\b[^>]*?\/>/g;
const SQREF = /\bsqref="([^"]*)"/;
const MERGE_REF = /\bref="([^"]*)"/;

/** Refs larger than this many cells make a sheet worth clipping (a new sheet's whole grid). */
const LARGE = DEFAULT_MAX_ROWS * DEFAULT_MAX_COLUMNS;

function hasLargeRange(xml: string): boolean {
  const refs = [...xml.matchAll(/(?:\bsqref="|<mergeCell\s+ref=")([^"]*)"/g)].flatMap((m) => m[1]!.trim().split(/\s+/));
  return refs.some((ref) => {
    const b = parseRef(ref);
    return !!b && area(b) > LARGE;
  });
}

/** A sheet's XML with validation and merge ranges clipped to the bound; the same string when nothing needs it. */
export function clipSheetXml(xml: string, bound: Bound = dataBound(xml)): string {
  const clipped = xml.replace(VALIDATION, (element) => {
    const sqref = SQREF.exec(element);
    if (!sqref) return element;
    const refs = sqref[1]!
      .trim()
      .split(/\s+/)
      .flatMap((ref) => {
        const b = parseRef(ref);
        if (!b) return [ref];
        const inside = clip(b, bound);
        return inside ? [boxRef(inside)] : [];
      });
    return refs.length ? element.replace(SQREF, `sqref="${refs.join(' ')}"`) : '';
  });
  return clipped.replace(MERGE, (element) => {
    const ref = MERGE_REF.exec(element);
    const b = ref && parseRef(ref[1]!);
    if (!b) return element;
    const inside = clip(b, bound);
    return inside && area(inside) > 1 ? element.replace(MERGE_REF, `ref="${boxRef(inside)}"`) : '';
  });
}

/**
 * The .xlsx bytes with every sheet's huge validation and merge ranges clipped; the same bytes when no
 * sheet has a range larger than a new sheet's grid (the usual case: nothing is unpacked twice).
 */
export async function clipHugeRanges(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/^xl\/worksheets\/[^/]+\.xml$/.test(file.name)) continue;
    const xml = await file.async('string');
    if (!hasLargeRange(xml)) continue;
    const clipped = clipSheetXml(xml);
    if (clipped === xml) continue;
    zip.file(file.name, clipped);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
}
