/** recognizePlan: a pasted calendar plan (values as from getValues) → stages and rows with parsed terms. */
import { formatRu, isDateValue, parseTerm } from '../dates/index';
import type { DateRange, Term } from '../dates/term';
import { columnLetter, toA1 } from '../table/a1';
import { cellText } from '../table/cell';
import { readTable, type ReadTableError, type TableQuestion, type TableSpec } from '../table/read-table';
import type { Lang } from '../i18n/lang';
import { messages } from './messages';
import { numberKey, rowClassifier } from './rows';
import { hasMarkup, stripMarkup } from './markup';
import { periodFromTitle, userPeriod, type PlanPeriod } from './period';
import { isMonthHeading, readLinesPlan, type LinesPlan } from './lines';
import { isStageTitle, parseStageTitle } from './stages';
import { holdsResponsible, holdsTerm, PLAN_CONTENT, PLAN_SYNONYMS } from './synonyms';
import { PLAN_FIELDS, type Plan, type PlanError, type PlanField, type PlanMapping, type PlanRow, type Stage } from './types';

export interface RecognizeOptions {
  /** The user's column choice; wins over detection. */
  mapping?: PlanMapping;
  /** The header row when the user chose it (0-based); -1: no header, data from the first row. */
  headerRow?: number;
  /** ISO date, passed to the term parser. */
  today?: string;
  lang?: Lang;
  /**
   * The user's «Период плана» («2024/2025 учебный год», «01.09.2024 – 31.05.2025», or a range): wins over the
   * period read from the title. Every term and stage without a year takes its year from it.
   */
  period?: string | DateRange;
}

export type RecognizeResult = { ok: true; plan: Plan } | { ok: false; error: PlanError };

export const MAX_PLAN_ROWS = 100_000;
const REQUIRED: readonly PlanField[] = ['activity', 'term'];

/** A calendar plan as a table: its columns, their names, the two it cannot do without, and what cells hold. */
export const PLAN_TABLE: TableSpec<PlanField> = { fields: PLAN_FIELDS, synonyms: PLAN_SYNONYMS, required: REQUIRED, content: PLAN_CONTENT };

function fail(code: PlanError['code'], message: string): RecognizeResult {
  return { ok: false, error: { code, message } };
}

function lookedFor(fields: readonly PlanField[], lang: Lang): string {
  const m = messages(lang);
  return fields.map((f) => m.lookedFor(m.fields[f], PLAN_SYNONYMS[f].slice(0, 6) as string[])).join(m.and);
}

/** The user's message for a column-mapping failure. */
function columnsError(e: ReadTableError<PlanField>, lang: Lang): [PlanError['code'], string] {
  const m = messages(lang);
  switch (e.code) {
    case 'no-header':
      return ['no-header', m.errors.noHeader(lookedFor(e.missing, lang))];
    case 'no-columns':
      return ['no-columns', m.errors.noColumns(e.headerRow + 1, lookedFor(e.missing, lang))];
    case 'bad-mapping':
      return ['bad-mapping', m.errors.badMapping(m.fields[e.field], e.col as number)];
    case 'mapping-twice':
      return ['bad-mapping', m.errors.mappingTwice(e.letter)];
  }
}

/** Union of ranges, or undefined when there are none. */
export function unionRange(ranges: Iterable<DateRange | undefined>): DateRange | undefined {
  let out: DateRange | undefined;
  for (const r of ranges) {
    if (!r) continue;
    if (!out) out = { start: r.start, end: r.end };
    else {
      if (r.start < out.start) out.start = r.start;
      if (r.end > out.end) out.end = r.end;
    }
  }
  return out;
}

function termRange(t: Term): DateRange | undefined {
  return t.kind !== 'unknown' && t.start && t.end && t.start <= t.end ? { start: t.start, end: t.end } : undefined;
}

/** Finds the header, maps the columns, reads stages, groups, items and continuation rows, and parses every term. */
export function recognizePlan(values: unknown, options: RecognizeOptions = {}): RecognizeResult {
  const lang = options.lang ?? 'ru';
  const m = messages(lang);
  if (!Array.isArray(values)) return fail('bad-input', m.errors.empty);
  const rows = values.map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
  if (rows.length > MAX_PLAN_ROWS) return fail('too-large', m.errors.tooLarge(rows.length, MAX_PLAN_ROWS));
  if (!rows.some((r) => r.some((v) => cellText(v) !== ''))) return fail('empty', m.errors.empty);

  const mapping = options.mapping ?? {};
  // the user says the activity and the term share a column: lines that start with their term
  if (typeof mapping.activity === 'number' && mapping.activity === mapping.term) {
    const lines = readLinesPlan(rows, mapping.activity);
    if (!lines) return fail('no-columns', m.errors.noLines(columnLetter(mapping.activity)));
    return { ok: true, plan: linesPlan(rows, lines, options) };
  }
  const userSaid = Object.keys(mapping).length > 0 || options.headerRow !== undefined;
  const resolved = readTable(
    rows,
    PLAN_TABLE,
    { mapping, ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}) },
    { checkRequired: false },
  );
  if (
    !resolved.ok ||
    (resolved.headerRow < 0 && !userSaid && (resolved.columns.activity === undefined || resolved.columns.term === undefined))
  ) {
    // not a table: month headings and «1 сентября: День знаний;» lines
    const lines = userSaid ? null : readLinesPlan(rows);
    if (lines) return { ok: true, plan: linesPlan(rows, lines, options) };
    // a sheet without a header row is a plan only if its cells show both activities and terms (or the user says so)
    if (resolved.ok) return fail('no-header', m.errors.noHeader(lookedFor(REQUIRED, lang)));
    return fail(...columnsError(resolved.error, lang));
  }
  const { headerRow, columns, titles, labels } = resolved;
  // a «№» column found by its cells is no question worth the user's time: a wrong guess only changes a label
  const questions = resolved.questions.filter((q) => q.code !== 'by-content' || q.field !== 'number');
  resolved.questions = questions;
  if (!('term' in mapping)) preferDateColumn(resolved);
  if (!('activity' in mapping) && columns.activity === undefined && columns.tasks === undefined) textColumnAsActivity(rows, resolved);
  // «Задачи | Содержание | Результаты»: with no activity column, the tasks are the activities
  if (columns.activity === undefined && columns.tasks !== undefined && !('activity' in mapping)) {
    columns.activity = columns.tasks;
    delete columns.tasks;
    if (titles.tasks !== undefined) titles.activity = titles.tasks;
    delete titles.tasks;
  }
  // a plan without a term column is read too: each activity takes its stage's range
  const noTermColumn =
    columns.term === undefined && columns.activity !== undefined && (resolved.detected.term === undefined || mapping.term === null);
  const missing = REQUIRED.filter((f) => columns[f] === undefined && !(f === 'term' && noTermColumn));
  if (missing.length) return fail('no-columns', m.errors.noColumns(headerRow + 1, lookedFor(missing, lang)));

  const stages: Stage[] = [];
  const addStage = (text: string, row: number) => {
    const t = parseStageTitle(text);
    const stage: Stage = { name: t.name, shortName: t.shortName, row, index: stages.length };
    if (t.range) stage.range = t.range;
    if (t.termText) stage.termText = t.termText;
    if (t.yearsOnly) stage.yearsOnly = true;
    stages.push(stage);
  };
  // a stage named in the title just above the header: «1. Календарный план реализации I этапа (2014) проекта»
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 5); r--) {
    const texts = (rows[r] ?? []).map(cellText).filter(Boolean);
    if (texts.length === 1 && isStageTitle(texts[0]!)) {
      addStage(texts[0]!, r);
      break;
    }
  }

  const classify = rowClassifier(columns, titles);
  const isTitleLine = (r: number): boolean => {
    for (let n = r + 1; n < rows.length; n++) {
      const k = classify(rows[n]!);
      if (k.kind === 'blank') continue;
      return k.kind === 'stage' || (k.kind === 'skip' && k.header === true);
    }
    return false;
  };
  const planRows: PlanRow[] = [];
  const skippedRows: number[] = [];
  const termValues: unknown[] = [];
  /** The month row above each row («ИЮНЬ», «Сентябрь»), which dates the rows under it that have no term of their own. */
  const monthRow = new Map<PlanRow, { row: number; text: string }>();
  let month: { row: number; text: string } | undefined;
  let group: string | undefined;
  let parent: PlanRow | undefined;
  let last: PlanRow | undefined;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const k = classify(row);
    if (k.kind === 'blank') continue;
    if (k.kind === 'skip') {
      skippedRows.push(r);
      continue;
    }
    if (k.kind === 'lone') {
      // a page break cut the previous row: its text goes on here, mid-sentence
      if (last && continuesText(k.text)) {
        joinInto(last, k.field ?? 'activity', k.text);
        continue;
      }
      // a title line between a stage title and a repeated header («КЛАСТЕРНАЯ МОДЕЛЬ …» under «2. Календарный план …»)
      if (isTitleLine(r)) {
        skippedRows.push(r);
        continue;
      }
      group = clean(k.text).replace(/\s+/g, ' ');
      month = isMonthHeading(group) ? { row: r, text: group } : undefined;
      parent = undefined;
      last = undefined;
      continue;
    }
    if (k.kind === 'stage' || k.kind === 'heading') {
      if (k.kind === 'stage') addStage(clean(k.text), r);
      group = k.kind === 'heading' ? clean(k.text).replace(/\s+/g, ' ') : undefined;
      month = group && isMonthHeading(group) ? { row: r, text: group } : undefined;
      parent = undefined;
      last = undefined;
      continue;
    }
    const t = k.texts;
    // every filled cell goes on in lower case: the row was cut by a page break («ческих разработок | победители»)
    if (
      last &&
      !t.number &&
      t.activity &&
      !t.term &&
      !k.errors &&
      (Object.keys(t) as PlanField[]).every((f) => continuesCell(last!, f, t[f]!))
    ) {
      for (const f of Object.keys(t) as PlanField[]) joinInto(last, f, t[f]!);
      continue;
    }
    const markup: PlanField[] = [];
    for (const f of Object.keys(t) as PlanField[]) {
      if (hasMarkup(t[f]!)) {
        markup.push(f);
        t[f] = stripMarkup(t[f]!);
      }
    }
    const item: PlanRow = {
      row: r,
      activity: t.activity ?? '',
      termText: t.term ?? k.errors?.term ?? '',
      term: { kind: 'unknown' },
      cells: {},
    };
    for (const f of PLAN_FIELDS) {
      const c = columns[f];
      if (c !== undefined) item.cells[f] = toA1(r, c);
    }
    if (t.number) item.number = t.number;
    if (t.tasks) item.tasks = t.tasks;
    if (t.responsible) item.responsible = t.responsible;
    if (t.result) item.result = t.result;
    if (t.status) item.status = t.status;
    if (markup.length) item.markup = markup;
    if (k.errors) item.cellErrors = k.errors;
    if (stages.length) item.stageIndex = stages.length - 1;
    if (group) item.group = group;
    if (month) monthRow.set(item, month);
    if (!t.number && !t.activity && !k.errors?.activity && parent) {
      item.parentRow = parent.row;
      item.activity = parent.activity;
      const detail = t.tasks ?? t.result;
      if (detail) item.detail = detail;
      if (!item.responsible && parent.responsible && columns.responsible !== undefined) {
        item.responsible = parent.responsible;
        item.responsibleInherited = true;
      }
    } else {
      parent = item;
    }
    last = item;
    planRows.push(item);
    termValues.push(columns.term !== undefined ? row[columns.term] : undefined);
  }

  const items = markGroups(planRows, termValues);
  const plan: Plan = { headerRow, columns, titles, labels, questions, stages, rows: items.rows, skippedRows };
  const period = userPeriod(options.period) ?? periodFromTitle(rows, headerRow);
  if (period) plan.period = period;
  if (noTermColumn) plan.noTermColumn = true;
  // stages without dates of their own («I этап (сентябрь – декабрь)») take their year from the period
  if (period) for (const st of stages) if (!st.range) readStageInPeriod(st, period);
  parseTerms(plan, items.terms, options.today, monthRow);
  return { ok: true, plan };
}

/** A plan of lines («1 сентября: День знаний;»): one row per dated line, the period from the title above. */
function linesPlan(rows: unknown[][], lines: LinesPlan, options: RecognizeOptions): Plan {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const planRows: PlanRow[] = lines.lines.map((l) => {
    const row: PlanRow = {
      row: l.row,
      activity: l.activity,
      termText: l.termText,
      term: { kind: 'unknown' },
      cells: { activity: toA1(l.row, lines.col), term: toA1(l.row, lines.col) },
    };
    if (l.number) row.number = l.number;
    if (l.group) row.group = l.group;
    return row;
  });
  const plan: Plan = {
    headerRow: -1,
    columns: { activity: lines.col, term: lines.col },
    titles: {},
    labels: new Array<string>(width).fill(''),
    questions: [],
    stages: [],
    rows: planRows,
    skippedRows: [],
    lines: true,
  };
  // the whole text above the first dated line is the title: a cover page may run long
  const period = userPeriod(options.period) ?? periodFromTitle(rows, lines.lines[0]!.row, lines.lines[0]!.row);
  if (period) plan.period = period;
  parseTerms(
    plan,
    planRows.map((r) => r.termText),
    options.today,
    new Map(),
  );
  return plan;
}

/** A label that names a date («Дата», «День, дата», «Число»), not a clock time. */
const DATE_LABEL = /(?:^|[^\p{L}])(?:дата|даты|день|число|сроки?)(?:$|[^\p{L}])/iu;

/**
 * «День, дата | … | Время проведения»: a plan with a date column and a time column reads its terms from the date
 * column, though «Время проведения» names a term column too.
 */
function preferDateColumn(t: {
  columns: Partial<Record<PlanField, number>>;
  titles: Partial<Record<PlanField, string>>;
  labels: string[];
  sources: Partial<Record<PlanField, string>>;
}): void {
  const c = t.columns.term;
  if (c === undefined || t.sources.term !== 'header' || !/^\s*время/iu.test(t.titles.term ?? '')) return;
  const taken = new Set(Object.values(t.columns));
  const other = t.labels.findIndex((l, i) => !taken.has(i) && DATE_LABEL.test(l) && !/время/iu.test(l));
  if (other < 0) return;
  t.columns.term = other;
  t.titles.term = t.labels[other]!;
}

/**
 * «Предмет | Сроки | Ответственный», «Группа | Дата | Воспитатель»: a header that names no activity column. The
 * leftmost free column of words (not terms, not people, not numbers) is read as the activities, and the column form
 * asks the user to check it — one question instead of a refusal.
 */
function textColumnAsActivity(
  rows: unknown[][],
  t: {
    columns: Partial<Record<PlanField, number>>;
    titles: Partial<Record<PlanField, string>>;
    labels: string[];
    dataStart: number;
    questions: TableQuestion<PlanField>[];
  },
): void {
  const taken = new Set(Object.values(t.columns));
  const width = t.labels.length;
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    let filled = 0;
    let words = 0;
    for (let r = t.dataStart; r < Math.min(rows.length, t.dataStart + 200); r++) {
      const v = rows[r]?.[c];
      const text = cellText(v);
      if (!text) continue;
      filled++;
      // group names read as people («Младшая группа»): they are words enough once the people have their column
      if (/\p{L}{3,}/u.test(text) && !holdsTerm(text, v) && (t.columns.responsible !== undefined || !holdsResponsible(text))) words++;
    }
    if (filled >= 2 && words >= filled * 0.6) {
      t.columns.activity = c;
      if (t.labels[c]) t.titles.activity = t.labels[c]!;
      t.questions.push({ code: 'by-content', field: 'activity', col: c });
      return;
    }
  }
}

/** The top rows as header candidates, with words hyphenated over lines joined: «Срок реализа-\nции» → «Срок реализации». */
function clean(text: string): string {
  return hasMarkup(text) ? stripMarkup(text) : text;
}

/** Text that goes on from the row above: it starts in lower case («программированию для 5-9 классов»). */
function continuesText(text: string): boolean {
  const c = text.trimStart().charAt(0);
  return c !== '' && c !== c.toUpperCase() && c === c.toLowerCase();
}

/** A cell going on from the same cell above: in lower case, or after a comma, a dash or «и» («Иванов, | Петров»). */
function continuesCell(above: PlanRow, field: PlanField, text: string): boolean {
  if (continuesText(text)) return true;
  const prev =
    field === 'activity'
      ? above.activity
      : field === 'term'
        ? above.termText
        : above[field as 'tasks' | 'responsible' | 'result' | 'status'];
  return !!prev && /(?:[,;–—-]|\sи)$/u.test(prev);
}

const TEXT_FIELDS: readonly PlanField[] = ['activity', 'tasks', 'responsible', 'result', 'status'];

function joinInto(row: PlanRow, field: PlanField, text: string): void {
  const add = clean(text);
  if (field === 'term') {
    row.termText = row.termText ? `${row.termText}\n${add}` : add;
    return;
  }
  if (!TEXT_FIELDS.includes(field)) return;
  const key = field as 'activity' | 'tasks' | 'responsible' | 'result' | 'status';
  const before = row[key] ?? '';
  row[key] = before
    ? /[-\u00ad]$/.test(before) && /\p{L}$/u.test(before.slice(0, -1))
      ? before.slice(0, -1) + add
      : `${before} ${add}`
    : add;
}

/** A stage title without a year («I этап: сентябрь – декабрь») read again with the period as its context. */
function readStageInPeriod(stage: Stage, period: PlanPeriod): void {
  const t = parseTerm(stage.name.replace(/^[^(:–—-]*?этап\p{L}*/iu, ''), { range: period.range });
  if (t.kind === 'unknown' || !t.start || !t.end || t.start > t.end || t.kind === 'ongoing' || t.kind === 'scheduled') return;
  stage.range = { start: t.start, end: t.end };
}

/** Section rows of 002 («1.» + a heading, no term) are headings of the rows numbered «1.1.», «1.2.» under them. */
function markGroups(rows: PlanRow[], terms: unknown[]): { rows: PlanRow[]; terms: unknown[] } {
  const out: PlanRow[] = [];
  const outTerms: unknown[] = [];
  let group: { name: string; key: string; stage?: number } | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const key = numberKey(row.number);
    const next = rows.slice(i + 1, i + 4).find((x) => x.number);
    const bare = !row.termText && !row.result && !row.responsible && !row.tasks && !row.cellErrors && row.parentRow === undefined;
    if (key && bare && row.activity && next && next.stageIndex === row.stageIndex && numberKey(next.number).startsWith(key + '.')) {
      group = { name: row.activity.replace(/\s+/g, ' '), key };
      if (row.stageIndex !== undefined) group.stage = row.stageIndex;
      continue;
    }
    if (group && (group.stage !== row.stageIndex || (key && !key.startsWith(group.key + '.')))) group = undefined;
    if (group) row.group = group.name;
    out.push(row);
    outTerms.push(terms[i]);
  }
  return { rows: out, terms: outTerms };
}

/** A term cell of day numbers only («5», «12-14», «3, 10»): under a month row it is read with that month. */
const DAYS_ONLY = /^[\d\s.,;–—-]+$/u;

/**
 * Parses every term: first with its stage's range or the plan's period, then, for what needs a context, with the
 * plan's range. A row with no term of its own is dated by the month row above it (`monthRow`), by the merged term
 * cell of the numbered row above, or by its own date from a cell above that lists one date per row.
 */
function parseTerms(plan: Plan, values: unknown[], today: string | undefined, monthRow: Map<PlanRow, { row: number; text: string }>): void {
  const opts = today ? { today } : {};
  const stageUnion = unionRange(plan.stages.map((s) => s.range));
  const periodRange = plan.period?.range;
  const input = values.map((v, i): unknown => {
    const row = plan.rows[i]!;
    if (isDateValue(v)) return v;
    const month = row.cellErrors?.term ? undefined : monthRow.get(row);
    if (month && !row.termText) {
      row.termFrom = { row: month.row, how: 'heading' };
      return month.text;
    }
    if (month && DAYS_ONLY.test(row.termText)) return `${row.termText} ${month.text}`;
    return row.termText;
  });
  const withContext = new Array<boolean>(values.length).fill(false);
  plan.rows.forEach((row, i) => {
    if (row.cellErrors?.term) {
      row.term = { kind: 'unknown', reason: row.cellErrors.term };
      return;
    }
    const stageRange = row.stageIndex !== undefined ? plan.stages[row.stageIndex]!.range : undefined;
    const range = stageRange ?? periodRange ?? stageUnion;
    withContext[i] = !!range;
    if (plan.noTermColumn && !row.termFrom) {
      row.term = range ? { kind: 'ongoing', start: range.start, end: range.end } : { kind: 'unknown', reason: NO_TERM_COLUMN_REASON };
      return;
    }
    row.term = parseTerm(input[i], range ? { range } : undefined, opts);
  });
  const explicit = plan.rows.map((r) =>
    ['date', 'deadline', 'period', 'several', 'recurring'].includes(r.term.kind) && !r.term.years ? termRange(r.term) : undefined,
  );
  const context = unionRange([stageUnion, ...explicit]);
  if (context) {
    plan.rows.forEach((row, i) => {
      if (withContext[i] || row.cellErrors?.term || input[i] === '' || (plan.noTermColumn && !row.termFrom)) return;
      const t = row.term;
      if (t.kind === 'unknown' || t.kind === 'ongoing' || t.kind === 'scheduled' || !t.start || !t.end) {
        row.term = parseTerm(input[i], { range: context }, opts);
      }
    });
  }
  inheritTerms(plan);
  if (!plan.period) {
    if (stageUnion)
      plan.period = { range: stageUnion, text: `${formatRu(stageUnion.start)} – ${formatRu(stageUnion.end)}`, source: 'stages' };
    else {
      const terms = unionRange(plan.rows.map((r) => termRange(r.term)));
      if (terms) plan.period = { range: terms, text: `${formatRu(terms.start)} – ${formatRu(terms.end)}`, source: 'terms' };
    }
  }
  const range = unionRange([periodRange, stageUnion, ...plan.rows.map((r) => termRange(r.term))]);
  if (range) plan.range = range;
}

/**
 * Rows whose term cell is empty under a row whose cell is not, in one section: a cell merged over them in Word.
 * - The cell lists as many dates (or months) as there are rows from it down: each row takes its own, in order
 *   («12.11\n14.11\n19.11» over three rows).
 * - Otherwise, when the plan numbers its rows and these rows have no number (the numbered row above goes on over
 *   them — «1. | Март-апрель» over «2. Ремонт…», «3. Формирование…»), each takes that row's term.
 * Any other empty term cell stays empty, and the check says so.
 */
function inheritTerms(plan: Plan): void {
  const rows = plan.rows;
  const numbered = plan.columns.number !== undefined;
  for (let i = 0; i < rows.length; i++) {
    const source = rows[i]!;
    if (!source.termText || source.cellErrors?.term || source.termFrom) continue;
    let k = i + 1;
    while (k < rows.length) {
      const r = rows[k]!;
      if (r.termText || r.termFrom || r.cellErrors?.term || r.group !== source.group || r.stageIndex !== source.stageIndex) break;
      k++;
    }
    const followers = rows.slice(i + 1, k);
    if (!followers.length) continue;
    const parts = source.term.kind === 'several' ? (source.term.parts ?? []) : [];
    if (parts.length === followers.length + 1) {
      [source, ...followers].forEach((r, n) => {
        const p = parts[n]!;
        r.term = { kind: p.start === p.end ? 'date' : 'period', start: p.start, end: p.end };
        if (source.term.precision) r.term.precision = source.term.precision;
        if (r !== source) r.termFrom = { row: source.row, how: 'split' };
      });
    } else if (numbered && source.number) {
      for (const r of followers) {
        if (r.number) break;
        r.term = { ...source.term };
        r.termFrom = { row: source.row, how: 'merged' };
      }
    }
    i = k - 1;
  }
}

/** The reason on every row of a plan with neither a term column nor dated stages nor a period. */
export const NO_TERM_COLUMN_REASON = 'нет столбца сроков, а у этапа нет дат';
