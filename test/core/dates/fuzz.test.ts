import { describe, expect, it } from 'vitest';
import { parseTerm, type Term } from '../../../src/core/dates';
import { SEED_TERMS } from '../../../bench/support/fixtures/seed-terms';

const KINDS = new Set(['date', 'deadline', 'period', 'several', 'recurring', 'ongoing', 'scheduled', 'unknown']);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Deterministic PRNG so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'до',
  'с',
  'по',
  'к',
  'в',
  'не позднее',
  'течение',
  'года',
  'г.',
  'гг.',
  'январь',
  'мая',
  'сент.',
  'весна',
  'зимой',
  'I',
  'IV',
  'квартал',
  'полугодие',
  'учебный',
  'уч.',
  'раз',
  'в месяц',
  'ежемесячно',
  'постоянно',
  'графику',
  'этапа',
  'настоящее время',
  '2023',
  '2024',
  '1999',
  '31',
  '02',
  '13',
  '0',
  '99999999999999',
  '.',
  '..',
  '-',
  '–',
  '—',
  '/',
  ',',
  '(',
  ')',
  '\n',
  ' ',
  '\u00a0',
  '\u2009',
  'ё',
  'Ё',
  '🙂',
  '\u0000',
  'İ',
  'ǅ',
  '12.12',
  '30.02.2024',
  '1.1.1',
  '2023-2024',
];

function randomText(next: () => number): string {
  const n = 1 + Math.floor(next() * 10);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (next() < 0.25) s += String.fromCharCode(Math.floor(next() * 0x500));
    else s += PIECES[Math.floor(next() * PIECES.length)]!;
    if (next() < 0.5) s += ' ';
  }
  return s;
}

function checkShape(t: Term): void {
  expect(KINDS.has(t.kind)).toBe(true);
  if (t.kind === 'unknown') expect(typeof t.reason).toBe('string');
  if (t.start !== undefined) expect(t.start).toMatch(ISO);
  if (t.end !== undefined) expect(t.end).toMatch(ISO);
}

describe('parseTerm never throws', () => {
  it('on 600 random strings, with and without context', () => {
    const next = rng(20240501);
    const ctx = { range: { start: '2023-09-01', end: '2024-05-31' } };
    for (let i = 0; i < 600; i++) {
      const text = randomText(next);
      checkShape(parseTerm(text));
      checkShape(parseTerm(text, ctx, { today: '2024-05-01' }));
    }
  });

  it('on mangled seed texts (cut, doubled, reversed)', () => {
    for (const s of SEED_TERMS) {
      for (let cut = 0; cut <= s.text.length; cut += 3) {
        checkShape(parseTerm(s.text.slice(0, cut), s.context ? { range: s.context } : undefined));
        checkShape(parseTerm(s.text.slice(cut)));
      }
      checkShape(parseTerm(s.text + s.text));
      checkShape(parseTerm([...s.text].reverse().join('')));
    }
  });

  it('on odd values and odd contexts', () => {
    const values: unknown[] = [NaN, -0, 1e308, 2100, 1899, '2101', {}, [], new Map(), Object.create(null), new Date(8.64e15 + 1)];
    const contexts: unknown[] = [
      undefined,
      {},
      { range: null },
      { range: { start: '2024-13-01', end: 'x' } },
      { range: { start: '2024-05-01', end: '2023-01-01' } },
    ];
    for (const v of values) for (const c of contexts) checkShape(parseTerm(v, c as never));
    checkShape(parseTerm('1'.repeat(5000)));
    checkShape(parseTerm('январь '.repeat(250)));
  });
});
