/**
 * «Импорт чек-листа» through the bundle in the emulator, on the corpus's real checklists as a user pastes them:
 * what the sidebar is shown, the column form remembered per sheet, the template made on confirmation and an
 * existing one replaced only when asked (kept under another name); a bad choice changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { readTemplate, TEMPLATE_SHEET } from '../../src/core/checklist';
import { corpusPresent, corpusWorkbookSpec, readCorpus } from '../../src/local/corpus/read-corpus';
import { error, ok, sessionOver, sheetValues } from '../support/bundle';

const doc = (name: string) => readCorpus().find((d) => d.name === name)!;

describe.skipIf(!corpusPresent())('«Импорт чек-листа» on pasted real checklists', () => {
  it('the peer-observation form: 13 criteria in 3 sections, the scale from the header, the template on confirmation', async () => {
    const s = await sessionOver(corpusWorkbookSpec(doc('vzaimoposeshchenie-urokov-0-2')));
    const overview = ok(s.run('checklistOverview'));
    expect([overview.importSheets, overview.activeSheet, overview.hasTemplate]).toEqual([['Документ'], 'Документ', false]);
    const p = ok(s.run('checklistImportPreview', {}));
    expect([p.ok, p.total, p.sections, p.scale]).toEqual([
      true,
      13,
      [
        { name: '1. Анализ целей урока', criteria: 3 },
        { name: 'Анализ структуры и организации урока.', criteria: 6 },
        { name: '3. Анализ содержания урока', criteria: 4 },
      ],
      'Шкала: 0–2 — из заголовка «Оценка критерия от 0 до 2 баллов».',
    ]);
    expect(p.criteria[0]).toEqual({
      section: '1. Анализ целей урока',
      number: '1.1',
      text: expect.stringMatching(/^Оценка правильности/),
      scale: '0–2',
      negative: false,
    });
    expect(p.importQuestions.map((q: { cell?: string }) => q.cell)).toEqual(['A6', undefined]);
    // the column form: the header row and the two columns the pipeline read
    expect(p.headerRow).toBe(0);
    expect(
      p.fields
        .filter((f: { column: number | null }) => f.column !== null)
        .map((f: { field: string; column: number }) => [f.field, f.column]),
    ).toEqual([
      ['text', 0],
      ['answer', 1],
    ]);
    expect(s.workbook.sheet(TEMPLATE_SHEET)).toBeUndefined(); // the preview writes nothing

    const made = ok(s.run('checklistImport', {}));
    expect(made.message).toBe('Создан лист «Чек-лист (шаблон)»: 13 критериев.');
    const back = readTemplate(sheetValues(s, TEMPLATE_SHEET));
    expect(back.ok && back.template.criteria.map((c) => [c.number, c.scale])).toEqual(
      p.criteria.map((c: { number: string }) => [c.number, { kind: 'points', max: 2 }]),
    );
    // the tabs get a dropdown 0–2 from the template
    expect(s.workbook.sheet(TEMPLATE_SHEET)!.cell(3, 6)?.validation).toMatchObject({
      kind: 'list',
      values: ['0', '1', '2', 'Не применимо'],
    });
  });

  it('an existing template is replaced only when asked, and kept under another name', async () => {
    const s = await sessionOver(corpusWorkbookSpec(doc('prokhladny-smotr-gotovnosti-dou-2018-max10')));
    ok(s.run('checklistCreateTemplate', {}));
    const before = sheetValues(s, TEMPLATE_SHEET);
    const asked = ok(s.run('checklistImport', { sheet: 'Документ' }));
    expect(asked).toEqual({ exists: true, criteria: 3, message: expect.stringMatching(/уже есть\. Заменить его .*\(3 критерия\)/) });
    expect(sheetValues(s, TEMPLATE_SHEET)).toEqual(before);
    const replaced = ok(s.run('checklistImport', { sheet: 'Документ', replace: true }));
    expect(replaced.previous).toBe('Чек-лист (шаблон) — прежний');
    expect(sheetValues(s, 'Чек-лист (шаблон) — прежний')).toEqual(before);
    const back = readTemplate(sheetValues(s, TEMPLATE_SHEET));
    expect(back.ok && back.template.criteria.map((c) => [c.number, c.scale])).toEqual([
      ['1', { kind: 'points', max: 10 }],
      ['2', { kind: 'points', max: 10 }],
      ['3', { kind: 'points', max: 10 }],
    ]);
  });

  it('the column choice is remembered per sheet; a choice that does not read changes nothing', async () => {
    const s = await sessionOver(corpusWorkbookSpec(doc('elementy-uroka-plus-tri-urovnya')));
    const bad = error(s.run('checklistImportSaveMapping', { sheet: 'Документ', mapping: { text: 4 } })); // an empty column
    expect(bad).toMatch(/нет ни одного показателя|не читается/);
    expect(ok(s.run('checklistImportPreview', { sheet: 'Документ' })).saved).toBe(false);
    // read the items as numbered by the first column, without the number column: saved, and read again with it
    const p = ok(s.run('checklistImportSaveMapping', { sheet: 'Документ', mapping: { number: null }, headerRow: 0 }));
    expect([p.saved, p.total, p.criteria[0].number, p.criteria[0].text]).toEqual([
      true,
      7,
      '',
      'Цели урока указаны с позиции прогнозируемого результата деятельности ученика',
    ]);
    expect(ok(s.run('checklistImportPreview', { sheet: 'Документ' })).criteria[0].number).toBe('');
    const reset = ok(s.run('checklistImportSaveMapping', { sheet: 'Документ', mapping: null }));
    expect([reset.saved, reset.criteria[0].number]).toEqual([false, '1']);
  });

  it('a table of targets by year is sent to «Показатели», not made a template', async () => {
    const s = await sessionOver(corpusWorkbookSpec(doc('lesozavodsk-mp-pokazateli-2021-2027')));
    const p = ok(s.run('checklistImportPreview', { sheet: 'Документ' }));
    expect([p.indicators, p.problem]).toEqual([true, expect.stringMatching(/похож на таблицу показателей/)]);
  });

  it("the import never reads the job's own sheets", async () => {
    const s = await sessionOver(corpusWorkbookSpec(doc('vzaimoposeshchenie-urokov-0-2')));
    ok(s.run('checklistImport', {}));
    expect(error(s.run('checklistImportPreview', { sheet: TEMPLATE_SHEET }))).toMatch(/лист самой надстройки/);
  });
});
