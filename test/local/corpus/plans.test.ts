/**
 * The calendar-plan job on the corpus of real plans (../shared/corpus/plans): every document has expectations
 * written from the corpus README and its .tsv, every README fact about periods and terms is reproduced, and the
 * issue's goals hold. Also the term cells of the people folder's plans, whose dates the README states too.
 */
import { describe, expect, it } from 'vitest';
import { measureJob } from '../../../src/local/corpus/measure';
import { CORPUS_TODAY, measurePlanDoc, PLAN_EXPECTATIONS, PLANS_CORPUS, readDoc } from '../../../src/local/corpus/plans';
import { corpusPresent, readCorpus, type CorpusDoc } from '../../../src/local/corpus/read-corpus';
import { recognizePlan } from '../../../src/core/plan/recognize';
import { pastedValues } from '../../../src/local/corpus/read-corpus';

describe.skipIf(!corpusPresent())('the plans of the corpus', () => {
  const docs = readCorpus().filter((d) => d.job === 'plans');

  it('has expectations for every plan of the folder, and for nothing else', () => {
    expect(docs.length).toBe(13);
    expect(docs.map((d) => d.name).sort()).toEqual(Object.keys(PLAN_EXPECTATIONS).sort());
  });

  it.each(docs.map((d) => [d.name, d] as const))('%s: read as a person reads it', (_name, doc) => {
    const m = measurePlanDoc(doc, PLAN_EXPECTATIONS[doc.name]!);
    expect(m.facts.filter((f) => !f.ok)).toEqual([]);
    expect(m.falseFindings).toEqual([]);
    expect(m.terms?.dated).toBe(m.terms?.total);
    expect(m.errors?.found).toBe(m.errors?.stated);
    expect(m.recognition).not.toBe('no');
  });

  it('meets the goals: 9 of 10 read alone, the rest with one choice; 95 % of datable terms dated; no false alarm', () => {
    const f = measureJob(PLANS_CORPUS, readCorpus());
    expect(f.documents).toBe(13);
    expect(f.no).toBe(0);
    expect(f.alone / f.documents).toBeGreaterThanOrEqual(0.9);
    expect(f.facts.ok).toBe(f.facts.total);
    expect(f.terms.total).toBeGreaterThan(30);
    expect(f.terms.dated / f.terms.total).toBeGreaterThanOrEqual(0.95);
    expect(f.errors.found).toBe(f.errors.stated);
    expect(f.falseFindings).toBe(0);
  });

  it('a wrong expectation is caught: the measure is not a check that cannot fail', () => {
    const doc = docs.find((d) => d.name.startsWith('birsk'))!;
    const e = PLAN_EXPECTATIONS[doc.name]!;
    const wrong = {
      ...e,
      columns: { ...e.columns, term: 'D' },
      terms: [{ cell: 'C7', start: '2013-11-01', end: '2013-11-30' }],
      findings: [{ cell: 'C7', code: 'term-unknown' as const }],
    };
    const m = measurePlanDoc(doc, wrong);
    expect(m.recognition).toBe('no');
    expect(m.terms).toEqual({ dated: 0, total: 1 });
    expect(m.errors).toEqual({ found: 0, stated: 1 });
  });

  it('no sheet is refused: each reads as a plan without a choice', () => {
    for (const d of docs) expect(typeof readDoc(d), d.name).toBe('object');
  });
});

/** The people folder's plans: their term cells, as the README states them (the people job measures their names). */
describe.skipIf(!corpusPresent())('the term cells of the people folder', () => {
  const doc = (prefix: string): CorpusDoc => readCorpus().find((d) => d.job === 'people' && d.name.startsWith(prefix))!;
  const plan = (prefix: string) => {
    const r = recognizePlan(pastedValues(doc(prefix).rows), { today: CORPUS_TODAY });
    if (!r.ok) throw new Error(r.error.message);
    return r.plan;
  };
  const term = (prefix: string, cell: string) => plan(prefix).rows.find((r) => r.cells.term === cell)?.term;

  it('Заречный: two dates in one cell are a span whose dash was lost; the year is in the dates', () => {
    expect(term('penza', 'B2')).toMatchObject({ kind: 'period', start: '2009-03-17', end: '2009-04-08' });
    expect(term('penza', 'B4')).toMatchObject({ kind: 'period', start: '2009-03-24', end: '2009-03-27' });
    expect(term('penza', 'B6')).toMatchObject({ kind: 'period', start: '2009-03-25', end: '2009-03-26' });
    expect(plan('penza').period).toMatchObject({ source: 'terms', range: { start: '2009-03-17', end: '2009-04-08' } });
  });

  it('Кызыл: «22 июня 10.00 ч.» — 22 June 2014 at 10:00, the year from «от 18 июня 2014 г.»', () => {
    expect(term('kyzyl', 'C7')).toMatchObject({ kind: 'date', start: '2014-06-22', end: '2014-06-22', time: '10:00' });
  });

  it('Ростов: «1941-1945 гг.» in the title is history, not the period; «28 апреля\\n13.00» is 2006', () => {
    expect(plan('rostov').period).toMatchObject({ source: 'approval', range: { start: '2006-01-01', end: '2006-12-31' } });
    expect(term('rostov', 'C4')).toMatchObject({ kind: 'date', start: '2006-04-28', time: '13:00' });
  });

  it('Прохладный: «18.02.2018 г. с 09-00 до 16-00» a date and its hours; «По отдельному графику» not a date', () => {
    expect(term('prokhladny', 'C10')).toMatchObject({ kind: 'date', start: '2018-02-18', time: 'с 9:00 до 16:00' });
    expect(term('prokhladny', 'C9')).toMatchObject({ kind: 'scheduled' });
  });

  it('Чебоксары and Кез: no year anywhere — the days and months are read, the year asked for', () => {
    expect(term('cheboksary', 'A5')).toMatchObject({ kind: 'unknown', reason: 'не указан год' });
    const withYear = recognizePlan(pastedValues(doc('cheboksary').rows), { today: CORPUS_TODAY, period: '2015 год' });
    expect(withYear.ok && withYear.plan.rows.find((r) => r.cells.term === 'A5')?.term).toMatchObject({
      kind: 'date',
      start: '2015-05-31',
      time: '11:00',
    });
    expect(plan('kez').period).toBeUndefined();
  });
});
