/**
 * The checklist table as the shared pipeline reads it: the headers issue 13 saw refused («Критерии»,
 * «Показатели / Индикаторы», «Параметр»), filled answers in «Оценка» kept, columns found by what they hold, a
 * number a paste turned into a date.
 */
import { describe, expect, it } from 'vitest';
import { importWordChecklist, numberLabel, readSchoolTab, readTemplate, templateSheet } from '../../../src/core/checklist/index';
import { pastedValues } from '../../../src/local/corpus/read-corpus';

describe('the headers real checklists use', () => {
  it.each([
    ['Критерии', 'Оценка'],
    ['Показатели / Индикаторы', 'Оценка'],
    ['Параметр', 'Оценка'],
    ['Критерии оценки', 'Баллы'],
    ['Элементы урока', 'Отметка'],
  ])('«№ | %s | %s» is a checklist, and its filled answers are kept, not dropped', (text, answer) => {
    const values = pastedValues([
      ['№', text, answer],
      ['1.', 'На сайте ОО размещён план мероприятий', 'да'],
      ['2.', 'Проведён опрос обучающихся и родителей', 'нет'],
      ['3.', 'Отчёт по опросу размещён на сайте', 'да'],
    ]);
    const r = importWordChecklist(values);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.template.criteria.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(Object.values(r.answers)).toEqual(['да', 'нет', 'да']);
    // the template keeps them in «Ответ», and reads back with the same criteria
    const sheet = templateSheet(r.template, 'ru', new Map(Object.entries(r.answers)));
    expect(sheet.values.slice(2, 5).map((row) => row[5])).toEqual(['да', 'нет', 'да']);
    const back = readTemplate(sheet.values);
    expect(back.ok && back.template.criteria.map((c) => c.id)).toEqual(r.template.criteria.map((c) => c.id));
  });

  it("a template typed with those headers is read too (the scale from the answer column's header)", () => {
    const r = readTemplate([
      ['Параметр', 'Баллы (0-10)'],
      ['Оснащенность игровым оборудованием', ''],
      ['Наличие площадки для подвижных игр', ''],
    ]);
    expect(r.ok && r.template.criteria.map((c) => [c.text, c.scale])).toEqual([
      ['Оснащенность игровым оборудованием', { kind: 'points', max: 10 }],
      ['Наличие площадки для подвижных игр', { kind: 'points', max: 10 }],
    ]);
  });

  it('a scored column without a scale anywhere stops the template (the tabs are not sent out), and says so', () => {
    const r = readTemplate([
      ['Критерий', 'Баллы'],
      ['Оснащенность игровым оборудованием', ''],
    ]);
    expect(r.ok && r.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['B2', 'no-scale', 'error']]);
  });

  it('a school tab made by hand («Показатель | Оценка», scores) is read through the pipeline', () => {
    const t = readTemplate([
      ['Критерий', 'Шкала'],
      ['Есть план', '0–3'],
      ['Есть отчёт', '0–3'],
    ]);
    if (!t.ok) throw new Error(t.error.message);
    const tab = readSchoolTab(
      [
        ['Показатель', 'Оценка'],
        ['Есть план', '2'],
        ['Есть отчёт', '3'],
      ],
      t.template,
      'СОШ № 1',
    );
    expect(tab.answers.map((a) => [a.answer.status, a.answer.points])).toEqual([
      ['ok', 2],
      ['ok', 3],
    ]);
    expect(tab.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('no header at all: the criteria and the scores found by what the cells hold, and said', () => {
    const r = importWordChecklist([
      ['1', 'Учебный план размещён на сайте школы', 2],
      ['2', 'Расписание внеурочной деятельности утверждено', 0],
      ['3', 'Рабочие программы по всем предметам размещены', 1],
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect([r.columns, r.template.criteria.length, r.questions.map((q) => q.code)]).toEqual([
      { number: 0, text: 1, answer: 2 },
      3,
      ['table', 'scale', 'answers', 'levels'],
    ]);
  });
});

describe('numberLabel', () => {
  it.each([
    ['1.', 1, '1'],
    ['1.2.', '1.2.', '1.2'],
    ['IV.', 'IV.', 'IV'],
    // a Russian-locale paste types «1.1» as 1 January: the number it was
    ['1.1', new Date(Date.UTC(2026, 0, 1)), '1.1'],
    ['text', 'Раздел', null],
  ])('%s', (_written, value, label) => {
    expect(numberLabel(value)).toBe(label);
  });
});
