/**
 * The checklist job on real documents: the 11 checklists and monitoring tables of ../shared/corpus (skipped when
 * the corpus is absent) and four more found with `search` (test/fixtures/real-checklists.ts). Every document has
 * expectations; every README fact is reproduced; every inconsistency the README states is found at its cell; no
 * finding lands on a cell the README calls clean; no document is refused without a way forward.
 */
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_EXPECTATIONS,
  CHECKLISTS_CORPUS,
  measureChecklistDoc,
  type ChecklistExpectation,
} from '../../../src/local/corpus/checklists';
import { figureLines, measureJob, type DocMeasure } from '../../../src/local/corpus/measure';
import { corpusPresent, readCorpus } from '../../../src/local/corpus/read-corpus';
import { REAL_CHECKLISTS } from '../../fixtures/real-checklists';

const docs = readCorpus().filter((d) => d.job === 'checklists');

/** What a failed measure says, to read in the test's output. */
const why = (m: DocMeasure) => ({
  doc: m.doc,
  recognition: m.recognition,
  failed: m.facts.filter((f) => !f.ok),
  falseFindings: m.falseFindings,
  errors: m.errors,
});

describe.skipIf(!corpusPresent())('checklists of the corpus', () => {
  it('every checklist document has expectations', () => {
    expect(docs.map((d) => d.name).sort()).toEqual(Object.keys(CHECKLIST_EXPECTATIONS).sort());
    expect(docs.length).toBe(11);
  });

  const figures = measureJob(CHECKLISTS_CORPUS, readCorpus());
  it.each(figures.measures.map((m) => [m.doc, m]))('%s: read alone, every fact, no false finding', (_name, m) => {
    expect(why(m)).toEqual({ ...why(m), recognition: 'alone', failed: [], falseFindings: [] });
  });

  it('the goals of issue 13 hold: 11 of 11 alone, every stated error found, nothing on clean cells', () => {
    expect([figures.alone, figures.oneChoice, figures.no]).toEqual([11, 0, 0]);
    expect(figures.facts.ok).toBe(figures.facts.total);
    expect(figures.errors).toEqual({ found: 3, stated: 3 });
    expect(figures.falseFindings).toBe(0);
    expect(figureLines(figures).every((l) => l.ok !== false)).toBe(true);
  });
});

/** What a careful reader finds in the documents found with `search` (their sources are in the fixture). */
const REAL_EXPECTATIONS: Record<string, ChecklistExpectation> = {
  'orenburg-korr-shkola-samodiagnostika-filled': {
    kind: 'checklist',
    columns: { number: 'A', text: 'B', answer: 'D' },
    criteria: 4,
    numbers: ['1', '2', '3', '4'],
    sections: [['Магистральное направление «Знание»', 4]],
    maxima: [1, 1, 1, 1],
    said: [],
    errors: [],
    more: (r) => [
      {
        fact: "the points are asked about: each criterion's maximum, or the school's scores",
        ok: r.questions.some((q) => q.code === 'maxima' && /Значение показания/.test(q.message)),
      },
      {
        fact: 'the total and level above the table («137», «СРЕДНИЙ») are no criteria',
        ok: r.template.criteria.every((c) => !/137|СРЕДНИЙ/.test(c.text)),
      },
    ],
  },
  'mordoviya-2012-pokazateli-fakt-2010-i-celi-procenty': {
    kind: 'indicators',
    columns: { name: 'B' },
    indicators: 1,
    years: ['2011', '2012', '2013', '2014', '2015'],
    said: [],
    errors: [],
    more: (r) => {
      const s = r.rows[0]?.series ?? [];
      return [
        { fact: 'the actual value of 2010 is the base: 78,7 %', ok: s[0]?.base === true && s[0]?.value === 0.787 },
        {
          fact: 'targets 79,9 → 85 % rise: more is better',
          ok: JSON.stringify(s.slice(1).map((x) => x.value)) === '[0.799,0.812,0.829,0.837,0.85]' && r.rows[0]?.direction === 'up',
        },
        { fact: 'the «итого» column is no year', ok: s.length === 6 },
        {
          fact: 'the goal column («1. Создание системы …») is not the indicator',
          ok: r.rows[0]?.name === '1. Охват дошкольным образованием детей',
        },
      ];
    },
  },
  'tynda-2018-pokazateli-bazisnyi-god-edinica-v-nazvanii': {
    kind: 'indicators',
    columns: { name: 'F', base: 'G' },
    indicators: 1,
    years: ['2015 год', '2016 год', '2017 год', '2018 год', '2019 год', '2020 год'],
    said: [],
    errors: [],
    more: (r) => [
      {
        fact: 'base 100 and 100 in every year (the term years 2015/2020 are no targets)',
        ok: JSON.stringify(r.rows[0]?.series?.map((x) => x.value)) === '[100,100,100,100,100,100,100]',
      },
      { fact: "the unit «%» at the end of the indicator's name", ok: r.rows[0]?.unit === '%' },
      { fact: 'the column-number row 1…14 is skipped', ok: r.rows.length === 1 && r.rows[0]!.row === 4 },
    ],
  },
  'sysolskii-2021-pokazateli-napravlennost-god-2004': {
    kind: 'indicators',
    columns: { number: 'A', name: 'B', unit: 'C', direction: 'D' },
    indicators: 0,
    years: ['2020', '2021', '2022', '2023', '2004', '2025', '2026'],
    said: [{ cell: 'J4', code: 'year-typo' }],
    errors: [{ cell: 'J4', code: 'year-typo' }],
    more: (r) => [
      { fact: '«2004» among 2020…2026 said to be 2024', ok: r.findings.some((f) => f.code === 'year-typo' && /2024/.test(f.message)) },
      { fact: "the source's own «Направленность» column is the direction", ok: r.columns.direction === 3 },
    ],
  },
};

describe('real checklists not in the corpus (found with search)', () => {
  it('every fixture has expectations and a source', () => {
    expect(REAL_CHECKLISTS.map((d) => d.name).sort()).toEqual(Object.keys(REAL_EXPECTATIONS).sort());
    for (const d of REAL_CHECKLISTS) expect(d.source).toMatch(/^https?:\/\//);
  });

  const measures = REAL_CHECKLISTS.map((d) =>
    measureChecklistDoc({ job: 'checklists', name: d.name, rows: d.rows }, REAL_EXPECTATIONS[d.name]!),
  );
  it.each(measures.map((m) => [m.doc, m]))('%s: read alone, every fact, no false finding', (_name, m) => {
    expect(why(m)).toEqual({ ...why(m), recognition: 'alone', failed: [], falseFindings: [] });
    if (m.errors) expect(m.errors.found).toBe(m.errors.stated);
  });
});
