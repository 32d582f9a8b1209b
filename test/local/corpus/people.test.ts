/**
 * The responsibility job over the corpus of real documents (../shared/corpus: people/ and the responsible columns
 * of plans/): every document has expectations written from the corpus README, every README fact is reproduced, the
 * issue's goals hold, and no clean cell gets a finding. End to end: workbooks built from the documents as a paste
 * leaves them, `klaster check` and `klaster workload` on them. Skipped when the corpus is absent.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { measureJob } from '../../../src/local/corpus/measure';
import { cleanCells, measurePeople, PEOPLE_CORPUS, PEOPLE_EXPECTATIONS } from '../../../src/local/corpus/people';
import { REAL_PEOPLE } from '../../fixtures/real-people';
import { corpusPresent, corpusWorkbookSpec, pastedValues, readCorpus, type CorpusDoc } from '../../../src/local/corpus/read-corpus';
import { readPeopleTable } from '../../../src/core/people';
import { cellText, toA1 } from '../../../src/core/table';
import { runKlaster } from '../../support/cli';

const present = corpusPresent();

/** The cells of the findings `klaster check` prints under «Документ: ответственные (столбец X)»; null without it. */
function peopleSection(out: string, letter: string): string[] | null {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`Документ: ответственные (столбец ${letter})`));
  if (start < 0) return null;
  const cells: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!/^\s/.test(l)) break;
    const m = /^\s+([A-Z]+\d+)\s/.exec(l);
    if (m) cells.push(m[1]!);
  }
  return cells;
}

/** The «Нагрузка» sheet of a saved book, as text rows. */
async function workloadRows(path: string): Promise<string[][]> {
  const sheet = (await readXlsx(path)).sheet('Нагрузка')!;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: string[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(String(sheet.cell(r, c)?.value ?? ''));
    rows.push(row);
  }
  return rows;
}

/** The responsible cells left empty in a document (A1), as the plan's rows hold them. */
function emptyResponsible(doc: CorpusDoc): string[] {
  const values = pastedValues(doc.rows);
  const r = readPeopleTable(values);
  if (!r.ok) return [];
  const col = r.table.columns.responsible!;
  return r.table.plan.rows.filter((row) => cellText(values[row.row]?.[col]) === '').map((row) => toA1(row.row, col));
}
const docs = present ? readCorpus().filter((d) => PEOPLE_CORPUS.folders.includes(d.job)) : [];
const byName = (name: string) => docs.find((d) => d.name === name)!;

describe.skipIf(!present)('the responsibility job on the corpus', () => {
  const figures = measureJob(PEOPLE_CORPUS, docs);

  it('has expectations for every document of people/ (6) and plans/ (13)', () => {
    expect(docs.filter((d) => d.job === 'people')).toHaveLength(6);
    expect(docs.filter((d) => d.job === 'plans')).toHaveLength(13);
    expect(docs.filter((d) => !PEOPLE_CORPUS.expects(d)).map((d) => d.name)).toEqual([]);
    expect(Object.keys(PEOPLE_EXPECTATIONS).filter((n) => !docs.some((d) => d.name === n))).toEqual([]);
  });

  it.each(docs.map((d) => [d.name, d] as [string, CorpusDoc]))(
    '%s: read without help, every fact reproduced, no finding on a clean cell',
    (_, doc) => {
      const m = PEOPLE_CORPUS.measure(doc);
      expect(m.recognition).toBe('alone');
      expect(m.facts.filter((f) => !f.ok)).toEqual([]);
      expect(m.falseFindings).toEqual([]);
      if (m.errors) expect(m.errors.found).toBe(m.errors.stated);
    },
  );

  it('the goals of issue 13: ≥ 9 of 10 alone and the rest with one choice, every stated error found, 0 findings on the 73 clean cells', () => {
    expect(figures.documents).toBe(19);
    expect(figures.alone / figures.documents).toBeGreaterThanOrEqual(0.9);
    expect(figures.no).toBe(0);
    expect(figures.facts.ok).toBe(figures.facts.total);
    expect(figures.facts.total).toBeGreaterThanOrEqual(50);
    expect(figures.errors).toEqual({ found: 1, stated: 1 });
    expect(figures.falseFindings).toBe(0);
    const clean = docs.reduce((n, d) => n + cleanCells(d, PEOPLE_EXPECTATIONS[d.name]!).length, 0);
    expect(clean).toBe(73);
  });
});

describe('five real responsibility columns not in the corpus (test/fixtures/real-people.ts)', () => {
  it.each(REAL_PEOPLE.map((r) => [r.doc.name, r] as const))(
    '%s: read without help, every fact reproduced, its typos found, no finding on a clean cell',
    (_, { doc, expect: exp }) => {
      const m = measurePeople(doc, exp);
      expect(m.recognition).toBe('alone');
      expect(m.facts.filter((f) => !f.ok)).toEqual([]);
      expect(m.falseFindings).toEqual([]);
      expect(m.errors!.found).toBe(m.errors!.stated);
    },
  );

  it('in all: 30 clean cells without a finding, 3 real typos found at their cells', () => {
    const measures = REAL_PEOPLE.map((r) => measurePeople(r.doc, r.expect));
    expect(REAL_PEOPLE.reduce((n, r) => n + cleanCells(r.doc, r.expect).length, 0)).toBe(30);
    expect(measures.reduce((n, m) => n + m.falseFindings.length, 0)).toBe(0);
    expect(measures.reduce((n, m) => n + m.errors!.found, 0)).toBe(3);
    for (const r of REAL_PEOPLE) expect(r.doc.source).toMatch(/^https?:\/\//);
  });
});

describe.skipIf(!present)('klaster on workbooks built from the corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-people-corpus-'));
  const book = (name: string) => join(dir, `${name}.xlsx`);

  beforeAll(async () => {
    for (const d of docs) await writeXlsx(workbookFromSpec(corpusWorkbookSpec(d)), book(d.name));
  });

  it.each(docs.filter((d) => PEOPLE_EXPECTATIONS[d.name]!.responsible !== null).map((d) => [d.name]))(
    '%s: check names the responsible column and reports only its real errors',
    async (name) => {
      const exp = PEOPLE_EXPECTATIONS[name]!;
      const r = await runKlaster('check', book(name));
      const cells = peopleSection(r.out, exp.responsible!);
      expect(cells, r.out).not.toBeNull();
      // the stated errors' cells, the header's questions, and an empty responsible cell (the plan check names it too)
      const allowed = new Set([...(exp.errors ?? []).map((e) => e.cell)]);
      const empty = new Set(emptyResponsible(byName(name)));
      expect(
        cells!.filter((c) => !allowed.has(c) && !/^[A-Z]+1$/.test(c) && !empty.has(c)),
        r.out,
      ).toEqual([]);
      for (const e of exp.errors ?? []) expect(cells).toContain(e.cell);
    },
  );

  it("workload builds «Нагрузка» with the README's counts (Михайлова О.Л. in all 4 rows)", async () => {
    const out = join(dir, 'cheboksary-out.xlsx');
    const r = await runKlaster('workload', book('cheboksary-leninskii-raion-tos-1-iyunya'), '-o', out);
    expect(r.code, r.err).toBe(0);
    const rows = await workloadRows(out);
    expect(rows.find((row) => row[0] === 'Михайлова О.Л.')?.[1]).toBe('4');
    expect(
      rows
        .filter((row) => /^[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\.$/.test(row[0] ?? ''))
        .map((row) => row[0])
        .sort(),
    ).toEqual(['Михайлова О.Л.', 'Павлов А.П.', 'Петров А.А.', 'Тарасова Н.А.', 'Якимов В.Н.']);
  });

  it('workload counts a ditto mark for the person above (Серебренникова О.П.: 4)', async () => {
    const out = join(dir, 'kez-out.xlsx');
    const r = await runKlaster('workload', book('kez-biblioteka-klub-2024-ditto-marks'), '-o', out);
    expect(r.code, r.err).toBe(0);
    const rows = await workloadRows(out);
    expect(rows.filter((row) => /^[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\.$/.test(row[0] ?? '')).map((row) => [row[0], row[1]])).toEqual([
      ['Серебренникова О.П.', '4'],
    ]);
  });

  it('--columns "Ответственные=D" checks «Кто проводит» instead, and check takes the name', async () => {
    const r = await runKlaster('check', book('cheboksary-leninskii-raion-tos-1-iyunya'), '--columns', 'Ответственные=D');
    expect(r.code, r.err).not.toBe(2);
    expect(r.out).toContain('Документ: ответственные (столбец D)');
    // «Кто проводит» as the executors: the matrix marks the administration И beside the people's Р
    const w = await runKlaster(
      'workload',
      book('cheboksary-leninskii-raion-tos-1-iyunya'),
      '--columns',
      'Исполнители=D',
      '-o',
      join(dir, 'cheb-exec.xlsx'),
    );
    expect(w.code, w.err).toBe(0);
    expect(w.out).toMatch(/«Матрица ответственности»: 4 мероприятия × 6 участников/);
    const twice = await runKlaster('workload', book('cheboksary-leninskii-raion-tos-1-iyunya'), '--columns', 'Исполнители=E');
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/Столбец E выбран дважды/);
    const bad = await runKlaster('workload', book('cheboksary-leninskii-raion-tos-1-iyunya'), '--columns', 'Бюджет=C');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/нет столбца «Бюджет»/);
  });

  it('a document with no responsibility column: check and workload say so, nothing is made up', async () => {
    const name = 'federalnyi-kalendarnyi-plan-vospitaniya-2023-2024-not-a-table';
    expect(byName(name)).toBeDefined();
    const r = await runKlaster('check', book(name));
    expect(r.out).not.toMatch(/ответственные \(столбец/);
    const w = await runKlaster('workload', book(name));
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/не найден ни один лист со столбцами «Мероприятие» и «Ответственные»/);
  });
});
