/**
 * The responsibility job's column form end to end, through dist/Code.js in the emulator: what the form shows
 * (the header row, the columns, the pipeline's questions), the choice remembered per sheet (columns and header
 * row), the executors' column, and real documents (test/fixtures/real-people.ts) read as a paste leaves them.
 */
import { describe, expect, it } from 'vitest';
import { corpusWorkbookSpec } from '../../src/local/corpus/read-corpus';
import { REAL_PEOPLE } from '../fixtures/real-people';
import { error, ok, oneSheet, sessionOver, sheetValues } from '../support/bundle';

/** Two responsibility columns, as the Чебоксары plan of the corpus has them: bodies in D, names in E. */
const TWO_COLUMNS = [
  ['План мероприятий ко Дню защиты детей'],
  ['Дата, время', 'Наименование мероприятий', 'Место проведения', 'Кто проводит', 'Ответственные'],
  ['31 мая 2024\n18.00', 'Праздничное чаепитие', 'Двор дома 35', 'Администрация Ленинского района', 'Михайлова О.Л.\nПетров А.А.'],
  ['31 мая 2024\n11.00', 'Конкурс рисунков на асфальте', 'СОШ №37', 'Администрация Ленинского района', 'Михайлова О.Л.\nТарасова Н.А.'],
];

const real = (name: string) => corpusWorkbookSpec(REAL_PEOPLE.find((r) => r.doc.name === name)!.doc, 'План');

describe('the column form of the responsibility job', () => {
  it('shows the header row, every column, the executors field and a question about the second responsibility column', async () => {
    const s = await sessionOver(oneSheet('План', TWO_COLUMNS));
    const info = ok(s.run('peopleMapping', { sheet: 'План' }));
    expect(info).toMatchObject({ sheet: 'План', headerRow: 1, column: 'E', saved: false, rows: 2 });
    expect(info.fields.map((f: any) => [f.field, f.column])).toEqual([
      ['activity', 1],
      ['term', 0],
      ['responsible', 4],
      ['executors', null],
    ]);
    expect(info.columns.map((c: any) => c.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(info.rowChoices[1]).toMatchObject({ index: 1 });
    expect(info.questions).toEqual([
      'Ответственных два столбца: проверяется E «Ответственные», ещё есть D «Кто проводит». Другой можно выбрать в форме «Столбцы».',
    ]);
    // the same question is an info finding of the check, at the header
    const [r] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    expect(r.findings.map((f: any) => [f.cell, f.severity, f.code])).toEqual([['E2', 'info', 'table-question']]);
  });

  it('the other column chosen is remembered for the sheet (a new execution reads it), and forgotten on reset', async () => {
    const s = await sessionOver(oneSheet('План', TWO_COLUMNS));
    const saved = ok(s.run('peopleSaveMapping', { sheet: 'План', mapping: { responsible: 3 } }));
    expect(saved).toMatchObject({ column: 'D', saved: true, questions: [] });
    expect(ok(s.run('peopleMapping', { sheet: 'План' }))).toMatchObject({ column: 'D', saved: true });
    const [r] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    expect(r).toMatchObject({ column: 'D', total: 0 });
    expect(r.people.map((p: any) => [p.kind, p.name, p.cells])).toEqual([['organisation', 'Администрация Ленинского района', 2]]);
    expect(ok(s.run('peopleSaveMapping', { sheet: 'План', mapping: null }))).toMatchObject({ column: 'E', saved: false });
  });

  it("the header row chosen by the user is remembered with the columns; without a header row the columns are the user's", async () => {
    const rows = [
      ['Мероприятие', 'Сроки', 'Ответственные'],
      ['Совещание', 'Май 2024', 'Иванова И.И.'],
      ['Семинар', 'Июнь 2024', 'Петров П.П.'],
    ];
    const s = await sessionOver(oneSheet('План', rows));
    const none = ok(s.run('peopleSaveMapping', { sheet: 'План', mapping: { activity: 0, term: 1, responsible: 2 }, headerRow: -1 }));
    expect(none).toMatchObject({ headerRow: -1, saved: true, rows: 3, column: 'C' });
    const [r] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    // the header row is read as an activity now, its «Ответственные» as a cell that names no one
    expect(r.rows).toBe(3);
    const back = ok(s.run('peopleSaveMapping', { sheet: 'План', mapping: {}, headerRow: 0 }));
    expect(back).toMatchObject({ headerRow: 0, rows: 2, column: 'C', saved: true });
  });

  it('an executors column the same as the responsible one is refused, and nothing is remembered', async () => {
    const s = await sessionOver(oneSheet('План', TWO_COLUMNS));
    expect(error(s.run('peopleSaveMapping', { sheet: 'План', mapping: { executors: 4 } }))).toBe(
      'План: Столбец E выбран дважды: у исполнителей должен быть свой столбец.',
    );
    expect(ok(s.run('peopleMapping', { sheet: 'План' }))).toMatchObject({ saved: false });
  });

  it("«Категория участников» is the executors' column; the matrix marks them И", async () => {
    const s = await sessionOver(real('ol2-stolin-mesyachnik-blagoustroistva-2020-BY'));
    const info = ok(s.run('peopleMapping', { sheet: 'План' }));
    expect(info.fields.find((f: any) => f.field === 'executors').column).toBe(3);
    expect(info.questions).toEqual([]);
    expect(ok(s.run('peopleCheck', { sheet: 'План' })).sheets[0].total).toBe(0);
    ok(s.run('peopleMatrix', { sheet: 'План' }));
    const matrix = sheetValues(s, 'Матрица ответственности');
    const col = (name: string) => (matrix[0] as string[]).indexOf(name);
    expect(col('Педагогический коллектив')).toBeGreaterThan(1);
    expect(matrix[1]![col('Педагогический коллектив')]).toBe('И');
    expect(matrix[1]![col('Симонович О.С.')]).toBe('Р');
  });

  it('an empty responsible beside a role in «Участники» is said as it is (the Кедышко plan)', async () => {
    const rows = [
      ['№ п/п', 'Наименование мероприятия', 'Дата проведения', 'Участники', 'Ответственные за проведение'],
      [1, 'Разработка плана мероприятий', 'январь 2025', 'Заместитель директора по УВР', ''],
      [2, 'Уход за воинскими захоронениями', 'В течение 2025 года', 'Учащиеся', 'Руководитель ВПВ, педагог -организатор'],
    ];
    const s = await sessionOver(oneSheet('План', rows));
    const [r] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    expect(r.findings.map((f: any) => [f.cell, f.code, f.message])).toEqual([
      ['E2', 'only-executors', 'Ответственный не указан, а в «Участники» (D2) — «Заместитель директора по УВР».'],
    ]);
  });

  it.each(REAL_PEOPLE.map((r) => [r.doc.name]))('%s: read as pasted, the stated typos only', async (name) => {
    const r = REAL_PEOPLE.find((x) => x.doc.name === name)!;
    const s = await sessionOver(real(name));
    const [sheet] = ok(s.run('peopleCheck', { sheet: 'План' })).sheets;
    expect(sheet.column).toBe(r.expect.responsible);
    const cells = sheet.findings.filter((f: any) => f.code !== 'table-question').map((f: any) => f.cell);
    expect(cells).toEqual((r.expect.errors ?? []).map((e) => e.cell));
  });
});
