/**
 * The responsibility job's table, read through the shared pipeline: the plan's recognition gives the rows (a
 * continuation row inherits its item's responsible, a ditto mark the row above's) and the «Ответственные»
 * column, `readTable` with the job's own spec finds the executors column by its header; what was guessed, and
 * a second responsibility column («Кто проводит» beside «Ответственные»), become questions for the column form.
 * Then the job's check of one table: the responsible cells, the names in the activity texts, an empty
 * responsible beside a filled «Участники» cell, and the questions as findings.
 */
import type { Lang } from '../i18n/lang';
import { PLAN_SYNONYMS, recognizePlan, type Plan, type PlanError, type PlanRow } from '../plan';
import { toA1 } from '../table/a1';
import { cellText } from '../table/cell';
import type { Result } from '../table/findings';
import { assignCandidates, prepareSynonyms, rowCandidates, type Synonyms } from '../table/headers';
import { tableQuestionText } from '../table/questions';
import { readTable, type TableChoice, type TableQuestion, type TableSpec } from '../table/read-table';
import { checkResponsibleColumn, type CellInput, type ColumnReport, type PeopleFinding } from './check';
import type { RosterIndex } from './match';
import { messages } from './messages';
import type { Roster } from './roster';
import type { ActivityRow } from './workload';

export type PeopleField = 'activity' | 'term' | 'responsible' | 'executors';
export const PEOPLE_FIELDS: readonly PeopleField[] = ['activity', 'term', 'responsible', 'executors'];

/** Headers of a column of people who take part without answering for the activity. */
export const EXECUTOR_HEADERS: readonly string[] = [
  'Исполнители',
  'Исполнитель',
  'Соисполнители',
  'Соисполнитель',
  'Участники',
  'Категория участников',
  'Привлекаемые специалисты',
  'Executors',
];

export const PEOPLE_SYNONYMS: Synonyms<PeopleField> = {
  activity: PLAN_SYNONYMS.activity,
  term: PLAN_SYNONYMS.term,
  responsible: PLAN_SYNONYMS.responsible,
  executors: EXECUTOR_HEADERS,
};

/**
 * The job's table as the pipeline reads it: the executors are found by their header only (their cells hold
 * people, as responsible cells do, so contents cannot tell the two apart).
 */
export const PEOPLE_TABLE: TableSpec<PeopleField> = {
  fields: PEOPLE_FIELDS,
  synonyms: PEOPLE_SYNONYMS,
  required: ['activity', 'responsible'],
};

export type PeopleChoice = TableChoice<PeopleField>;

/** What the job asks the user to check in the column form. */
export type PeopleQuestion =
  | TableQuestion<PeopleField>
  /** Another column is headed like a responsibility column («Кто проводит» beside «Ответственные»). */
  | { code: 'other-responsible'; col: number; chosen: number };

export interface PeopleTable {
  plan: Plan;
  /** 0-based columns of the job's fields. */
  columns: Partial<Record<PeopleField, number>>;
  /** The header row (0-based), -1 without one. */
  headerRow: number;
  /** Every column's header label ('' where none). */
  labels: string[];
  /** The responsible column's header as written (its letter when it has none). */
  title: string;
  /** The executors column's header as written. */
  executorsTitle?: string;
  questions: PeopleQuestion[];
}

export interface ReadPeopleOptions {
  lang?: Lang;
  /** ISO date, for the plan's terms. */
  today?: string;
}

const PLAN_PART: readonly PeopleField[] = ['activity', 'term', 'responsible'];

/** The plan on a sheet and its responsibility columns; an error the user can act on (the column form) when there is none. */
export function readPeopleTable(
  values: unknown,
  choice: PeopleChoice = {},
  options: ReadPeopleOptions = {},
): Result<{ table: PeopleTable }, PlanError['code'] | 'no-column'> {
  const lang = options.lang ?? 'ru';
  const mapping = choice.mapping ?? {};
  const planMapping: Record<string, number | null> = {};
  for (const f of PLAN_PART) if (f in mapping) planMapping[f] = mapping[f] ?? null;
  const read = recognizePlan(values, {
    lang,
    mapping: planMapping,
    ...(choice.headerRow !== undefined ? { headerRow: choice.headerRow } : {}),
    ...(choice.period ? { period: choice.period } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
  if (!read.ok) return read;
  const plan = read.plan;
  const responsible = plan.columns.responsible;
  if (responsible === undefined) return { ok: false, error: { code: 'no-column', message: messages(lang).errors.noColumn } };
  const columns: Partial<Record<PeopleField, number>> = { responsible };
  if (plan.columns.activity !== undefined) columns.activity = plan.columns.activity;
  if (plan.columns.term !== undefined) columns.term = plan.columns.term;
  const grid = values as unknown[][];
  const questions: PeopleQuestion[] = plan.questions.filter(
    (q) => q.code === 'no-header' || PLAN_PART.includes(q.field as PeopleField),
  ) as PeopleQuestion[];

  // the executors: the user's column, or the one the pipeline reads under the plan's header
  if ('executors' in mapping) {
    const col = mapping.executors;
    if (typeof col === 'number' && Object.values(columns).includes(col)) {
      return { ok: false, error: { code: 'bad-mapping', message: messages(lang).errors.mappingTwice(toA1(0, col).replace(/\d+$/, '')) } };
    }
    if (typeof col === 'number') columns.executors = col;
  } else if (plan.headerRow >= 0) {
    const fixed: Partial<Record<PeopleField, number | null>> = {};
    for (const f of PLAN_PART) fixed[f] = columns[f] ?? null;
    const t = readTable(grid, PEOPLE_TABLE, { mapping: fixed, headerRow: plan.headerRow }, { checkRequired: false });
    if (t.ok && t.columns.executors !== undefined) columns.executors = t.columns.executors;
  }

  // a second column headed like a responsibility column: the form offers it, the check says which one it read
  if (!('responsible' in mapping) && plan.headerRow >= 0) {
    const taken = new Set(Object.values(columns));
    const other = assignCandidates(
      rowCandidates(plan.labels, prepareSynonyms({ responsible: PLAN_SYNONYMS.responsible })).filter((c) => !taken.has(c.col)),
    )[0];
    if (other) questions.push({ code: 'other-responsible', col: other.col, chosen: responsible });
  }

  const label = (c: number | undefined) =>
    c === undefined ? undefined : plan.labels[c] || cellText(grid[plan.headerRow]?.[c]) || undefined;
  const table: PeopleTable = {
    plan,
    columns,
    headerRow: plan.headerRow,
    labels: plan.labels,
    title: label(responsible) ?? toA1(0, responsible).replace(/\d+$/, ''),
    questions,
  };
  const executorsTitle = label(columns.executors);
  if (executorsTitle) table.executorsTitle = executorsTitle;
  return { ok: true, table };
}

/** A column's header as the user reads it, line breaks made spaces: «Дата,\nвремя» → «Дата, время». */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the job asks, as sentences for the column form. */
export function peopleQuestionTexts(table: PeopleTable, lang: Lang = 'ru'): string[] {
  const m = messages(lang);
  const named = (c: number) => {
    const letter = toA1(0, c).replace(/\d+$/, '');
    const label = oneLine(table.labels[c] ?? '');
    return label ? `${letter} «${label}»` : letter;
  };
  return table.questions.map((q) =>
    q.code === 'other-responsible' ? m.findings.otherResponsible(named(q.chosen), named(q.col)) : tableQuestionText(q, m.fields, lang),
  );
}

/** The cells of one field on the plan's rows: sheet row, column and value. */
export function fieldCells(
  values: readonly (readonly unknown[])[],
  table: PeopleTable,
  field: PeopleField,
  rows: readonly PlanRow[] = table.plan.rows,
): CellInput[] {
  const col = table.columns[field];
  if (col === undefined) return [];
  return rows.map((r) => ({ row: r.row, col, value: values[r.row]?.[col] ?? '' }));
}

export interface PeopleCheck {
  /** Every finding of the table, in sheet order. */
  findings: PeopleFinding[];
  /** The responsible column's report (people and their counts). */
  report: ColumnReport;
}

/** What is reported about names in the activity texts. */
const MENTION_CODES: ReadonlySet<string> = new Set(['typo', 'initials']);

/**
 * The job's check of one table: the responsible cell of every activity row (a continuation row that inherits its
 * item's responsible is not asked again), an empty one beside a filled executors cell said as such, the people
 * named in the activity texts matched the same way, and the pipeline's questions as one finding each.
 */
export function checkPeopleTable(
  values: readonly (readonly unknown[])[],
  table: PeopleTable,
  roster: Roster | RosterIndex | null,
  lang: Lang = 'ru',
): Result<PeopleCheck, 'too-large' | 'bad-input'> {
  const m = messages(lang);
  const own = table.plan.rows.filter((r) => !r.responsibleInherited);
  const cells = fieldCells(values, table, 'responsible', own);
  const checked = checkResponsibleColumn(cells, roster, { lang, empty: 'all' });
  if (!checked.ok) return checked;
  const findings: PeopleFinding[] = [];
  const exec = table.columns.executors;
  for (const f of checked.report.findings) {
    const other = exec !== undefined && f.code === 'empty' ? cellText(values[f.row]?.[exec]) : '';
    if (!other) {
      findings.push(f);
      continue;
    }
    // «Заместитель директора по УВР» in «Участники», nothing in «Ответственные»: said as it is (the Кедышко plan)
    const title = oneLine(table.executorsTitle ?? m.fields.executors);
    findings.push({
      ...f,
      code: 'only-executors',
      message: m.findings.onlyExecutors(title, toA1(f.row, exec!), oneLine(other)),
      suggestion: m.findings.onlyExecutorsHint(oneLine(table.title)),
    });
  }
  const activities = fieldCells(
    values,
    table,
    'activity',
    table.plan.rows.filter((r) => r.parentRow === undefined),
  );
  if (activities.length) {
    const mentions = checkResponsibleColumn(activities, roster, {
      lang,
      mode: 'mentions',
      empty: 'none',
      context: cells.map((c) => c.value),
    });
    // in prose a name may stand in any case and anyone may be named: only a likely typo or other initials are
    // worth a word, and a fix there is never «safe» (the case of the word is the writer's)
    if (mentions.ok) {
      for (const f of mentions.report.findings) {
        if (!MENTION_CODES.has(f.code)) continue;
        findings.push(f.fix ? { ...f, fix: { ...f.fix, safe: false } } : f);
      }
    }
  }
  const headerRow = Math.max(table.headerRow, 0);
  peopleQuestionTexts(table, lang).forEach((message, i) => {
    const q = table.questions[i]!;
    const col = q.code === 'by-content' ? q.col : q.code === 'other-responsible' ? q.chosen : table.columns.responsible!;
    findings.push({ cell: toA1(headerRow, col), row: headerRow, col, severity: 'info', code: 'table-question', message });
  });
  findings.sort((a, b) => a.row - b.row || (a.col ?? 0) - (b.col ?? 0));
  return { ok: true, findings, report: checked.report };
}

/** The plan's rows as the workload and the matrix count them: the activity, its responsible, executors and term. */
export function peopleActivityRows(values: readonly (readonly unknown[])[], table: PeopleTable): ActivityRow[] {
  const exec = table.columns.executors;
  return table.plan.rows.map((r): ActivityRow => {
    const t = r.term;
    return {
      row: r.row,
      activity: r.parentRow !== undefined && r.detail ? `${r.activity} — ${r.detail}` : r.activity,
      responsible: r.responsible ?? '',
      ...(exec !== undefined ? { executors: values[r.row]?.[exec] ?? '' } : {}),
      term: { kind: t.kind, ...(t.start ? { start: t.start } : {}), ...(t.end ? { end: t.end } : {}) },
    };
  });
}
