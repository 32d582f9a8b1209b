/** The calendar-plan actions end to end: dist/Code.js in the emulator over workbooks built from the seeds. */
import { describe, expect, it } from 'vitest';
import { SEED_001, SEED_002, SEED_004 } from '../fixtures/seed-plans';
import { oneSheet, sessionOver, ok, error, sheetValues } from '../support/bundle';

const seeds = () => ({
  sheets: [
    { name: 'План 2022-2023', rows: SEED_001 as never },
    { name: 'ЮАО', rows: SEED_002 as never },
    { name: 'Академия', rows: SEED_004 as never },
  ],
});

describe('planMapping: the seed plans are recognised as they are', () => {
  it.each([
    ['План 2022-2023', 3, { number: 0, activity: 1, result: 2, term: 3, responsible: 4 }, 33, 0],
    ['Академия', 2, { term: 0, activity: 1, tasks: 2, result: 4 }, 33, 3],
  ])('%s', async (sheet, headerRow, columns, rows, stages) => {
    const s = await sessionOver(seeds());
    const info = ok(s.run('planMapping', { sheet }));
    expect(info.headerRow).toBe(headerRow);
    const mapped = Object.fromEntries(info.fields.filter((f: any) => f.column !== null).map((f: any) => [f.field, f.column]));
    expect(mapped).toEqual(columns);
    expect(info.stats).toMatchObject({ rows, stages, unknown: 0 });
  });

  it('002: stages from the titles and «Сентябрь 2014-\\nмай 2015» across years', async () => {
    const s = await sessionOver(seeds());
    const info = ok(s.run('planMapping', { sheet: 'ЮАО' }));
    expect(info.stats.unknown).toBe(0);
    expect(info.stages[0]).toMatchObject({ start: '2014-01-01', end: '2014-12-31' });
  });

  it('a saved column choice is remembered per sheet, and can be reset', async () => {
    const s = await sessionOver(seeds());
    const before = ok(s.run('planMapping', { sheet: 'План 2022-2023' }));
    expect(before.saved).toBe(false);
    const saved = ok(
      s.run('planSaveMapping', { sheet: 'План 2022-2023', mapping: { number: 0, activity: 1, term: 3, responsible: 4, result: null } }),
    );
    expect(saved.saved).toBe(true);
    expect(saved.fields.find((f: any) => f.field === 'result').column).toBeNull();
    // a fresh read (a new execution) sees the choice
    expect(ok(s.run('planMapping', { sheet: 'План 2022-2023' })).fields.find((f: any) => f.field === 'result').column).toBeNull();
    expect(ok(s.run('planMapping', { sheet: 'Академия' })).saved).toBe(false);
    expect(ok(s.run('planSaveMapping', { sheet: 'План 2022-2023', mapping: null })).saved).toBe(false);
  });

  it('a mapping that does not make a plan is refused and not remembered', async () => {
    const s = await sessionOver(seeds());
    expect(error(s.run('planSaveMapping', { sheet: 'План 2022-2023', mapping: { activity: 1, responsible: 1 } }))).toMatch(
      /выбран для двух полей/,
    );
    // one column for activity and term: a plan of lines, and this sheet's column B holds none
    expect(error(s.run('planSaveMapping', { sheet: 'План 2022-2023', mapping: { activity: 1, term: 1 } }))).toMatch(/один столбец B/);
    expect(ok(s.run('planMapping', { sheet: 'План 2022-2023' })).saved).toBe(false);
  });

  it.each([
    [{ sheet: '' }, /sheet/],
    [{}, /sheet/],
    [{ sheet: 'Нет такого' }, /Лист «Нет такого» не найден/],
    [null, /Некорректный запрос/],
  ])('a bad payload %j gets a Russian message', async (payload, message) => {
    const s = await sessionOver(seeds());
    expect(error(s.run('planMapping', payload))).toMatch(message);
  });
});

describe('planCheck', () => {
  const plan = [
    ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат', 'Статус'],
    ['1', 'Совещание', 'До 10.01.2024', 'Третьякова Т.В.', 'Протокол', 'в работе'],
    ['2', 'Семинар', '31.02.2024', 'Петухов Е.А.', 'Программа', ''],
    ['3', 'Опрос', '20.05.2024 - 10.05.2024', '', 'Отчёт', ''],
    ['4', 'Конкурс', 'Май 2024', 'Мельникова Т.В.', '', ''],
    ['5', 'Совещание', 'До 10.01.2024', 'Гумбатов С.А.', 'Протокол', 'выполнено'],
  ];

  it('finds what a coordinator should fix, each tied to its cell', async () => {
    const s = await sessionOver(oneSheet('План', plan));
    const [result] = ok(s.run('planCheck', { sheet: 'План' }));
    const found = result.findings.map((f: any) => `${f.cell} ${f.code}`);
    expect(found).toEqual(
      expect.arrayContaining(['F2 overdue', 'C3 term-unknown', 'C4 term-reversed', 'D4 no-responsible', 'E5 no-result']),
    );
    expect(found.some((f: string) => f.endsWith('duplicate'))).toBe(true);
    expect(found).not.toContain('F6 overdue'); // done
    const unknown = result.findings.find((f: any) => f.code === 'term-unknown');
    expect(unknown.message).toMatch(/^Срок «31\.02\.2024» не распознан/);
  });

  it('the clean seed plan 001 has no errors', async () => {
    const s = await sessionOver(seeds());
    const [result] = ok(s.run('planCheck', { sheet: 'План 2022-2023' }));
    expect(result.findings.filter((f: any) => f.severity === 'error')).toEqual([]);
  });

  it('without a sheet, checks every sheet that looks like a plan', async () => {
    const s = await sessionOver({ sheets: [...seeds().sheets, { name: 'Реестр', rows: [['ФИО'], ['Третьякова Т.В.']] }] });
    expect(ok(s.run('planCheck', {})).map((r: any) => r.sheet)).toEqual(['План 2022-2023', 'ЮАО', 'Академия']);
  });

  it('merged cells and formula errors are reported, not a crash', async () => {
    const s = await sessionOver({
      sheets: [
        { name: 'План', rows: [...plan.slice(0, 2), ['2', '#REF!', 'Май 2024', '', 'Итоги', '']] as never, merges: ['D2:D3', 'E3:F3'] },
      ],
    });
    const [result] = ok(s.run('planCheck', { sheet: 'План' }));
    const codes = result.findings.map((f: any) => f.code);
    expect(codes).toContain('cell-error');
    // «Ответственные» merged over two rows (Word's habit) empties the row below: reported; a merge within a row is not
    const merged = result.findings.filter((f: any) => f.code === 'merged-cells');
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ cell: 'D2', severity: 'info' });
    expect(merged[0].message).toMatch(/D2:D3/);
    expect(merged[0].message).not.toMatch(/E3:F3/);
  });

  it.each([
    ['an empty sheet', [], /пуст/],
    ['no header', [['Привет'], ['мир']], /Не найдена строка заголовков плана. Искали столбцы «Мероприятие».*«Сроки»/],
  ])('%s gets a clear message and nothing is written', async (_, rows, message) => {
    const s = await sessionOver(oneSheet('Лист', rows));
    expect(error(s.run('planCheck', { sheet: 'Лист' }))).toMatch(message);
    expect(error(s.run('planBuildCalendar', { sheet: 'Лист' }))).toMatch(message);
    expect(s.workbook.sheets.map((sh) => sh.name)).toEqual(['Лист']);
  });
});

describe('planBuildCalendar', () => {
  it('builds «Календарь» from 004: legend, header, a row per stage and activity, months coloured', async () => {
    const s = await sessionOver(seeds());
    const built = ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    expect(built).toMatchObject({ sheet: 'Календарь', rows: 33 });
    const values = sheetValues(s, 'Календарь');
    expect(values).toHaveLength(2 + 3 + 33);
    expect(values[1]!.slice(0, 7)).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Примечание', 'янв 2023', 'фев 2023']);
    const spring = values.findIndex((r) => r[2] === 'Весна 2024');
    const sheet = s.workbook.sheet('Календарь')!;
    const filled = values[1]!.flatMap((label, c) => (c >= 5 && sheet.cell(spring + 1, c + 1)?.background ? [label] : []));
    expect(filled).toEqual(['мар 2024', 'апр 2024', 'май 2024']);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.frozenColumns).toBe(2);
    // the current month (March 2024 in this session) is highlighted in the header
    const march = values[1]!.indexOf('мар 2024');
    expect(sheet.cell(2, march + 1)?.background).toBe('#fbbc04');
  });

  it('rebuilds in place with at most 19 spreadsheet calls (the sheet zone for today, one setNumberFormats, the marker check, one call per format kind), and never touches the plan', async () => {
    const s = await sessionOver(seeds());
    ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    const id = s.workbook.sheet('Календарь')!.id;
    const plan = JSON.stringify(sheetValues(s, 'Академия'));
    s.calls.reset();
    ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    // 4 to read the plan, 1 for the sheet's zone (today), 4 to make sure «Календарь» is ours (getSheetByName and its own marker:
    // getDeveloperMetadata, getKey, getValue, getSheetId), 5 to clear and write it, formats first, 3 for wraps and
    // alignments (one call each over the whole block), 1 to take the user there
    expect(s.calls.total()).toBeLessThanOrEqual(19);
    expect(s.calls.get('Range.setWraps')).toBe(1);
    expect(s.calls.get('Range.setHorizontalAlignments')).toBe(1);
    expect(s.calls.get('Range.setNumberFormats')).toBe(1);
    expect(s.calls.get('Sheet.getDeveloperMetadata')).toBe(1);
    expect(s.calls.get('Range.getValues')).toBe(1);
    expect(s.calls.get('Range.setValues')).toBe(1);
    expect(s.workbook.sheets.filter((sh) => sh.name.startsWith('Календарь'))).toHaveLength(1);
    expect(s.workbook.sheet('Календарь')!.id).toBe(id);
    expect(JSON.stringify(sheetValues(s, 'Академия'))).toBe(plan);
  });

  it('never overwrites a «Календарь» sheet the user made: builds «Календарь (2)» and says so', async () => {
    const s = await sessionOver({ sheets: [...seeds().sheets, { name: 'Календарь', rows: [['мои заметки']] }] });
    const built = ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    expect(built.sheet).toBe('Календарь (2)');
    expect(built.message).toMatch(/Лист «Календарь» создан не Кластером, и он не тронут: результат записан на лист «Календарь \(2\)»\.$/);
    expect(sheetValues(s, 'Календарь')).toEqual([['мои заметки']]);
    // the next rebuild finds its own sheet by its marker, not by the usual name
    const again = ok(s.run('planBuildCalendar', { sheet: 'Академия' }));
    expect(again.sheet).toBe('Календарь (2)');
    expect(s.workbook.sheets.map((sh) => sh.name)).toEqual(['План 2022-2023', 'ЮАО', 'Академия', 'Календарь', 'Календарь (2)']);
  });

  it('user text that looks like a formula stays text', async () => {
    const s = await sessionOver(
      oneSheet('План', [
        ['Мероприятие', 'Сроки'],
        ['', 'Май 2024'],
        ['- агрокластер', 'Июнь 2024'],
      ]),
    );
    s.workbook.sheet('План')!.setValue(2, 1, '=HYPERLINK("x")'); // text in the plan (a cell formatted '@')
    ok(s.run('planBuildCalendar', { sheet: 'План' }));
    const sheet = s.workbook.sheet('Календарь')!;
    const formulas = [];
    for (let r = 1; r <= sheet.lastRow(); r++)
      for (let c = 1; c <= 5; c++) if (sheet.cell(r, c)?.formula) formulas.push(sheet.cell(r, c)!.formula);
    expect(formulas).toEqual([]);
    expect(sheetValues(s, 'Календарь').map((r) => r[1])).toEqual(expect.arrayContaining(['=HYPERLINK("x")', '- агрокластер']));
  });

  it('«1.», «2024», «26.09.2022», «1,5» are read back as the text they are, in the calendar and the month plan', async () => {
    const rows = [
      ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
      ['1.', 'Педсовет', '26.09.2022', '1,5'],
      ['10.', '2024', '2022-09-01', 'ИСТИНА'],
    ];
    const s = await sessionOver(oneSheet('План', rows));
    ok(s.run('planBuildCalendar', { sheet: 'План' }));
    const calendar = sheetValues(s, 'Календарь')
      .slice(2)
      .map((r) => r.slice(0, 4));
    expect(calendar).toEqual([
      ['1.', 'Педсовет', '26.09.2022', '1,5'],
      ['10.', '2024', '2022-09-01', 'ИСТИНА'],
    ]);
    expect(s.workbook.sheet('Календарь')!.cell(3, 1)?.numberFormat).toBe('@');
    ok(s.run('planMonthAgenda', { sheet: 'План', month: '2022-09' }));
    const agenda = sheetValues(s, 'План на месяц').slice(2);
    expect(agenda).toEqual([
      ['10.', '2024', '2022-09-01', '01.09.2022', 'ИСТИНА', '', ''],
      ['1.', 'Педсовет', '26.09.2022', '26.09.2022', '1,5', '', ''],
    ]);
    expect(agenda.flat().every((v) => typeof v === 'string')).toBe(true);
  });

  it('from the menu: uses the active sheet and says so in a toast; a non-plan sheet gets an alert', async () => {
    const s = await sessionOver({ sheets: [...seeds().sheets, { name: 'Реестр', rows: [['ФИО']] }] });
    s.globals.SpreadsheetApp.getActive().getSheetByName('План 2022-2023')!.activate();
    s.trigger('menuBuildCalendar');
    expect(s.ui.toasts.at(-1)!.message).toMatch(/^Календарь построен по листу «План 2022-2023»: 33\sмероприятия/);
    s.globals.SpreadsheetApp.getActive().getSheetByName('Реестр')!.activate();
    s.trigger('menuBuildCalendar');
    expect(s.ui.alerts.at(-1)!.prompt).toMatch(/Реестр: Не найдена строка заголовков/);
  });
});

describe('planMonthAgenda', () => {
  it('March 2024 of 004: the seminar, the monthly meetings and the year-long work', async () => {
    const s = await sessionOver(seeds());
    const built = ok(s.run('planMonthAgenda', { sheet: 'Академия', month: '2024-03' }));
    expect(built.sheet).toBe('План на месяц');
    const values = sheetValues(s, 'План на месяц');
    expect(values[0]![0]).toBe('План на март 2024 г.');
    expect(values[1]).toEqual(['№', 'Мероприятие', 'Сроки', 'Даты', 'Ответственные', 'Ожидаемый результат', 'Этап']);
    const activities = values.slice(2).map((r) => String(r[1]));
    expect(activities.some((a) => a.startsWith('Проведение обучающего семинара для педагогических работников'))).toBe(true);
    expect(activities.some((a) => a.startsWith('Заседания рабочих групп организаций-участников проекта'))).toBe(true);
    expect(activities.some((a) => a.startsWith('Организация летней технологической школы'))).toBe(false);
    expect(built.rows).toBe(values.length - 2);
  });

  it('defaults to next month, and refuses a malformed month', async () => {
    const s = await sessionOver(seeds());
    expect(ok(s.run('planMonthAgenda', { sheet: 'Академия' })).message).toMatch(/^План на апрель 2024 г\./);
    expect(error(s.run('planMonthAgenda', { sheet: 'Академия', month: '2024-13' }))).toMatch(/ГГГГ-ММ/);
  });

  it('an empty month says so', async () => {
    const s = await sessionOver(seeds());
    ok(s.run('planMonthAgenda', { sheet: 'План 2022-2023', month: '2030-01' }));
    expect(sheetValues(s, 'План на месяц')[2]![0]).toBe('В этом месяце мероприятий нет.');
  });
});

describe('planAddDateColumns and planCreate', () => {
  it('inserts «Начало» and «Окончание» right after «Сроки», as dates, shifting the rest', async () => {
    const s = await sessionOver(seeds());
    ok(s.run('planAddDateColumns', { sheet: 'План 2022-2023' }));
    const values = sheetValues(s, 'План 2022-2023');
    expect(values[3]).toEqual([
      '№ п/п',
      'Мероприятие',
      'Характеристика результата',
      'Сроки проведения',
      'Начало',
      'Окончание',
      'Ответственные исполнители',
    ]);
    const first = values[4]!;
    expect(first[3]).toBe('До 26.09.2022');
    expect(first[5]).toEqual(new Date(2022, 8, 26));
    expect(first[6]).toBe('МО ПК');
    // the plan is still recognised, with the new columns ignored
    expect(ok(s.run('planMapping', { sheet: 'План 2022-2023' })).stats.rows).toBe(33);
    // asked again: the same two columns are filled anew, not inserted twice
    expect(ok(s.run('planAddDateColumns', { sheet: 'План 2022-2023' }))).toMatchObject({ columns: 'E:F', inserted: false });
    expect(sheetValues(s, 'План 2022-2023')[3]).toHaveLength(7);
  });

  it('a saved column choice moves with the inserted columns', async () => {
    const s = await sessionOver(seeds());
    ok(s.run('planSaveMapping', { sheet: 'План 2022-2023', mapping: { number: 0, activity: 1, term: 3, responsible: 4, result: null } }));
    ok(s.run('planAddDateColumns', { sheet: 'План 2022-2023' }));
    const info = ok(s.run('planMapping', { sheet: 'План 2022-2023' }));
    expect(info.saved).toBe(true);
    const mapped = Object.fromEntries(info.fields.map((f: any) => [f.field, f.column]));
    expect(mapped).toMatchObject({ activity: 1, term: 3, responsible: 6, result: null });
  });

  it('«Новый план» makes a sheet with the usual columns, stages, a status dropdown and a frozen header', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['x']]));
    const made = ok(
      s.run('planCreate', {
        project: 'Академия инженерных практик',
        stages: [{ name: 'Организационный', start: '2023-06-01', end: '2023-12-31' }],
      }),
    );
    expect(made.sheet).toBe('Новый план');
    const sheet = s.workbook.sheet('Новый план')!;
    const values = sheetValues(s, 'Новый план');
    expect(values[1]).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат', 'Статус']);
    expect(values[2]![0]).toBe('1 этап – Организационный (01.06.2023 – 31.12.2023)');
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.cell(4, 6)?.validation).toMatchObject({ kind: 'list', values: ['не начато', 'в работе', 'выполнено', 'отменено'] });
    // and it is a plan the add-on reads back
    expect(ok(s.run('planMapping', { sheet: 'Новый план' })).stages).toEqual([
      { name: '1 этап – Организационный (01.06.2023 – 31.12.2023)', start: '2023-06-01', end: '2023-12-31' },
    ]);
    expect(ok(s.run('planCreate', { project: 'Ещё', stages: [] })).sheet).toBe('Новый план (2)');
  });

  it.each([
    [{ project: '', stages: [] }, /Укажите название проекта/],
    [{ project: 'П', stages: [{ name: 'Этап', start: '2024-05-01', end: '2024-01-01' }] }, /окончание раньше начала/],
    [{ project: 'П', stages: [{ name: 'Этап', start: 'вчера', end: '2024-01-01' }] }, /ГГГГ-ММ-ДД/],
  ])('«Новый план» refuses %j with a Russian message and makes nothing', async (payload, message) => {
    const s = await sessionOver(oneSheet('Лист1', [['x']]));
    expect(error(s.run('planCreate', payload))).toMatch(message);
    expect(s.workbook.sheets.map((sh) => sh.name)).toEqual(['Лист1']);
  });

  it('selectCell activates a finding’s cell', async () => {
    const s = await sessionOver(seeds());
    ok(s.run('selectCell', { sheet: 'Академия', cell: 'A12' }));
    expect(s.globals.SpreadsheetApp.getActive().getActiveRange()!.getA1Notation()).toBe('A12');
    expect(error(s.run('selectCell', { sheet: 'Академия', cell: '=A1' }))).toMatch(/Некорректный запрос/);
  });
});

describe('a 50,000-row plan', () => {
  it('is checked (findings capped for the sidebar) and the calendar says clearly it is too large', async () => {
    const { generatePlanValues } = await import('../fixtures/seed-plans');
    const s = await sessionOver(oneSheet('План', generatePlanValues(50_000)));
    const [result] = ok(s.run('planCheck', { sheet: 'План' }));
    expect(result.rows).toBe(50_000);
    expect(result.findings.length).toBeLessThanOrEqual(500);
    expect(result.total).toBeGreaterThanOrEqual(result.findings.length);
    expect(error(s.run('planBuildCalendar', { sheet: 'План' }))).toMatch(
      /^Календарь получился бы слишком большим: 3\s250\s455 ячеек \(Кластер строит календарь не больше чем на 1\s500\s000,/u,
    );
    expect(s.workbook.sheet('Календарь')).toBeUndefined();
    expect(ok(s.run('planMonthAgenda', { sheet: 'План', month: '2024-03' })).rows).toBeGreaterThan(0);
  });
});
