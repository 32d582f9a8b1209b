/**
 * A corpus document as the Word file it was published as, made in memory with the `docx` library (a test makes
 * these at run time into a temp folder: the corpus texts never enter the repository).
 *
 * The corpus keeps title, approval and signature lines as one-cell lines (no tab) above or below the table
 * (../shared/corpus/README.md): those before the first row with cells become paragraphs before the table, those
 * after its last row paragraphs after it. Every other line is a table row, padded to the table's width; a
 * one-cell line inside the table is a row of one cell spanning the table. A line break inside a cell is a
 * paragraph of its own, as Word keeps a cell's lines.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { CorpusDoc } from './read-corpus';

const paragraphs = (text: string, bold = false) =>
  text.split('\n').map((line) => new Paragraph({ children: line ? [new TextRun({ text: line, bold })] : [] }));

/** The document's lines: paragraphs above, the table's rows, paragraphs below. */
export function corpusDocxParts(rows: readonly (readonly string[])[]): { above: string[]; table: string[][]; below: string[] } {
  const isLine = (r: readonly string[]) => r.length === 1;
  let first = 0;
  while (first < rows.length && isLine(rows[first]!)) first++;
  let last = rows.length - 1;
  while (last >= first && isLine(rows[last]!)) last--;
  return {
    above: rows.slice(0, first).map((r) => r[0]!),
    table: rows.slice(first, last + 1).map((r) => [...r]),
    below: rows.slice(last + 1).map((r) => r[0]!),
  };
}

/** The .docx bytes of one corpus document: its title lines, one Word table, its closing lines. */
export async function corpusDocx(doc: Pick<CorpusDoc, 'rows'>): Promise<Buffer> {
  const { above, table, below } = corpusDocxParts(doc.rows);
  const width = Math.max(1, ...table.map((r) => r.length));
  const children: (Paragraph | Table)[] = above.flatMap((line, i) => paragraphs(line, i === 0));
  if (table.length) {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: table.map(
          (row) =>
            new TableRow({
              children:
                row.length === 1 && width > 1
                  ? [new TableCell({ columnSpan: width, children: paragraphs(row[0]!) })]
                  : [...row, ...new Array<string>(width - row.length).fill('')].map(
                      (cell) => new TableCell({ children: paragraphs(cell) }),
                    ),
            }),
        ),
      }),
    );
  }
  children.push(...below.flatMap((line) => paragraphs(line)), new Paragraph(''));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
