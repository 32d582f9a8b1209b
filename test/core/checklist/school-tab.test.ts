/** School tabs: made from the template, read back, edited by schools, merged with new criteria. */
import { describe, expect, it } from 'vitest';
import {
  COL,
  mergeTemplateIntoTab,
  planDistribution,
  readSchoolTab,
  readTemplate,
  sampleTemplate,
  schoolTabName,
  schoolTabSheet,
  tabProtectionPlan,
  templateSheet,
  TEMPLATE_HEADER,
} from '../../../src/core/checklist/index';
import { readRoster, rosterSchools } from '../../../src/core/people/roster';
import { tabWith, template, TEMPLATE_VALUES } from './fixtures';

const T = template();
const codes = (fs: { code: string; cell: string }[]) => fs.map((f) => [f.code, f.cell]);

describe('template', () => {
  it('reads sections written once, weights, scales and the levels row', () => {
    expect(T.criteria.map((c) => [c.section, c.number, c.weight, c.scale.kind])).toEqual([
      ['Партнёры', '1', 1, 'yesno'],
      ['Партнёры', '2', 1, 'yesno'],
      ['Информационное сопровождение', '1', 2, 'yesno'],
      ['Информационное сопровождение', '2', 1, 'yesno'],
    ]);
    expect(T.levels?.thresholds.map((t) => t.level)).toEqual(['базовый', 'средний', 'высокий']);
  });

  it('writes back what it reads (values, formats, dropdowns)', () => {
    const sheet = templateSheet(T);
    expect(sheet.values[1]).toEqual([...TEMPLATE_HEADER, 'Направленность']);
    const again = readTemplate(sheet.values);
    expect(again.ok && again.template).toEqual({ ...T, criteria: T.criteria.map((c, i) => ({ ...c, row: 2 + i })) });
    expect(sheet.validations[0]).toEqual({
      row: 2,
      col: COL.answer,
      rule: { kind: 'list', values: ['Да', 'Частично', 'Нет', 'Не применимо'] },
    });
    expect(sheet.formats[COL.number]).toBe('@');
  });

  it('the sample from seed 001 covers partners, the class page, programmes and the survey', () => {
    const s = sampleTemplate();
    const texts = s.criteria.map((c) => c.text).join('\n');
    for (const word of [
      'индустриальный партнёр',
      'академический партнёр',
      'бизнес-партнёр',
      'фирменная ссылка',
      'внеурочной деятельности',
      'элективных курсов',
      'опрос обучающихся',
    ]) {
      expect(texts).toContain(word);
    }
    expect(new Set(s.criteria.map((c) => c.id)).size).toBe(s.criteria.length);
    const back = readTemplate(templateSheet(s).values);
    expect(back.ok && back.template.criteria.map((c) => c.id)).toEqual(s.criteria.map((c) => c.id));
    expect(back.ok && back.findings).toEqual([]);
  });

  it('a scored template: options per criterion, levels per section and overall', () => {
    const r = readTemplate([
      ['Раздел', '№', 'Критерий', 'Вес', 'Шкала'],
      ['Знание', '1', 'Реализация проектной деятельности', '', 'Реализуется = 1; Не реализуется = 0'],
      ['Знание', '2', 'Углублённое изучение предметов', '', '0–2'],
      ['Знание', '', 'Уровни: базовый — от 0%; средний — от 50%; высокий — от 85%', '', ''],
      ['Итого', '', 'Уровни: базовый: 0–60; средний: 61–110; высокий: 111 и более', '', ''],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template.criteria.map((c) => (c.scale.kind === 'points' ? c.scale.max : 0))).toEqual([1, 2]);
    expect(r.template.sectionLevels['Знание']?.thresholds[2]).toEqual({ level: 'высокий', min: 0.85 });
    expect(r.template.levels?.unit).toBe('points');
    expect(templateSheet(r.template).validations[1]!.rule).toEqual({ kind: 'list', values: ['0', '1', '2', 'Не применимо'] });
  });

  it('bad template input: clear messages, nothing thrown', () => {
    expect(readTemplate([]).ok).toBe(false);
    expect(readTemplate([['Критерий'], ['']]).ok ? '' : 'empty').toBe('empty');
    const r = readTemplate([
      ['Раздел', '№', 'Критерий', 'Вес', 'Шкала'],
      ['А', '1', 'Первый', 'много', 'хорошо'],
      ['А', '1', 'Второй с тем же номером', '', ''],
      ['А', '2', '', '', ''],
      ['', '', 'Уровни: как получится', '', ''],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(codes(r.findings)).toEqual([
      ['bad-weight', 'D2'],
      ['bad-scale', 'E2'],
      ['duplicate-id', 'B3'],
      ['no-text', 'C4'],
      ['bad-levels', 'C5'],
    ]);
    expect(new Set(r.template.criteria.map((c) => c.id)).size).toBe(2);
  });
});

describe('school tab', () => {
  it('is laid out with the answer columns left unprotected and dropdowns', () => {
    const tab = schoolTabSheet(T, 'МАОУ СОШ № 117');
    expect(tab.values[0]![0]).toBe('Чек-лист: МАОУ СОШ № 117');
    expect(tab.values[tab.headerRow]).toEqual([...TEMPLATE_HEADER]);
    expect(tab.unprotected).toEqual(['F4:H7']);
    expect(tab.validations.map((v) => [v.row, v.col])).toEqual([
      [3, 5],
      [4, 5],
      [5, 5],
      [6, 5],
    ]);
  });

  it('reads a school that reordered its rows without mixing criteria up', () => {
    const values = tabWith(T, 'ОО', ['Да', 'Нет', 'Частично', 'Да']);
    const [a, b] = [values[3]!, values[4]!];
    values[3] = b;
    values[4] = a;
    const s = readSchoolTab(values, T, 'ОО');
    expect(s.answers.map((x) => [x.criterionId, x.answer.value])).toEqual([
      [T.criteria[1]!.id, 'no'],
      [T.criteria[0]!.id, 'yes'],
      [T.criteria[2]!.id, 'partial'],
      [T.criteria[3]!.id, 'yes'],
    ]);
    expect(s.findings).toEqual([]);
  });

  it('reports edited, renumbered, replaced, added and deleted criteria', () => {
    const values = tabWith(T, 'ОО', ['Да', 'Да', 'Да', 'Да']);
    values[3]![COL.text] = 'За ОО закреплен индустриальный партнер (ООО «Агро»)'; // small edit: counted, warned
    values[4]![COL.number] = '5'; // renumbered: found by text
    values[5]![COL.text] = 'Проведена экскурсия на предприятие'; // replaced: not counted
    values.splice(6, 1); // deleted
    values.push(['', '9', 'Свой критерий школы', '', '', 'Да', '', '']); // added by the school
    const s = readSchoolTab(values, T, 'ОО');
    expect(codes(s.findings)).toEqual([
      ['renumbered', 'C5'],
      ['text-edited', 'C4'],
      ['criterion-changed', 'C6'],
      ['unknown-row', 'C7'],
      ['missing-criterion', 'C3'],
    ]);
    expect(s.answers.map((x) => x.criterionId)).toEqual([T.criteria[0]!.id, T.criteria[1]!.id]);
    expect(s.findings.find((f) => f.code === 'criterion-changed')!.message).toContain('Проведена экскурсия');
  });

  it('a repeated row counts once', () => {
    const values = tabWith(T, 'ОО', ['Да', 'Нет', 'Да', 'Да']);
    values.push([...values[3]!]);
    values[7]![COL.answer] = 'Нет';
    const s = readSchoolTab(values, T, 'ОО');
    expect(codes(s.findings)).toEqual([['duplicate-row', 'C8']]);
    expect(s.answers.find((a) => a.criterionId === T.criteria[0]!.id)!.answer.value).toBe('yes');
  });

  it('a tab with no answers is not started; a tab without its header is reported', () => {
    expect(readSchoolTab(tabWith(T, 'ОО', []), T, 'ОО').notStarted).toBe(true);
    const broken = readSchoolTab([['Всё удалено'], ['']], T, 'ОО');
    expect(broken.notStarted).toBe(true);
    expect(broken.findings[0]!.message).toContain('«ОО»');
    expect(readSchoolTab([], T, 'ОО').findings[0]!.code).toBe('no-header');
  });
});

describe('merging new template criteria', () => {
  it('appends after the last criterion, answers untouched, protection widened', () => {
    const values = tabWith(T, 'ОО', ['Да', 'Нет', 'Да', 'Частично']);
    const bigger = readTemplate([
      ...TEMPLATE_VALUES.slice(0, 6),
      ['', '3', 'Новости проекта публикуются в социальных сетях', '', '0–2', '', '', ''],
      ['Обратная связь', '1', 'Проведён опрос обучающихся и родителей', '', '', '', '', ''],
    ]);
    if (!bigger.ok) throw new Error(bigger.error.message);
    const merge = mergeTemplateIntoTab(values, bigger.template)!;
    expect(merge.startRow).toBe(7);
    expect(merge.rows).toEqual([
      ['Информационное сопровождение', '3', 'Новости проекта публикуются в социальных сетях', '1', '0–2', '', '', ''],
      ['Обратная связь', '1', 'Проведён опрос обучающихся и родителей', '1', '', '', '', ''],
    ]);
    expect(merge.unprotected).toEqual(['F4:H9']);
    expect(merge.validations.map((v) => [v.row, v.rule.kind])).toEqual([
      [7, 'list'],
      [8, 'list'],
    ]);
    // Running again after the append adds nothing.
    const after = [...values, ...merge.rows];
    expect(mergeTemplateIntoTab(after, bigger.template)!.rows).toEqual([]);
    // And the answers read the same as before.
    const read = readSchoolTab(after, bigger.template, 'ОО');
    expect(read.answers.map((a) => a.answer.text)).toEqual(['Да', 'Нет', 'Да', 'Частично', '', '']);
  });

  it('a changed template text is reported, the school row left', () => {
    const values = tabWith(T, 'ОО', ['Да']);
    const changed = { ...T, criteria: T.criteria.map((c, i) => (i === 0 ? { ...c, text: 'Совсем другой текст критерия' } : c)) };
    const merge = mergeTemplateIntoTab(values, changed)!;
    expect(merge.rows).toEqual([]);
    expect(codes(merge.findings)).toEqual([['template-text-changed', 'C4']]);
    expect(mergeTemplateIntoTab([['нет заголовка']], T)).toBeNull();
  });
});

describe('sending out checklists («Разослать чек-листы»)', () => {
  const roster = readRoster([
    ['ФИО / Наименование', 'Краткое имя', 'Тип', 'Должность', 'Организация', 'Email'],
    [
      'Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная школа № 117',
      'МАОУ СОШ № 117',
      'Школа',
      '',
      '',
      'sosh117@example.ru',
    ],
    ['МБОУ СОШ № 27', '', 'ОО', '', '', ''],
    ['МАОУ лицей 100', '', 'Школа', '', '', ''],
    ['Иванова Анна Петровна', '', '', 'Заместитель директора', 'МБОУ СОШ № 27', 'ivanova@example.ru'],
  ]);
  if (!roster.ok) throw new Error('roster');
  const schools = rosterSchools(roster.roster);

  it('creates tabs for new schools, keeps existing (also renamed) ones, reports orphans', () => {
    const plan = planDistribution(
      schools,
      [
        { name: 'МАОУ СОШ № 117' }, // made by hand, no marker: found by name
        { name: 'Лицей 100 (старый)', marker: 'МАОУ лицей 100' }, // renamed by someone: found by marker
        { name: 'МАОУ СОШ 138', marker: 'МАОУ СОШ 138' }, // no longer on the roster
      ],
      ['Участники', 'Чек-лист (шаблон)'],
    );
    expect(plan.keep).toEqual([
      { school: schools[0]!.name, tab: 'МАОУ СОШ № 117', renamed: false },
      { school: 'МАОУ лицей 100', tab: 'Лицей 100 (старый)', renamed: true },
    ]);
    expect(plan.create).toEqual([{ school: 'МБОУ СОШ № 27', tab: 'МБОУ СОШ № 27' }]);
    expect(plan.orphans.map((o) => o.name)).toEqual(['МАОУ СОШ 138']);
    expect(schools[1]!.emails).toEqual(['ivanova@example.ru']);
  });

  it('tab names are unique and short', () => {
    expect(schoolTabName({ name: 'МБОУ СОШ № 27' }, ['мбоу сош № 27'])).toBe('МБОУ СОШ № 27 (2)');
    expect(schoolTabName({ name: 'Очень длинное название '.repeat(10) }, []).length).toBeLessThanOrEqual(100);
  });
});

describe('tab protection', () => {
  it('answers editable by the school and the coordinator when the roster has their e-mails', () => {
    const plan = tabProtectionPlan('МБОУ СОШ № 27', ['F4:H7'], ['Ivanova@example.ru', 'coord@example.ru'], 'coord@example.ru');
    expect(plan.sheet).toMatchObject({ editors: ['coord@example.ru'], unprotected: ['F4:H7'] });
    expect(plan.answers).toMatchObject({ ranges: ['F4:H7'], editors: ['coord@example.ru', 'ivanova@example.ru'] });
  });

  it('no e-mails: the answer columns are simply left open', () => {
    const plan = tabProtectionPlan('МАОУ лицей 100', ['F4:H7'], [], 'coord@example.ru');
    expect(plan.answers).toBeUndefined();
    expect(plan.sheet.description).toContain('«МАОУ лицей 100»');
  });
});
