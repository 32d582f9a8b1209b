import { describe, expect, it } from 'vitest';
import { isNilAmount, parseAmount } from '../../../src/core/budget/amount';

describe('parseAmount', () => {
  it.each<[unknown, number]>([
    [30000, 30000],
    [1234.5, 1234.5],
    ['30000', 30000],
    ['30 000', 30000],
    ['30\u00a0000', 30000], // non-breaking space, as Word pastes it
    ['30\u202f000', 30000], // narrow no-break space
    ['30\u2009000', 30000], // thin space
    ['1 234,50', 1234.5],
    ['1 234.50', 1234.5],
    ['1.234.567', 1234567],
    ['1.234,50', 1234.5],
    ['1,234.50', 1234.5],
    ['20 000 руб.', 20000],
    ['20 000 руб', 20000],
    ['20 000 рублей', 20000],
    ['20 000 р.', 20000],
    ['20 000 ₽', 20000],
    ['1,5 млн руб.', 1500000],
    ['120 тыс. руб.', 120000],
    ['-', 0],
    ['—', 0],
    ['–', 0],
    ['-1 000', -1000],
    ['\u22121 000', -1000],
    ['(1 000)', -1000],
    ['+500', 500],
    ['  275000  ', 275000],
    ['0,5', 0.5],
    [null, 0],
  ])('%j → %d', (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[unknown, RegExp]>([
    ['тридцать тысяч', /не похоже на число/],
    ['12 000 руб. 50 коп.', /не похоже на число/],
    ['1,2,3', /не похоже на число/],
    ['2023 год', /не похоже на число/],
    [new Date(2024, 0, 1), /дата/],
    [true, /логическое/],
    [Number.NaN, /не конечное/],
  ])('%j is not an amount', (input, reason) => {
    const r = parseAmount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('reads every amount of the seed budget table (004, 2.13)', () => {
    // Columns 2023, 2024, 2025 of «Финансовое обеспечение реализации проекта».
    const cells = ['30000', '30000', '30000', '20000', '20000', '20000', '100000', '120000', '120000', '100000', '120000', '125000'];
    const total = cells.map((c) => parseAmount(c)).reduce((s, r) => s + (r.ok ? r.value : Number.NaN), 0);
    expect(total).toBe(30000 * 3 + 20000 * 3 + 100000 + 120000 * 2 + 100000 + 120000 + 125000);
  });
});

describe('parseAmount on hostile cells', () => {
  it.each<[string, string, RegExp]>([
    ['300 digits', '1'.repeat(300), /^«1{100}…» — слишком большое число \(больше 15 цифр\)$/],
    ['a 16-digit sum', '1 000 000 000 000 000', /^«1 000 000 000 000 000» — слишком большое число/],
    ['a large sum scaled to beyond 15 digits', '2 000 000 млрд руб.', /слишком большое число/],
    ['309 nines (Infinity as a double)', '9'.repeat(309), /слишком большое число/],
    ['1 MB of digits and spaces', '1 '.repeat(1 << 19), /слишком большое число/],
    ['1 MB of text', 'тридцать тысяч '.repeat(70_000), /^«тридцать тысяч тридцать тысяч .*…» не похоже на число$/],
  ])('%s → a Russian reason quoting at most 100 characters', (_, input, reason) => {
    const r = parseAmount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      const quoted = /«(.*)»/s.exec(r.reason)![1]!;
      expect(quoted.length).toBeLessThanOrEqual(101);
    }
  });

  it('the largest 15-digit amount still reads exactly', () => {
    expect(parseAmount('999 999 999 999 999')).toEqual({ ok: true, value: 999999999999999 });
    expect(parseAmount('12 345 678 901 234')).toEqual({ ok: true, value: 12345678901234 });
  });
});

describe('isNilAmount', () => {
  it.each([
    ['', true],
    ['  ', true],
    ['—', true],
    ['--', true],
    ['0', false],
    ['abc', false],
  ])('%j → %s', (text, expected) => expect(isNilAmount(text)).toBe(expected));
});
