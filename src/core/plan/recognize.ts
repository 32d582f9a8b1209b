/** recognizePlan: a pasted calendar plan (values as from getValues) → stages and rows with parsed terms. */
import { isDateValue, parseTerm } from '../dates/index';
import type { DateRange, Term } from '../dates/term';
import { toA1 } from '../table/a1';
import { cellText } from '../table/cell';
import { resolveColumns, type ColumnsError, type TableSpec } from '../table/columns';
import type { Lang } from '../i18n/lang';
import { messages } from './messages';
import { numberKey, rowClassifier } from './rows';
import { isStageTitle, parseStageTitle } from './stages';
import { PLAN_SYNONYMS } from './synonyms';
import { PLAN_FIELDS, type Plan, type PlanError, type PlanField, type PlanMapping, type PlanRow, type Stage } from './types';

export interface RecognizeOptions {
  /** The user's column choice; wins over detection. */
  mapping?: PlanMapping;
  /** The header row when the user chose it (0-based); -1: no header, data from the first row. */
  headerRow?: number;
  /** ISO date, passed to the term parser. */
  today?: string;
  lang?: Lang;
}

export type RecognizeResult = { ok: true; plan: Plan } | { ok: false; error: PlanError };

export const MAX_PLAN_ROWS = 100_000;
const REQUIRED: readonly PlanField[] = ['activity', 'term'];

/** A calendar plan as a table: its columns, their names, and the two it cannot do without. */
export const PLAN_TABLE: TableSpec<PlanField> = { fields: PLAN_FIELDS, synonyms: PLAN_SYNONYMS, required: REQUIRED };

function fail(code: PlanError['code'], message: string): RecognizeResult {
  return { ok: false, error: { code, message } };
}

function lookedFor(fields: readonly PlanField[], lang: Lang): string {
  const m = messages(lang);
  return fields.map((f) => m.lookedFor(m.fields[f], PLAN_SYNONYMS[f].slice(0, 6) as string[])).join(m.and);
}

/** The user's message for a column-mapping failure. */
function columnsError(e: ColumnsError<PlanField>, lang: Lang): [PlanError['code'], string] {
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

  const resolved = resolveColumns(rows, PLAN_TABLE, {
    mapping: options.mapping ?? {},
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
  });
  if (!resolved.ok) return fail(...columnsError(resolved.error, lang));
  const { headerRow, columns, titles } = resolved;

  const stages: Stage[] = [];
  const addStage = (text: string, row: number) => {
    const t = parseStageTitle(text);
    const stage: Stage = { name: t.name, row, index: stages.length };
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
  const planRows: PlanRow[] = [];
  const skippedRows: number[] = [];
  const termValues: unknown[] = [];
  let group: string | undefined;
  let parent: PlanRow | undefined;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const k = classify(row);
    if (k.kind === 'blank') continue;
    if (k.kind === 'skip') {
      skippedRows.push(r);
      continue;
    }
    if (k.kind === 'stage' || k.kind === 'heading') {
      if (k.kind === 'stage') addStage(k.text, r);
      group = k.kind === 'heading' ? k.text.replace(/\s+/g, ' ') : undefined;
      parent = undefined;
      continue;
    }
    const t = k.texts;
    const item: PlanRow = { row: r, activity: t.activity ?? '', termText: t.term ?? k.errors?.term ?? '', term: { kind: 'unknown' }, cells: {} };
    for (const f of PLAN_FIELDS) {
      const c = columns[f];
      if (c !== undefined) item.cells[f] = toA1(r, c);
    }
    if (t.number) item.number = t.number;
    if (t.tasks) item.tasks = t.tasks;
    if (t.responsible) item.responsible = t.responsible;
    if (t.result) item.result = t.result;
    if (t.status) item.status = t.status;
    if (k.errors) item.cellErrors = k.errors;
    if (stages.length) item.stageIndex = stages.length - 1;
    if (group) item.group = group;
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
    planRows.push(item);
    termValues.push(row[columns.term!]);
  }

  const items = markGroups(planRows, termValues);
  const plan: Plan = { headerRow, columns, titles, stages, rows: items.rows, skippedRows };
  parseTerms(plan, items.terms, options.today);
  return { ok: true, plan };
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

/** Parses every term: first with its stage's range, then, for what needs a context, with the plan's range. */
function parseTerms(plan: Plan, values: unknown[], today: string | undefined): void {
  const opts = today ? { today } : {};
  const stageUnion = unionRange(plan.stages.map((s) => s.range));
  const input = values.map((v, i) => (isDateValue(v) ? v : plan.rows[i]!.termText));
  const withContext = new Array<boolean>(values.length).fill(false);
  plan.rows.forEach((row, i) => {
    if (row.cellErrors?.term) {
      row.term = { kind: 'unknown', reason: row.cellErrors.term };
      return;
    }
    const stageRange = row.stageIndex !== undefined ? plan.stages[row.stageIndex]!.range : undefined;
    const range = stageRange ?? stageUnion;
    withContext[i] = !!range;
    row.term = parseTerm(input[i], range ? { range } : undefined, opts);
  });
  const explicit = plan.rows.map((r) => (['date', 'deadline', 'period', 'recurring'].includes(r.term.kind) ? termRange(r.term) : undefined));
  const context = unionRange([stageUnion, ...explicit]);
  if (context) {
    plan.rows.forEach((row, i) => {
      if (withContext[i] || row.cellErrors?.term || !row.termText) return;
      const t = row.term;
      if (t.kind === 'unknown' || t.kind === 'ongoing' || t.kind === 'scheduled' || !t.start || !t.end) {
        row.term = parseTerm(input[i], { range: context }, opts);
      }
    });
  }
  const range = unionRange([stageUnion, ...plan.rows.map((r) => termRange(r.term))]);
  if (range) plan.range = range;
}
