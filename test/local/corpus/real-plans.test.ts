/**
 * Real plans found outside the corpus (test/fixtures/real-plans.ts, each with its source): measured as the corpus
 * is, with the same expectations' shape — columns, activities, period, every datable term, facts, findings.
 */
import { describe, expect, it } from 'vitest';
import { measurePlanDoc } from '../../../src/local/corpus/plans';
import { REAL_PLANS, realPlanDoc } from '../../../bench/support/fixtures/real-plans';

describe('real plans outside the corpus', () => {
  it('each has its source address', () => {
    expect(REAL_PLANS.length).toBeGreaterThanOrEqual(3);
    for (const p of REAL_PLANS) expect(p.source, p.name).toMatch(/^https?:\/\//);
  });

  it.each(REAL_PLANS.map((p) => [p.name, p] as const))('%s: read as a person reads it', (_name, p) => {
    const m = measurePlanDoc(realPlanDoc(p), p.expect);
    expect(m.recognition).toBe('alone');
    expect(m.facts.filter((f) => !f.ok)).toEqual([]);
    expect(m.terms?.dated).toBe(m.terms?.total);
    expect(m.errors?.found).toBe(m.errors?.stated);
    expect(m.falseFindings).toEqual([]);
  });
});
