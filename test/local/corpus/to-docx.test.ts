/**
 * The corpus documents as .docx (src/local/corpus/to-docx.ts), made in memory and read back by core/word: every
 * cell of every corpus line comes back in its table (line breaks kept), the one-cell lines as paragraphs or as
 * rows spanning a table. Skipped when ../shared/corpus is absent.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { corpusPresent, readCorpus } from '../../../src/local/corpus/read-corpus';
import { corpusDocx, corpusDocxBlocks } from '../../../src/local/corpus/to-docx';
import { readWordDocument, type WordBlock } from '../../../src/core/word/document';

async function wordBlocks(bytes: Buffer): Promise<WordBlock[]> {
  const zip = await JSZip.loadAsync(bytes);
  return readWordDocument({ document: (await zip.file('word/document.xml')!.async('string'))! });
}

describe('corpusDocxBlocks', () => {
  it('title lines before the table, a section line inside it, a heading over a table of another width starts a new one', () => {
    const blocks = corpusDocxBlocks([
      ['План на 2024 год'],
      ['№', 'Мероприятие', 'Сроки'],
      ['Раздел 1'],
      ['1.', 'Совещание', 'Сентябрь'],
      ['2. На подвоз'],
      ['Км', 'Цена'],
      ['126', '45'],
      ['Директор'],
    ]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'План на 2024 год' },
      { kind: 'table', rows: [['№', 'Мероприятие', 'Сроки'], ['Раздел 1'], ['1.', 'Совещание', 'Сентябрь']] },
      { kind: 'paragraph', text: '2. На подвоз' },
      {
        kind: 'table',
        rows: [
          ['Км', 'Цена'],
          ['126', '45'],
        ],
      },
      { kind: 'paragraph', text: 'Директор' },
    ]);
  });
});

describe.skipIf(!corpusPresent())('corpusDocx over the corpus', () => {
  it('every cell comes back from the .docx as written, line breaks kept', async () => {
    for (const doc of readCorpus()) {
      const expected = corpusDocxBlocks(doc.rows);
      const read = (await wordBlocks(await corpusDocx(doc))).filter((b) => b.kind === 'table' || b.text.trim() !== '');
      const norm = (s: string) => s.trim();
      type Shown = string | string[][];
      expect(
        read.map((b): Shown => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => norm(c.text))))),
        doc.name,
      ).toEqual(
        expected.flatMap((b): Shown[] =>
          b.kind === 'paragraph'
            ? b.text.split('\n').filter((l) => l.trim() !== '')
            : [b.rows.map((r) => (r.length === 1 ? [norm(r[0]!)] : r.map(norm)))],
        ),
      );
    }
  });
});
