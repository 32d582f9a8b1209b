/**
 * word/document.xml → the document as people see it: paragraphs (headings, list items with their numbers as
 * text) and tables (merged cells, header rows, line breaks inside cells, nested tables), in order.
 *
 * What Word writes that matters here:
 * - a cell spans grid columns with `w:gridSpan`; a vertical merge is `w:vMerge w:val="restart"` on the first
 *   cell and a bare `w:vMerge` on the cells it covers; `w:gridBefore` skips grid columns at a row's start;
 * - `w:tblHeader` marks a header row repeated on every page; `w:br` is a line break (`w:type="page"` a page
 *   break), `w:tab` a tab, `w:noBreakHyphen` a hyphen, `w:softHyphen` nothing; deleted text (`w:del`) is not
 *   shown, inserted text (`w:ins`) is; content controls (`w:sdt`), hyperlinks, fields and smart tags hold
 *   ordinary runs;
 * - a list item's number is not in the text: numbering.xml says how to write it (see numbering.ts); a heading is
 *   a paragraph whose style has an outline level (styles.xml; Russian Word calls «heading 1» style «1»).
 */
import { attr, child, elements, parseXml, type XmlElement } from './xml';
import { readNumbering, type Numbering } from './numbering';

export interface WordParagraph {
  kind: 'paragraph';
  text: string;
  /** 1 for «Заголовок 1», …; undefined for body text. */
  heading?: number;
  /** The list item's number as Word shows it («1.», «2.3.», «а)», «•»), already at the start of `text`. */
  list?: string;
  /** A page break is in or before this paragraph. */
  pageBreak?: boolean;
}

export interface WordCell {
  /** The cell's text: its paragraphs one per line, line breaks kept. */
  text: string;
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** Part of a vertical merge: the first cell of it, or a cell it covers. */
  vMerge?: 'restart' | 'continue';
  /** Tables inside the cell. */
  tables?: WordTable[];
  /** The cell's paragraphs and tables in order, when it holds tables. */
  blocks?: WordBlock[];
}

export interface WordRow {
  cells: WordCell[];
  /** Repeated on every page (w:tblHeader). */
  header: boolean;
  /** Grid columns skipped before the first cell (w:gridBefore). */
  before: number;
}

export interface WordTable {
  kind: 'table';
  rows: WordRow[];
  /** Grid columns (w:tblGrid), or the widest row. */
  columns: number;
}

export type WordBlock = WordParagraph | WordTable;

export interface WordParts {
  document: string;
  numbering?: string;
  styles?: string;
}

/** The document's blocks in order. Throws XmlError when document.xml is not XML. */
export function readWordDocument(parts: WordParts): WordBlock[] {
  const root = parseXml(parts.document);
  const body = child(root, 'w:body');
  if (!body) return [];
  const ctx: Context = {
    numbering: parts.numbering ? readNumbering(parseXml(parts.numbering)) : undefined,
    headings: parts.styles ? headingStyles(parseXml(parts.styles)) : new Map(),
  };
  return blocksOf(body, ctx);
}

interface Context {
  numbering: Numbering | undefined;
  /** Style id → outline level (1-based). */
  headings: Map<string, number>;
}

/** Paragraphs and tables of a container (body, cell, content control), in order. */
function blocksOf(container: XmlElement, ctx: Context): WordBlock[] {
  const out: WordBlock[] = [];
  for (const el of elements(container)) {
    if (el.name === 'w:p') out.push(paragraph(el, ctx));
    else if (el.name === 'w:tbl') out.push(table(el, ctx));
    else if (el.name === 'w:sdt') {
      const content = child(el, 'w:sdtContent');
      if (content) out.push(...blocksOf(content, ctx));
    } else if (el.name === 'w:customXml' || el.name === 'w:ins' || el.name === 'w:smartTag') out.push(...blocksOf(el, ctx));
  }
  return out;
}

function paragraph(p: XmlElement, ctx: Context): WordParagraph {
  const pPr = child(p, 'w:pPr');
  const state = { text: '', pageBreak: !!child(pPr, 'w:pageBreakBefore') };
  runsText(p, state);
  const out: WordParagraph = { kind: 'paragraph', text: state.text.replace(/[ \t]+$/gm, '') };
  const style = attr(child(pPr, 'w:pStyle'), 'w:val');
  const outline = attr(child(pPr, 'w:outlineLvl'), 'w:val');
  const level = outline !== undefined ? Number(outline) + 1 : style !== undefined ? ctx.headings.get(style) : undefined;
  if (level !== undefined && level >= 1 && level <= 9 && out.text.trim()) out.heading = level;
  const numPr = child(pPr, 'w:numPr');
  if (numPr && ctx.numbering) {
    const numId = attr(child(numPr, 'w:numId'), 'w:val');
    const ilvl = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? '0');
    const label = numId !== undefined ? ctx.numbering.next(numId, ilvl) : '';
    if (label) {
      out.list = label;
      out.text = out.text ? `${label} ${out.text}` : label;
    }
  }
  if (state.pageBreak) out.pageBreak = true;
  return out;
}

/** Appends the visible text of the runs under `el`. */
function runsText(el: XmlElement, state: { text: string; pageBreak: boolean }): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        state.text += c.children.filter((x): x is string => typeof x === 'string').join('');
        break;
      case 'w:tab':
      case 'w:ptab':
        state.text += '\t';
        break;
      case 'w:br':
        if (attr(c, 'w:type') === 'page') state.pageBreak = true;
        else state.text += '\n';
        break;
      case 'w:cr':
        state.text += '\n';
        break;
      case 'w:noBreakHyphen':
        state.text += '-';
        break;
      case 'w:sym': {
        const code = Number.parseInt(attr(c, 'w:char') ?? '', 16);
        // symbol fonts put bullets and signs in the private-use area (F0xx): their low byte is the Latin-1 glyph
        if (Number.isFinite(code)) state.text += String.fromCharCode(code >= 0xf000 ? code - 0xf000 : code);
        break;
      }
      case 'w:del':
      case 'w:delText':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
      case 'w:instrText':
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        break;
      default:
        // w:r, w:hyperlink, w:fldSimple, w:ins, w:smartTag, w:sdt, w:sdtContent, w:customXml: ordinary runs inside
        runsText(c, state);
    }
  }
}

function table(tbl: XmlElement, ctx: Context): WordTable {
  const grid = elements(child(tbl, 'w:tblGrid') ?? { name: '', attrs: {}, children: [] }, 'w:gridCol').length;
  const rows: WordRow[] = [];
  for (const tr of rowsOf(tbl)) {
    const trPr = child(tr, 'w:trPr');
    const cells: WordCell[] = [];
    for (const tc of cellsOf(tr)) cells.push(cell(tc, ctx));
    const row: WordRow = {
      cells,
      header: !!child(trPr, 'w:tblHeader'),
      before: Number(attr(child(trPr, 'w:gridBefore'), 'w:val') ?? '0') || 0,
    };
    rows.push(row);
  }
  const widest = rows.reduce((w, r) => Math.max(w, r.before + r.cells.reduce((s, c) => s + c.span, 0)), 0);
  return { kind: 'table', rows, columns: Math.max(grid, widest) };
}

/** The rows of a table, through content controls and custom XML that may wrap them. */
function rowsOf(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of elements(tbl)) {
    if (el.name === 'w:tr') out.push(el);
    else if (el.name === 'w:sdt') out.push(...rowsOf(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml' || el.name === 'w:sdtContent') out.push(...rowsOf(el));
  }
  return out;
}

function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of elements(tr)) {
    if (el.name === 'w:tc') out.push(el);
    else if (el.name === 'w:sdt') out.push(...cellsOf(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml' || el.name === 'w:sdtContent') out.push(...cellsOf(el));
  }
  return out;
}

function cell(tc: XmlElement, ctx: Context): WordCell {
  const tcPr = child(tc, 'w:tcPr');
  const span = Math.max(1, Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? '1') || 1);
  const vm = child(tcPr, 'w:vMerge');
  const blocks = blocksOf(tc, ctx);
  const lines: string[] = [];
  const tables: WordTable[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') lines.push(b.text);
    else {
      tables.push(b);
      lines.push(...nestedText(b));
    }
  }
  const out: WordCell = { text: trimLines(lines.join('\n')), span };
  if (vm) out.vMerge = attr(vm, 'w:val') === 'restart' ? 'restart' : 'continue';
  if (tables.length) {
    out.tables = tables;
    out.blocks = blocks;
  }
  return out;
}

/** A nested table as lines of its cell: a row a line, its cells joined by « | ». */
export function nestedText(t: WordTable): string[] {
  return t.rows
    .map((r) =>
      r.cells
        .map((c) => c.text.replace(/\n/g, ' '))
        .filter(Boolean)
        .join(' | '),
    )
    .filter(Boolean);
}

/** Empty lines at the ends of a cell dropped (Word ends every cell with a paragraph). */
function trimLines(text: string): string {
  return text
    .replace(/^\s*\n/, '')
    .replace(/\n\s*$/, '')
    .replace(/[ \t]+$/gm, '');
}

/** Styles that are headings: those named «heading N» or with an outline level, and those based on them. */
function headingStyles(styles: XmlElement): Map<string, number> {
  const levels = new Map<string, number>();
  const basedOn = new Map<string, string>();
  for (const s of elements(styles, 'w:style')) {
    if (attr(s, 'w:type') !== 'paragraph') continue;
    const id = attr(s, 'w:styleId');
    if (!id) continue;
    const name = (attr(child(s, 'w:name'), 'w:val') ?? '').toLowerCase();
    const outline = attr(child(child(s, 'w:pPr'), 'w:outlineLvl'), 'w:val');
    const m = /^(?:heading|заголовок)\s*(\d)$/.exec(name);
    if (outline !== undefined && Number(outline) < 9) levels.set(id, Number(outline) + 1);
    else if (m) levels.set(id, Number(m[1]));
    else if (name === 'title' || name === 'название') levels.set(id, 1);
    const base = attr(child(s, 'w:basedOn'), 'w:val');
    if (base) basedOn.set(id, base);
  }
  for (const [id, base] of basedOn) {
    if (levels.has(id)) continue;
    let b: string | undefined = base;
    for (let depth = 0; b && depth < 10; depth++, b = basedOn.get(b)) {
      const lv = levels.get(b);
      if (lv !== undefined) {
        levels.set(id, lv);
        break;
      }
    }
  }
  return levels;
}
