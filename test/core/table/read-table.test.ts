/**
 * The shared reading pipeline on small tables in the shapes real documents take (header bands, spanning
 * labels, column-number rows, no header at all, a misleading header). Unit tests only: the evidence that
 * recognition works comes from the real documents in ../shared/corpus (test/local/corpus).
 */
import { describe, expect, it } from 'vitest';
import { isColumnNumbering, readTable, type TableSpec } from '../../../src/core/table/read-table';
import { isDitto } from '../../../src/core/table/cell';

type F = 'number' | 'item' | 'total' | 'term' | 'who';

const isTerm = (t: string) =>
  /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|в течение|\d{1,2}\.\d{1,2}\.\d{4})/i.test(t);
const isName = (t: string) => /^[А-ЯЁ][а-яё]+ [А-ЯЁ]\.\s?[А-ЯЁ]\.$/.test(t);

const SPEC: TableSpec<F> = {
  fields: ['number', 'item', 'total', 'term', 'who'],
  synonyms: {
    number: ['№', '№ п/п'],
    item: ['Наименование', 'Мероприятие'],
    total: ['Всего', 'Сумма'],
    term: ['Сроки', 'Дата'],
    who: ['Ответственные', 'Ответственный'],
  },
  required: ['item'],
  content: { term: isTerm, who: isName },
};

describe('readTable: the header band', () => {
  it('one row under a title: the title lines are the context above', () => {
    const t = readTable(
      [
        ['ПЛАН', '', '', ''],
        ['на 2012-2013 учебный год', '', '', ''],
        ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
        ['1.', 'Совещание', 'Ноябрь', 'Иванова И.И.'],
      ],
      SPEC,
    );
    expect(t.ok && t.headerRows).toEqual([2]);
    expect(t.ok && t.columns).toEqual({ number: 0, item: 1, term: 2, who: 3 });
    expect(t.ok && t.above.map((l) => l.text)).toEqual(['ПЛАН', 'на 2012-2013 учебный год']);
    expect(t.ok && t.dataStart).toBe(3);
    expect(t.ok && t.questions).toEqual([]);
  });

  it('two rows: years under a spanning «В том числе по годам», a column-number row skipped', () => {
    const t = readTable(
      [
        ['Наименование', 'Источники', 'Всего, тыс. рублей', 'В том числе по годам', ''],
        ['', '', '', 2019, 2020],
        [1, 2, 3, 4, 5],
        ['Программа', 'областной бюджет', 30, 10, 20],
      ],
      SPEC,
    );
    if (!t.ok) throw new Error(JSON.stringify(t.error));
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.numberingRow).toBe(2);
    expect(t.dataStart).toBe(3);
    expect(t.columns).toEqual({ item: 0, total: 2 });
    expect(t.labels).toEqual([
      'Наименование',
      'Источники',
      'Всего, тыс. рублей',
      'В том числе по годам\n2019',
      'В том числе по годам\n2020',
    ]);
  });

  it('three rows: «Всего» under «Оценка расходов», the years under «в том числе по годам»', () => {
    const t = readTable(
      [
        ['Статус', 'Наименование', 'Оценка расходов, тыс. рублей', '', ''],
        ['', '', 'Всего', 'в том числе по годам', ''],
        ['', '', '', '2014 год', '2015 год'],
        ['ГП', 'Развитие образования', '300', '100', '200'],
      ],
      SPEC,
    );
    if (!t.ok) throw new Error(JSON.stringify(t.error));
    expect(t.headerRows).toEqual([0, 1, 2]);
    expect(t.columns).toEqual({ item: 1, total: 2 });
    expect(t.labels[2]).toBe('Оценка расходов, тыс. рублей\nВсего');
    expect(t.labels[4]).toBe('Оценка расходов, тыс. рублей\nв том числе по годам\n2015 год');
  });

  it('a section row right under the header is data, not more header', () => {
    const t = readTable(
      [
        ['', 'Наименование мероприятий', 'Сроки', 'Ответственный'],
        ['', 'Подготовительная работа', '', ''],
        [1, 'Разработка плана', 'Февраль', 'Мицкевич М.В.'],
      ],
      SPEC,
    );
    expect(t.ok && t.headerRows).toEqual([0]);
  });

  it('a data row with an empty first column right under the header stays data (its term is a term)', () => {
    const t = readTable(
      [
        ['№', 'Мероприятие', 'Сроки', 'Ответственный'],
        ['', 'Ремонт', 'Март', 'Зельманчук С.Г.'],
      ],
      SPEC,
    );
    expect(t.ok && t.headerRows).toEqual([0]);
    expect(t.ok && t.dataStart).toBe(1);
  });

  it('an abbreviated header («ответст.», «Отв-ный») and a word broken over lines («ответствен\\nный»)', () => {
    for (const who of ['ответст.', 'Отв-ный', 'ответствен\nный']) {
      const t = readTable(
        [
          ['Мероприятие', 'Дата', who],
          ['Концерт', 'март', 'Петров П.П.'],
        ],
        SPEC,
      );
      expect(t.ok && t.columns.who, who).toBe(2);
    }
  });
});

describe('readTable: contents', () => {
  it('no header row: columns by what their cells hold, and a question', () => {
    const t = readTable(
      [
        ['План работы', '', ''],
        ['Совещание', 'Ноябрь', 'Иванова И.И.'],
        ['Консультация', 'Декабрь', 'Петрова П.П.'],
        ['Семинар', 'в течение года', 'Сидоров С.С.'],
      ],
      { ...SPEC, required: ['term'] },
    );
    if (!t.ok) throw new Error(JSON.stringify(t.error));
    expect(t.headerRow).toBe(-1);
    expect(t.dataStart).toBe(1);
    expect(t.columns).toEqual({ term: 1, who: 2 });
    expect(t.sources).toEqual({ term: 'content', who: 'content' });
    expect(t.questions[0]).toEqual({ code: 'no-header' });
    expect(t.above.map((l) => l.text)).toEqual(['План работы']);
  });

  it('a field the header names over a column not of its kind takes the column that is', () => {
    const t = readTable(
      [
        ['Мероприятие', 'Сроки', 'Место проведения'],
        ['Концерт', 'Дом культуры', '01.06.2024'],
        ['Выставка', 'Библиотека', '02.06.2024'],
        ['Линейка', 'Школа № 1', '01.09.2024'],
      ],
      SPEC,
    );
    if (!t.ok) throw new Error(JSON.stringify(t.error));
    expect(t.columns.term).toBe(2);
    expect(t.sources.term).toBe('content');
    expect(t.questions).toEqual([{ code: 'by-content', field: 'term', col: 2, headerCol: 1 }]);
  });

  it('a ditto mark says nothing of a column’s kind', () => {
    const t = readTable(
      [
        ['Мероприятие', 'Сроки', 'Кто'],
        ['Концерт', 'март', 'Серебренникова О.П.'],
        ['Вечер', 'май', '-/-'],
        ['Час музыки', 'октябрь', '-/-'],
      ],
      SPEC,
    );
    expect(t.ok && t.columns.who).toBe(2);
  });
});

describe('readTable: the user’s choice', () => {
  const values = [
    ['Заголовок', '', ''],
    ['Что', 'Когда', 'Кто'],
    ['Концерт', 'март', 'Петров П.П.'],
  ];

  it('their header row and columns win; a column left to detection is still detected', () => {
    const t = readTable(values, SPEC, { headerRow: 1, mapping: { item: 0 } });
    if (!t.ok) throw new Error(JSON.stringify(t.error));
    expect(t.headerRows).toEqual([1]);
    expect(t.columns).toEqual({ item: 0, term: 1, who: 2 });
    expect(t.sources).toEqual({ item: 'user', term: 'content', who: 'content' });
  });

  it('«no such column» (null) removes a detected field', () => {
    const t = readTable(values, SPEC, { headerRow: 1, mapping: { item: 0, who: null } });
    expect(t.ok && t.columns).toEqual({ item: 0, term: 1 });
  });

  it('two fields on one column, or a column out of range, are refused', () => {
    expect(readTable(values, SPEC, { mapping: { item: 0, term: 0 } })).toEqual({
      ok: false,
      error: { code: 'mapping-twice', letter: 'A' },
    });
    expect(readTable(values, SPEC, { mapping: { item: 5000 } })).toEqual({
      ok: false,
      error: { code: 'bad-mapping', field: 'item', col: 5000 },
    });
  });

  it('a sheet with nothing of the job’s is «no-header», naming what is required', () => {
    expect(
      readTable(
        [
          ['а', 'б'],
          ['в', 'г'],
        ],
        SPEC,
      ),
    ).toEqual({ ok: false, error: { code: 'no-header', missing: ['item'] } });
  });
});

describe('column-number rows and ditto marks', () => {
  it.each<[unknown[], boolean]>([
    [[1, 2, 3, 4], true],
    [['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'], true],
    [[1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 14], true],
    [['1.', '2.', '3.'], true],
    [[1, 2], false],
    [[2019, 2020, 2021], false],
    [[1, 'Совещание', 'Ноябрь'], false],
    [[5, 18, 90, 200], false],
  ])('%j → %s', (row, yes) => expect(isColumnNumbering(row)).toBe(yes));

  it.each([
    ['-/-', true],
    ['-//-', true],
    ['"', true],
    ['—"—', true],
    ['то же', true],
    ['-', false],
    ['Петров', false],
  ])('%j is a ditto mark: %s', (text, yes) => expect(isDitto(text)).toBe(yes));
});
