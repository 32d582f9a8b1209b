/**
 * The checklist job over the corpus (../shared/corpus/checklists): what a careful reader finds in each of the 11
 * documents — its columns (by letter), criteria and sections, the scale where it is written, the totals and the
 * inconsistencies the corpus README states, the targets and which way they go — and whether the job reads it
 * alone, after one choice in the column form (written as CLI flags), or not at all.
 *
 * Checklists and scoring schemes are read by the import («Импорт чек-листа», `klaster template`); tables of
 * indicators (targets by year, values with their unit) by the indicators reader («Показатели»). Both read the cells
 * as a Russian-locale paste types them. The expectations below come from the corpus README and the .tsv files; the
 * repo keeps only the short strings a fact needs (a header, a number, a name's first words).
 */
import { columnLetter } from '../../core/table/a1';
import { importWordChecklist, type WordImport } from '../../core/checklist/import-word';
import { levelOf } from '../../core/checklist/scale';
import { readIndicators, type IndicatorsRead } from '../../core/checklist/targets';
import type { ChecklistField } from '../../core/checklist/table';
import type { Scale } from '../../core/checklist/types';
import { pastedValues, type CorpusDoc } from './read-corpus';
import type { DocMeasure, FactCheck, JobCorpus, Recognition } from './measure';

/** One fact: what the README says and what the job gave. */
const fact = (name: string, ok: boolean, got?: unknown): FactCheck =>
  ok ? { fact: name, ok } : { fact: name, ok, got: JSON.stringify(got) };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const letters = (cols: Partial<Record<string, number>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(cols)
      .filter(([, c]) => c !== undefined)
      .map(([f, c]): [string, string] => [f, columnLetter(c!)]),
  );
const maxOf = (s: Scale) => (s.kind === 'points' ? s.max : 1);
const near = (a: number | null | undefined, b: number) => a !== null && a !== undefined && Math.abs(a - b) < 1e-9;

/** A finding the README states (the fact is that the job says it, at this cell, with this code). */
interface Said {
  cell: string;
  code: string;
}

interface Outcome {
  /** The structure a reader needs (columns, counts) came out right. */
  read: boolean;
  facts: FactCheck[];
  /** Findings at cells, as «A1 code: message». */
  findings: { cell: string; code: string; message: string }[];
}

interface ChecklistExpect {
  kind: 'checklist';
  /** Column letters per field a reader names (others may be read too). */
  columns: Partial<Record<ChecklistField, string>>;
  /** Answer levels as columns («Да | Частично | Нет»), by letter. */
  options?: string[];
  criteria: number;
  /** The criteria's numbers in order, when the document numbers them. */
  numbers?: string[];
  /** Sections with their criteria counts, in order. */
  sections?: [string, number][];
  /** Each criterion's maximum, in order. */
  maxima?: number[];
  /** What the job must say (README facts and errors). */
  said: Said[];
  /** Of those, the errors the README states. */
  errors: Said[];
  more?: (r: WordImport) => FactCheck[];
  /** The one choice the job may need, as CLI flags (none when it reads the document alone). */
  choice?: string;
}

interface IndicatorExpect {
  kind: 'indicators';
  columns: Partial<Record<string, string>>;
  indicators: number;
  years: string[];
  said: Said[];
  errors: Said[];
  more: (r: IndicatorsRead) => FactCheck[];
  choice?: string;
}

export type ChecklistExpectation = ChecklistExpect | IndicatorExpect;
type Expect = ChecklistExpectation;

/** The expectations per corpus document (file name without «.tsv»). */
export const CHECKLIST_EXPECTATIONS: Record<string, Expect> = {
  'analiz-uroka-fgos-da-chastichno-net-points': {
    kind: 'checklist',
    columns: { text: 'A' },
    options: ['B', 'C', 'D'],
    criteria: 5,
    sections: [['Раздел 1. Целеполагание', 5]],
    maxima: [1, 2, 2, 3, 3],
    said: [{ cell: 'A14', code: 'total' }],
    errors: [{ cell: 'A14', code: 'total' }],
    more: (r) => {
      const options = r.template.criteria.map((c) =>
        c.scale.kind === 'points' ? (c.scale.options ?? []).map((o) => `${o.label}=${o.points}`).join('/') : '',
      );
      const total = r.totals.find((t) => /максимум по разделу/i.test(t.label));
      return [
        fact(
          'points per answer column: 1/–/0, 2/1/0, 2/1/0, 3/2/0, 3/2/0',
          same(options, ['Да=1/Нет=0', 'Да=2/Частично=1/Нет=0', 'Да=2/Частично=1/Нет=0', 'Да=3/Частично=2/Нет=0', 'Да=3/Частично=2/Нет=0']),
          options,
        ),
        fact('criterion 1 has «–» instead of a «Частично» score: no «Частично» option', !options[0]!.includes('Частично'), options[0]),
        fact(
          '«Максимум по разделу» 6 against the «Да» column adding to 11 (1+2+2+3+3)',
          !!total && total.stated === 6 && total.computed === 11 && same(total.parts, [1, 2, 2, 3, 3]),
          total,
        ),
        fact(
          'the form fields with underscores above the table are no criteria',
          r.template.criteria.every((c) => !c.text.includes('___')),
        ),
      ];
    },
  },
  'vzaimoposeshchenie-urokov-0-2': {
    kind: 'checklist',
    columns: { text: 'A', answer: 'B' },
    criteria: 13,
    numbers: ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3', '3.4'],
    sections: [
      ['1. Анализ целей урока', 3],
      ['Анализ структуры и организации урока.', 6],
      ['3. Анализ содержания урока', 4],
    ],
    maxima: new Array(13).fill(2),
    said: [{ cell: 'A6', code: 'section-number' }],
    errors: [],
    more: (r) => {
      const max = r.template.criteria.reduce((s, c) => s + maxOf(c.scale), 0);
      return [
        fact(
          'scale «Оценка критерия от 0 до 2 баллов» read from the header',
          r.scaleSource === 'header' && /от 0 до 2/.test(r.scaleText ?? ''),
          [r.scaleSource, r.scaleText],
        ),
        fact('visible maximum 26 (13 × 2)', max === 26, max),
        fact(
          'section 2 has no number while 1 and 3 do: said',
          r.questions.some((q) => q.code === 'section-number' && q.cell === 'A6'),
        ),
      ];
    },
  },
  'elementy-uroka-plus-tri-urovnya': {
    kind: 'checklist',
    columns: { number: 'A', text: 'B' },
    options: ['C', 'D', 'E'],
    criteria: 7,
    numbers: ['1', '2', '3', '4', '5', '6', '7'],
    said: [],
    errors: [],
    more: (r) => [
      fact(
        'three «+» columns: full / partial / absent',
        same(
          r.optionColumns.map((o) => o.value),
          ['yes', 'partial', 'no'],
        ),
        r.optionColumns,
      ),
      fact(
        'a 3-level scale without points: equal shares taken, and said',
        r.template.criteria.every((c) => c.scale.kind === 'yesno') && r.questions.some((q) => q.code === 'options-no-points'),
      ),
      fact(
        'item 7 kept as written («… по алгоритму и пр. )»)',
        /и пр\. \)$/.test(r.template.criteria[6]?.text ?? ''),
        r.template.criteria[6]?.text,
      ),
    ],
  },
  'smotr-uchastkov-dou-10-ballov-po-gruppam': {
    kind: 'checklist',
    columns: { number: 'A', text: 'B' },
    criteria: 7,
    numbers: ['1', '2', '3', '4', '5', '6', '7'],
    maxima: new Array(7).fill(10),
    said: [{ cell: 'B7', code: 'absence' }],
    errors: [],
    more: (r) => [
      fact(
        'scale «(по 10-ти бальной шкале)» read from above the table',
        r.scaleSource === 'text' && /10-ти бальной/.test(r.scaleText ?? ''),
        [r.scaleSource, r.scaleText],
      ),
      fact(
        'numbers taken from inside the criterion text, the «п/п» column being empty',
        r.template.criteria[0]?.text.startsWith('Санитарное состояние') ?? false,
        r.template.criteria[0]?.text,
      ),
      fact(
        'item 2 («отсутствие пней…») is positive, and its absence wording is noted',
        r.template.criteria[1]?.direction === undefined && r.questions.some((q) => q.code === 'absence' && q.cell === 'B7'),
      ),
      fact(
        'item 1 read with its double space made single, no finding on it',
        r.template.criteria[0]?.text === 'Санитарное состояние участка и оборудования',
        r.template.criteria[0]?.text,
      ),
    ],
  },
  'prokhladny-smotr-gotovnosti-dou-2018-max10': {
    kind: 'checklist',
    columns: { number: 'A', text: 'B', answer: 'C' },
    criteria: 3,
    numbers: ['1', '2', '3'],
    maxima: [10, 10, 10],
    said: [],
    errors: [],
    more: (r) => [
      fact(
        'scale from the header «Результаты проверки (максимум 10 баллов)»',
        r.scaleSource === 'header' && /максимум 10 баллов/.test(r.scaleText ?? ''),
        [r.scaleSource, r.scaleText],
      ),
      fact(
        'the approval block and the title (two periods) are above the table, no criteria',
        r.table.above.length === 7 && r.template.criteria.every((c) => !/2018/.test(c.text)),
        r.table.above.length,
      ),
    ],
  },
  'prokhladny-kriterii-rukovoditelei-2021-points': {
    kind: 'checklist',
    columns: { number: 'A', section: 'B', text: 'C', answer: 'D', evidence: 'E' },
    criteria: 1,
    numbers: ['1'],
    sections: [['Организация питания', 1]],
    maxima: [5],
    said: [{ cell: 'C14', code: 'absence' }],
    errors: [],
    more: (r) => [
      fact(
        'criterion 1 «Соблюдение норм питания (отсутствие замечаний СЭС)» is worth 5',
        r.template.criteria[0]?.text === 'Соблюдение норм питания (отсутствие замечаний СЭС)' && maxOf(r.template.criteria[0]!.scale) === 5,
        r.template.criteria[0],
      ),
      fact(
        'phrased as an absence: kept positive, noted',
        r.template.criteria[0]?.direction === undefined && r.questions.some((q) => q.code === 'absence' && q.cell === 'C14'),
      ),
      fact('the two-level approval block above the title is no criterion', r.table.above.length >= 10),
    ],
  },
  'oge-informatika-bally-za-zadaniya-i-perevod': {
    kind: 'checklist',
    columns: { number: 'A', answer: 'B' },
    criteria: 15,
    numbers: Array.from({ length: 15 }, (_, i) => String(i + 1)),
    maxima: [...new Array(12).fill(1), 2, 3, 2],
    said: [],
    errors: [],
    more: (r) => {
      const sum = r.template.criteria.reduce((s, c) => s + maxOf(c.scale), 0);
      const all = r.totals.find((t) => /^всего/i.test(t.label));
      const stated = r.totals.find((t) => /максимальный балл/i.test(t.label));
      const lv = r.template.levels;
      return [
        fact('12 × 1 + 2 + 3 + 2 = 19', sum === 19, sum),
        fact('«Всего» 19 equals the sum', !!all && all.stated === 19 && all.computed === 19, all),
        fact('«Максимальный балл — 19» equals the sum', !!stated && stated.stated === 19 && stated.computed === 19, stated),
        fact(
          'bands 0-4 / 5-10 / 11-15 / 16-19 read as levels, covering 0–19 with no gap (nothing said)',
          !!lv &&
            same(
              lv.thresholds.map((t) => [t.level, t.min]),
              [
                ['2', 0],
                ['3', 5],
                ['4', 11],
                ['5', 16],
              ],
            ) &&
            !r.questions.some((q) => q.code === 'bands'),
          lv,
        ),
        fact(
          '«Проходной балл — 14» lies in the «4» band; «Минимальный балл — 5» starts the «3» band',
          !!lv && levelOf(lv, null, 14) === '4' && levelOf(lv, null, 5) === '3' && levelOf(lv, null, 4) === '2',
        ),
        fact(
          "the numbers are each task's maximum, and that is said",
          r.scaleSource === 'maxima' && r.questions.some((q) => q.code === 'maxima'),
        ),
      ];
    },
  },
  'strategiya-pokazateli-2008-2015-2020-targets': {
    kind: 'indicators',
    columns: { number: 'A', name: 'B', unit: 'C', base: 'D' },
    indicators: 7,
    years: ['2015 год', '2020 год'],
    said: [],
    errors: [],
    more: (r) => {
      const series = r.rows.map((x) => (x.series ?? []).map((s) => s.value));
      const dirs = r.rows.map((x) => x.direction ?? null);
      return [
        fact(
          'base 2008, targets 2015 and 2020 for each indicator',
          same(series[0], [10, 70, 100]) && same(series[5], [114, 56, null]),
          series,
        ),
        fact(
          '6 indicators rise; indicator 6 («Количество аварийных объектов образования») falls 114 → 56: lower is better',
          same(dirs, ['up', 'up', 'up', 'up', 'up', 'down', 'up']),
          dirs,
        ),
        fact('indicator 6: unit «-», 2020 target «-»', r.rows[5]?.unit === '-' && r.rows[5]?.series?.[2]?.text === '-', r.rows[5]),
        fact(
          'indicators 1, 3 and 7 reach 100 by 2020',
          [0, 2, 6].every((i) => near(r.rows[i]?.series?.[2]?.value, 100)),
        ),
        fact('the unit is written «процентов»', r.rows[0]?.unit === 'процентов', r.rows[0]?.unit),
      ];
    },
  },
  'blagoveshchenskaya-sosh-samoobsledovanie-2017': {
    kind: 'indicators',
    columns: { name: 'A', unit: 'B', actual: 'C' },
    indicators: 5,
    years: [],
    said: [{ cell: 'C2', code: 'table-question' }],
    errors: [],
    more: (r) => {
      const values = r.rows.map((x) => x.actual ?? null);
      return [
        fact('the figures: 43, 23, 20, «нет» = 0, the last cut', same(values, [43, 23, 20, 0, null]), values),
        fact(
          '23 + 20 = 43 («в том числе» adds up: nothing said)',
          near(values[1]! + values[2]! + values[3]!, values[0]!) && !r.findings.some((f) => f.code === 'breakdown'),
        ),
        fact(
          'the third header says «Пример формулировки в отчете», but its cells are the figures: read, and said',
          r.findings.some((f) => f.code === 'table-question' && f.cell === 'C2'),
        ),
        fact('as of «1 сентября 2017 года»', r.asOf === '2017-09-01', r.asOf),
        fact(
          'the unit «человек» or «Человек»',
          same(
            r.rows.slice(0, 4).map((x) => x.unit.toLowerCase()),
            ['человек', 'человек', 'человек', 'человек'],
          ),
        ),
        fact('the first sentence opens « and never closes: the figure is read all the same', values[0] === 43),
      ];
    },
  },
  'shkola-programma-razvitiya-celevye-pokazateli-misaligned': {
    kind: 'indicators',
    columns: { number: 'A', name: 'B', unit: 'C', base: 'D' },
    indicators: 7,
    years: ['2019-2020', '2020-2021', '2012-2022'],
    said: [
      { cell: 'D2', code: 'year-typo' },
      { cell: 'B2', code: 'values-in-order' },
      { cell: 'D15', code: 'percent-mixed' },
      { cell: 'D18', code: 'percent-mixed' },
      { cell: 'B11', code: 'direction-wording' },
    ],
    errors: [
      { cell: 'D2', code: 'year-typo' },
      { cell: 'D15', code: 'percent-mixed' },
    ],
    more: (r) => {
      const series = r.rows.map((x) => (x.series ?? []).map((s) => s.value));
      const pairs = [0, 1, 2, 3].map((i) => (series[4]?.[i] ?? NaN) + (series[5]?.[i] ?? NaN));
      return [
        fact(
          '«2012-2022» reported as a likely typo of 2021-2022',
          r.findings.some((f) => f.code === 'year-typo' && /2021-2022/.test(f.message)),
        ),
        fact(
          'values read in order (base, then the years), not under their headers: said',
          r.findings.some((f) => f.code === 'values-in-order'),
        ),
        fact('indicator 1: 434 → 420 → 432 → 450', same(series[0], [434, 420, 432, 450]), series[0]),
        fact(
          'indicator 5: 3% → 12% → 14 → 16; indicator 6: 97% → 88% → 86 → 84',
          same(series[4], [3, 12, 14, 16]) && same(series[5], [97, 88, 86, 84]),
          [series[4], series[5]],
        ),
        fact('each pair of indicators 5 and 6 adds to 100', same(pairs, [100, 100, 100, 100]), pairs),
        fact(
          '«12%» mixed with «14» in one indicator: said',
          r.findings.some((f) => f.code === 'percent-mixed' && f.cell === 'D15'),
        ),
        fact(
          'indicator 4 (graduates without a certificate) is 0 throughout, lower is better',
          same(series[3], [0, 0, 0, 0]) && r.rows[3]?.direction === 'down',
          [series[3], r.rows[3]?.direction],
        ),
        fact('indicator 7 has unit «-»', r.rows[6]?.unit === '-', r.rows[6]?.unit),
        fact(
          'wrapped names continue on their own rows: indicator 3 read whole',
          /стандартам$/.test(r.rows[2]?.name ?? ''),
          r.rows[2]?.name,
        ),
      ];
    },
  },
  'lesozavodsk-mp-pokazateli-2021-2027': {
    kind: 'indicators',
    columns: { number: 'A', name: 'B', unit: 'C' },
    indicators: 3,
    years: ['2021', '2022', '2023', '2024', '2025', '2026', '2027'],
    said: [{ cell: 'B6', code: 'direction-wording' }],
    errors: [],
    more: (r) => {
      const series = r.rows.map((x) => (x.series ?? []).map((s) => s.value));
      return [
        fact(
          '1.1 rises 81,1 → 83,5, with two decimals once (81,55)',
          same(series[0], [81.1, 81.2, 81.55, 82.2, 82.5, 83, 83.5]) && r.rows[0]?.direction === 'up',
          series[0],
        ),
        fact(
          '1.2 (graduates who did not pass the ЕГЭ) flat at 0,5 % in all 7 years, lower is better',
          same(series[1], new Array(7).fill(0.5)) && r.rows[1]?.direction === 'down',
          [series[1], r.rows[1]?.direction],
        ),
        fact('1.3 rises 88 → 95', same(series[2], [88, 90, 91, 92, 93, 94, 95]) && r.rows[2]?.direction === 'up', series[2]),
        fact(
          "the numbers 1.1–1.3 and the programme's section row",
          same(
            r.rows.map((x) => x.number),
            ['1.1', '1.2', '1.3'],
          ) && (r.rows[0]?.section ?? '').startsWith('1. Муниципальная программа'),
        ),
      ];
    },
  },
};

/** Runs the job on one document's cells (with a choice when given) and checks what it read. */
function outcome(values: unknown[][], e: Expect, choice?: ReturnType<typeof parseChoice>): Outcome {
  if (e.kind === 'checklist') {
    const r = importWordChecklist(values, 'ru', choice ?? {});
    if (!r.ok) return { read: false, facts: [fact('read as a checklist', false, r.error.message)], findings: [] };
    const cols = letters({ ...r.columns });
    const wantCols = Object.entries(e.columns).every(([f, l]) => cols[f] === l);
    const options = r.optionColumns.map((o) => columnLetter(o.col));
    const facts: FactCheck[] = [
      fact(`columns ${JSON.stringify(e.columns)}`, wantCols, cols),
      fact(`${e.criteria} criteria`, r.template.criteria.length === e.criteria, r.template.criteria.length),
    ];
    if (e.options) facts.push(fact(`answer levels in columns ${e.options.join(', ')}`, same(options, e.options), options));
    if (e.numbers)
      facts.push(
        fact(
          "the criteria's numbers",
          same(
            r.template.criteria.map((c) => c.number),
            e.numbers,
          ),
          r.template.criteria.map((c) => c.number),
        ),
      );
    if (e.sections)
      facts.push(
        fact(
          'sections',
          same(
            r.sections.map((s) => [s.name, s.criteria]),
            e.sections,
          ),
          r.sections.map((s) => [s.name, s.criteria]),
        ),
      );
    if (e.maxima)
      facts.push(
        fact(
          "each criterion's maximum",
          same(
            r.template.criteria.map((c) => maxOf(c.scale)),
            e.maxima,
          ),
          r.template.criteria.map((c) => maxOf(c.scale)),
        ),
      );
    const read = facts.every((f) => f.ok);
    facts.push(...(e.more?.(r) ?? []));
    return { read, facts, findings: r.questions.filter((q) => q.cell).map((q) => ({ cell: q.cell!, code: q.code, message: q.message })) };
  }
  const r = readIndicators(values, 'ru', choice ?? {});
  if (!r.ok) return { read: false, facts: [fact('read as an indicator table', false, r.error.message)], findings: [] };
  const cols = letters(r.columns);
  const facts: FactCheck[] = [
    fact(
      `columns ${JSON.stringify(e.columns)}`,
      Object.entries(e.columns).every(([f, l]) => cols[f] === l),
      cols,
    ),
    fact(`${e.indicators} indicators`, r.rows.length === e.indicators, r.rows.length),
    fact(`years ${e.years.join(', ') || '—'}`, same(r.years, e.years), r.years),
  ];
  const read = facts.every((f) => f.ok);
  facts.push(...e.more(r));
  return { read, facts, findings: r.findings.map((f) => ({ cell: f.cell, code: f.code, message: f.message })) };
}

/** `--columns "Критерий=B,Ответ=C" --header-row 3` → the choice the CLI would save. */
function parseChoice(flags: string): { mapping: Record<string, number | null>; headerRow?: number } {
  const out: { mapping: Record<string, number | null>; headerRow?: number } = { mapping: {} };
  const header = /--header-row\s+(\d+)/.exec(flags);
  if (header) out.headerRow = Number(header[1]) - 1;
  const cols = /--columns\s+"([^"]*)"/.exec(flags);
  const FIELD: Record<string, string> = {
    Критерий: 'text',
    Ответ: 'answer',
    '№': 'number',
    Раздел: 'section',
    Шкала: 'scale',
    Показатель: 'name',
    Факт: 'actual',
    План: 'plan',
  };
  for (const pair of cols?.[1]?.split(',') ?? []) {
    const [name, letter] = pair.split('=').map((x) => x.trim());
    const f = FIELD[name!];
    if (f && letter) out.mapping[f] = letter === '-' ? null : letter.toUpperCase().charCodeAt(0) - 65;
  }
  return out;
}

/** Measures one document against its expectations. */
export function measureChecklistDoc(doc: Pick<CorpusDoc, 'job' | 'name' | 'rows'>, e: Expect): DocMeasure {
  const values = pastedValues(doc.rows);
  let result = outcome(values, e);
  let recognition: Recognition = result.read ? 'alone' : 'no';
  if (!result.read && e.choice) {
    const again = outcome(values, e, parseChoice(e.choice) as never);
    if (again.read) {
      result = again;
      recognition = 'one-choice';
    }
  }
  const key = (s: Said) => `${s.cell} ${s.code}`;
  const said = new Set(e.said.map(key));
  const found = new Set(result.findings.map((f) => `${f.cell} ${f.code}`));
  const facts = [...result.facts, ...e.said.map((s) => fact(`says ${s.code} at ${s.cell}`, found.has(key(s))))];
  const falseFindings = result.findings.filter((f) => !said.has(`${f.cell} ${f.code}`)).map((f) => `${f.cell}: ${f.message}`);
  const measure: DocMeasure = { job: doc.job, doc: doc.name, recognition, facts, falseFindings };
  if (recognition === 'one-choice' && e.choice) measure.choice = e.choice;
  if (e.errors.length) measure.errors = { found: e.errors.filter((s) => found.has(key(s))).length, stated: e.errors.length };
  return measure;
}

export const CHECKLISTS_CORPUS: JobCorpus = {
  name: 'Чек-листы',
  folders: ['checklists'],
  expects: (doc) => doc.name in CHECKLIST_EXPECTATIONS,
  measure: (doc) => measureChecklistDoc(doc, CHECKLIST_EXPECTATIONS[doc.name]!),
};
