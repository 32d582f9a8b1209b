/** core/import on the Word fixtures: file checks by magic, and the tables placed as sheets (kind, context, names). */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxFileProblem, DOCX_MAX_BYTES } from '../../../src/core/import/file-check';
import { placeDocument, sheetChanges } from '../../../src/core/import/place';
import { readWordDocument, type WordBlock } from '../../../src/core/word/document';
import { sheetNameProblem } from '../../../src/core/table/sheet-name';

const FIX = join(__dirname, '..', '..', 'fixtures', 'word');

async function place(name: string, taken: string[] = []) {
  const zip = await JSZip.loadAsync(readFileSync(join(FIX, name)));
  const part = async (p: string) => zip.file(p)?.async('string');
  const blocks = readWordDocument({
    document: (await part('word/document.xml'))!,
    numbering: await part('word/numbering.xml'),
    styles: await part('word/styles.xml'),
  });
  return placeDocument(blocks, { fileName: name, taken });
}

describe('docxFileProblem', () => {
  it('tells the files apart by their first bytes', () => {
    expect(docxFileProblem(readFileSync(join(FIX, 'seed-002.docx')))).toBeNull();
    expect(docxFileProblem(readFileSync(join(FIX, 'old.doc')))).toBe('old-doc');
    expect(docxFileProblem(readFileSync(join(FIX, 'encrypted.docx')))).toBe('encrypted');
    expect(docxFileProblem(Buffer.from('<html></html>'))).toBe('not-docx');
    expect(docxFileProblem(new Uint8Array(0))).toBe('empty');
    expect(docxFileProblem(new Uint8Array(DOCX_MAX_BYTES + 1))).toBe('too-large');
  });
});

describe('placeDocument', () => {
  it('seed 002: three stage plans, each under its own heading with the year in its context', async () => {
    const doc = await place('seed-002.docx');
    expect(doc.sheets.map((s) => [s.kind, s.name])).toEqual([
      ['plan', 'Календарный план… 2014'],
      ['plan', 'Календарный план… 2015'],
      ['plan', 'Календарный план… 2016'],
    ]);
    expect(doc.sheets[1]!.heading).toMatch(/^2\. Календарный план[^]*2015/u);
    expect(doc.sheets[1]!.note).toMatch(/seed-002\.docx[^]*2015/);
  });

  it('seed 004: plan, people, indicators (with a «Факт» column to fill) and budget; names valid and unique', async () => {
    const doc = await place('seed-004.docx', ['Описание проекта']);
    const kinds = Object.fromEntries(doc.sheets.map((s) => [s.heading.slice(0, 5), s.kind]));
    expect(kinds['2.8. ']).toBe('plan');
    expect(kinds['2.9. ']).toBe('people');
    expect(kinds['2.10.']).toBe('indicators');
    expect(kinds['2.13.']).toBe('budget');
    const names = doc.sheets.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).not.toContain('Описание проекта');
    for (const n of names) expect(sheetNameProblem(n)).toBeNull();
    const ind = doc.sheets.find((s) => s.kind === 'indicators')!;
    expect(ind.values[ind.tableRow]).toContain('Факт');
    expect(doc.sheets.find((s) => s.kind === 'people')!.people!.length).toBe(5);
    // the passport's «Финансовое обеспечение» holds 2.13's budget again, word for word: placed once
    expect(doc.sheets.filter((s) => s.kind === 'budget').map((s) => s.heading.slice(0, 5))).toEqual(['2.13.']);
    const budget = doc.sheets.find((s) => s.kind === 'budget')!;
    expect(doc.repeats).toEqual([{ heading: 'Финансовое обеспечение реализации проекта', sheet: budget.name }]);
    expect(doc.sheets.find((s) => s.heading.startsWith('ПАСПОРТ'))?.kind).toBe('other');
    expect(kinds['2. Оп']).toBe('other');
    expect(kinds['2.11.']).toBe('other');
  });

  it('a table repeated word for word is placed once; one differing cell makes it a table of its own', () => {
    const grid = [
      ['Статьи затрат', '2024 год'],
      ['Семинары', '20 000'],
    ];
    const t = (rows: string[][]): WordBlock => ({
      kind: 'table',
      columns: 2,
      rows: rows.map((cells) => ({ header: false, before: 0, cells: cells.map((text) => ({ text, span: 1 })) })),
    });
    const h = (text: string): WordBlock => ({ kind: 'paragraph', text, heading: 2 });
    const twice = placeDocument([h('1. Бюджет'), t(grid), h('Паспорт'), t(grid.map((r) => r.map((c) => c.replace(' ', '  '))))]);
    expect(twice.sheets.map((s) => s.name)).toEqual(['Бюджет']);
    expect(twice.repeats).toEqual([{ heading: 'Паспорт', sheet: 'Бюджет' }]);
    const other = placeDocument([h('1. Бюджет'), t(grid), h('Паспорт'), t([grid[0]!, ['Семинары', '30 000']])]);
    expect(other.sheets.map((s) => s.name)).toEqual(['Бюджет', 'Паспорт']);
    expect(other.repeats).toEqual([]);
  });

  it('the split table is one sheet with the repeated header dropped', async () => {
    const doc = await place('split-table.docx');
    expect(doc.sheets).toHaveLength(1);
    expect(doc.sheets[0]!.rows).toBe(6);
  });
});

describe('placeDocument: what a table is', () => {
  const table = (rows: string[][]): WordBlock => ({
    kind: 'table',
    columns: Math.max(...rows.map((r) => r.length)),
    rows: rows.map((cells) => ({ header: false, before: 0, cells: cells.map((text) => ({ text, span: 1 })) })),
  });
  const kinds = (blocks: WordBlock[]) => placeDocument(blocks).sheets.map((s) => s.kind);

  it('a scoring form («Критерии оценки | Результаты проверки») is a checklist, not a plan the plan check would never find', () => {
    const form = table([
      ['N', 'Критерии оценки участников конкурса', 'Результаты проверки (максимум 10 баллов)'],
      ['1.', 'Состояние материально-технической базы - оснащение мебелью, оборудованием', ''],
      ['2.', 'Состояние спортивного зала и спортивных площадок', ''],
      ['3.', 'Оснащенность игровым оборудованием, наличие площадки для подвижных игр', ''],
    ]);
    expect(kinds([{ kind: 'paragraph', text: 'Форма протокола' }, form])).toEqual(['checklist']);
  });

  it('a plan with activity and term columns is still a plan', () => {
    const plan = table([
      ['№', 'Мероприятие', 'Сроки', 'Ответственный'],
      ['1.', 'Совещание рабочей группы', 'Сентябрь 2024', 'Иванова А.А.'],
      ['2.', 'Итоговая конференция', '20.05.2025', 'Петров Б.Б.'],
    ]);
    expect(kinds([{ kind: 'paragraph', text: 'План работы на 2024-2025 учебный год' }, plan])).toEqual(['plan']);
  });

  // seed 004's «2. Описание проекта» and «2.11. Организации-соискатели и их функции»: read as a plan (activities,
  // no terms) and then as participants («Цель проекта» a person), they went into «Участники»
  it('a passport form («label | value») is neither a plan nor participants', () => {
    const form = table([
      ['Наименование организации-соискателя', 'Муниципальное автономное общеобразовательное учреждение Лицей № 128'],
      ['Период реализации проекта', '2023-2025 г.г.'],
      ['Цель проекта', 'создание условий для сопровождения деятельности образовательных организаций'],
      ['Задачи проекта', '- разработка сетевого проекта'],
      ['Проблематика проекта', 'Последнее десятилетие активное развитие получили'],
    ]);
    expect(kinds([{ kind: 'paragraph', text: '2. Описание проекта', heading: 2 }, form])).toEqual(['other']);
  });

  it('organisations with their functions are not a plan', () => {
    const orgs = table([
      ['№', 'Наименование организаций-соискателей', 'Основные функции организаций-соискателей'],
      ['1', 'МАОУ Лицей № 128', 'Организатор мероприятий в рамках проекта'],
      ['2', 'МАОУ СОШ № 117', ''],
    ]);
    expect(kinds([{ kind: 'paragraph', text: '2.11. Организации-соискатели и их функции', heading: 2 }, orgs])).toEqual(['other']);
  });
});

describe('sheetChanges', () => {
  it('counts rows changed, added and removed', () => {
    expect(sheetChanges([['a'], ['b']], [['a'], ['c'], ['d']])).toEqual({ changed: 1, added: 1, removed: 0 });
    expect(sheetChanges([['a'], ['b'], ['']], [['a']])).toEqual({ changed: 0, added: 0, removed: 1 });
  });
});
