/**
 * The budget job on the corpus of real public documents (../shared/corpus/budgets): every document has
 * expectations, each README fact is reproduced, every stated arithmetic error is found at its cell with
 * expected, found and difference, nothing is reported on a clean cell, no sheet is left without a way forward;
 * then the same documents as workbooks through `klaster check` and `klaster budget`. Skipped without the corpus.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recognizePlan } from '../../../src/core/plan';
import { readXlsx, workbookFromSpec, writeXlsx } from '../../../src/local/emulator';
import { BUDGET_EXPECTATIONS, BUDGETS_CORPUS, budgetMeasurer, readBudgetDoc } from '../../../src/local/corpus/budgets';
import type { CorpusDoc } from '../../../src/local/corpus/read-corpus';
import { REAL_BUDGETS, REAL_EXPECTATIONS } from '../../fixtures/real-budgets';
import { measureJob } from '../../../src/local/corpus/measure';
import { corpusPresent, corpusWorkbookSpec, readCorpus, pastedValues } from '../../../src/local/corpus/read-corpus';
import { runKlaster } from '../../support/cli';

const present = corpusPresent();
const docs = present ? readCorpus().filter((d) => d.job === 'budgets') : [];

describe.skipIf(!present)('the budget job on the corpus budgets', () => {
  const figures = measureJob(BUDGETS_CORPUS, readCorpus());

  it('every document of the folder has expectations, and every expectation a document', () => {
    expect(docs.map((d) => d.name).sort()).toEqual(Object.keys(BUDGET_EXPECTATIONS).sort());
    expect(figures.documents).toBe(10);
  });

  describe.each(docs.map((d) => [d.name, d] as const))('%s', (_name, doc) => {
    const m = figures.measures.find((x) => x.doc === doc.name)!;
    it.each(m.facts.map((f) => [f.fact, f] as const))('%s', (_fact, f) => {
      expect(f.got ?? 'as stated').toBe('as stated');
    });
    it('no finding on a cell the README calls clean', () => expect(m.falseFindings).toEqual([]));
  });

  it("the issue's goals: at least 9 of 10 read alone and the rest with one choice; every stated error found", () => {
    expect(figures.alone).toBeGreaterThanOrEqual(9);
    expect(figures.no).toBe(0);
    expect(figures.errors).toEqual({ found: 3, stated: 3 });
    expect(figures.facts.ok).toBe(figures.facts.total);
    expect(figures.falseFindings).toBe(0);
  });

  it('no sheet is refused: each holds a budget table, or a finding that names the choice to make', () => {
    for (const doc of docs) {
      const r = readBudgetDoc(doc);
      expect(r.tables.length, doc.name).toBeGreaterThan(0);
    }
  });

  it('a choice the user makes is read: the oblast programme with «тыс. руб.», Bashkortostan with its year', () => {
    const oblast = docs.find((d) => d.name.startsWith('oblast'))!;
    const withUnit = readBudgetDoc(oblast, { unit: 'тыс. руб.' });
    expect(withUnit.tables[0]!.unit).toMatchObject({ label: 'тыс. руб.', stated: true, from: 'user' });
    expect(withUnit.findings.map((f) => f.code)).toEqual(['row-total']);
    const bash = docs.find((d) => d.name.startsWith('bashkortostan'))!;
    const withYear = readBudgetDoc(bash, { year: 2005 });
    expect(withYear.tables[0]!.years.map((y) => y.key)).toEqual(['2005']);
    expect(withYear.findings).toEqual([]);
  });

  // The plan job reads a sheet with an activity column and no term column as a plan; a budget's item column
  // («Наименование … мероприятия») is one. The oblast programme is both (it has «Срок исполнения» and
  // «Ответственные исполнители»): the plan job may take it.
  const plans = docs.map((d) => [d.name, d, BUDGET_EXPECTATIONS[d.name]!.plan] as const);
  const readAsPlan = (d: (typeof docs)[number]) => recognizePlan(pastedValues(d.rows)).ok;
  it.each(plans.filter(([n]) => !/^(?:voronezh|zeya)/.test(n)))('%s: the plan job takes it for a plan only if it is one', (_n, d, plan) => {
    expect(readAsPlan(d)).toBe(plan);
  });
  it.fails.each(plans.filter(([n]) => /^(?:voronezh|zeya)/.test(n)))(
    '%s: not a plan (fails until the plan job stops reading a table without terms as a plan)',
    (_n, d, plan) => {
      expect(readAsPlan(d)).toBe(plan);
    },
  );
});

/** Real budgets not in the corpus (test/fixtures/real-budgets.ts): the same measures, and the same goals. */
describe('real budgets not in the corpus', () => {
  const realDocs: CorpusDoc[] = REAL_BUDGETS.map((b) => ({
    job: 'budgets',
    name: b.name,
    path: '',
    source: b.source,
    notes: [b.note],
    rows: b.rows,
  }));
  const figures = measureJob(budgetMeasurer('Бюджеты (вне корпуса)', REAL_EXPECTATIONS), realDocs);

  it('every document has expectations and its source address', () => {
    expect(realDocs.map((d) => d.name).sort()).toEqual(Object.keys(REAL_EXPECTATIONS).sort());
    for (const d of realDocs) expect(d.source).toMatch(/^https:\/\//);
  });

  describe.each(realDocs.map((d) => [d.name, d] as const))('%s', (_name, doc) => {
    const m = figures.measures.find((x) => x.doc === doc.name)!;
    it.each(m.facts.map((f) => [f.fact, f] as const))('%s', (_fact, f) => {
      expect(f.got ?? 'as stated').toBe('as stated');
    });
    it('no finding on a clean cell', () => expect(m.falseFindings).toEqual([]));
  });

  it('all read alone, every error found (8, in the Kaluga programme), nothing on a clean cell', () => {
    expect([figures.alone, figures.oneChoice, figures.no]).toEqual([5, 0, 0]);
    expect(figures.errors).toEqual({ found: 8, stated: 8 });
    expect(figures.falseFindings).toBe(0);
  });
});

describe.skipIf(!present)('the corpus budgets as workbooks: klaster check and klaster budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-corpus-budgets-'));
  const files = new Map<string, string>();

  beforeAll(async () => {
    for (const doc of docs) {
      const file = join(dir, `${doc.name}.xlsx`);
      await writeXlsx(workbookFromSpec(corpusWorkbookSpec(doc)), file);
      files.set(doc.name, file);
    }
  });

  /** The budget sections of `check`'s printout: each finding as «cell severity». */
  function budgetLines(out: string): string[] {
    const lines: string[] = [];
    let inBudget = false;
    for (const line of out.split('\n')) {
      if (!line.startsWith(' ')) inBudget = line.startsWith('Бюджет: ');
      else if (inBudget) lines.push(line.trim().split(/\s+/).slice(0, 2).join(' '));
    }
    return lines.sort();
  }

  it.each(docs.map((d) => [d.name, d] as const))('%s: check prints what the job finds, the stated errors among it', async (name, doc) => {
    const r = await runKlaster('check', files.get(name)!);
    const severity = { error: 'ошибка', warning: 'внимание', info: 'сведения' };
    const core = readBudgetDoc(doc)
      .findings.map((f) => `${f.cell} ${severity[f.severity]}`)
      .sort();
    expect(budgetLines(r.out)).toEqual(core);
    for (const e of BUDGET_EXPECTATIONS[name]!.errors) expect(r.out).toMatch(new RegExp(`^ {2}${e.cell} +ошибка `, 'm'));
  });

  it.each(docs.map((d) => [d.name] as const))('%s: budget builds «Бюджет — свод»', async (name) => {
    const out = join(dir, `${name}-свод.xlsx`);
    const r = await runKlaster('budget', files.get(name)!, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((await readXlsx(out)).sheet('Бюджет — свод')).toBeTruthy();
  });

  it('one choice as flags: --unit for the oblast programme, --year for Bashkortostan; the questions go', async () => {
    const oblast = await runKlaster('check', files.get('oblast-programma-2007-2010-stacked-years-in-cell')!, '--unit', 'тыс. руб.');
    expect(oblast.out).not.toMatch(/Единица сумм не указана/);
    expect(oblast.out).toMatch(/^ {2}D6 +ошибка +«Выравнивание стартовых .*ожидалось 277 502, указано 358 068, разница 80 566\./m);
    const bash = await runKlaster('check', files.get('bashkortostan-smotr-shkolnoe-pitanie-2005-text-lines')!, '--year', '2005');
    expect(bash.out).toMatch(/^Бюджет: Документ!A4:A16: статей 7, замечаний 0$/m);
  });
});
