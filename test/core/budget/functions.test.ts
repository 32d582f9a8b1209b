import { describe, expect, it } from 'vitest';
import { budgetCheck, budgetRollup, budgetTotal } from '../../../src/core/budget/functions';
import { ACADEMIC, PLANTED, SEED_004, TOP_TOTAL_THOUSANDS } from '../../../bench/support/budget-tables';

const total = (values: unknown[][], q: Parameters<typeof budgetTotal>[1], lang: 'ru' | 'en' = 'ru') => {
  const r = budgetTotal(values, q, { lang });
  return r.ok ? r.value : r.error.message;
};

describe('BUDGET_CHECK', () => {
  it('one row «Ошибок нет» for a table that adds up', () => {
    expect(budgetCheck(SEED_004)).toEqual({ ok: true, rows: [['Ошибок нет']] });
    expect(budgetCheck(SEED_004, { lang: 'en' })).toEqual({ ok: true, rows: [['No errors']] });
  });

  it('rows [cell, problem], cells named within the range, the text naming the item and the year', () => {
    // A custom function sees only its range: the range's first cell is A1, wherever it sits on the sheet.
    const r = budgetCheck(PLANTED);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => x[0])).toEqual([
      'G3',
      'D5',
      'E7',
      'D8',
      'D9',
      'G9',
      'F11',
      'G11',
      'G11',
      'A5',
      'A6',
      'E6',
      'A8',
      'D10',
      'D11',
      'F13',
    ]);
    expect(r.rows[4]).toEqual([
      'D9',
      '«Итого» (Бюджетные средства), 2023 год: итог не равен сумме 2 строк выше — ожидалось 50 000, указано 60 000, разница 10 000.',
    ]);
    expect(r.rows.every((x) => x.length === 2)).toBe(true);
  });

  it('a tolerance', () => {
    const values = [
      ['Статьи затрат', 'Всего, тыс. руб.', '2024 год', '2025 год'],
      ['Оборудование', 66.7, 33.3, 33.3],
    ];
    expect(budgetCheck(values).ok && budgetCheck(values)).toMatchObject({ rows: [['B2', expect.stringContaining('разница 0,1')]] });
    expect(budgetCheck(values, { tolerance: 0.1 })).toEqual({ ok: true, rows: [['Ошибок нет']] });
  });

  it('a range with no budget table is an error with a clear message', () => {
    const r = budgetCheck([
      ['Мероприятие', 'Сроки'],
      ['Семинар', 'Сентябрь 2023'],
    ]);
    expect(r).toEqual({ ok: false, error: { code: 'no-table', message: expect.stringContaining('Таблица бюджета не найдена') } });
  });
});

describe('BUDGET_ROLLUP', () => {
  it('by «год и источник»', () => {
    expect(budgetRollup(SEED_004, 'год и источник')).toEqual({
      ok: true,
      rows: [
        ['Источник финансирования', '2023', '2024', '2025', 'Всего, руб.'],
        ['Внебюджетные средства ОО', 230000, 270000, 275000, 775000],
        ['Бюджетные средства ОО', 20000, 20000, 20000, 60000],
        ['Итого', 250000, 290000, 295000, 835000],
      ],
    });
  });

  it('«год» by default', () => {
    const r = budgetRollup(SEED_004, undefined);
    expect(r.ok && r.rows[0]).toEqual(['Год', 'Сумма, руб.']);
  });

  it('an unknown «by» is an error naming what is allowed', () => {
    const r = budgetRollup(SEED_004, 'месяц');
    expect(r.ok ? '' : r.error.message).toBe('Неизвестный способ свода «месяц». Допустимо: «год», «источник», «год и источник», «статья».');
  });
});

describe('BUDGET_TOTAL', () => {
  it('like SUMIFS over the item rows: year, source, item', () => {
    expect(total(SEED_004, {})).toBe(835000);
    expect(total(SEED_004, { year: 2023 })).toBe(250000);
    expect(total(SEED_004, { year: '2024' })).toBe(290000);
    expect(total(SEED_004, { year: '2025 год' })).toBe(295000);
    expect(total(SEED_004, { year: 2023, source: 'Внебюджетные средства ОО' })).toBe(230000);
    expect(total(SEED_004, { year: 2023, source: 'бюджетные  средства оо' })).toBe(20000);
    expect(total(SEED_004, { source: 'Внебюджетные*' })).toBe(775000);
    expect(total(SEED_004, { item: 'Участие в семинарах*' })).toBe(400000);
    expect(total(SEED_004, { year: 2025, source: 'Внебюджетные средства ОО', item: 'Организация*' })).toBe(125000);
    expect(total(SEED_004, { year: '', source: '' })).toBe(835000);
  });

  it('school years and tables in «тыс. руб.» (the table’s unit)', () => {
    expect(total(ACADEMIC, { year: '2021/2022' })).toBe(145000);
    expect(total(ACADEMIC, { year: '2023-2024 уч. г.' })).toBe(45000);
    expect(total(TOP_TOTAL_THOUSANDS, { year: 2024, source: 'Бюджет субъекта' })).toBe(400.5);
  });

  it('a year, source or item that is not there is an error, never 0', () => {
    expect(total(SEED_004, { year: 2026 })).toBe('Года «2026» нет в таблице. Есть: 2023 год, 2024 год, 2025 год.');
    expect(total(SEED_004, { year: 'в прошлом году' })).toBe('«в прошлом году» не похоже на год. Пример: 2024, «2024 год», «2021/2022».');
    expect(total(SEED_004, { source: 'Спонсорские средства' })).toBe(
      'Источника «Спонсорские средства» нет в таблице. Есть: «Внебюджетные средства ОО», «Бюджетные средства ОО».',
    );
    expect(total(SEED_004, { item: 'Питание' })).toBe('Статьи «Питание» нет в таблице.');
  });

  it('a cell in the sum that holds text is an error naming it', () => {
    const values = SEED_004.map((r) => [...r]);
    values[3]![2] = 'по факту';
    expect(total(values, { year: 2023 })).toBe('Сумма не посчитана: в ячейке C4 «по факту» вместо числа.');
    expect(total(values, { year: 2024 })).toBe(290000);
  });
});
