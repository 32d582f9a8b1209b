/**
 * The calendar-plan job over the corpus (../shared/corpus/plans): what a careful reader reads in each of the 13
 * plans — written from the corpus README and the .tsv, not from what the code gives — and the job's own reading
 * of the same cells (recognizePlan and checkPlan on the cells as a Russian-locale paste types them).
 *
 * Per document: the columns by letter; how many activities; the period and where it comes from; every term cell a
 * person can date, with its dates; the README's facts about periods and terms as checks; the findings a careful
 * reader makes (at their cells); and the cells that were cut when the corpus was made (no finding there is
 * counted either way). Every other cell of the table's columns is clean: a finding on it is a false alarm.
 */
import { checkPlan } from '../../core/plan/checks';
import { recognizePlan, type RecognizeOptions } from '../../core/plan/recognize';
import type { Finding, FindingCode, Plan, PlanField, PlanRow, Term } from '../../core/plan/types';
import { columnIndex, columnLetter, toA1 } from '../../core/table/a1';
import type { FactCheck, DocMeasure, JobCorpus } from './measure';
import { pastedValues, type CorpusDoc } from './read-corpus';

/** «Today» for the checks: after every plan of the corpus, so nothing is in the future and nothing depends on it. */
export const CORPUS_TODAY = '2026-01-15';

/** A term cell a person can date: its cell and the days it covers (and the separate days or months it names). */
export interface TermExpect {
  cell: string;
  start: string;
  end: string;
  parts?: [string, string][];
}

export interface PlanExpect {
  /** The columns a person reads, by letter. */
  columns: Partial<Record<PlanField, string>>;
  /** The activities a person counts. */
  rows: number;
  /** The period a person reads, and from where; null when the plan gives none. */
  period: { start: string; end: string; source: 'title' | 'approval' | 'terms' } | null;
  /** Every term cell a person can date. */
  terms: TermExpect[];
  /** The findings a careful reader makes, at their cells (the README states each). */
  findings: { cell: string; code: FindingCode }[];
  /** Cells cut when the corpus was made (the README's note): not the source's, so neither clean nor wrong. */
  cut?: string[];
  /** The README's facts about periods and terms, each a check of the job's reading. */
  facts: [string, (r: Reading) => true | string][];
  /** The choice needed, as CLI flags (none means the job reads the document alone). */
  choice?: { flags: string; options: RecognizeOptions };
}

/** What the job made of a document. */
export interface Reading {
  plan: Plan;
  findings: Finding[];
  values: unknown[][];
  /** The plan read again with a period given (what the sidebar's «Период плана» or `--period` does). */
  withPeriod: (period: string) => Plan;
}

const day = (iso: string): [string, string] => [iso, iso];
const month = (ym: string, last: number): [string, string] => [`${ym}-01`, `${ym}-${String(last).padStart(2, '0')}`];

/** The row whose term cell is `cell` (or, in a plan without a term column, whose activity cell is). */
function rowAt(plan: Plan, cell: string): PlanRow | undefined {
  return plan.rows.find((r) => r.cells.term === cell) ?? plan.rows.find((r) => r.cells.term === undefined && r.cells.activity === cell);
}

function termAt(r: Reading, cell: string): Term | undefined {
  return rowAt(r.plan, cell)?.term;
}

/** A check that a term cell reads as `kind` over [start, end]. */
function reads(cell: string, kind: Term['kind'], start?: string, end?: string, plan?: (r: Reading) => Plan) {
  return (r: Reading): true | string => {
    const p = plan ? plan(r) : r.plan;
    const t = p.rows.find((x) => x.cells.term === cell)?.term;
    if (!t) return `${cell}: нет строки`;
    const ok = t.kind === kind && (start === undefined || t.start === start) && (end === undefined || t.end === end);
    return ok || `${cell}: ${t.kind} ${t.start ?? ''}–${t.end ?? ''}${t.reason ? ` (${t.reason})` : ''}`;
  };
}

function periodIs(start: string, end: string, source: string) {
  return (r: Reading): true | string => {
    const p = r.plan.period;
    return (
      (p?.range.start === start && p.range.end === end && p.source === source) ||
      `${p?.range.start ?? '—'}–${p?.range.end ?? '—'} (${p?.source ?? 'нет'})`
    );
  };
}

function finding(cell: string, code: FindingCode) {
  return (r: Reading): true | string =>
    r.findings.some((f) => f.cell === cell && f.code === code) ||
    `нет «${code}» в ${cell}: ${r.findings.map((f) => `${f.cell} ${f.code}`).join(', ') || 'замечаний нет'}`;
}

function noFinding(code: FindingCode) {
  return (r: Reading): true | string => {
    const f = r.findings.filter((x) => x.code === code);
    return f.length === 0 || f.map((x) => `${x.cell} ${x.code}`).join(', ');
  };
}

export const PLAN_EXPECTATIONS: Record<string, PlanExpect> = {
  'birsk-ds15-pdd-2012-2013': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'D' },
    rows: 6,
    period: { start: '2012-09-01', end: '2013-05-31', source: 'title' },
    terms: [
      { cell: 'C7', ...obj(month('2012-11', 30)) },
      { cell: 'C8', ...obj(month('2012-12', 31)) },
      { cell: 'C9', ...obj(month('2013-02', 28)) },
      { cell: 'C10', ...obj(month('2013-04', 30)) },
      { cell: 'C12', start: '2012-09-01', end: '2013-05-31' },
      { cell: 'C13', start: '2012-09-01', end: '2013-03-31', parts: [month('2012-09', 30), month('2013-03', 31)] },
    ],
    findings: [],
    facts: [
      ['период только в заголовке: «на 2012-2013 учебный год»', periodIs('2012-09-01', '2013-05-31', 'title')],
      ['«Сентябрь март» — два месяца без разделителя, не период', reads('C13', 'several', '2012-09-01', '2013-03-31')],
      ['«В течение года» — весь учебный год', reads('C12', 'ongoing', '2012-09-01', '2013-05-31')],
      [
        'разделы «Методическая работа», «Образовательная работа с детьми» — не мероприятия',
        (r) => r.plan.rows.every((x) => !/^(Методическая|Образовательная) работа/.test(x.activity)) || 'раздел прочитан как мероприятие',
      ],
    ],
  },
  'novoandreevka-solnyshko-mesyachnik-bdd-2017': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'D' },
    rows: 1,
    period: { start: '2017-08-29', end: '2017-09-01', source: 'terms' },
    terms: [{ cell: 'C5', start: '2017-08-29', end: '2017-09-01', parts: [day('2017-08-29'), day('2017-08-29'), day('2017-09-01')] }],
    findings: [],
    facts: [
      ['в заголовке нет года: год только в датах', periodIs('2017-08-29', '2017-09-01', 'terms')],
      [
        '«29.08.2017г. 29.08.2017г. 01.09.2017г.» — три даты (по одной на подпункт 1.1–1.3), «г.» слитно',
        (r) => {
          const t = termAt(r, 'C5');
          return (t?.kind === 'several' && t.parts?.length === 3) || `${t?.kind} ${t?.parts?.length ?? 0} дат`;
        },
      ],
    ],
  },
  'izhevskoe-ds2-pdd-2024-2025': {
    columns: { activity: 'A', term: 'B', responsible: 'C' },
    rows: 7,
    period: { start: '2024-09-01', end: '2025-05-31', source: 'title' },
    terms: [
      { cell: 'B4', start: '2024-09-01', end: '2025-05-31' },
      { cell: 'B5', start: '2024-09-01', end: '2025-05-31' },
      { cell: 'B7', ...obj(month('2024-08', 31)) },
      { cell: 'B8', ...obj(month('2024-09', 30)) },
      { cell: 'B9', start: '2024-09-01', end: '2025-05-31' },
      { cell: 'B11', start: '2024-09-01', end: '2025-05-31' },
    ],
    findings: [],
    facts: [
      ['период только в заголовке: «на 2024-2025 уч год»', periodIs('2024-09-01', '2025-05-31', 'title')],
      [
        '«в течение года» и «В течение года» — одно и то же, без замечаний',
        (r) => (reads('B4', 'ongoing')(r) === true && reads('B11', 'ongoing')(r) === true) || 'разное прочтение',
      ],
      ['«август» — август 2024, перед учебным годом', reads('B7', 'period', '2024-08-01', '2024-08-31')],
      ['«по плану воспитателей» — не дата', reads('B10', 'scheduled')],
      ['заголовок сроков «Срок исполнения»', (r) => r.plan.titles.term === 'Срок исполнения' || String(r.plan.titles.term)],
    ],
  },
  'belgorod-ryabinushka-pdd-no-year': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'D' },
    rows: 4,
    period: null,
    terms: [],
    findings: [{ cell: 'C9', code: 'no-period' }],
    facts: [
      [
        'года нет нигде («на учебный год»): одно замечание на план, а не на каждую строку',
        (r) =>
          (finding('C9', 'no-period')(r) === true &&
            r.findings.filter((f) => f.code === 'no-period' || f.code === 'term-unknown').length === 1) ||
          r.findings.map((f) => f.code).join(', '),
      ],
      [
        '«сентябрь\\nдекабрь» — два месяца (по одному на строку), с указанным периодом',
        reads('C9', 'several', '2023-09-01', '2023-12-31', (r) => r.withPeriod('2023/2024 учебный год')),
      ],
      [
        '«в\\nтечение\\nгода» — весь учебный год, с указанным периодом',
        reads('C12', 'ongoing', '2023-09-01', '2024-05-31', (r) => r.withPeriod('2023/2024 учебный год')),
      ],
      ['заголовок разбит: «ответствен\\nный»', (r) => r.plan.columns.responsible === 3 || `ответственные: ${r.plan.columns.responsible}`],
    ],
  },
  'belg-urozhai-2010-time-only': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'D' },
    rows: 6,
    period: { start: '2010-01-01', end: '2010-12-31', source: 'title' },
    terms: [],
    findings: [{ cell: 'C4', code: 'time-only' }],
    facts: [
      [
        'в «Время проведения» только время («8-00», «с 10-00»): прочитано время, дата не придумана',
        (r) =>
          r.plan.rows.every((x) => x.term.kind === 'unknown' && !!x.term.time && !x.term.start) ||
          r.plan.rows.map((x) => `${x.termText}: ${x.term.kind} ${x.term.start ?? ''}`).join('; '),
      ],
      [
        '«8-00» — 8:00, «с 10-00» — с 10:00',
        (r) =>
          (termAt(r, 'C4')?.time === '8:00' && termAt(r, 'C5')?.time === 'с 10:00') || `${termAt(r, 'C4')?.time}, ${termAt(r, 'C5')?.time}`,
      ],
      [
        'дат нет: одно замечание на план',
        (r) =>
          r.findings.filter((f) => f.code === 'time-only' || f.code === 'term-unknown').length === 1 ||
          r.findings.map((f) => f.code).join(', '),
      ],
      ['год — только в «Урожай-2010» и дате распоряжения: 2010 («осеннего» не время года)', periodIs('2010-01-01', '2010-12-31', 'title')],
    ],
  },
  'irkutsk-novogodnie-prazdniki-2007-2008': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'E' },
    rows: 2,
    period: { start: '2007-01-01', end: '2008-12-31', source: 'title' },
    terms: [
      { cell: 'C9', start: '2007-01-01', end: '2007-12-10' },
      { cell: 'C10', ...obj(day('2007-12-15')) },
    ],
    findings: [],
    facts: [
      ['период в заголовке: «(2007 - 2008 г.г.)»', periodIs('2007-01-01', '2008-12-31', 'title')],
      ['«До 10.12.07 г.» — срок до 10.12.2007 (год двумя цифрами)', reads('C9', 'deadline', undefined, '2007-12-10')],
      ['«15.12.07 г.» — 15.12.2007', reads('C10', 'date', '2007-12-15', '2007-12-15')],
      ['заголовок сроков «Дата»', (r) => r.plan.titles.term === 'Дата' || String(r.plan.titles.term)],
    ],
  },
  'novosibirsk-den-rossii-2003-date-in-place': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'D' },
    rows: 4,
    period: { start: '2003-01-01', end: '2003-12-31', source: 'approval' },
    terms: [
      { cell: 'C7', start: '2003-06-10', end: '2003-06-12' },
      { cell: 'C9', start: '2003-06-09', end: '2003-06-11' },
      { cell: 'C10', start: '2003-06-09', end: '2003-06-11' },
    ],
    findings: [{ cell: 'C8', code: 'term-unknown' }],
    facts: [
      ['столбца дат нет: дата — в «Место и дата проведения», после места', reads('C7', 'period', '2003-06-10', '2003-06-12')],
      [
        'место остаётся примечанием к сроку',
        (r) => termAt(r, 'C9')?.note === 'Библиотеки образовательных учреждений' || String(termAt(r, 'C9')?.note),
      ],
      ['в строке 2 место без даты — замечание', finding('C8', 'term-unknown')],
      ['строка номеров столбцов «1 2 3 4» — не мероприятие', (r) => r.plan.rows.every((x) => x.row !== 5) || 'строка номеров прочитана'],
    ],
  },
  'samara-den-znanii-no-year': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'E' },
    rows: 5,
    period: null,
    terms: [],
    findings: [{ cell: 'C2', code: 'no-period' }],
    cut: ['D6', 'E6'],
    facts: [
      [
        'ни года, ни заголовка: одно замечание на план',
        (r) =>
          (finding('C2', 'no-period')(r) === true &&
            r.findings.filter((f) => f.code === 'no-period' || f.code === 'term-unknown').length === 1) ||
          r.findings.map((f) => f.code).join(', '),
      ],
      [
        '«31 августа\\n10:00» — дата и время (с указанным годом)',
        (r) => {
          const t = r.withPeriod('2010 год').rows.find((x) => x.cells.term === 'C2')?.term;
          return (t?.kind === 'date' && t.start === '2010-08-31' && t.time === '10:00') || `${t?.kind} ${t?.start} ${t?.time}`;
        },
      ],
      [
        '«01 сентября\\n08:30 - 12:30» — дата и время с ведущим нулём',
        (r) => {
          const t = r.withPeriod('2010 год').rows.find((x) => x.cells.term === 'C4')?.term;
          return (t?.kind === 'date' && t.start === '2010-09-01' && t.time === '8:30–12:30') || `${t?.kind} ${t?.start} ${t?.time}`;
        },
      ],
      ['заголовок ответственных сокращён: «Отв-ный»', (r) => r.plan.columns.responsible === 4 || String(r.plan.columns.responsible)],
    ],
  },
  'kedyshko-college-god-blagoustroistva-2025-BY': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'E' },
    rows: 5,
    period: { start: '2025-01-01', end: '2025-12-31', source: 'title' },
    terms: [
      { cell: 'C6', ...obj(month('2025-01', 31)) },
      ...['C7', 'C8', 'C9', 'C10'].map((cell) => ({ cell, start: '2025-01-01', end: '2025-12-31' })),
    ],
    findings: [
      { cell: 'E6', code: 'no-responsible' },
      { cell: 'E7', code: 'no-responsible' },
    ],
    facts: [
      ['год только в заголовке: «в 2025 Года благоустройства»', periodIs('2025-01-01', '2025-12-31', 'title')],
      [
        '«В течение года» ×4 — весь 2025 год',
        (r) => ['C7', 'C8', 'C9', 'C10'].every((c) => reads(c, 'ongoing', '2025-01-01', '2025-12-31')(r) === true) || 'не весь год',
      ],
      [
        '«Участники» между сроком и ответственными — не ответственные',
        (r) => r.plan.columns.responsible === 4 || String(r.plan.columns.responsible),
      ],
    ],
  },
  'orlovskaya-sh-blagoustroistvo-2023-BY': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'D' },
    rows: 6,
    period: { start: '2023-01-01', end: '2023-12-31', source: 'title' },
    terms: [
      { cell: 'C10', ...obj(month('2023-02', 28)) },
      ...['C12', 'C13', 'C14', 'C15'].map((cell) => ({ cell, start: '2023-03-01', end: '2023-04-30' })),
      { cell: 'C16', ...obj(month('2023-05', 31)) },
    ],
    findings: [{ cell: 'B10', code: 'period-mismatch' }],
    cut: ['D16'],
    facts: [
      ['план «на 2023 год» (заголовок); строка «______________ 2023г» — не дата', periodIs('2023-01-01', '2023-12-31', 'title')],
      ['первое мероприятие — «… на 2022 год»: расходится с периодом плана', finding('B10', 'period-mismatch')],
      [
        '«Март-апрель» объединён на 4 строки: строки ниже с пустым сроком — тоже март–апрель',
        (r) =>
          ['C13', 'C14', 'C15'].every((c) => termAt(r, c)?.start === '2023-03-01' && termAt(r, c)?.end === '2023-04-30') ||
          'строки ниже не датированы',
      ],
      ['и без замечаний «срок не указан» на этих строках', noFinding('term-missing')],
    ],
  },
  'stolin-sh2-popechitelskii-sovet-2021-2022-BY': {
    columns: { number: 'A', activity: 'B', term: 'C', responsible: 'D' },
    rows: 3,
    period: { start: '2021-09-01', end: '2022-05-31', source: 'title' },
    terms: [
      { cell: 'C4', ...obj(month('2021-09', 30)) },
      { cell: 'C5', ...obj(month('2021-10', 31)) },
      { cell: 'C6', ...obj(month('2021-12', 31)) },
    ],
    findings: [],
    facts: [
      ['период в заголовке: «на 2021-2022 учебный год»', periodIs('2021-09-01', '2022-05-31', 'title')],
      [
        'только месяцы: Сентябрь, Октябрь, Декабрь — 2021 года',
        (r) => ['C4', 'C5', 'C6'].every((c) => termAt(r, c)?.start?.startsWith('2021-')) || 'не 2021',
      ],
      ['«за 2020/2021учебный год» в тексте — прошлый год, не расхождение', noFinding('period-mismatch')],
      [
        'заголовок «№ п\\п» и «Сроки проведения»',
        (r) =>
          (r.plan.columns.number === 0 && r.plan.titles.term === 'Сроки проведения') || `${r.plan.columns.number} ${r.plan.titles.term}`,
      ],
    ],
  },
  'predmetnaya-nedelya-nachalnaya-shkola-no-year': {
    columns: { activity: 'B', term: 'A', responsible: 'E' },
    rows: 1,
    period: null,
    terms: [],
    findings: [{ cell: 'A14', code: 'term-unknown' }],
    cut: ['E14'],
    facts: [
      [
        'ни дат, ни года: «1 день понедельник» — без даты, и не «каждый понедельник»',
        (r) => {
          const t = termAt(r, 'A14');
          return (t?.kind === 'unknown' && !t.recurrence) || `${t?.kind} ${t?.recurrence ?? ''}`;
        },
      ],
      ['сроки — в «День, дата», а не во «Время проведения»', (r) => r.plan.columns.term === 0 || String(r.plan.columns.term)],
      [
        '«В течение недели В течение дня» — без дат',
        (r) => {
          const t = r.plan.rows[0] ? recognizePlan(r.values, { mapping: { term: 3 }, today: CORPUS_TODAY }) : null;
          const term = t?.ok ? t.plan.rows[0]?.term : undefined;
          return (!!term && !term.start) || `${term?.kind} ${term?.start}`;
        },
      ],
    ],
  },
  'federalnyi-kalendarnyi-plan-vospitaniya-2023-2024-not-a-table': {
    columns: { activity: 'A', term: 'A' },
    rows: 6,
    period: { start: '2023-09-01', end: '2024-05-31', source: 'title' },
    terms: [
      { cell: 'A3', ...obj(day('2023-09-01')) },
      { cell: 'A4', ...obj(day('2023-09-03')) },
      { cell: 'A5', ...obj(day('2023-09-08')) },
      { cell: 'A6', ...obj(day('2023-09-10')) },
      { cell: 'A8', ...obj(day('2023-10-01')) },
      { cell: 'A9', ...obj(day('2023-10-04')) },
    ],
    findings: [],
    facts: [
      [
        'не таблица: строки «1 сентября: День знаний;» прочитаны как план',
        (r) => (r.plan.lines === true && r.plan.rows[0]?.activity === 'День знаний') || `${r.plan.lines} «${r.plan.rows[0]?.activity}»`,
      ],
      ['учебный год 2023-2024 — только из заголовка', periodIs('2023-09-01', '2024-05-31', 'title')],
      [
        'строки-месяцы «Сентябрь», «Октябрь» — разделы',
        (r) =>
          (r.plan.rows[0]?.group === 'Сентябрь' && r.plan.rows[4]?.group === 'Октябрь') ||
          `${r.plan.rows[0]?.group}, ${r.plan.rows[4]?.group}`,
      ],
      ['строка с двумя событиями — одно мероприятие 3 сентября', reads('A4', 'date', '2023-09-03', '2023-09-03')],
    ],
  },
};

function obj([start, end]: [string, string]): { start: string; end: string } {
  return { start, end };
}

/** Reads a document as the job does: its cells as pasted, the user's choice if any. */
export function readDoc(doc: CorpusDoc, options: RecognizeOptions = {}): Reading | string {
  const values = pastedValues(doc.rows);
  const r = recognizePlan(values, { today: CORPUS_TODAY, ...options });
  if (!r.ok) return r.error.message;
  const withPeriod = (period: string) => {
    const again = recognizePlan(values, { today: CORPUS_TODAY, ...options, period });
    if (!again.ok) throw new Error(again.error.message);
    return again.plan;
  };
  return { plan: r.plan, findings: checkPlan(r.plan, { today: CORPUS_TODAY }), values, withPeriod };
}

/** The columns and the activity count a person reads, against the job's reading; '' when they agree. */
function columnsDiffer(e: PlanExpect, plan: Plan): string {
  const got: string[] = [];
  for (const [f, letter] of Object.entries(e.columns) as [PlanField, string][]) {
    const c = plan.columns[f];
    if (c !== columnIndex(letter)) got.push(`${f}=${c === undefined ? '—' : columnLetter(c)}`);
  }
  if (plan.rows.length !== e.rows) got.push(`${plan.rows.length} строк вместо ${e.rows}`);
  return got.join(', ');
}

/** Every cell of the table's columns on its activity rows: the cells a finding could be about. */
function tableCells(e: PlanExpect, plan: Plan): string[] {
  const cols = [...new Set(Object.values(e.columns).map((l) => columnIndex(l)))];
  return plan.rows.flatMap((r) => cols.map((c) => toA1(r.row, c)));
}

function termDated(t: Term | undefined, e: TermExpect): boolean {
  if (!t || t.kind === 'unknown' || t.start !== e.start || t.end !== e.end) return false;
  if (!e.parts) return true;
  return (
    !!t.parts && t.parts.length === e.parts.length && e.parts.every(([s, en], i) => t.parts![i]!.start === s && t.parts![i]!.end === en)
  );
}

/** Measures one document against its expectations. */
export function measurePlanDoc(doc: CorpusDoc, e: PlanExpect): DocMeasure {
  const base: DocMeasure = { job: doc.job, doc: doc.name, recognition: 'no', facts: [], falseFindings: [] };
  let reading = readDoc(doc);
  let differs = typeof reading === 'string' ? reading : columnsDiffer(e, reading.plan);
  if (differs && e.choice) {
    reading = readDoc(doc, e.choice.options);
    differs = typeof reading === 'string' ? reading : columnsDiffer(e, reading.plan);
    if (!differs) {
      base.recognition = 'one-choice';
      base.choice = e.choice.flags;
    }
  } else if (!differs) base.recognition = 'alone';
  if (typeof reading === 'string') {
    base.facts = e.facts.map(([fact]) => ({ fact, ok: false, got: reading as string }));
    return base;
  }
  const r = reading;
  const facts: FactCheck[] = [];
  if (differs) facts.push({ fact: 'столбцы и число мероприятий', ok: false, got: differs });
  const p = r.plan.period;
  if (e.period === null) {
    if (p && p.source !== 'terms')
      facts.push({ fact: 'период: в плане его нет', ok: false, got: `${p.range.start}–${p.range.end} (${p.source})` });
  } else if (!p || p.range.start !== e.period.start || p.range.end !== e.period.end || p.source !== e.period.source) {
    facts.push({
      fact: `период ${e.period.start} – ${e.period.end} (${e.period.source})`,
      ok: false,
      got: p ? `${p.range.start}–${p.range.end} (${p.source})` : 'нет',
    });
  }
  for (const [fact, check] of e.facts) {
    let got: true | string;
    try {
      got = check(r);
    } catch (err) {
      got = String(err);
    }
    facts.push(got === true ? { fact, ok: true } : { fact, ok: false, got });
  }
  base.facts = facts;
  base.terms = { dated: e.terms.filter((t) => termDated(rowAt(r.plan, t.cell)?.term, t)).length, total: e.terms.length };
  const stated = new Set(e.findings.map((f) => f.cell));
  base.errors = {
    found: e.findings.filter((f) => r.findings.some((x) => x.cell === f.cell && x.code === f.code)).length,
    stated: e.findings.length,
  };
  const clean = new Set(tableCells(e, r.plan).filter((c) => !stated.has(c) && !(e.cut ?? []).includes(c)));
  base.falseFindings = r.findings.filter((f) => clean.has(f.cell)).map((f) => `${f.cell}: ${f.message}`);
  return base;
}

export const PLANS_CORPUS: JobCorpus = {
  name: 'Планы',
  folders: ['plans'],
  expects: (doc) => doc.name in PLAN_EXPECTATIONS,
  measure: (doc) => measurePlanDoc(doc, PLAN_EXPECTATIONS[doc.name]!),
};
