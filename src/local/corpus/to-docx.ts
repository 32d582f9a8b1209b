/**
 * A corpus document as the Word file it was published as, made in memory with the `docx` library (a test makes
 * these at run time into a temp folder: the corpus texts never enter the repository).
 *
 * The corpus keeps title, approval and signature lines as one-cell lines (no tab) above or below a table
 * (../shared/corpus/README.md): they become paragraphs; the lines with cells become Word tables, each row padded
 * to its table's width (corpusDocxBlocks says where one table ends). A line break inside a cell is a paragraph of
 * its own, as Word keeps a cell's lines. A document stored as lines of text only has no table, as its source.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { CorpusDoc } from './read-corpus';

const paragraphs = (text: string, bold = false) =>
  text.split('\n').map((line) => new Paragraph({ children: line ? [new TextRun({ text: line, bold })] : [] }));

/** The document's blocks in order: paragraphs (one-cell lines) and tables (rows with cells). */
export type CorpusDocxBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/**
 * One-cell lines before the first row with cells and after the last are paragraphs. One-cell lines between rows
 * with cells are rows of one cell spanning the table (a section, «Методическая работа»), unless the rows after them
 * are another width: then they are the heading of a new table (a budget's «2. На подвоз» over its own columns).
 */
export function corpusDocxBlocks(rows: readonly (readonly string[])[]): CorpusDocxBlock[] {
  const blocks: CorpusDocxBlock[] = [];
  let table: string[][] = [];
  let lines: string[] = [];
  for (const row of rows) {
    if (row.length === 1) {
      lines.push(row[0]!);
      continue;
    }
    if (table.length && lines.length && table[table.length - 1]!.length !== row.length) {
      blocks.push({ kind: 'table', rows: table });
      table = [];
    }
    if (table.length) table.push(...lines.map((l) => [l]));
    else blocks.push(...lines.map((text) => ({ kind: 'paragraph' as const, text })));
    lines = [];
    table.push([...row]);
  }
  if (table.length) blocks.push({ kind: 'table', rows: table });
  blocks.push(...lines.map((text) => ({ kind: 'paragraph' as const, text })));
  return blocks;
}

function wordTable(rows: readonly (readonly string[])[]): Table {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children:
            row.length === 1 && width > 1
              ? [new TableCell({ columnSpan: width, children: paragraphs(row[0]!) })]
              : [...row, ...new Array<string>(width - row.length).fill('')].map((cell) => new TableCell({ children: paragraphs(cell) })),
        }),
    ),
  });
}

/** The .docx bytes of one corpus document: its lines as paragraphs (the first one bold, as a title), its tables as Word tables. */
export async function corpusDocx(doc: Pick<CorpusDoc, 'rows'>): Promise<Buffer> {
  const children = corpusDocxBlocks(doc.rows).flatMap((b, i) => (b.kind === 'table' ? [wordTable(b.rows)] : paragraphs(b.text, i === 0)));
  children.push(new Paragraph(''));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
