/**
 * Reading word/document.xml: paragraphs, headings, list numbers, tables with merges, header rows, line breaks,
 * nested tables, and tables split by pages joined back. Small XML written as Word writes it; the real .docx
 * files (made by LibreOffice and the docx library) are read in test/local/word.
 */
import { describe, expect, it } from 'vitest';
import { readWordDocument, type WordTable } from '../../../src/core/word/document';
import { formatNumber } from '../../../src/core/word/numbering';
import { joinSplitTables, tableValues } from '../../../src/core/word/tables';
import { parseXml, XmlError } from '../../../src/core/word/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (cols: number, rows: string) => `<w:tbl><w:tblGrid>${'<w:gridCol w:w="100"/>'.repeat(cols)}</w:tblGrid>${rows}</w:tbl>`;

describe('the XML reader', () => {
  it('decodes entities, keeps CDATA and both quote kinds, skips comments and declarations', () => {
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a x='1 &amp; 2' y="&#1055;&#x440;"><b>&lt;«т»&gt;</b><![CDATA[<raw>]]></a>`);
    expect(root.attrs).toEqual({ x: '1 & 2', y: 'Пр' });
    expect(root.children).toEqual([{ name: 'b', attrs: {}, children: ['<«т»>'] }, '<raw>']);
  });

  it.each([
    ['<a><b></a>', /unexpected <\/a>/],
    ['<a>', /unclosed <a>/],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', /document type declaration/],
    ['just text', /no root element/],
  ])('refuses %j', (xml, message) => expect(() => parseXml(xml)).toThrow(message));

  it('throws XmlError, not a TypeError', () => expect(() => parseXml('<a')).toThrow(XmlError));
});

describe('paragraphs', () => {
  it('runs, tabs, line breaks, page breaks, hyphens; deleted text hidden, inserted text shown', () => {
    const blocks = readWordDocument({
      document: doc(
        `<w:p><w:r><w:t>Срок реализа</w:t></w:r><w:r><w:noBreakHyphen/><w:t>ции:</w:t><w:tab/><w:t>2023</w:t><w:br/><w:t>вторая строка</w:t></w:r>` +
          `<w:del><w:r><w:delText>удалено</w:delText></w:r></w:del><w:ins><w:r><w:t> вставлено</w:t></w:r></w:ins></w:p>` +
          `<w:p><w:r><w:br w:type="page"/><w:t>После разрыва</w:t></w:r></w:p>`,
      ),
    });
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Срок реализа-ции:\t2023\nвторая строка вставлено' },
      { kind: 'paragraph', text: 'После разрыва', pageBreak: true },
    ]);
  });

  it('headings by their style (Russian Word names «heading 1» style «1»), or by an outline level', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Мой"/><w:basedOn w:val="1"/></w:style></w:styles>`;
    const blocks = readWordDocument({
      document: doc(
        p('Паспорт проекта', '<w:pStyle w:val="1"/>') +
          p('Раздел', '<w:pStyle w:val="Mine"/>') +
          p('Подраздел', '<w:outlineLvl w:val="1"/>') +
          p('Текст'),
      ),
      styles,
    });
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.heading : null))).toEqual([1, 1, 2, undefined]);
  });

  it('list numbers as Word shows them: «1.», «1.1.», restarts under a new parent, letters and bullets', () => {
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    </w:numbering>`;
    const li = (text: string, num: number, lvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${num}"/></w:numPr>`);
    const blocks = readWordDocument({
      document: doc(
        li('Цели', 1) +
          li('первая', 1, 1) +
          li('вторая', 1, 1) +
          li('Задачи', 1) +
          li('одна', 1, 1) +
          li('пункт', 2) +
          li('пункт', 2) +
          li('точка', 3) +
          li('с пятого', 4),
      ),
      numbering,
    });
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '1. Цели',
      '1.1. первая',
      '1.2. вторая',
      '2. Задачи',
      '2.1. одна',
      'а) пункт',
      'б) пункт',
      '• точка',
      '5. с пятого',
    ]);
  });

  it.each<[number, string, string]>([
    [3, 'lowerLetter', 'c'],
    [28, 'upperLetter', 'BB'],
    [14, 'upperRoman', 'XIV'],
    [9, 'lowerRoman', 'ix'],
    [7, 'decimalZero', '07'],
    [10, 'russianUpper', 'К'],
  ])('%i in %s is %j', (n, format, text) => expect(formatNumber(n, format)).toBe(text));
});

describe('tables', () => {
  const table = (xml: string) => readWordDocument({ document: doc(xml) })[0] as WordTable;

  it('merged cells: gridSpan and vMerge keep their text in the first cell, the merge is listed', () => {
    const t = table(
      tbl(
        3,
        tr(tc(p('№')) + tc(p('Мероприятие')) + tc(p('Сроки')), '<w:tblHeader/>') +
          tr(tc(p('1.'), '<w:vMerge w:val="restart"/>') + tc(p('Раздел один'), '<w:gridSpan w:val="2"/>')) +
          tr(tc(p(''), '<w:vMerge/>') + tc(p('Семинар')) + tc(p('Ноябрь 2024'))),
      ),
    );
    expect(tableValues(t)).toEqual({
      values: [
        ['№', 'Мероприятие', 'Сроки'],
        ['1.', 'Раздел один', ''],
        ['', 'Семинар', 'Ноябрь 2024'],
      ],
      merges: [
        { r0: 1, c0: 0, r1: 2, c1: 0 },
        { r0: 1, c0: 1, r1: 1, c1: 2 },
      ],
      headerRows: [0],
    });
  });

  it('a cell keeps its paragraphs and line breaks as lines; gridBefore shifts a row', () => {
    const t = table(
      tbl(
        2,
        tr(tc(p('Захарова') + p('С.М.')) + tc('<w:p><w:r><w:t>Июнь 2023 –</w:t><w:br/><w:t>декабрь 2023</w:t></w:r></w:p>')) +
          tr(tc(p('справа')), '<w:gridBefore w:val="1"/>'),
      ),
    );
    expect(tableValues(t).values).toEqual([
      ['Захарова\nС.М.', 'Июнь 2023 –\nдекабрь 2023'],
      ['', 'справа'],
    ]);
  });

  it('a nested table is in its cell’s text, and a one-cell frame around tables gives way to them', () => {
    const inner = tbl(2, tr(tc(p('Статья')) + tc(p('Сумма'))) + tr(tc(p('Книги')) + tc(p('100'))));
    const t = table(tbl(2, tr(tc(p('Бюджет') + inner) + tc(p('x')))));
    expect(tableValues(t).values[0]![0]).toBe('Бюджет\nСтатья | Сумма\nКниги | 100');
    const framed = joinSplitTables(readWordDocument({ document: doc(tbl(1, tr(tc(p('') + inner)))) }));
    expect(framed).toHaveLength(1);
    expect(tableValues(framed[0] as WordTable).values).toEqual([
      ['Статья', 'Сумма'],
      ['Книги', '100'],
    ]);
  });
});

describe('a table of its own inside a form’s cell (a project passport)', () => {
  const values = (xml: string) =>
    joinSplitTables(readWordDocument({ document: doc(xml) })).map((b) => (b.kind === 'table' ? tableValues(b).values : b));
  const budget = tbl(
    3,
    tr(tc(p('Статьи затрат')) + tc(p('2023 год')) + tc(p('2024 год'))) +
      tr(tc(p('Семинары')) + tc(p('20000')) + tc(p('20000'))) +
      tr(tc(p('Итого')) + tc(p('20000')) + tc(p('20000'))),
  );
  const passport = (cell: string) =>
    tbl(2, tr(tc(p('Название проекта')) + tc(p('«Академия»'))) + tr(tc(p('Финансовое обеспечение') + p('реализации проекта')) + tc(cell)));

  it('follows the form under its row’s label; the form’s cell keeps its own paragraphs', () => {
    expect(values(passport(p('За счёт бюджетных средств') + budget + p('')))).toEqual([
      [
        ['Название проекта', '«Академия»'],
        ['Финансовое обеспечение\nреализации проекта', 'За счёт бюджетных средств'],
      ],
      { kind: 'paragraph', text: 'Финансовое обеспечение реализации проекта', heading: 9 },
      { kind: 'paragraph', text: 'За счёт бюджетных средств' },
      [
        ['Статьи затрат', '2023 год', '2024 год'],
        ['Семинары', '20000', '20000'],
        ['Итого', '20000', '20000'],
      ],
      { kind: 'paragraph', text: '' },
    ]);
  });

  it('a two-column table in a cell, or any table in a wide table’s cell, stays the cell’s text', () => {
    const team = tbl(2, tr(tc(p('ФИО')) + tc(p('Должность'))) + tr(tc(p('Иванова А.А.')) + tc(p('методист'))));
    expect(values(passport(team))).toHaveLength(1);
    const plan = tbl(4, tr(tc(p('1.')) + tc(p('Семинар')) + tc(p('Октябрь 2024')) + tc(p('Группа:') + budget)));
    const [only] = values(plan) as string[][][];
    expect(only![0]![3]).toBe('Группа:\nСтатьи затрат | 2023 год | 2024 год\nСеминары | 20000 | 20000\nИтого | 20000 | 20000');
  });
});

describe('tables split by pages', () => {
  const header = tr(tc(p('№')) + tc(p('Мероприятие')) + tc(p('Сроки')));
  const row = (n: string, what: string, when: string) => tr(tc(p(n)) + tc(p(what)) + tc(p(when)));
  const join = (xml: string) => joinSplitTables(readWordDocument({ document: doc(xml) }));
  const values = (xml: string) => join(xml).map((b) => (b.kind === 'table' ? tableValues(b).values : b.text));

  it('the second part repeats the header: one table, the header once', () => {
    expect(
      values(
        tbl(3, header + row('1.', 'Совещание', 'Ноябрь')) +
          '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
          tbl(3, header + row('2.', 'Семинар', 'Декабрь')),
      ),
    ).toEqual([
      [
        ['№', 'Мероприятие', 'Сроки'],
        ['1.', 'Совещание', 'Ноябрь'],
        ['2.', 'Семинар', 'Декабрь'],
      ],
    ]);
  });

  it('the second part goes on with the numbering: joined', () => {
    expect(values(tbl(3, header + row('1.1.', 'Совещание', 'Ноябрь')) + p('') + tbl(3, row('1.2.', 'Семинар', 'Декабрь')))).toHaveLength(1);
  });

  it('a row cut by the page break is joined into the row above, a hyphenated word made whole', () => {
    const v = values(
      tbl(3, header + row('1.', 'Разработка методи-', 'Сентябрь –')) + tbl(3, row('', 'ческих рекомендаций', 'октябрь 2024')),
    );
    expect(v).toEqual([
      [
        ['№', 'Мероприятие', 'Сроки'],
        ['1.', 'Разработка методических рекомендаций', 'Сентябрь – октябрь 2024'],
      ],
    ]);
  });

  it('two tables with text between, or of different widths, stay two', () => {
    expect(values(tbl(3, header + row('1.', 'а', 'б')) + p('2. Бюджет проекта') + tbl(3, header + row('2.', 'в', 'г')))).toHaveLength(3);
    expect(values(tbl(3, header + row('1.', 'а', 'б')) + tbl(2, tr(tc(p('Статья')) + tc(p('Сумма')))))).toHaveLength(2);
  });
});
