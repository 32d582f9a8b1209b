import { describe, expect, it } from 'vitest';
import { boundedDistance, fixLookAlikes, nominativeSurname, surnameKey } from '../../../src/core/people/names';
import { findPeople, parseResponsibleCell, type Entry } from '../../../src/core/people/parse';
import { SEED_001 } from '../../fixtures/seed-plans';
import { SEED_004_STAFF } from './fixtures';

/** Entries as «kind:normal», roles as «role:text→owner indices». */
const brief = (text: string) =>
  parseResponsibleCell(text).map((e: Entry) => (e.kind === 'role' ? `role:${e.normal}→${e.roleOf!.join(',')}` : `${e.kind}:${e.normal}`));

describe('a person in every usual spelling has one normal form', () => {
  it.each([
    ['Третьякова Т.В.', 'Третьякова Т.В.', 'surname-initials'],
    ['Третьякова Т. В.', 'Третьякова Т.В.', 'surname-initials'],
    ['Третьякова  Т.  В.', 'Третьякова Т.В.', 'surname-initials'],
    ['Третьякова Т.В', 'Третьякова Т.В.', 'surname-initials'],
    ['Т.В. Третьякова', 'Третьякова Т.В.', 'initials-surname'],
    ['Т. В. Третьякова', 'Третьякова Т.В.', 'initials-surname'],
    ['Т.В.Третьякова', 'Третьякова Т.В.', 'initials-surname'],
    ['Третьякова Татьяна Викторовна', 'Третьякова Т.В.', 'full'],
    ['Татьяна Викторовна Третьякова', 'Третьякова Т.В.', 'full-reversed'],
    ['Жефруа\nЛюбовь\nВладимировна', 'Жефруа Л.В.', 'full'],
    ['Бахтина \nОксана \nВасильевна ', 'Бахтина О.В.', 'full'],
    ['Третьяковой Т.В.', 'Третьякова Т.В.', 'surname-initials'],
    // «-ской» may be a man's nominative («Луговской»): left as written; the roster or the column decides.
    ['Шкуратской М.В.', 'Шкуратской М.В.', 'surname-initials'],
    ['Петуховым Е.А.', 'Петухов Е.А.', 'surname-initials'],
    ['Шкуратского М.В.', 'Шкуратский М.В.', 'surname-initials'],
    ['Третьяковой Татьяны Викторовны', 'Третьякова Т.В.', 'full'],
    ['Тpeтьякова Т.В.', 'Третьякова Т.В.', 'surname-initials'], // Latin p, e
    ['Третьякова T.B.', 'Третьякова Т.В.', 'surname-initials'], // Latin T, B
    ['Третьякова Т.', 'Третьякова Т.', 'surname-initials'],
    ['Щёкина А.Ё.', 'Щёкина А.Ё.', 'surname-initials'],
    ['Римская-Корсакова Н.А.', 'Римская-Корсакова Н.А.', 'surname-initials'],
  ])('%j → %s', (text, normal, form) => {
    const entries = parseResponsibleCell(text);
    expect(entries.map((e) => e.kind)).toEqual(['person']);
    expect(entries[0]!.normal).toBe(normal);
    expect(entries[0]!.person!.form).toBe(form);
    expect(text.slice(entries[0]!.start, entries[0]!.end)).toBe(entries[0]!.text);
  });
});

describe('parseResponsibleCell splits a cell into entries', () => {
  it.each<[string, string[]]>([
    // seed 001, verbatim
    ['Руководители ОО Третьякова Т. В. Петухов Е.А.', ['group:Руководители ОО', 'person:Третьякова Т.В.', 'person:Петухов Е.А.']],
    ['Мельникова Т. В. Гумбатов С.А.', ['person:Мельникова Т.В.', 'person:Гумбатов С.А.']],
    [
      'Шкуратская М.В. Мельникова Т.В. Гумбатов С.А. Ланская Н.В. Третьякова Т.В. Руководители ОО',
      [
        'person:Шкуратская М.В.',
        'person:Мельникова Т.В.',
        'person:Гумбатов С.А.',
        'person:Ланская Н.В.',
        'person:Третьякова Т.В.',
        'group:Руководители ОО',
      ],
    ],
    ['МО ПК', ['organisation:МО ПК']],
    // the shapes
    ['Иванова Н.С., заместитель директора по НР', ['person:Иванова Н.С.', 'role:заместитель директора по НР→0']],
    [
      'Чемякина Г.А., Митина Н.В., заместители директора по УВР',
      ['person:Чемякина Г.А.', 'person:Митина Н.В.', 'role:заместители директора по УВР→0,1'],
    ],
    ['Заместитель директора по УВР Иванова Н.С.', ['role:Заместитель директора по УВР→1', 'person:Иванова Н.С.']],
    ['Иванова Н.С. – заместитель директора', ['person:Иванова Н.С.', 'role:заместитель директора→0']],
    ['Иванова Н.С. (заместитель директора)', ['person:Иванова Н.С.', 'role:заместитель директора→0']],
    ['Педагог-психолог', ['position:Педагог-психолог']],
    ['Социальный педагог, педагог-психолог', ['position:Социальный педагог', 'position:педагог-психолог']],
    ['Руководители ОО, Творческая группа', ['group:Руководители ОО', 'group:Творческая группа']],
    ['Руководители ОО и Творческая группа', ['group:Руководители ОО', 'group:Творческая группа']],
    ['Педколлектив', ['group:Педколлектив']],
    ['Члены МС', ['group:Члены МС']],
    ['Заместители директора', ['group:Заместители директора']],
    ['МБОУ "СОШ № 1", г. Н.', ['organisation:МБОУ "СОШ № 1", г. Н.']],
    ['МБОУ «СОШ № 1, 2», Иванова Н.С.', ['organisation:МБОУ «СОШ № 1, 2»', 'person:Иванова Н.С.']],
    ['Министерство науки и высшего образования', ['organisation:Министерство науки и высшего образования']],
    ['Иванова Н.С. и Петров П.П.', ['person:Иванова Н.С.', 'person:Петров П.П.']],
    ['Иванова Н.С.; Петров П.П.', ['person:Иванова Н.С.', 'person:Петров П.П.']],
    ['Иванова Н.С.\nПетров П.П.', ['person:Иванова Н.С.', 'person:Петров П.П.']],
    ['Отв.: Иванова Н.С.', ['person:Иванова Н.С.']],
    ['МО ПК (Шкуратская М.В.)', ['organisation:МО ПК', 'person:Шкуратская М.В.']],
    ['Иванова Н.С., Петров П.П. (по согласованию)', ['person:Иванова Н.С.', 'person:Петров П.П.']],
    ['Иванова Н.С.\nзаместитель директора по ВР', ['person:Иванова Н.С.', 'role:заместитель директора по ВР→0']],
    // other shapes common in school plans
    ['Зам. директора по УВР Иванова Н.С.', ['role:Зам. директора по УВР→1', 'person:Иванова Н.С.']],
    ['Кл. руководители 5-11 классов', ['group:Кл. руководители 5-11 классов']],
    [
      'Классные руководители 1-11 классов, социальный педагог Петрова А.А.',
      ['group:Классные руководители 1-11 классов', 'role:социальный педагог→2', 'person:Петрова А.А.'],
    ],
    ['Руководитель ШМО Кузнецова Е.Н.', ['role:Руководитель ШМО→1', 'person:Кузнецова Е.Н.']],
    [
      'Петрова А.А., Сидорова В.В. - учителя физической культуры',
      ['person:Петрова А.А.', 'person:Сидорова В.В.', 'role:учителя физической культуры→0,1'],
    ],
    ['ШМО учителей начальных классов', ['group:ШМО учителей начальных классов']],
    ['Администрация школы, Совет старшеклассников', ['group:Администрация школы', 'group:Совет старшеклассников']],
    ['Директор школы, заместители директора', ['position:Директор школы', 'group:заместители директора']],
    ['Муниципальный координатор', ['position:Муниципальный координатор']],
    ['МБОУ СОШ № 5 (по согласованию)', ['organisation:МБОУ СОШ № 5']],
    ['Абракадабра', ['unknown:Абракадабра']],
  ])('%j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // issue 13: Word's line breaks and hyphenation are layout; two names one per line are two people
    ['Захарова\nС.М.', ['person:Захарова С.М.']],
    ['Заместитель директо-\nра ОУ по ВР', ['position:Заместитель директора ОУ по ВР']],
    ['Художественная\nшкола', ['organisation:Художественная школа']],
    ['Женсовет школы', ['group:Женсовет школы']],
    ['Директора\nобразовательных\nучреждений', ['group:Директора образовательных учреждений']],
    ['Старший\nвоспитатель,\nвоспитатели', ['position:Старший воспитатель', 'group:воспитатели']],
    ['Классные руководители\n5-11 классов', ['group:Классные руководители 5-11 классов']],
    ['Михайлова О.Л.\nПетров А.А.\nЯкимов В.Н.\n', ['person:Михайлова О.Л.', 'person:Петров А.А.', 'person:Якимов В.Н.']],
    ['Мицкевич М.В.\n\nМельник Ю.М.', ['person:Мицкевич М.В.', 'person:Мельник Ю.М.']],
    [
      'педагог-психолог\nсоциальный педагог\nклассные руководители',
      ['position:педагог-психолог', 'position:социальный педагог', 'group:классные руководители'],
    ],
    ['Руководители ОУ допол- нительного образования', ['group:Руководители ОУ дополнительного образования']],
    ['Комитет по\nжилищно-\nкоммунальному хозяйству', ['organisation:Комитет по жилищно-коммунальному хозяйству']],
    // common role abbreviations are roles
    ['Кл. рук.', ['group:Кл. рук.']],
    ['Зам. директора по ВР', ['position:Зам. директора по ВР']],
    ['ПДО', ['position:ПДО']],
    ['Ст. воспитатель', ['position:Ст. воспитатель']],
    ['педагог -организатор', ['position:педагог-организатор']],
    ['Директора школ, Зав. ясли-садами', ['group:Директора школ', 'position:Зав. ясли-садами']],
    // a role and a person, glued or on two lines
    ['Заведующий И.В.Самойлова', ['role:Заведующий→1', 'person:Самойлова И.В.']],
    ['Директор школы\nСимонович О.С.', ['role:Директор школы→1', 'person:Симонович О.С.']],
    // a comma inside a department's name; a partner body; a group and its member after a dash
    [
      'Департамент культуры, спорта и молодежной политики, Конгар Э.А.',
      ['organisation:Департамент культуры, спорта и молодежной политики', 'person:Конгар Э.А.'],
    ],
    ['совместно с ДШИ', ['organisation:ДШИ']],
    ['Монгуш Н.Б.,\nЖенсовет школы\nN 8 - Ажи Т.М.', ['person:Монгуш Н.Б.', 'group:Женсовет школы N 8', 'person:Ажи Т.М.']],
    ['УСиДР', ['organisation:УСиДР']],
    // typos the cell shows by itself read as what they should be, never as new people
    ['Заместите°ль директора по ВР', ['position:Заместитель директора по ВР']],
    ['З Заместитель директора по ВР', ['position:Заместитель директора по ВР']],
    ['Ива°нова И.И.', ['person:Иванова И.И.']],
  ])('%j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('a typo keeps its span in the written text and says what it should be', () => {
    const [e] = parseResponsibleCell('Иванов И.И., З Заместитель директора');
    expect(parseResponsibleCell('Иванов И.И., З Заместитель директора')[1]).toMatchObject({
      text: 'З Заместитель директора',
      repair: 'Заместитель директора',
    });
    expect(e!.repair).toBeUndefined();
    expect(parseResponsibleCell('Заместите°ль директора по ВР')[0]).toMatchObject({
      start: 0,
      end: 28,
      repair: 'Заместитель директора по ВР',
    });
    expect(parseResponsibleCell('Петров П.П., методист методист')[1]).toMatchObject({ text: 'методист методист', repair: 'методист' });
  });

  it('a stray full stop gluing two entries is marked between them', () => {
    const es = parseResponsibleCell('Чуева Г. Х..Кл. рук.');
    expect(es.map((e) => `${e.kind}:${e.normal}`)).toEqual(['person:Чуева Г.Х.', 'group:Кл. рук.']);
    expect(es[1]!.joint).toEqual({ start: 11, end: 12, from: '.', to: ', ' });
  });

  it('keeps qualifiers and abbreviations defined in the cell', () => {
    const [person] = parseResponsibleCell('Иванова Н.С. (по согласованию)');
    expect(person).toMatchObject({ kind: 'person', normal: 'Иванова Н.С.', qualifier: 'по согласованию', text: 'Иванова Н.С.' });
    const entries = parseResponsibleCell('Управление образования администрации (далее – УО), специалисты УО');
    expect(entries[0]).toMatchObject({ kind: 'organisation', defines: 'УО', text: 'Управление образования администрации' });
    const [, uo] = parseResponsibleCell('Управление образования (далее – УО); УО');
    expect(uo).toMatchObject({ kind: 'organisation', text: 'УО', refersTo: 'Управление образования' });
  });

  it('spans point into the original text, so a fix can replace one entry', () => {
    const text = 'Руководители ОО Третьякова Т. В. Петухов Е.А.';
    for (const e of parseResponsibleCell(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
    const [, t] = parseResponsibleCell(text);
    expect(t!.text).toBe('Третьякова Т. В.');
  });

  it('reads a cell of 30 names', () => {
    const names = Array.from(
      { length: 30 },
      (_, i) => `Фамилия${'абвгдежзиклмнопрстуфхцчшщэюяаб'[i]}ова А.${'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯАБВ'[i]}.`,
    );
    const entries = parseResponsibleCell(names.join(', '));
    expect(entries).toHaveLength(30);
    expect(entries.every((e) => e.kind === 'person')).toBe(true);
  });

  it('never throws on odd text', () => {
    for (const t of ['', '   ', '(((', '«', '"', '))) , ; \n', 'и', '–', '№ 1', '(далее – )', '«"„“”»', 'А.', 'Т.В.']) {
      expect(() => parseResponsibleCell(t)).not.toThrow();
    }
    expect(parseResponsibleCell('')).toEqual([]);
  });
});

describe('the seeds', () => {
  it('001: every responsible cell reads without unknown parts', () => {
    const cells = SEED_001.slice(4)
      .map((r) => String(r[4] ?? ''))
      .filter(Boolean);
    const entries = cells.flatMap((c) => parseResponsibleCell(c));
    expect(entries.filter((e) => e.kind === 'unknown')).toEqual([]);
    const people = new Set(entries.filter((e) => e.kind === 'person').map((e) => e.normal));
    expect([...people].sort()).toEqual([
      'Гумбатов С.А.',
      'Ланская Н.В.',
      'Мельникова Т.В.',
      'Петухов Е.А.',
      'Третьякова Т.В.',
      'Шкуратская М.В.',
    ]);
  });

  it('001: names mentioned in the activities, typo included', () => {
    const found = SEED_001.slice(4).flatMap((r) =>
      findPeople(String(r[1] ?? '')).map((p) => `${p.name.nominative} ${p.name.initials.join('.')}.`),
    );
    expect(found).toEqual(['Шкуратская М.В.', 'Шкурятская М.В.', 'Шкуратская М.В.']);
  });

  it('004 (2.9): names over several lines and their positions', () => {
    const rows = SEED_004_STAFF.slice(1);
    expect(rows.map((r) => parseResponsibleCell(r[1]!).map((e) => e.normal))).toEqual([
      ['Поляков Л.П.'],
      ['Жефруа Л.В.'],
      ['Бахтина О.В.'],
      ['Рухлова Т.В.'],
      ['Швецова Ю.И.'],
    ]);
    expect(rows.map((r) => parseResponsibleCell(r[2]!).map((e) => e.kind))).toEqual([
      ['organisation', 'position'],
      ['position'],
      ['position'],
      ['position'],
      ['position'],
    ]);
  });
});

describe('names', () => {
  it.each([
    ['третьякова', 'третьяков'],
    ['третьяковой', 'третьяков'],
    ['третьякову', 'третьяков'],
    ['шкуратская', 'шкуратск'],
    ['шкуратского', 'шкуратск'],
    ['митиной', 'митин'],
    ['жефруа', 'жефруа'],
    ['шевченко', 'шевченко'],
  ])('surnameKey(%s) = %s', (word, key) => expect(surnameKey(word)).toBe(key));

  it.each([
    ['Третьяковой', 'Третьякова'],
    ['Третьякову', 'Третьякову'], // her accusative or his dative: left as written
    ['Петуховым', 'Петухов'],
    ['Шкуратскую', 'Шкуратская'],
    ['Толстой', 'Толстой'],
    ['Луговской', 'Луговской'],
  ])('nominativeSurname(%s) = %s', (word, nom) => expect(nominativeSurname(word)).toBe(nom));

  it('fixes Latin look-alikes only inside Cyrillic words', () => {
    expect(fixLookAlikes('Tретьякова, IT-кластер, STEM')).toBe('Третьякова, IT-кластер, STEM');
  });

  it.each([
    ['шкуратская', 'шкурятская', 1],
    ['иванова', 'ивнаова', 1],
    ['иванова', 'иванва', 1],
    ['иванова', 'иваннова', 1],
    ['иванова', 'петрова', 3],
    ['иванова', 'сидоренко', 3],
  ])('boundedDistance(%s, %s) with max 2 = %i (3: more than 2)', (a, b, d) => expect(boundedDistance(a, b, 2)).toBe(d));
});
