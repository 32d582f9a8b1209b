/** Reading the corpus files and typing their cells as a Russian-locale paste does. */
import { describe, expect, it } from 'vitest';
import {
  CORPUS_JOBS,
  corpusPresent,
  corpusWorkbookSpec,
  parseCorpusTsv,
  pastedCell,
  readCorpus,
} from '../../../src/local/corpus/read-corpus';

describe('a corpus file', () => {
  it('keeps its notes apart and restores line breaks inside cells', () => {
    const f = parseCorpusTsv(
      '# source: https://example.org/doc\n# cut after row 3\nПлан\nМероприятия\tСроки\nКонкурс\tсентябрь\\nдекабрь\n\n',
    );
    expect(f.source).toBe('https://example.org/doc');
    expect(f.notes).toEqual(['cut after row 3']);
    expect(f.rows).toEqual([['План'], ['Мероприятия', 'Сроки'], ['Конкурс', 'сентябрь\nдекабрь']]);
  });
});

describe('a Russian-locale paste', () => {
  it.each<[string, unknown]>([
    ['40,0', 40],
    ['2019', 2019],
    ['3%', 0.03],
    ['1.', 1],
    ['26 640,0', '26 640,0'],
    ['17.03.2009 08.04.2009', '17.03.2009 08.04.2009'],
    ['31 августа\n10:00', '31 августа\n10:00'],
    ['Ноябрь', 'Ноябрь'],
    ['- 115,5 тыс. руб.', '- 115,5 тыс. руб.'],
  ])('%j → %j', (text, value) => expect(pastedCell(text)).toEqual(value));

  it('reads «26.09.2022» as the date it shows', () => {
    const d = pastedCell('26.09.2022') as Date;
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate()]).toEqual([2022, 9, 26]);
  });
});

describe.skipIf(!corpusPresent())('the corpus in ../shared/corpus', () => {
  const docs = readCorpus();

  it('has documents of every job, each with its source address', () => {
    for (const job of CORPUS_JOBS) expect(docs.filter((d) => d.job === job).length, job).toBeGreaterThan(0);
    for (const d of docs) expect(d.source, d.name).toMatch(/^https?:\/\//);
  });

  it('becomes a one-sheet workbook with the title lines merged across the table', () => {
    const doc = docs.find((d) => d.name.startsWith('birsk'))!;
    const spec = corpusWorkbookSpec(doc);
    expect(spec.sheets[0]!.rows[0]).toEqual(['ПЛАН МЕРОПРИЯТИЙ', '', '', '']);
    expect(spec.sheets[0]!.merges).toContain('A1:D1');
  });
});
