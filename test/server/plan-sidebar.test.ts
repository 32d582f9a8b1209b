/**
 * The calendar-plan sidebar's server side on real plans (the seeds and the held-back plans): «Период плана»,
 * the default month, the calendar's layout, one-click markup cleanup, plan sheets first, the month agenda of
 * every plan, and sheets that are not plans.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/local/emulator';
import type { Session } from '../../src/local/emulator';
import { HELD_PLANS } from '../../bench/support/fixtures/heldout-plans';
import { SEED_001, SEED_004 } from '../fixtures/seed-plans';
import { oneSheet, sessionOver, ok, error } from '../support/bundle';

const held = (name: string) => HELD_PLANS.find((p) => p.name.startsWith(name))!.values;

function column(s: Session, sheet: string, col: number): unknown[] {
  const sh = s.workbook.sheet(sheet)!;
  return Array.from({ length: sh.lastRow() }, (_, r) => sh.cell(r + 1, col)?.value ?? '');
}

describe('«Период плана»', () => {
  it.each(HELD_PLANS.filter((p) => p.period).map((p) => [p.name, p] as const))('%s: the period and where it comes from', async (_, p) => {
    const s = await sessionOver(oneSheet('План', p.values));
    const info = ok(s.run('planMapping', { sheet: 'План' }));
    expect({ start: info.period.start, end: info.period.end }).toEqual(p.period);
    expect(['title', 'approval', 'stages', 'terms']).toContain(info.period.source);
    expect(info.needsPeriod).toBe(false);
  });

  it('school modules: «2024/2025 учебный год» from the title; the library: the school year from «Утверждаю … «30» августа 2023 г.»', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'Школа', rows: held('школа') as never },
        { name: 'Библиотека', rows: held('библиотека') as never },
      ],
    });
    expect(ok(s.run('planMapping', { sheet: 'Школа' })).period).toEqual({
      start: '2024-09-01',
      end: '2025-05-31',
      text: '2024/2025 учебный год',
      source: 'title',
    });
    expect(ok(s.run('planMapping', { sheet: 'Библиотека' })).period).toMatchObject({
      start: '2023-09-01',
      end: '2024-05-31',
      source: 'approval',
    });
  });

  it('a plan with no year anywhere: the sidebar is asked for the period, the calendar names the field; given, it is remembered and the calendar is built', async () => {
    const s = await sessionOver(oneSheet('МО', held('МО без года')));
    const before = ok(s.run('planMapping', { sheet: 'МО' }));
    expect(before).toMatchObject({ needsPeriod: true, periodSaved: '', stats: { rows: 4 } });
    expect(before.period).toBeUndefined();
    expect(before.problem).toBeUndefined(); // it is a plan: the sidebar shows the field, not an error
    expect(error(s.run('planBuildCalendar', { sheet: 'МО' }))).toMatch(/Укажите «Период плана» в панели/);
    const [checked] = ok(s.run('planCheck', { sheet: 'МО' }));
    expect(checked.findings.map((f: any) => f.code)).toEqual(['no-period']);

    const given = ok(s.run('planSetPeriod', { sheet: 'МО', period: '2024/2025 учебный год' }));
    expect(given).toMatchObject({
      needsPeriod: false,
      periodSaved: '2024/2025 учебный год',
      period: { start: '2024-09-01', end: '2025-05-31', source: 'user' },
    });
    // a new execution reads the plan with it: «Август» is August 2024, «Май» May 2025
    expect(ok(s.run('planMapping', { sheet: 'МО' })).period.source).toBe('user');
    const built = ok(s.run('planBuildCalendar', { sheet: 'МО' }));
    expect(built.message).toMatch(/^Календарь построен по листу «МО»: 4\sмероприятия, 10\sмесяцев\./);
    expect(ok(s.run('planCheck', { sheet: 'МО' }))[0].findings).toEqual([]);
  });

  it('the user’s period wins over the title, survives a reset of the columns, and null gives the title back', async () => {
    const s = await sessionOver(oneSheet('Школа', held('школа')));
    expect(ok(s.run('planSetPeriod', { sheet: 'Школа', period: '2025/2026 учебный год' })).period).toMatchObject({
      start: '2025-09-01',
      source: 'user',
    });
    ok(s.run('planSaveMapping', { sheet: 'Школа', mapping: null }));
    expect(ok(s.run('planMapping', { sheet: 'Школа' })).period).toMatchObject({ start: '2025-09-01', source: 'user' });
    expect(ok(s.run('planSetPeriod', { sheet: 'Школа', period: null })).period).toMatchObject({
      start: '2024-09-01',
      source: 'title',
      text: '2024/2025 учебный год',
    });
  });

  it.each([
    [{ sheet: 'Школа', period: 'когда-нибудь' }, /^Период «когда-нибудь» не распознан\. Напишите, например, «2024\/2025 учебный год»/],
    [{ sheet: 'Школа', period: '   ' }, /Некорректный запрос/],
    [{ sheet: 'Школа', period: 'x'.repeat(101) }, /Некорректный запрос/],
    [{ sheet: 'Школа' }, /Некорректный запрос/],
  ])('%j is refused with a Russian message and nothing is remembered', async (payload, message) => {
    const s = await sessionOver(oneSheet('Школа', held('школа')));
    expect(error(s.run('planSetPeriod', payload))).toMatch(message);
    expect(ok(s.run('planMapping', { sheet: 'Школа' }))).toMatchObject({ periodSaved: '', period: { source: 'title' } });
  });

  it('in English, the refusal is English', async () => {
    const s = await sessionOver(oneSheet('Школа', held('школа')), { locale: 'en' });
    expect(error(s.run('planSetPeriod', { sheet: 'Школа', period: 'someday' }))).toMatch(/^Period “someday” not understood/);
  });
});

describe('the default month of «План на месяц»', () => {
  // today is 15 March 2024 in these sessions
  it.each([
    ['001, over since August 2023 («До 01.08.2023»): its last month', 'План 2022-2023', SEED_001, '2023-08', 'август 2023'],
    ['004, running: next month', 'Академия', SEED_004, '2024-04', 'апрель 2024'],
    [
      'the kindergarten’s 2025/2026 year (its council in August), not begun: its first month',
      'Сад',
      held('детский сад: годовой'),
      '2025-08',
      'август 2025',
    ],
  ])('%s', async (_, sheet, rows, month, words) => {
    const s = await sessionOver(oneSheet(sheet, rows as unknown[][]));
    expect(ok(s.run('planMapping', { sheet })).month).toBe(month);
    expect(ok(s.run('planMonthAgenda', { sheet })).message).toMatch(new RegExp(`^План на ${words} г\\. \\(лист «${sheet}»\\): `));
  });

  it('from the menu too', async () => {
    const s = await sessionOver(oneSheet('План 2022-2023', SEED_001 as unknown[][]));
    s.trigger('menuMonthAgenda');
    expect(s.ui.toasts.at(-1)!.message).toMatch(/^План на август 2023 г\. \(лист «План 2022-2023»\): \d+\sмероприяти/);
  });
});

describe('«План на месяц» of every plan', () => {
  it('one block per plan sheet, each headed by its sheet; the message says which', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'План 2022-2023', rows: SEED_001 as never },
        { name: 'Реестр', rows: [['ФИО'], ['Третьякова Т.В.']] },
        { name: 'Академия', rows: SEED_004 as never },
      ],
    });
    const built = ok(s.run('planMonthAgenda', { all: true, month: '2024-03' }));
    expect(built.message.split('\n')).toEqual([
      expect.stringMatching(/^План на март 2024 г\. \(лист «План 2022-2023»\): 0\sмероприятий\.$/),
      expect.stringMatching(/^План на март 2024 г\. \(лист «Академия»\): \d+\sмероприяти[еяй]\.$/),
    ]);
    const a = column(s, 'План на месяц', 1);
    expect(a[0]).toBe('План на март 2024 г. — лист «План 2022-2023»');
    expect(a[2]).toBe('В этом месяце мероприятий нет.');
    expect(a[4]).toBe('План на март 2024 г. — лист «Академия»');
    expect(column(s, 'План на месяц', 2).filter((v) => String(v).startsWith('Проведение обучающего семинара'))).toHaveLength(1);
    expect(s.workbook.sheet('План на месяц')!.cell(5, 1)!.bold).toBe(true);
  });

  it('the sheets Кластер made («План на месяц» has «Мероприятие» and «Сроки» too) are never taken for plans', async () => {
    const s = await sessionOver({ sheets: [{ name: 'Академия', rows: SEED_004 as never }] });
    ok(s.run('planMonthAgenda', { all: true, month: '2024-03' }));
    ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    expect(ok(s.run('planMonthAgenda', { all: true, month: '2024-03' })).message.split('\n')).toHaveLength(1);
    expect(ok(s.run('planCheck', {})).map((r: any) => r.sheet)).toEqual(['Академия']);
    expect(ok(s.run('planOverview')).plans).toEqual(['Академия']);
  });

  it('a named sheet wins over `all`', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'План 2022-2023', rows: SEED_001 as never },
        { name: 'Академия', rows: SEED_004 as never },
      ],
    });
    expect(ok(s.run('planMonthAgenda', { sheet: 'Академия', all: true, month: '2024-03' })).message).not.toMatch(/План 2022-2023/);
  });
});

describe('the «Календарь» sheet is readable', () => {
  it('long texts wrap, rows align to the top, month marks are centred, the legend wraps in B1; it survives .xlsx', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'Академия', rows: SEED_004 as never },
        { name: 'Реестр', rows: [['ФИО']] },
      ],
    });
    ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    const check = (sheet: NonNullable<ReturnType<Session['workbook']['sheet']>>) => {
      expect(sheet.cell(1, 2)).toMatchObject({
        value: expect.stringMatching(/^Календарь построен надстройкой/),
        wrap: true,
        verticalAlignment: 'top',
      });
      const row = 10;
      expect([1, 2, 3, 4, 5, 6].map((c) => sheet.cell(row, c)?.wrap ?? false)).toEqual([false, true, true, true, true, false]);
      expect(sheet.cell(row, 6)?.horizontalAlignment).toBe('center');
      expect(sheet.cell(row, 2)?.horizontalAlignment).toBe('left');
      expect(sheet.cell(row, 2)?.verticalAlignment).toBe('top');
    };
    check(s.workbook.sheet('Календарь')!);
    const path = join(mkdtempSync(join(tmpdir(), 'klaster-calendar-')), 'book.xlsx');
    await s.save(path);
    check((await readXlsx(path)).sheet('Календарь')!);
  });

  it('a rebuild takes the user to the calendar, wherever they were', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'Академия', rows: SEED_004 as never },
        { name: 'Реестр', rows: [['ФИО']] },
      ],
    });
    ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    const ss = s.globals.SpreadsheetApp.getActive();
    ss.getSheetByName('Реестр')!.activate();
    ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    expect(ss.getActiveSheet().getName()).toBe('Календарь');
    ss.getSheetByName('Реестр')!.activate();
    ok(s.run('planMonthAgenda', { sheet: 'Академия', month: '2024-03' }));
    expect(ss.getActiveSheet().getName()).toBe('План на месяц');
  });
});

describe('one-click cleanup of Word/HTML markup', () => {
  const parents = () => oneSheet('Родители', held('детский сад: план работы с родителями'));

  it('the finding carries the cleaned text; the click writes it, and the next check is clean', async () => {
    const s = await sessionOver(parents());
    const [checked] = ok(s.run('planCheck', { sheet: 'Родители' }));
    const markup = checked.findings.filter((f: any) => f.code === 'markup');
    expect(markup.map((f: any) => [f.cell, f.fix])).toEqual([
      ['C4', { value: 'Консультация «Режим дня дошкольника»', safe: true }],
      ['C7', { value: 'Выставка «Космос»\nСубботник', safe: true }],
    ]);
    s.calls.reset();
    const done = ok(s.run('planCleanMarkup', { sheet: 'Родители', cell: 'C4', value: markup[0].fix.value }));
    expect(done.message).toBe('Ячейка C4 на листе «Родители» очищена: остался только текст.');
    // the spreadsheet, the sheet, the cell, its value, its format and the write; its old format read first, to put back if the write fails
    expect(s.calls.total()).toBeLessThanOrEqual(7);
    expect(s.calls.get('Range.setValues')).toBe(1);
    expect(s.workbook.sheet('Родители')!.cell(4, 3)).toMatchObject({ value: 'Консультация «Режим дня дошкольника»', numberFormat: '@' });
    ok(s.run('planCleanMarkup', { sheet: 'Родители', cell: 'C7', value: markup[1].fix.value }));
    expect(ok(s.run('planCheck', { sheet: 'Родители' }))[0].findings.filter((f: any) => f.code === 'markup')).toEqual([]);
  });

  it('a cell changed since the check is left alone, with a message', async () => {
    const s = await sessionOver(parents());
    s.workbook.sheet('Родители')!.setValue(4, 3, '<p>Консультация «Закаливание»</p>');
    expect(error(s.run('planCleanMarkup', { sheet: 'Родители', cell: 'C4', value: 'Консультация «Режим дня дошкольника»' }))).toBe(
      'Ячейка C4 изменилась после проверки, поэтому ничего не записано. Проверьте план ещё раз.',
    );
    expect(s.workbook.sheet('Родители')!.cell(4, 3)!.value).toBe('<p>Консультация «Закаливание»</p>');
    // a clean cell is never «cleaned» either
    expect(error(s.run('planCleanMarkup', { sheet: 'Родители', cell: 'C3', value: 'Родительское собрание «Скоро в школу»' }))).toMatch(
      /изменилась после проверки/,
    );
  });

  it.each([
    [{ sheet: 'Родители', cell: '=A1', value: 'x' }, /Некорректный запрос/],
    [{ sheet: 'Родители', cell: 'C0', value: 'x' }, /Некорректный запрос/],
    [{ sheet: 'Нет такого', cell: 'C4', value: 'x' }, /Лист «Нет такого» не найден/],
    [{ sheet: 'Родители', cell: 'C4' }, /Некорректный запрос/],
  ])('%j is refused', async (payload, message) => {
    const s = await sessionOver(parents());
    expect(error(s.run('planCleanMarkup', payload))).toMatch(message);
    expect(s.workbook.sheet('Родители')!.cell(4, 3)!.value).toBe('<p>Консультация «Режим дня&nbsp;дошкольника»</p>');
  });
});

describe('«Новый план» passes its own check', () => {
  it('its one-row merges (title, stages) are not findings', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['x']]));
    const made = ok(
      s.run('planCreate', { project: 'Инженерная школа', stages: [{ name: 'Подготовительный', start: '2024-09-01', end: '2024-12-31' }] }),
    );
    expect(s.workbook.sheet(made.sheet)!.merges.length).toBe(2);
    const [checked] = ok(s.run('planCheck', { sheet: made.sheet }));
    expect(checked.findings.map((f: any) => f.code)).not.toContain('merged-cells');
    expect(checked.findings.filter((f: any) => f.severity !== 'info')).toEqual([]);
  });
});

describe('the sheet list and sheets that are not plans', () => {
  const book = () => ({
    sheets: [
      { name: 'Реестр', rows: [['ФИО'], ['Третьякова Т.В.']] },
      {
        name: 'Бюджет',
        rows: [
          ['Статьи затрат', '2024 год'],
          ['Итого', 100],
        ],
      },
      { name: 'Академия', rows: SEED_004 as never },
      { name: 'План 2022-2023', rows: SEED_001 as never },
    ],
  });

  it('plans seen before come first; a check of every sheet sets the list; no sheet is read to tell', async () => {
    const s = await sessionOver(book());
    expect(ok(s.run('planOverview'))).toMatchObject({ sheets: ['Реестр', 'Бюджет', 'Академия', 'План 2022-2023'], plans: [] });
    ok(s.run('planCheck', {}));
    s.calls.reset();
    const overview = ok(s.run('planOverview'));
    expect(overview).toMatchObject({ sheets: ['Академия', 'План 2022-2023', 'Реестр', 'Бюджет'], plans: ['Академия', 'План 2022-2023'] });
    expect(s.calls.get('Range.getValues')).toBe(0);
    // a sheet renamed away is simply not listed as a plan; a plan read once joins the list
    s.globals.SpreadsheetApp.getActive().getSheetByName('Академия')!.setName('Академия 2023');
    ok(s.run('planMapping', { sheet: 'Академия 2023' }));
    expect(ok(s.run('planOverview')).plans).toEqual(['Академия 2023', 'План 2022-2023']);
  });

  it('a sheet that is not a plan gets a short hint and the column form, not an error', async () => {
    const s = await sessionOver(book());
    const info = ok(s.run('planMapping', { sheet: 'Реестр' }));
    expect(info.problem).toEqual({
      code: 'no-header',
      message:
        'Лист «Реестр» не похож на календарный план: в нём не найдены столбцы «Мероприятие» и «Сроки». Выберите лист с планом или укажите столбцы вручную.',
    });
    expect(info.columns.map((c: any) => c.letter)).toEqual(['A']);
    expect(info.stats.rows).toBe(0);
  });

  it('a header without «Мероприятие»: the hint says what is missing, and the form shows the header’s titles to choose from', async () => {
    const s = await sessionOver(
      oneSheet('Сроки', [
        ['Сроки', 'Ответственные', 'Что делаем'],
        ['Май 2024', 'Третьякова Т.В.', 'Семинар'],
      ]),
    );
    const info = ok(s.run('planMapping', { sheet: 'Сроки' }));
    expect(info.problem.code).toBe('no-columns');
    expect(info.problem.message).toMatch(/^В строке заголовков \(строка 1\) не найден столбец «Мероприятие»/);
    expect(info.columns.map((c: any) => c.title)).toEqual(['Сроки', 'Ответственные', 'Что делаем']);
    expect(info.fields.find((f: any) => f.field === 'term').column).toBe(0);
    // the user picks «Что делаем» as the activity: the plan reads
    const saved = ok(s.run('planSaveMapping', { sheet: 'Сроки', mapping: { activity: 2, term: 0, responsible: 1 } }));
    expect(saved.problem).toBeUndefined();
    expect(saved.stats.rows).toBe(1);
  });
});
