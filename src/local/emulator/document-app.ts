/**
 * A minimal DocumentApp (SHEETS-FACTS §9): create a document, append paragraphs (with headings), list items
 * and tables to its body, get its URL. Every call needs the documents scope: without it the call throws as
 * Apps Script does (scopes.ts, checked for every call in instrument.ts). Created documents are kept in
 * `documents` for tests to read.
 */
import { GlyphType, ParagraphHeading } from './enums';
import { SERVICE } from './instrument';

export type DocBlock =
  | { type: 'paragraph'; text: string; heading: string }
  | { type: 'listItem'; text: string; glyph: string }
  | { type: 'table'; cells: string[][] };

export interface DocumentRecord {
  id: string;
  name: string;
  url: string;
  blocks: DocBlock[];
  saved: boolean;
}

class ParagraphImpl {
  readonly [SERVICE] = 'Paragraph';
  constructor(private readonly block: Extract<DocBlock, { type: 'paragraph' }>) {}
  setHeading(heading: string): this {
    this.block.heading = String(heading);
    return this;
  }
  getText(): string {
    return this.block.text;
  }
}

class ListItemImpl {
  readonly [SERVICE] = 'ListItem';
  constructor(private readonly block: Extract<DocBlock, { type: 'listItem' }>) {}
  setGlyphType(glyph: string): this {
    this.block.glyph = String(glyph);
    return this;
  }
  getText(): string {
    return this.block.text;
  }
}

class TableImpl {
  readonly [SERVICE] = 'Table';
  constructor(private readonly block: Extract<DocBlock, { type: 'table' }>) {}
  getNumRows(): number {
    return this.block.cells.length;
  }
}

class BodyImpl {
  readonly [SERVICE] = 'Body';
  constructor(private readonly doc: DocumentRecord) {}
  appendParagraph(text: string): ParagraphImpl {
    const block = { type: 'paragraph' as const, text: String(text), heading: ParagraphHeading.NORMAL as string };
    this.doc.blocks.push(block);
    return new ParagraphImpl(block);
  }
  appendListItem(text: string): ListItemImpl {
    const block = { type: 'listItem' as const, text: String(text), glyph: GlyphType.BULLET as string };
    this.doc.blocks.push(block);
    return new ListItemImpl(block);
  }
  appendTable(cells: unknown[][]): TableImpl {
    if (!Array.isArray(cells) || !cells.every(Array.isArray)) throw new Error('appendTable expects a two-dimensional array of strings.');
    const block = { type: 'table' as const, cells: cells.map((row) => row.map((c) => String(c ?? ''))) };
    this.doc.blocks.push(block);
    return new TableImpl(block);
  }
  getText(): string {
    return this.doc.blocks.map((b) => (b.type === 'table' ? b.cells.map((r) => r.join('\t')).join('\n') : b.text)).join('\n');
  }
}

class DocumentImpl {
  readonly [SERVICE] = 'Document';
  constructor(private readonly doc: DocumentRecord) {}
  getBody(): BodyImpl {
    return new BodyImpl(this.doc);
  }
  getId(): string {
    return this.doc.id;
  }
  getName(): string {
    return this.doc.name;
  }
  getUrl(): string {
    return this.doc.url;
  }
  saveAndClose(): void {
    this.doc.saved = true;
  }
}

export class DocumentAppImpl {
  readonly [SERVICE] = 'DocumentApp';
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;

  constructor(readonly documents: DocumentRecord[]) {}

  create(name: string): DocumentImpl {
    const id = `doc${this.documents.length + 1}`;
    const doc: DocumentRecord = { id, name: String(name), url: `https://docs.google.com/document/d/${id}/edit`, blocks: [], saved: false };
    this.documents.push(doc);
    return new DocumentImpl(doc);
  }
}
