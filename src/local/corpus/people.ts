/**
 * The responsibility job over the corpus: the `people` folder (6 documents) and the responsible columns of the
 * `plans` folder (13). For each document, what a careful reader reads, written from the corpus README and the
 * .tsv (never from what the code outputs): the responsible column (and the executors column) by letter, the
 * README's facts as checks, the real errors at their cells with the fix a reader would make, and every other
 * filled responsible cell as clean — a finding there is a false alarm. Cells are A1 on the pasted sheet (title
 * lines included, the corpus keepers' «# » lines not).
 *
 * The job is run as the add-on runs it: `readPeopleTable` (the plan's recognition and the pipeline), the check
 * of the table without a roster, and the workload («Нагрузка») and matrix over its rows.
 */
import { toA1 } from '../../core/table/a1';
import { cellText } from '../../core/table/cell';
import {
  checkPeopleTable,
  peopleActivityRows,
  readPeopleTable,
  responsibilityMatrix,
  workload,
  type PeopleChoice,
  type PeopleFinding,
  type PeopleTable,
  type ColumnReport,
} from '../../core/people';
import { pastedValues, PASTE_CLOCK, type CorpusDoc } from './read-corpus';
import type { DocMeasure, FactCheck, JobCorpus } from './measure';

/** What one document's run gives the facts to look at. */
export interface PeopleRun {
  values: unknown[][];
  table: PeopleTable;
  findings: PeopleFinding[];
  report: ColumnReport;
  /** «Нагрузка»: per person, the activities they answer for. */
  load: Map<string, number>;
  /** «Матрица ответственности»: its columns (people, positions, groups, organisations) as «kind:name». */
  matrix: string[];
}

/** A fact: null when the run shows it, else what the run shows instead. */
export type Fact = [fact: string, check: (run: PeopleRun) => string | null];

export interface PeopleExpectation {
  /** The responsible column a careful reader reads (its letter); null: the document has none. */
  responsible: string | null;
  /** The executors' column («Участники»), when the table has one. */
  executors?: string;
  /** The one choice the job needs when it cannot read the table alone: the CLI flags, and the choice they make. */
  choice?: { flags: string; choice: PeopleChoice };
  /** The real errors of the responsible cells: the cell, the finding's code, and the cell as the fix leaves it. */
  errors?: { cell: string; code: string; fixed: string }[];
  facts: Fact[];
}

// --- fact helpers ---------------------------------------------------------------------------------------

const cellOf = (run: PeopleRun, a1: string) => run.report.cells.find((c) => toA1(c.row, c.col) === a1);

/** The entries the job reads in a responsible cell, as «kind:name» («person:Конгар Э.А.»). */
export function entriesAt(run: PeopleRun, a1: string): string[] {
  return cellOf(run, a1)?.entries.map((e) => `${e.kind}:${e.name}`) ?? [];
}

const same = (got: readonly string[], want: readonly string[]) => got.length === want.length && got.every((g, i) => g === want[i]);

/** The cell reads as exactly these entries, and the job says nothing about it. */
const reads =
  (a1: string, ...want: string[]): Fact[1] =>
  (run) => {
    const got = entriesAt(run, a1);
    const said = run.findings.filter((f) => f.cell === a1).map((f) => f.message);
    if (!same(got, want)) return got.join(' | ') || '(nothing read)';
    return said.length ? `finding: ${said.join('; ')}` : null;
  };

/** «Нагрузка» counts the person as responsible for `n` activities. */
const load =
  (name: string, n: number): Fact[1] =>
  (run) =>
    run.load.get(name) === n ? null : `${name}: ${run.load.get(name) ?? 0}`;

/** The people of «Нагрузка» are exactly these (no one made up of a typo or a line break). */
const people =
  (...names: string[]): Fact[1] =>
  (run) => {
    const got = [...run.load.keys()].sort((a, b) => a.localeCompare(b, 'ru'));
    return same(
      got,
      [...names].sort((a, b) => a.localeCompare(b, 'ru')),
    )
      ? null
      : got.join(', ');
  };

/** The job reports nothing about the responsible cells (questions about columns aside). */
const quiet: Fact[1] = (run) => {
  const said = run.findings.filter((f) => f.code !== 'table-question');
  return said.length ? said.map((f) => `${f.cell}: ${f.message}`).join('; ') : null;
};

const all =
  (...checks: Fact[1][]): Fact[1] =>
  (run) => {
    for (const c of checks) {
      const got = c(run);
      if (got !== null) return got;
    }
    return null;
  };

/** The checks a fact is made of, for expectations kept elsewhere (the real documents of test/fixtures). */
export const peopleFacts = { reads, load, people, quiet, all };

// --- the expectations ------------------------------------------------------------------------------------

/** Every document of the two folders, by file name. */
export const PEOPLE_EXPECTATIONS: Record<string, PeopleExpectation> = {
  // ---- people/ ----
  'cheboksary-leninskii-raion-tos-1-iyunya': {
    responsible: 'E',
    facts: [
      ['Михайлова О.Л. is in all 4 rows', load('Михайлова О.Л.', 4)],
      [
        'row 1 ends with a line break: the same three people as row 2, no finding',
        all(
          reads('E2', 'person:Михайлова О.Л.', 'person:Петров А.А.', 'person:Якимов В.Н.'),
          reads('E3', 'person:Михайлова О.Л.', 'person:Петров А.А.', 'person:Якимов В.Н.'),
        ),
      ],
      [
        'two responsibility columns: «Ответственные» (E, names) is checked, «Кто проводит» (D) is offered in the form',
        (run) =>
          run.table.questions.some((q) => q.code === 'other-responsible' && q.col === 3 && q.chosen === 4)
            ? null
            : JSON.stringify(run.table.questions),
      ],
      [
        'the user can choose «Кто проводит» instead: D is read as an organisation, with no finding',
        (run) => {
          const r = readPeopleTable(run.values, { mapping: { responsible: 3 } });
          if (!r.ok) return r.error.message;
          const c = checkPeopleTable(run.values, r.table, null);
          if (!c.ok) return c.error.message;
          const kinds = c.report.people.map((p) => `${p.kind}:${p.name}`);
          const said = c.findings.filter((f) => f.code !== 'table-question');
          return kinds.join() === 'organisation:Администрация Ленинского района г.Чебоксары' && !said.length
            ? null
            : `${kinds.join(', ')}; ${said.map((f) => f.message).join('; ')}`;
        },
      ],
      ['5 people in all, each once in «Нагрузка»', people('Михайлова О.Л.', 'Петров А.А.', 'Якимов В.Н.', 'Тарасова Н.А.', 'Павлов А.П.')],
    ],
  },
  'kyzyl-den-pamyati-i-skorbi-2014': {
    responsible: 'E',
    facts: [
      [
        '«Департамент культуры, спорта и молодежной политики, Конгар Э.А.»: one department and one person (the first comma is not a separator)',
        reads('E7', 'organisation:Департамент культуры, спорта и молодежной политики', 'person:Конгар Э.А.'),
      ],
      [
        'row 2: «Департамент по социальной политике» and Вусатая Е.Т.',
        reads('E8', 'organisation:Департамент по социальной политике', 'person:Вусатая Е.Т.'),
      ],
      [
        'row 3: «Департамент по образованию» and Потапова Н.Г.',
        reads('E9', 'organisation:Департамент по образованию', 'person:Потапова Н.Г.'),
      ],
      ['three different people', people('Конгар Э.А.', 'Вусатая Е.Т.', 'Потапова Н.Г.')],
    ],
  },
  'rostov-obl-pobeda-61-2006-multiline-names': {
    responsible: 'E',
    facts: [
      [
        'Дорохова В.А. is in rows 2–4',
        all(load('Дорохова В.А.', 3), (run) =>
          ['E5', 'E6', 'E7'].every((c) => entriesAt(run, c).includes('person:Дорохова В.А.')) ? null : 'not in rows 2–4',
        ),
      ],
      [
        'Везарко Ю.Н. is in rows 1 and 4',
        all(load('Везарко Ю.Н.', 2), (run) =>
          ['E4', 'E7'].every((c) => entriesAt(run, c).includes('person:Везарко Ю.Н.')) ? null : 'not in rows 1 and 4',
        ),
      ],
      ['2–3 names per cell, one per line: each a person', reads('E4', 'person:Кривова Т.Б.', 'person:Шаров В.В.', 'person:Везарко Ю.Н.')],
      ['6 people in all', people('Кривова Т.Б.', 'Шаров В.В.', 'Везарко Ю.Н.', 'Дорохова В.А.', 'Тихонова Н.И.', 'Аксаментова Л.Я.')],
    ],
  },
  'kez-biblioteka-klub-2024-ditto-marks': {
    responsible: 'C',
    facts: [
      ['the header «ответст.» is the responsible column', (run) => (run.table.title === 'ответст.' ? null : run.table.title)],
      [
        'rows 2 and 5 «-/-» are Серебренникова О.П., the person above',
        all(reads('C3', 'person:Серебренникова О.П.'), reads('C6', 'person:Серебренникова О.П.')),
      ],
      ['the ditto marks count for her load: 4 activities', load('Серебренникова О.П.', 4)],
      ['«Серебренникова О. П.» (spaced initials) is Серебренникова О.П.', reads('C2', 'person:Серебренникова О.П.')],
      ['«совместно с ДШИ» names a partner body, no person', all(reads('C4', 'organisation:ДШИ'), people('Серебренникова О.П.'))],
    ],
  },
  'prokhladny-maslenitsa-2018': {
    responsible: 'E',
    facts: [
      ['«Гладкий И.А. (по согласованию) Мацалышенко В.М.» is two people', reads('E10', 'person:Гладкий И.А.', 'person:Мацалышенко В.М.')],
      ['«Нерубленко О.М. Перегуда Н.В.» is two people', reads('E11', 'person:Нерубленко О.М.', 'person:Перегуда Н.В.')],
      ['Мацалышенко В.М. appears twice', load('Мацалышенко В.М.', 2)],
    ],
  },
  'penza-obl-zarechnyi-dni-kultury-2009': {
    responsible: 'F',
    errors: [{ cell: 'F3', code: 'style', fixed: 'Гомонюк Е.Н.' }],
    facts: [
      ['Сизов Н.А. appears 3 times', load('Сизов Н.А.', 3)],
      ['«Директора\\nобразовательных\\nучреждений» is one group', reads('F2', 'group:Директора образовательных учреждений')],
      [
        '«Гомонюк Е.Н» is a person; the missing final dot is a style finding, as every other name of the column ends in «.»',
        (run) => {
          const f = run.findings.find((x) => x.cell === 'F3');
          if (!entriesAt(run, 'F3').includes('person:Гомонюк Е.Н.')) return entriesAt(run, 'F3').join(' | ');
          return f && f.code === 'style' && f.severity === 'info' && f.fix?.value === 'Гомонюк Е.Н.' ? null : f ? f.message : 'no finding';
        },
      ],
      ['6 people, no group among them', people('Гомонюк Е.Н.', 'Торгашова С.Ю.', 'Сизов Н.А.', 'Шоренко Е.В.', 'Бояров В.Н.')],
    ],
  },

  // ---- plans/: their responsible columns ----
  'belg-urozhai-2010-time-only': {
    responsible: 'D',
    facts: [
      ['Говорищева И.В. is responsible for 3 of the 6 rows', load('Говорищева И.В.', 3)],
      ['one name per cell, nothing to say', quiet],
    ],
  },
  'birsk-ds15-pdd-2012-2013': {
    responsible: 'D',
    facts: [
      [
        '«Заведующий И.В.Самойлова» (no space after the initials) is a role and a person',
        reads('D7', 'role:Заведующий', 'person:Самойлова И.В.'),
      ],
      [
        '«Старший воспитатель Г.С.Самойлова» and «Ст. воспитатель Г.С.Самойлова, инспектор ГИБДД» are the same person',
        all(
          reads('D8', 'role:Старший воспитатель', 'person:Самойлова Г.С.'),
          reads('D9', 'role:Ст. воспитатель', 'person:Самойлова Г.С.', 'position:инспектор ГИБДД'),
          load('Самойлова Г.С.', 3),
        ),
      ],
      [
        '«И.В.Самойлова» and «Г.С.Самойлова» are two people, never merged, never a typo of each other',
        all(load('Самойлова И.В.', 1), quiet),
      ],
      ['the column writes initials first: no finding asks to turn them round', quiet],
    ],
  },
  'novoandreevka-solnyshko-mesyachnik-bdd-2017': {
    responsible: 'D',
    facts: [
      [
        'three role+name pairs separated by spaces only; Аблякимова Л.А. twice in the cell',
        reads(
          'D5',
          'role:Заведующий',
          'person:Акафьева А.В.',
          'role:Старший воспитатель',
          'person:Аблякимова Л.А.',
          'role:Старший воспитатель',
          'person:Аблякимова Л.А.',
        ),
      ],
      ['one row: each person counted once for it', all(load('Акафьева А.В.', 1), load('Аблякимова Л.А.', 1))],
    ],
  },
  'izhevskoe-ds2-pdd-2024-2025': {
    responsible: 'C',
    facts: [
      [
        '«Воспитатели групп» and «воспитатели групп» (case differs) are one group',
        (run) => (run.matrix.filter((p) => /^group:воспитатели групп$/i.test(p)).length === 1 ? null : run.matrix.join(', ')),
      ],
      [
        "«воспитатели групп, родители» is two groups (the group by the column's first spelling)",
        reads('C10', 'group:Воспитатели групп', 'group:родители'),
      ],
      ['one named person, Варюшкина В.А.', people('Варюшкина В.А.')],
      ['roles and groups are answers: nothing to say', quiet],
    ],
  },
  'belgorod-ryabinushka-pdd-no-year': {
    responsible: 'D',
    facts: [
      [
        'the header broken over lines «ответствен\\nный» is the responsible column',
        (run) => (run.table.title.replace(/\s+/g, '') === 'ответственный' ? null : run.table.title),
      ],
      [
        '«Старший\\nвоспитатель,\\nвоспитатели»: a position and a group, the line breaks are layout',
        reads('D9', 'position:Старший воспитатель', 'group:воспитатели'),
      ],
      ['roles only: no person, nothing to say', all(people(), quiet)],
    ],
  },
  'irkutsk-novogodnie-prazdniki-2007-2008': {
    responsible: 'E',
    facts: [
      [
        '«Комитет по\\nжилищно-коммунальному\\nхозяйству\\nадминистрации\\nг.Иркутска» is one committee',
        reads('E10', 'organisation:Комитет по жилищно-коммунальному хозяйству администрации г.Иркутска'),
      ],
      [
        '«Комитеты по управлению\\nокругами администрации\\nг.Иркутска» is one body',
        reads('E9', 'organisation:Комитеты по управлению округами администрации г.Иркутска'),
      ],
    ],
  },
  'novosibirsk-den-rossii-2003-date-in-place': {
    responsible: 'D',
    facts: [
      ['whole groups: «Руководители образовательных учреждений»', reads('D8', 'group:Руководители образовательных учреждений')],
      [
        '«допол- нительного» (a hyphen and a space from line wrapping) reads as «дополнительного», no finding',
        reads('D7', 'group:Руководители образовательных учреждений дополнительного образования'),
      ],
    ],
  },
  'samara-den-znanii-no-year': {
    responsible: 'E',
    facts: [
      ['the header «Отв-ный» is the responsible column', (run) => (run.table.title === 'Отв-ный' ? null : run.table.title)],
      ["«УСиДР» is a body's abbreviation", reads('E2', 'organisation:УСиДР')],
      [
        '«ПУМОНСО\\n(по\\nсогласованию)» is a body with its qualifier',
        all(reads('E4', 'organisation:ПУМОНСО'), reads('E5', 'organisation:ПУМОНСО')),
      ],
    ],
  },
  'kedyshko-college-god-blagoustroistva-2025-BY': {
    responsible: 'E',
    executors: 'D',
    facts: [
      [
        'rows 1–2: a role in «Участники», «Ответственные» empty — the finding says so and names the role',
        (run) => {
          const got = ['E6', 'E7'].map((c) => run.findings.find((f) => f.cell === c));
          const ok =
            got[0]?.code === 'only-executors' &&
            /D6/.test(got[0].message) &&
            /Заместитель директора по УВР/.test(got[0].message) &&
            got[1]?.code === 'only-executors' &&
            /Инженер-программист/.test(got[1].message);
          return ok ? null : got.map((f) => f?.message ?? 'nothing').join('; ');
        },
      ],
      [
        '«педагог -организатор» (a space before the hyphen) is a role',
        reads('E8', 'position:Руководитель ВПВ', 'position:педагог-организатор'),
      ],
      [
        'the roles in «Участники» count as executors in the matrix, the empty rows are flagged there',
        (run) =>
          run.matrix.includes('position:Заместитель директора по УВР') && run.matrix.includes('position:Инженер-программист')
            ? null
            : run.matrix.join(', '),
      ],
    ],
  },
  'orlovskaya-sh-blagoustroistvo-2023-BY': {
    responsible: 'D',
    facts: [
      [
        '«Мицкевич М.В.\\n\\nМельник Ю.М.» (a blank line between) is two people',
        reads('D10', 'person:Мицкевич М.В.', 'person:Мельник Ю.М.'),
      ],
      [
        'Зельманчук С.Г. twice; «Классные руководители 5-11 классов» a group',
        all(load('Зельманчук С.Г.', 2), reads('D13', 'group:Классные руководители 5-11 классов')),
      ],
    ],
  },
  'stolin-sh2-popechitelskii-sovet-2021-2022-BY': {
    responsible: 'D',
    facts: [
      [
        'the same role in every row («Председатель попечительского совета»): an answer, not a gap',
        all(reads('D4', 'position:Председатель попечительского совета'), quiet),
      ],
    ],
  },
  'predmetnaya-nedelya-nachalnaya-shkola-no-year': {
    responsible: 'E',
    facts: [
      [
        'three names separated by spaces only are three people',
        reads('E14', 'person:Мантуленко Е.В.', 'person:Бережная Л.В.', 'person:Чувакина Л.В.'),
      ],
    ],
  },
  'federalnyi-kalendarnyi-plan-vospitaniya-2023-2024-not-a-table': {
    responsible: null,
    facts: [],
  },
};

// --- the measurement ---------------------------------------------------------------------------------------

const TODAY = `${PASTE_CLOCK.getFullYear()}-${String(PASTE_CLOCK.getMonth() + 1).padStart(2, '0')}-${String(PASTE_CLOCK.getDate()).padStart(2, '0')}`;
const letter = (col: number | undefined) => (col === undefined ? undefined : toA1(0, col).replace(/\d+$/, ''));

/** Whether the table read has the columns the reader reads. */
function rightColumns(table: PeopleTable, exp: PeopleExpectation): boolean {
  return letter(table.columns.responsible) === exp.responsible && letter(table.columns.executors) === exp.executors;
}

/** The job run on one table: its findings without a roster, «Нагрузка» and the matrix. */
export function runPeople(values: unknown[][], table: PeopleTable): PeopleRun {
  const checked = checkPeopleTable(values, table, null);
  if (!checked.ok) throw new Error(checked.error.message);
  const rows = peopleActivityRows(values, table);
  const w = workload(rows, null);
  const mx = responsibilityMatrix(rows, null);
  if (!w.ok || !mx.ok) throw new Error('workload');
  return {
    values,
    table,
    findings: checked.findings,
    report: checked.report,
    load: new Map(w.workload.people.map((p) => [p.name, p.responsible])),
    matrix: mx.matrix.people.map((p) => `${p.kind}:${p.name}`),
  };
}

/** One document measured against its expectation. */
export function measurePeople(doc: CorpusDoc, exp: PeopleExpectation): DocMeasure {
  const values = pastedValues(doc.rows);
  const base = { job: doc.job, doc: doc.name };
  const alone = readPeopleTable(values, {}, { today: TODAY });
  if (exp.responsible === null) {
    // no responsibility column at all: read right when the job says so, never inventing one
    const ok = !alone.ok;
    const facts: FactCheck[] = [
      {
        fact: 'no responsible column: the job says so',
        ok,
        ...(ok ? {} : { got: `column ${letter(alone.ok ? alone.table.columns.responsible : undefined)}` }),
      },
    ];
    return { ...base, recognition: ok ? 'alone' : 'no', facts, falseFindings: [] };
  }
  let table: PeopleTable | undefined;
  let recognition: DocMeasure['recognition'] = 'no';
  if (alone.ok && rightColumns(alone.table, exp)) {
    table = alone.table;
    recognition = 'alone';
  } else if (exp.choice) {
    const chosen = readPeopleTable(values, exp.choice.choice, { today: TODAY });
    if (chosen.ok && rightColumns(chosen.table, exp)) {
      table = chosen.table;
      recognition = 'one-choice';
    }
  }
  const errors = exp.errors ?? [];
  if (!table) {
    const got = alone.ok
      ? `responsible ${letter(alone.table.columns.responsible)}, executors ${letter(alone.table.columns.executors) ?? '—'}`
      : alone.error.message;
    return {
      ...base,
      recognition,
      facts: exp.facts.map(([fact]) => ({ fact, ok: false, got })),
      falseFindings: [],
      errors: { found: 0, stated: errors.length },
    };
  }
  const run = runPeople(values, table);
  const facts = exp.facts.map(([fact, check]): FactCheck => {
    const got = check(run);
    return got === null ? { fact, ok: true } : { fact, ok: false, got };
  });
  // clean: every filled responsible cell the README states no error in; a finding there (or on any other cell
  // but an error's and the header's) is a false alarm
  const errorCells = new Set(errors.map((e) => e.cell));
  const col = table.columns.responsible!;
  const emptyResponsible = (f: PeopleFinding) => f.col === col && cellText(values[f.row]?.[col]) === '';
  const falseFindings = run.findings
    .filter((f) => !errorCells.has(f.cell) && f.row !== table!.headerRow && !emptyResponsible(f))
    .map((f) => `${f.cell}: ${f.message}`);
  const found = errors.filter((e) => run.findings.some((f) => f.cell === e.cell && f.code === e.code && f.fix?.value === e.fixed)).length;
  const out: DocMeasure = { ...base, recognition, facts, falseFindings, errors: { found, stated: errors.length } };
  if (recognition === 'one-choice' && exp.choice) out.choice = exp.choice.flags;
  return out;
}

/** The filled responsible cells of a document's table that the README calls clean (for the figures). */
export function cleanCells(doc: CorpusDoc, exp: PeopleExpectation): string[] {
  if (exp.responsible === null) return [];
  const values = pastedValues(doc.rows);
  const r = readPeopleTable(values, exp.choice?.choice ?? {}, { today: TODAY });
  if (!r.ok) return [];
  const col = r.table.columns.responsible!;
  const errorCells = new Set((exp.errors ?? []).map((e) => e.cell));
  return r.table.plan.rows
    .filter((row) => !row.responsibleInherited && cellText(values[row.row]?.[col]) !== '')
    .map((row) => toA1(row.row, col))
    .filter((a1) => !errorCells.has(a1));
}

export const PEOPLE_CORPUS: JobCorpus = {
  name: 'Ответственные',
  folders: ['people', 'plans'],
  expects: (doc) => doc.name in PEOPLE_EXPECTATIONS,
  measure: (doc) => measurePeople(doc, PEOPLE_EXPECTATIONS[doc.name]!),
};
