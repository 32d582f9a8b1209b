/** Checklists pasted from Word: «№ | Показатель | Оценка», the scale above or below the table. */
import { describe, expect, it } from 'vitest';
import { importWordChecklist, readTemplate, scaleFromText, templateSheet } from '../../../src/core/checklist/index';

const CONFIRM = {
  kind: 'points',
  max: 3,
  options: [
    { label: 'подтверждается', points: 3 },
    { label: 'скорее подтверждается', points: 2 },
    { label: 'скорее не подтверждается', points: 1 },
    { label: 'не подтверждается', points: 0 },
  ],
};

describe('importWordChecklist', () => {
  it('scale in the text above, sections as merged rows, levels below', () => {
    const values = [
      ['Чек-лист самодиагностики условий для специализированного класса', '', ''],
      ['Оценка критериев: 0 – не подтверждается, 1 – скорее не подтверждается, 2 – скорее подтверждается, 3 – подтверждается', '', ''],
      ['№', 'Показатель', 'Оценка'],
      ['Партнёры', '', ''],
      ['1.', 'Закреплён индустриальный партнёр', ''],
      ['2.', 'Закреплён академический партнёр', ''],
      ['Информационная открытость', '', ''],
      ['3.', 'На сайте школы есть страница класса', ''],
      ['', '', ''],
      ['Уровни: базовый — до 49%; средний — от 50%; высокий — от 80%', '', ''],
      ['Руководитель ОО ____________', '', ''],
    ];
    const r = importWordChecklist(values);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template.criteria.map((c) => [c.section, c.number, c.text])).toEqual([
      ['Партнёры', '1', 'Закреплён индустриальный партнёр'],
      ['Партнёры', '2', 'Закреплён академический партнёр'],
      ['Информационная открытость', '3', 'На сайте школы есть страница класса'],
    ]);
    expect(r.template.criteria.every((c) => JSON.stringify(c.scale) === JSON.stringify(CONFIRM))).toBe(true);
    expect(r.template.levels?.thresholds.map((t) => t.min)).toEqual([0, 0.5, 0.8]);
    expect(r.scaleSource).toBe('text');
    expect(r.questions).toEqual([]);
    expect(r.columns).toEqual({ number: 0, text: 1, answer: 2 });
    // The template it makes reads back the same.
    const back = readTemplate(templateSheet(r.template).values);
    expect(back.ok && back.template.criteria.map((c) => c.scale)).toEqual(r.template.criteria.map((c) => c.scale));
  });

  it('scale one option per line below; numbered section rows («1 | Направление», then 1.1, 1.2)', () => {
    const values = [
      ['№ п/п', 'Показатель', 'Балл'],
      ['1', 'Магистральное направление «Знание»', ''],
      ['1.1', 'Реализация проектной деятельности', ''],
      ['1.2', 'Обеспеченность учебниками', ''],
      ['2', 'Магистральное направление «Здоровье»', ''],
      ['2.1', 'Школьный спортивный клуб', ''],
      ['Шкала оценки:', '', ''],
      ['3 балла — подтверждается', '', ''],
      ['2 балла — скорее подтверждается', '', ''],
      ['1 балл — скорее не подтверждается', '', ''],
      ['0 баллов — не подтверждается', '', ''],
    ];
    const r = importWordChecklist(values);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.template.criteria.map((c) => [c.section, c.number])).toEqual([
      ['Магистральное направление «Знание»', '1.1'],
      ['Магистральное направление «Знание»', '1.2'],
      ['Магистральное направление «Здоровье»', '2.1'],
    ]);
    expect(r.template.criteria[0]!.scale).toEqual(CONFIRM);
    expect(r.questions.map((q) => q.code)).toEqual(['levels']);
  });

  it('options per row in their own column («Варианты ответа»)', () => {
    const r = importWordChecklist([
      ['№', 'Показатель оценивания', 'Варианты ответа', 'Балльная оценка'],
      ['1', 'Применение электронных образовательных ресурсов', 'Предусмотрено = 1; Не предусмотрено = 0', ''],
      ['2', 'Углублённое изучение отдельных предметов', '0–2', ''],
      ['3', 'Школьный театр', 'есть или нет', ''],
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.template.criteria.map((c) => (c.scale.kind === 'points' ? c.scale.max : c.scale.kind))).toEqual([1, 2, 'yesno']);
    expect(r.questions.map((q) => [q.code, q.cell])).toEqual([
      ['row-scale', 'C4'],
      ['levels', undefined],
    ]);
  });

  it('no scale anywhere: asks, and meanwhile takes yes/no', () => {
    const r = importWordChecklist([
      ['№', 'Показатель', 'Оценка'],
      ['1', 'Есть приказ о классе', ''],
      ['2', 'Есть план работы', ''],
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.questions.map((q) => q.code)).toEqual(['scale']);
    expect(r.questions[0]!.message).toMatch(/Шкала оценки не найдена/);
    expect(r.template.criteria.every((c) => c.scale.kind === 'yesno')).toBe(true);
  });

  it('a filled checklist without a stated scale: yes/no answers, or points (asks to confirm the maximum)', () => {
    const yn = importWordChecklist([
      ['№', 'Показатель', 'Оценка'],
      ['1', 'А', 'да'],
      ['2', 'Б', 'нет'],
    ]);
    // the answers are kept for the template's «Ответ» (and that is said)
    expect(yn.ok && [yn.scaleSource, yn.questions.map((q) => q.code), yn.template.criteria[0]!.scale.kind, yn.answers]).toEqual([
      'answers',
      ['answers'],
      'yesno',
      { '|№1': 'да', '|№2': 'нет' },
    ]);
    const pts = importWordChecklist([
      ['№', 'Показатель', 'Оценка'],
      ['1', 'А', 2],
      ['2', 'Б', 3],
      ['3', 'В', 0],
    ]);
    if (!pts.ok) throw new Error(pts.error.message);
    expect(pts.template.criteria[0]!.scale).toEqual({ kind: 'points', max: 3 });
    expect(pts.questions.map((q) => q.code)).toEqual(['scale', 'answers', 'levels']);
    expect(pts.questions[0]!.message).toContain('0–3');
  });

  it('a numbered row without text is asked about; no table is a message', () => {
    const r = importWordChecklist([
      ['№', 'Показатель', 'Оценка'],
      ['1', 'А', ''],
      ['2', '', 'да'],
      ['3', 'В', ''],
    ]);
    expect(r.ok && r.questions.map((q) => [q.code, q.cell])).toEqual([
      ['no-text', 'B3'],
      ['scale', undefined],
    ]);
    const none = importWordChecklist([['Просто абзац текста без таблицы']]);
    expect(none.ok ? '' : none.error.message).toMatch(/Не найдена таблица/);
    const en = importWordChecklist([], 'en');
    expect(en.ok ? '' : en.error.message).toMatch(/No checklist table/);
  });
});

describe('scaleFromText', () => {
  it.each([
    [['Шкала: 0–3 балла'], { kind: 'points', max: 3 }],
    [['Максимальный балл по каждому показателю — 2'], { kind: 'points', max: 2 }],
    [['Оценивание: от 0 до 2 баллов'], { kind: 'points', max: 2 }],
    [['Приложение 2', 'к приказу от 01.09.2022 № 45'], null],
  ])('%j', (lines, scale) => {
    expect(scaleFromText(lines)).toEqual(scale);
  });
});
