import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  applySafeFixes,
  checkResponsibleColumn,
  checkRoster,
  type ColumnReport,
  type PeopleFinding,
} from '../../../src/core/people/check';
import { buildRosterIndex, matchPerson } from '../../../src/core/people/match';
import { parseResponsibleCell } from '../../../src/core/people/parse';
import { readRoster, type Roster } from '../../../src/core/people/roster';
import { SEED_001 } from '../../fixtures/seed-plans';
import { SEED_004_STAFF } from './fixtures';
import { generateColumn, TYPO_KINDS } from '../../../bench/support/people-columns';

const HEADER = ['ФИО / Наименование', 'Краткое имя', 'Тип', 'Должность', 'Организация', 'Email', 'Группа'];

function roster(rows: string[][]): Roster {
  const r = readRoster([HEADER, ...rows]);
  if (!r.ok) throw new Error(r.reason);
  return r.roster;
}

function check(cells: unknown[], r: Roster | null, options = {}): ColumnReport {
  const out = checkResponsibleColumn(
    cells.map((v) => [v]),
    r,
    options,
  );
  if (!out.ok) throw new Error(out.error.message);
  return out.report;
}

const brief = (f: PeopleFinding) => [f.cell, f.severity, f.code, f.message, f.fix?.value ?? null, f.fix?.safe ?? null];

/** 001's responsible column (E5:E37), verbatim from the seed. */
const COL_001 = SEED_001.slice(4).map((r, i) => ({ row: i + 4, col: 4, value: r[4] }));

describe('seed 001 without a roster: the column against itself', () => {
  const report = check(
    COL_001.map((c) => c.value),
    null,
    { firstRow: 4, col: 4 },
  );

  it('finds the drift of spellings and the empty sub-row, and nothing else', () => {
    expect(report.usedRoster).toBe(false);
    expect(report.findings.map(brief)).toEqual([
      ['E8', 'info', 'style', 'Написано иначе, чем в остальном столбце: Третьякова Т.В. → Третьякова Т. В.', 'Третьякова Т. В.', true],
      ['E9', 'info', 'style', 'Написано иначе, чем в остальном столбце: Третьякова Т.В. → Третьякова Т. В.', 'Третьякова Т. В.', true],
      ['E11', 'warning', 'empty', 'Не указан ответственный.', null, null],
      [
        'E12',
        'info',
        'style',
        'Написано иначе, чем в остальном столбце: Мельникова Т. В. → Мельникова Т.В.',
        'Мельникова Т.В. Гумбатов С.А.',
        true,
      ],
      [
        'E37',
        'info',
        'style',
        'Написано иначе, чем в остальном столбце: Третьякова Т.В. → Третьякова Т. В.',
        'Шкуратская М.В. Мельникова Т.В. Гумбатов С.А. Ланская Н.В. Третьякова Т. В. Руководители ОО',
        true,
      ],
    ]);
  });

  it('counts each person once per cell, in the normal form', () => {
    expect(report.people.map((p) => [p.name, p.kind, p.cells])).toEqual([
      ['Третьякова Т.В.', 'person', 21],
      ['Гумбатов С.А.', 'person', 2],
      ['Мельникова Т.В.', 'person', 2],
      ['Ланская Н.В.', 'person', 1],
      ['Петухов Е.А.', 'person', 1],
      ['Шкуратская М.В.', 'person', 1],
      ['Руководители ОО', 'group', 8],
      ['МО ПК', 'organisation', 5],
    ]);
  });

  it('names in the activities: «Шкурятская М.В.» beside the more frequent «Шкуратская М.В.» is a likely typo', () => {
    const activities = SEED_001.slice(4).map((r) => r[1]);
    const r = check(activities, null, { mode: 'mentions', firstRow: 4, col: 1, context: COL_001.map((c) => c.value) });
    expect(r.findings.map((f) => [f.cell, f.code, f.message, f.fix?.safe])).toEqual([
      ['B25', 'typo', 'Возможно опечатка: Шкурятская М.В. → Шкуратская М.В.', false],
    ]);
    expect(r.findings[0]!.suggestion).toBe('Шкуратская М.В. встречается в плане 3 раза; если это разные люди, оставьте как есть.');
    // The fix changes the name only; the rest of the activity's text stays.
    expect(r.findings[0]!.fix!.value).toBe(String(SEED_001[24]![1]).replace('Шкурятская', 'Шкуратская'));
  });

  it('similar surnames seen equally often are a question, not a fix', () => {
    const r = check(['Шкуратская М.В.', 'Шкурятская М.В.'], null);
    expect(r.findings.map((f) => [f.cell, f.code, f.fix ?? null])).toEqual([['A2', 'similar', null]]);
    expect(r.findings[0]!.message).toBe('Шкурятская М.В.: похоже на Шкуратская М.В. — это один человек?');
  });

  it('the same surname with other initials is a question', () => {
    const r = check(['Третьякова Т.В.', 'Третьякова Т.В.', 'Третьякова Т.Б.'], null);
    expect(r.findings.map((f) => [f.cell, f.severity, f.code, f.message])).toEqual([
      ['A3', 'warning', 'initials', 'Третьякова Т.Б.: та же фамилия, другие инициалы, чем у Третьякова Т.В.'],
    ]);
  });

  it('declined forms, Latin letters and initials first become the usual spelling', () => {
    const r = check(['Третьякова Т.В.', 'Третьякова Т.В.', 'Третьяковой Т.В.', 'Tретьякова Т.В.', 'Т.В. Третьякова'], null);
    expect(r.findings.map((f) => [f.cell, f.message, f.fix?.value])).toEqual([
      ['A3', 'Фамилия не в именительном падеже: Третьяковой Т.В. → Третьякова Т.В.', 'Третьякова Т.В.'],
      ['A4', 'Латинские буквы в русском слове: Tретьякова Т.В. → Третьякова Т.В.', 'Третьякова Т.В.'],
      ['A5', 'Написано иначе, чем в остальном столбце: Т.В. Третьякова → Третьякова Т.В.', 'Третьякова Т.В.'],
    ]);
  });
});

describe('a column as real plans write it (issue 13): layout, roles, ditto marks and typos', () => {
  it('a column that writes initials first keeps its way; two people of one surname stay two', () => {
    const r = check(
      [
        'Заведующий И.В.Самойлова',
        'Старший воспитатель Г.С.Самойлова',
        'Ст. воспитатель Г.С.Самойлова, инспектор ГИБДД',
        'Воспитатель Л.Ю.Пономарёва',
      ],
      null,
    );
    expect(r.findings).toEqual([]);
    expect(r.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.cells])).toEqual([
      ['Самойлова Г.С.', 2],
      ['Пономарёва Л.Ю.', 1],
      ['Самойлова И.В.', 1],
    ]);
  });

  it('an initial without its dot where the rest of the column has one: a style fix, safe', () => {
    const r = check(['Сизов Н.А.', 'Гомонюк Е.Н', 'Торгашова С.Ю.', 'Сизов Н.А.'], null);
    expect(r.findings.map(brief)).toEqual([
      ['A2', 'info', 'style', 'Инициал без точки, в остальном столбце с точкой: Гомонюк Е.Н → Гомонюк Е.Н.', 'Гомонюк Е.Н.', true],
    ]);
    // a column that writes no dots at all is left alone
    expect(check(['Сизов Н.А', 'Гомонюк Е.Н'], null).findings).toEqual([]);
  });

  it('other initials of one surname: a question only when one may be a slip, never for two names in one cell', () => {
    expect(check(['Кисель О.А.\nКисель С.А.', 'Кисель О.А.'], null).findings).toEqual([]);
    expect(check(['Самойлова И.В.', 'Самойлова Г.С.', 'Самойлова Г.С.'], null).findings).toEqual([]);
    expect(check(['Третьякова Т.В.', 'Третьякова Т.В.', 'Третьякова Т.Б.'], null).findings.map((f) => f.code)).toEqual(['initials']);
  });

  it('a ditto mark names the person above and counts for them; a partner body is an organisation', () => {
    const r = check(['Серебренникова О. П.', '-/-\n', 'совместно с ДШИ', 'Серебренникова О. П.', '-/-'], null);
    expect(r.findings).toEqual([]);
    expect(r.people.map((p) => [p.name, p.kind, p.cells])).toEqual([
      ['Серебренникова О.П.', 'person', 4],
      ['ДШИ', 'organisation', 1],
    ]);
    expect(r.cells[1]!.entries[0]).toMatchObject({ name: 'Серебренникова О.П.', ditto: true });
    expect(check(['-/-', 'Иванов И.И.'], null).findings.map((f) => [f.cell, f.code])).toEqual([['A1', 'ditto-first']]);
  });

  it('stray characters and doubled letters are typos with a fix, and the people stay who they are', () => {
    const r = check(
      ['Заместите°ль директора по ВР', 'З Заместитель директора по ВР, Иванова И.И.', 'Чуева Г. Х..Кл. рук.', 'Иванова И.И.'],
      null,
    );
    expect(r.findings.map(brief)).toEqual([
      [
        'A1',
        'warning',
        'typo',
        'Возможно опечатка: Заместите°ль директора по ВР → Заместитель директора по ВР.',
        'Заместитель директора по ВР',
        true,
      ],
      [
        'A2',
        'warning',
        'typo',
        'Возможно опечатка: З Заместитель директора по ВР → Заместитель директора по ВР.',
        'Заместитель директора по ВР, Иванова И.И.',
        true,
      ],
      ['A3', 'warning', 'typo', 'Возможно опечатка: Чуева Г. Х..Кл. рук. → Чуева Г. Х., Кл. рук.', 'Чуева Г. Х., Кл. рук.', false],
    ]);
    expect(r.people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Иванова И.И.', 'Чуева Г.Х.']);
    expect(r.people.filter((p) => p.kind === 'position').map((p) => [p.name, p.cells])).toEqual([['Заместитель директора по ВР', 2]]);
    const { writes } = applyFixes(r.findings);
    expect(writes.map((w) => w.value)).toEqual([
      'Заместитель директора по ВР',
      'Заместитель директора по ВР, Иванова И.И.',
      'Чуева Г. Х., Кл. рук.',
    ]);
  });

  it('roles, role groups and abbreviations are answers, not findings', () => {
    const cells = [
      'Кл. рук.',
      'Зам. директора по ВР',
      'ПДО',
      'Ст. воспитатель',
      'педагог -организатор',
      'Председатель попечительского совета',
      'Старший\nвоспитатель,\nвоспитатели',
      'Директора\nобразовательных\nучреждений',
    ];
    expect(check(cells, null).findings).toEqual([]);
  });
});

describe('against the «Участники» roster', () => {
  const R = roster([
    ['Третьякова Татьяна Викторовна', '', 'Человек', 'методист', 'МО ПК', 't@example.ru', ''],
    ['Шкуратская М.В.', '', '', 'начальник отдела', 'МО ПК', '', ''],
    ['Петухов Е.А.', '', '', '', '', '', ''],
    ['Иванова Наталья Сергеевна', '', '', 'заместитель директора по НР', '', '', ''],
    ['Иванова Нина Степановна', '', '', 'педагог-психолог', '', '', ''],
    ['Министерство образования Приморского края', 'МО ПК', 'Организация', '', '', '', ''],
    ['Руководители ОО', '', 'Группа', '', '', '', ''],
    ['Творческая группа', '', 'Группа', '', '', '', ''],
  ]);

  it.each<[string, string[][]]>([
    ['Третьякова Т.В.', []],
    ['Третьякова Татьяна Викторовна', []],
    ['МО ПК', []],
    ['Министерство образования Приморского края', []],
    ['Руководители ОО, Третьякова Т.В.', []],
    ['Третьякова Т. В.', [['style', 'Написано иначе, чем в реестре: Третьякова Т. В. → Третьякова Т.В.', 'Третьякова Т.В.', 'true']]],
    ['Т.В. Третьякова', [['style', 'Написано иначе, чем в реестре: Т.В. Третьякова → Третьякова Т.В.', 'Третьякова Т.В.', 'true']]],
    ['Третьяковой Т.В.', [['style', 'Фамилия не в именительном падеже: Третьяковой Т.В. → Третьякова Т.В.', 'Третьякова Т.В.', 'true']]],
    ['Шкуратской М.В.', [['style', 'Фамилия не в именительном падеже: Шкуратской М.В. → Шкуратская М.В.', 'Шкуратская М.В.', 'true']]],
    ['Третьякова Т.', [['style', 'Не хватает инициала: Третьякова Т. → Третьякова Т.В.', 'Третьякова Т.В.', 'true']]],
    ['Шкурятская М.В.', [['typo', 'Возможно опечатка: Шкурятская М.В. → Шкуратская М.В.', 'Шкуратская М.В.', 'true']]],
    [
      'МО ПК, Петухов Е.А., Третяковa Т.В.',
      [['typo', 'Возможно опечатка: Третяковa Т.В. → Третьякова Т.В.', 'МО ПК, Петухов Е.А., Третьякова Т.В.', 'true']],
    ],
    ['Шкуратская М.А.', [['initials', 'Шкуратская М.А.: та же фамилия, другие инициалы, чем у Шкуратская М.В.', '', '']]],
    ['Шкурятская М.А.', [['similar', 'Шкурятская М.А.: похоже на Шкуратская М.В. — это один человек?', '', '']]],
    ['Иванова Н.С.', [['ambiguous', 'В реестре несколько человек Иванова Н.С. (строки 5, 6): не ясно, кто из них.', '', '']]],
    ['Сидоров А.А.', [['unknown-person', 'Нет в реестре «Участники»: Сидоров А.А.', '', '']]],
    // a position alone is a plan's answer, not a gap (issue 13: «Кл. рук.» was asked for a name)
    ['Педагог-психолог', []],
    ['Кл. рук.', []],
    ['Члены МС', [['unknown-name', 'Группа «Члены МС» не найдена в реестре «Участники».', '', '']]],
    [
      'Творческя группа',
      [
        [
          'unknown-name',
          'Группа «Творческя группа» не найдена в реестре; возможно опечатка: «Творческя группа» → «Творческая группа».',
          'Творческая группа',
          'false',
        ],
      ],
    ],
  ])('%j', (cell, expected) => {
    const r = check([cell], R);
    expect(r.usedRoster).toBe(true);
    expect(r.findings.map((f) => [f.code, f.message, f.fix?.value ?? '', f.fix ? String(f.fix.safe) : ''])).toEqual(expected);
  });

  it('an unknown person gets the closest roster names', () => {
    const [f] = check(['Петушков Е.А.'], R).findings;
    expect(f).toMatchObject({ code: 'unknown-person', suggestion: 'Ближайшие в реестре: Петухов Е.А. — или добавьте человека в реестр.' });
  });

  it('spaces and line breaks inside a name are layout, never a fix that shows the same text', () => {
    expect(check(['Третьякова\nТ.В.', 'Петухов  Е.А.', 'Шкуратская М.В.\n'], R).findings).toEqual([]);
  });

  it('resolves every spelling to the roster person, for counts', () => {
    const r = check(['Третьякова Т. В.', 'Третьяковой Т.В.', 'Т.В. Третьякова, МО ПК', 'Министерство образования Приморского края'], R);
    expect(r.people.map((p) => [p.name, p.cells, p.rosterRow])).toEqual([
      ['Третьякова Т.В.', 3, 1],
      ['Министерство образования Приморского края', 2, 6],
    ]);
  });

  it('004 (2.9) as a roster: names over three lines match every usual spelling', () => {
    const read = readRoster(SEED_004_STAFF);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.roster.entries.map((e) => e.name)).toEqual([
      'Поляков Леонид Павлович',
      'Жефруа Любовь Владимировна',
      'Бахтина Оксана Васильевна',
      'Рухлова Татьяна Васильевна',
      'Швецова Юлия Игоревна',
    ]);
    const r = check(
      [
        'Жефруа Л.В.',
        'Бахтиной О.В., Рухлова Т.В.',
        'Л.В. Жефруа',
        'Поляков Л.П., директор',
        'Швецова Ю.И. (по согласованию)',
        'Бахтена О.В.',
        'Рухлов Т.В.',
      ],
      read.roster,
    );
    expect(r.findings.map((f) => [f.cell, f.code, f.fix?.value ?? '', f.fix?.safe ?? ''])).toEqual([
      ['A2', 'style', 'Бахтина О.В., Рухлова Т.В.', true],
      ['A3', 'style', 'Жефруа Л.В.', true],
      ['A6', 'typo', 'Бахтина О.В.', true],
      // another nominative of the surname («Рухлов» for «Рухлова»): offered, never fixed in bulk
      ['A7', 'typo', 'Рухлова Т.В.', false],
    ]);
  });

  it('a typo between a man and a woman of one family: the written ending decides, or it is a question', () => {
    const R2 = roster([['Литвин С.Д.'], ['Литвина С.Д.']].map((x) => [...x, '', '', '', '', '', '']));
    expect(check(['Лтивин С.Д.', 'Литвинаа С.Д.', 'Литвиа С.Д.'], R2).findings.map((f) => [f.code, f.fix?.value ?? ''])).toEqual([
      ['typo', 'Литвин С.Д.'],
      ['typo', 'Литвина С.Д.'],
      ['similar', ''],
    ]);
  });

  it('abbreviations defined in one cell are known in the others', () => {
    const r = check(['Управление образования (далее – УО)', 'УО'], roster([['Управление образования', '', 'Организация', '', '', '', '']]));
    expect(r.findings).toEqual([]);
    expect(r.cells[1]!.entries[0]).toMatchObject({ kind: 'organisation', refersTo: 'Управление образования' });
  });
});

describe('fixes change only the wrong entry', () => {
  const R = roster([['Третьякова Т.В.'], ['Петухов Е.А.'], ['Шкуратская М.В.']].map((r) => [...r, '', '', '', '', '', '']));

  it('keeps roles, qualifiers, other names and line breaks', () => {
    const text = 'Руководители ОО\nТретьяковой Т. В. (по согласованию),  Петухов Е.А., методист';
    const r = check([text], R);
    expect(r.findings.map((f) => f.fix!.value)).toEqual(['Руководители ОО\nТретьякова Т.В. (по согласованию),  Петухов Е.А., методист']);
  });

  it('several fixes in one cell make one write', () => {
    const r = check(['Шкурятская М.В., Третьяковой Т.В.; Петухов  Е.А.', 'Петухов Е.А.'], R);
    expect(r.findings).toHaveLength(2);
    const { writes, applied, skipped } = applyFixes(r.findings);
    // the double space is layout: it stays as written
    expect(writes).toEqual([{ row: 0, col: 0, value: 'Шкуратская М.В., Третьякова Т.В.; Петухов  Е.А.' }]);
    expect(applied).toHaveLength(2);
    expect(skipped).toEqual([]);
  });

  it('«Исправить все надёжные» leaves the questions and the unsafe fixes', () => {
    const r = check(
      ['Третьяковой Т.В.', 'Рухлов Т.В.', 'Шкуратская М.А.', 'Сидоров А.А.'],
      roster([['Третьякова Т.В.'], ['Рухлова Т.В.'], ['Шкуратская М.В.']].map((x) => [...x, '', '', '', '', '', ''])),
    );
    expect(applySafeFixes(r).writes).toEqual([{ row: 0, col: 0, value: 'Третьякова Т.В.' }]);
  });

  it('a cell changed since the check is skipped, not overwritten', () => {
    const r = check(['Третьяковой Т.В.'], R);
    const { writes, skipped } = applyFixes(r.findings, () => 'Кто-то исправил сам');
    expect(writes).toEqual([]);
    expect(skipped).toHaveLength(1);
  });

  it('a fixed text that would read as a formula stays text', () => {
    const r = check(['-Третьяковой Т.В.'], R);
    expect(applyFixes(r.findings).writes[0]!.value).toBe("'-Третьякова Т.В.");
  });
});

describe('the roster itself', () => {
  it('two people with the same surname and initials are reported as ambiguous', () => {
    const R = roster([
      ['Иванова Наталья Сергеевна', '', '', '', '', '', ''],
      ['Петров П.П.', '', '', '', '', '', ''],
      ['Иванова Нина Степановна', '', '', '', '', '', ''],
      ['Педагог-психолог', '', '', '', '', '', ''],
    ]);
    expect(checkRoster(R).map((f) => [f.cell, f.code, f.message])).toEqual([
      ['A4', 'roster-duplicate', 'В реестре дважды Иванова Н.С.: строки 2, 4.'],
      ['A5', 'roster-unreadable', 'Не читается как ФИО: «Педагог-психолог».'],
    ]);
  });
});

describe('the matcher on a generated column with injected mistakes', () => {
  it('finds at least 99 % of typos and raises no false alarm', () => {
    const gen = generateColumn(500, 2000, { seed: 3, injectRate: 0.3 });
    const read = readRoster(gen.rosterValues);
    if (!read.ok) throw new Error('roster');
    const index = buildRosterIndex(read.roster);
    let typos = 0;
    let hits = 0;
    let alarms = 0;
    let others = 0;
    let otherHits = 0;
    for (const n of gen.names.flat()) {
      const [e] = parseResponsibleCell(n.written);
      const m = matchPerson(index, e!.person!);
      const right = m.person?.row === n.person + 1;
      if (n.injection === 'none') {
        if (!right || m.status !== 'exact') alarms++;
      } else if (TYPO_KINDS.includes(n.injection)) {
        typos++;
        if (right && m.status === 'typo') hits++;
      } else {
        others++;
        if (right) otherHits++;
      }
    }
    expect(typos).toBeGreaterThan(200);
    expect(hits / typos).toBeGreaterThanOrEqual(0.99);
    expect(alarms).toBe(0);
    expect(otherHits).toBe(others);
  });
});
