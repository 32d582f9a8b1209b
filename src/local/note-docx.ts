/**
 * The analytical note as a Word document (.docx), written with the `docx` library from core's NoteDoc: the
 * title, headings, paragraphs, bullet lists and tables, in the order buildNote made them. What the CLI and the
 * playground give where the add-on makes a Google Doc.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { NoteBlock, NoteDoc } from '../core/checklist/note';

const FONT = 'Times New Roman';

function cell(text: string, bold: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 22 })] })] });
}

function block(b: NoteBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun({ text: b.text, font: FONT })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: b.text, font: FONT, size: 24 })] })];
    case 'list':
      return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item, font: FONT, size: 24 })] }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
  }
}

/** The note as .docx bytes. */
export async function noteDocx(note: NoteDoc): Promise<Buffer> {
  const doc = new Document({
    creator: 'Кластер',
    title: note.title,
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: note.title, font: FONT })],
          }),
          ...note.blocks.flatMap(block),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
