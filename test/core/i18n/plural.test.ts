import { describe, expect, it } from 'vitest';
import { countEn, countRu, ruForm } from '../../../src/core/i18n';

const EVENT = ['мероприятие', 'мероприятия', 'мероприятий'] as const;

describe('Russian plurals', () => {
  it.each([
    [0, 'мероприятий'],
    [1, 'мероприятие'],
    [2, 'мероприятия'],
    [4, 'мероприятия'],
    [5, 'мероприятий'],
    [11, 'мероприятий'],
    [12, 'мероприятий'],
    [14, 'мероприятий'],
    [21, 'мероприятие'],
    [22, 'мероприятия'],
    [33, 'мероприятия'],
    [101, 'мероприятие'],
    [111, 'мероприятий'],
    [1.5, 'мероприятия'],
  ])('%d %s', (n, form) => {
    expect(ruForm(n, EVENT)).toBe(form);
  });

  it('puts the number and the word together with a non-breaking space, grouping large numbers', () => {
    expect(countRu(3, EVENT)).toBe('3\u00a0мероприятия');
    expect(countRu(12345, EVENT)).toBe('12\u202f345\u00a0мероприятий');
    expect(countEn(1, ['event', 'events'])).toBe('1 event');
    expect(countEn(12345, ['event', 'events'])).toBe('12,345 events');
  });
});
