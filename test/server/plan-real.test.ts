/**
 * Issue 13 through the bundle: the plan sidebar's column form on real shapes — a header without an activity column
 * («Предмет»), a plan that is not a table, a corpus plan with no year — read, asked about in one question, and
 * remembered per sheet.
 */
import { describe, expect, it } from 'vitest';
import { corpusPresent, corpusWorkbookSpec, readCorpus } from '../../src/local/corpus/read-corpus';
import { REAL_PLANS } from '../../bench/support/fixtures/real-plans';
import { oneSheet, ok, error, sessionOver } from '../support/bundle';

const SUBJECTS = [
  ['График предметных недель на 2024/2025 учебный год'],
  ['Предмет', 'Сроки', 'Ответственный'],
  ['Математика', 'Ноябрь', 'Иванова А.А.'],
  ['Русский язык', 'Декабрь', 'Петрова Б.Б.'],
  ['Окружающий мир', 'Февраль', 'Сидорова В.В.'],
];

describe('the column form on real shapes', () => {
  it('a header «Предмет»: read, its activity column chosen by its cells, one question in the form and in the check', async () => {
    const s = await sessionOver(oneSheet('Недели', SUBJECTS));
    const info = ok(s.run('planMapping', { sheet: 'Недели' }));
    expect(info.problem).toBeUndefined();
    expect(info.headerRow).toBe(1);
    expect(info.fields.find((f: any) => f.field === 'activity').column).toBe(0);
    expect(info.questions).toEqual([
      'Столбец «Мероприятие» — A: выбран по содержимому ячеек, в заголовке его название не найдено. Проверьте выбор в форме «Столбцы».',
    ]);
    expect(info.period).toMatchObject({ start: '2024-09-01', end: '2025-05-31', source: 'title' });
    const [checked] = ok(s.run('planCheck', { sheet: 'Недели' }));
    expect(checked.findings.map((f: any) => [f.cell, f.code])).toEqual([['A2', 'table-question']]);
    // the user confirms the column: remembered per sheet, and the question is answered
    const saved = ok(s.run('planSaveMapping', { sheet: 'Недели', mapping: { activity: 0, term: 1, responsible: 2 }, headerRow: 1 }));
    expect(saved).toMatchObject({ saved: true, questions: [] });
    expect(ok(s.run('planCheck', { sheet: 'Недели' }))[0].findings).toEqual([]);
  });

  it('a plan of lines: found among the sheets, its one column for activity and term, and its terms dated', async () => {
    const lines = REAL_PLANS.find((p) => p.name.startsWith('chuguevka'))!;
    const s = await sessionOver({
      sheets: [
        { name: 'Календарь ДОО', rows: lines.rows as never },
        { name: 'Прочее', rows: [['Заметки']] },
      ],
    });
    const [checked] = ok(s.run('planCheck', {}));
    expect(checked).toMatchObject({ sheet: 'Календарь ДОО', rows: 10, findings: [] });
    const info = ok(s.run('planMapping', { sheet: 'Календарь ДОО' }));
    expect(info.fields.filter((f: any) => f.column === 0).map((f: any) => f.field)).toEqual(['activity', 'term']);
    expect(info.period).toMatchObject({ start: '2023-09-01', end: '2024-05-31', source: 'title' });
    expect(ok(s.run('planMonthAgenda', { sheet: 'Календарь ДОО', month: '2024-02' })).rows).toBe(3);
  });

  it('one column for activity and term where no line starts with a term: refused with a Russian reason, not remembered', async () => {
    const s = await sessionOver(oneSheet('Недели', SUBJECTS));
    expect(error(s.run('planSaveMapping', { sheet: 'Недели', mapping: { activity: 0, term: 0 } }))).toMatch(
      /один столбец A, но ни одна его строка не начинается со срока/,
    );
    expect(ok(s.run('planMapping', { sheet: 'Недели' })).saved).toBe(false);
  });
});

describe.skipIf(!corpusPresent())('a corpus plan with no year, in the sidebar', () => {
  it('Самара: the period is asked for; given, «31 августа\\n10:00» is dated and the calendar built', async () => {
    const doc = readCorpus().find((d) => d.name.startsWith('samara'))!;
    const s = await sessionOver(corpusWorkbookSpec(doc));
    expect(ok(s.run('planMapping', { sheet: 'Документ' }))).toMatchObject({ needsPeriod: true, stats: { rows: 5 } });
    expect(ok(s.run('planSetPeriod', { sheet: 'Документ', period: '2010 год' }))).toMatchObject({
      needsPeriod: false,
      stats: { unknown: 0 },
    });
    const built = ok(s.run('planBuildCalendar', { sheet: 'Документ' }));
    expect(built.message).toMatch(/5\sмероприятий/);
    const [checked] = ok(s.run('planCheck', { sheet: 'Документ' }));
    expect(checked.findings.map((f: any) => f.code)).toEqual(['no-responsible']); // E6, the cell the corpus cut
  });
});
