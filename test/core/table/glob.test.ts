/** SUMIFS-style patterns matched in linear time (issue 14, item 4: `a*a*…b` with 200 stars never finished). */
import { describe, expect, it } from 'vitest';
import { globMatcher, isGlob, MAX_PATTERN_CHARS } from '../../../src/core/table/glob';
import { prng } from '../../../sample/seed-plans';

/** The reference: the pattern as an anchored RegExp (fine for short texts, exponential for long ones). */
function reference(pattern: string): (text: string) => boolean {
  const re = new RegExp(
    `^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`,
    'su',
  );
  return (t) => re.test(t);
}

describe('globMatcher', () => {
  it.each([
    ['Организация*', 'Организация семинаров', true],
    ['*семинар*', 'Организация семинаров', true],
    ['*семинар', 'Организация семинаров', false],
    ['Оплата ?руда', 'Оплата труда', true],
    ['Оплата ?руда', 'Оплата  труда', false],
    ['*', '', true],
    ['?', '', false],
    ['a**b', 'ab', true],
    ['a*b*c', 'abxbc', true],
    ['a*b*c', 'acb', false],
    ['*😀?', 'x😀y', true],
    ['Внебюджетные*', 'Внебюджетные средства ОО', true],
  ])('%s on «%s» → %s', (pattern, text, expected) => {
    expect(globMatcher(pattern)!(text)).toBe(expected);
    expect(reference(pattern)(text)).toBe(expected);
  });

  it('agrees with the reference on 3 000 random patterns and texts', () => {
    const rnd = prng(17);
    const pick = (s: string) => s[Math.floor(rnd() * s.length)]!;
    for (let i = 0; i < 3000; i++) {
      const pattern = Array.from({ length: Math.floor(rnd() * 8) }, () => pick('ab*?*')).join('');
      const text = Array.from({ length: Math.floor(rnd() * 10) }, () => pick('abc')).join('');
      expect([pattern, text, globMatcher(pattern)!(text)]).toEqual([pattern, text, reference(pattern)(text)]);
    }
  });

  it('more than 32 states (several words of bits) agree too', () => {
    const pattern = `${'ab?'.repeat(15)}*${'b'.repeat(20)}`;
    const yes = `${'abx'.repeat(15)}zzz${'b'.repeat(20)}`;
    const no = `${'abx'.repeat(15)}zzz${'b'.repeat(19)}`;
    expect([globMatcher(pattern)!(yes), globMatcher(pattern)!(no)]).toEqual([reference(pattern)(yes), reference(pattern)(no)]);
    expect(globMatcher(pattern)!(yes)).toBe(true);
  });

  it('200 stars over a long text of «a» is one pass, not a backtracking search', () => {
    const pattern = `${'a*'.repeat(200)}b`;
    const match = globMatcher(pattern)!;
    const text = 'a'.repeat(200_000);
    const started = performance.now();
    expect(match(text)).toBe(false);
    expect(match(`${text}b`)).toBe(true);
    // a generous bound: the backtracking RegExp does not finish in minutes
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a pattern of more than 255 characters besides the stars; stars do not count', () => {
    expect(MAX_PATTERN_CHARS).toBe(255);
    expect(globMatcher('a'.repeat(256))).toBeNull();
    expect(globMatcher(`${'a*'.repeat(255)}`)).not.toBeNull();
  });

  it('folds pattern and text alike', () => {
    const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
    expect(globMatcher('ЁЛКА*', fold)!('елка новогодняя')).toBe(true);
  });

  it('isGlob', () => {
    expect([isGlob('a*'), isGlob('a?'), isGlob('plain')]).toEqual([true, true, false]);
  });
});
