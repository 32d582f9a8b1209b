/**
 * The budget sidebar's column form end to end (dist/Code.js in the emulator): what a sheet is read as, the
 * questions that open the form, and the choice (header row, columns, year, unit) remembered per sheet and
 * used by every later scan.
 */
import { describe, expect, it } from 'vitest';
import { error, ok, oneSheet, sessionOver } from '../support/bundle';

/** A single-year estimate with the year nowhere (no title, no header year) and no unit. */
const NO_YEAR = [
  ['Статья расходов', 'Сумма'],
  ['Канцелярские товары', 560],
  ['Призы', 1440],
  ['Итого', 2000],
];

/** A table without a header row: the columns are chosen by their cells. */
const HEADERLESS = [
  ['Смета расходов на проведение конкурса в 2013 году'],
  ['1.', 'Призы победителям', '- 15,0 тыс. руб.'],
  ['2.', 'Канцелярские товары', '- 5,0 тыс. руб.'],
  ['', 'ИТОГО:', '- 20,0 тыс. руб.'],
];

describe('budgetMapping: the form of a sheet as read', () => {
  it('a table with no year: the amount column is «Сумма», the question names the year to choose, the form opens', async () => {
    const s = await sessionOver(oneSheet('Смета', NO_YEAR));
    const info = ok(s.run('budgetMapping', { sheet: 'Смета' }));
    expect(info).toMatchObject({ sheet: 'Смета', headerRow: 0, saved: false, year: null, unit: null });
    expect(info.fields.map((f: any) => [f.field, f.column])).toEqual([
      ['number', null],
      ['item', 0],
      ['source', null],
      ['total', 1],
      ['quantity', null],
      ['price', null],
    ]);
    expect(info.fields.find((f: any) => f.field === 'total').label).toBe('Сумма');
    expect(info.read).toEqual({ tables: 1, years: ['(год не указан)'], unit: 'руб.', unitStated: false, range: 'A1:B4' });
    expect(info.questions).toEqual([
      'Год таблицы не указан ни в заголовке, ни в названии: укажите его в форме «Столбцы» (поле «Год») или флагом --year.',
      'Единица сумм не указана (ни «руб.», ни «тыс. руб.»): суммы прочитаны как рубли. Укажите единицу в форме «Столбцы» (поле «Единица») или флагом --unit.',
    ]);
  });

  it('a sheet without a header row: the pipeline says the columns were chosen by their cells', async () => {
    const s = await sessionOver(oneSheet('Смета', HEADERLESS));
    const info = ok(s.run('budgetMapping', { sheet: 'Смета' }));
    expect(info.headerRow).toBe(-1);
    expect(info.read).toMatchObject({ years: ['2013'], unit: 'тыс. руб.', unitStated: true, range: 'A2:C4' });
    expect(info.questions).toEqual(['Строка заголовков не найдена: столбцы выбраны по содержимому ячеек. Проверьте их в форме «Столбцы».']);
  });

  it('a sheet with no budget: an empty form that says so, no error', async () => {
    const s = await sessionOver(
      oneSheet('План', [
        ['Мероприятие', 'Сроки'],
        ['Педсовет', 'сентябрь'],
      ]),
    );
    const info = ok(s.run('budgetMapping', { sheet: 'План' }));
    expect(info.read.tables).toBe(0);
    expect(info.questions[0]).toMatch(/На листе «План» не найдена таблица бюджета/);
  });
});

describe('budgetSaveMapping: the choice, remembered per sheet', () => {
  it('year and unit: the scan reads the table with them, the questions are gone, and reset forgets them', async () => {
    const s = await sessionOver(oneSheet('Смета', NO_YEAR));
    const info = ok(s.run('budgetSaveMapping', { sheet: 'Смета', mapping: {}, year: 2024, unit: 'тыс. руб.' }));
    expect(info).toMatchObject({ saved: true, year: 2024, unit: 'тыс. руб.', questions: [] });
    expect(info.read).toMatchObject({ years: ['2024'], unit: 'тыс. руб.', unitStated: true });
    const [t] = ok(s.run('budgetScan', { sheet: 'Смета' })).tables;
    expect(t).toMatchObject({ years: ['2024'], unit: 'тыс. руб.', total: 0 });
    const reset = ok(s.run('budgetSaveMapping', { sheet: 'Смета', mapping: null }));
    expect(reset).toMatchObject({ saved: false, year: null, unit: null });
    expect(ok(s.run('budgetScan', { sheet: 'Смета' })).tables[0].years).toEqual(['Сумма']);
  });

  it('columns: another column is the amount; a choice that finds no table, or a unit that names none, is refused and not kept', async () => {
    const rows = [
      ['Статья', 'Примечание', 'Сумма, руб.', 'Исполнитель'],
      ['Книги', 'для библиотеки', 100, 'Иванова И.И.'],
      ['Призы', 'грамоты', 50, 'Петров П.П.'],
      ['Итого', '', 150, ''],
    ];
    const s = await sessionOver(oneSheet('Смета', rows));
    expect(ok(s.run('budgetMapping', { sheet: 'Смета' })).fields.find((f: any) => f.field === 'total').column).toBe(2);
    expect(error(s.run('budgetSaveMapping', { sheet: 'Смета', mapping: {}, unit: 'литров' }))).toBe(
      '«литров» — не единица сумм: «руб.», «тыс. руб.» или «млн руб.».',
    );
    expect(error(s.run('budgetSaveMapping', { sheet: 'Смета', mapping: {}, headerRow: 3 }))).toMatch(
      /не найдена: проверьте строку заголовков и столбцы/,
    );
    expect(ok(s.run('budgetMapping', { sheet: 'Смета' })).saved).toBe(false);
    const info = ok(s.run('budgetSaveMapping', { sheet: 'Смета', mapping: { item: 1 }, year: 2023 }));
    expect(info.fields.find((f: any) => f.field === 'item').column).toBe(1);
    const [t] = ok(s.run('budgetScan', { sheet: 'Смета' })).tables;
    expect(t).toMatchObject({ items: 2, years: ['2023'], errors: 0 });
    expect(ok(s.run('budgetConsolidate', {})).message).toMatch(/1 таблица с 1 листа/);
  });

  it('a bad payload is refused in Russian', async () => {
    const s = await sessionOver(oneSheet('Смета', NO_YEAR));
    expect(error(s.run('budgetSaveMapping', { sheet: 'Смета', mapping: {}, year: 20120 }))).toMatch(/./);
    expect(error(s.run('budgetSaveMapping', { sheet: 'Смета', mapping: { total: 5000 } }))).toMatch(/./);
  });
});
