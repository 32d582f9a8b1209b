/**
 * A Word document → the sheets it becomes: each table (split tables joined, frames unwrapped by core/word) with
 * the lines that give it context, what it is by the jobs' own readers, and the sheet it goes to.
 *
 * - **What a table is** is what the jobs' recognizers say of the sheet it would make (no header detection of
 *   its own): a budget when findBudgetTables finds one with items; indicators when readIndicators reads targets
 *   over years or plan and actual (the rule the checklist job's «Показатели» uses); a plan when recognizePlan
 *   reads activities with terms; a checklist when importWordChecklist reads criteria under a header; people
 *   (a roster of participants) when readRoster finds a «ФИО» column; else «other», still imported as it is.
 * - **The context** goes above the table in column A, as people paste it and as readTable's `above` reads it: the
 *   document's title (its first heading, or its first lines), approval and period lines («УТВЕРЖДАЮ», «Срок
 *   реализации: 2023-2025 годы»), the table's own heading (a stage's «Календарный план реализации I этапа
 *   (2014)» gives that table its year) and a unit line just above it («тыс. руб.»).
 * - **The name** is the table's heading, its number dropped, made a valid short unique sheet name
 *   (core/table/sheet-name); the heading in full is in the note on A1, with the file's name.
 */
import { findBudgetTables } from '../budget/recognize';
import { importWordChecklist } from '../checklist/import-word';
import { readIndicators } from '../checklist/targets';
import type { Lang } from '../i18n/lang';
import { readRosterName } from '../people/match';
import { readRoster } from '../people/roster';
import { PLAN_TABLE, recognizePlan } from '../plan/recognize';
import { readTable } from '../table';
import { uniqueSheetName } from '../table/sheet-name';
import type { WordBlock, WordParagraph } from '../word/document';
import { joinSplitTables, tableValues, type TableValues } from '../word/tables';

export type ImportKind = 'plan' | 'budget' | 'indicators' | 'checklist' | 'people' | 'other';

export interface PlacedSheet {
  /** Stable across imports of the same document: the heading and its occurrence («2.8. …#1»). */
  key: string;
  kind: ImportKind;
  /** The sheet's name (unique among the sheets placed and the names taken). */
  name: string;
  /** The heading the table sits under, in full ('' when the document has none). */
  heading: string;
  /** The sheet: context lines in column A, a blank row, the table. */
  values: string[][];
  /** Merged areas of the table on the sheet, 0-based inclusive. */
  merges: TableValues['merges'];
  /** The table's first row on the sheet (0-based). */
  tableRow: number;
  /** Rows of the table. */
  rows: number;
  /** The note on A1: where the sheet came from. */
  note: string;
  /** Participants of a people table, read by the roster's reader (for «Участники»). */
  people?: { name: string; position?: string; organisation?: string }[];
  /** A short description of what was recognised («мероприятий 33», «статей 5»). */
  summary: string;
}

/** A table the document repeats word for word (a passport restating section 2.13's budget): no sheet of its own. */
export interface RepeatedTable {
  /** The heading the repeat sits under. */
  heading: string;
  /** The sheet the first occurrence goes to. */
  sheet: string;
}

export interface PlacedDocument {
  title: string;
  sheets: PlacedSheet[];
  /** Tables that repeat an earlier one: imported once, or every job counting them (a budget's rollup) counts them twice. */
  repeats: RepeatedTable[];
}

const MAX_CONTEXT_LINE = 300;
/** The top rows the plan job's check reads to decide whether a sheet holds a plan (server/plan/plan-source.ts). */
const PLAN_PROBE_ROWS = 60;
const HEADING_LIKE = /^\s*(?:(?:раздел|глава|приложение)\s+\S+|\d{1,2}(?:\.\d{1,2})*\.?)\s+\S/iu;
const CONTEXT_LINE = /утвер|приказ|распоряж|постановл|срок\w* реализац|период|учебн\w* год|\b(?:19|20)\d{2}\b/iu;
const UNIT_LINE = /(?:тыс\.?|млн\.?)?\s*руб/iu;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const isText = (b: WordBlock): b is WordParagraph => b.kind === 'paragraph' && b.text.trim() !== '';

/**
 * The document's title: its first heading before the first table, else its first line. Joining split tables
 * changes nothing before the first table, so an import learns the title (its earlier sheets' key) without placing.
 */
export function documentTitle(blocks: readonly WordBlock[]): string {
  const before: WordParagraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') break;
    if (isText(b)) before.push(b);
  }
  const heading = before.find((p) => p.heading === 1);
  return clean((heading ?? before[0])?.text ?? '').slice(0, MAX_CONTEXT_LINE);
}

/** The heading a table sits under: the nearest heading (or numbered line) since the previous table, else the nearest short line. */
function headingOf(between: readonly WordParagraph[]): string {
  const last = between[between.length - 1];
  // a caption right above the table («ПАСПОРТ ЗАЯВКИ», «Показатели оценки эффективности …») names it
  if (last && last.text.length <= 120 && (last.heading || HEADING_LIKE.test(last.text) || /^[^\p{Ll}]+$/u.test(last.text)))
    return clean(last.text);
  for (let i = between.length - 1; i >= 0; i--) {
    const p = between[i]!;
    if ((p.heading || HEADING_LIKE.test(p.text)) && p.text.length <= 200) return clean(p.text);
  }
  for (let i = between.length - 1; i >= Math.max(0, between.length - 3); i--) {
    const t = clean(between[i]!.text);
    if (t.length <= 160 && !/[;,]$/.test(t)) return t;
  }
  return '';
}

/** The sheet name's text: the heading without its number («2.8. Программно-…» → «Программно-…»). */
export function nameOfHeading(heading: string): string {
  return clean(heading.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]+\.)\s+/u, '').replace(/^[«"]|[»"]$/g, ''));
}

/** Targets without a «Факт» column («Критерий | Показатель»): the shape «Показатели» reads, with an empty «Факт» to fill. */
function withActualColumn(grid: string[][]): string[][] | null {
  const header = grid.findIndex((r) => r.some((c) => /^показател/iu.test(c.trim())));
  if (header < 0 || grid[header]!.some((c) => /^факт/iu.test(c.trim()))) return null;
  return grid.map((r, i) => [...r, i === header ? 'Факт' : '']);
}

function kindOf(grid: string[][], lang: Lang): { kind: ImportKind; summary: string; people?: PlacedSheet['people']; values?: string[][] } {
  const en = lang === 'en';
  const budgets = findBudgetTables(grid).filter((t) => t.rows.length > 0);
  if (budgets.length) {
    // cost items, as the budget check counts them («статей 4»): totals and «в том числе» rows are not items
    const items = budgets.reduce((n, t) => n + t.rows.filter((r) => r.kind === 'item').length, 0);
    return { kind: 'budget', summary: en ? `${items} budget items` : `статей бюджета ${items}` };
  }
  const indicators = readIndicators(grid, lang);
  // the checklist job's own test of an indicator table (server/checklist/import.ts, isIndicatorTable)
  if (
    indicators.ok &&
    (indicators.years.length >= 2 ||
      (indicators.columns.actual !== undefined && (indicators.columns.plan !== undefined || indicators.columns.unit !== undefined)))
  ) {
    return { kind: 'indicators', summary: en ? `${indicators.rows.length} indicators` : `показателей ${indicators.rows.length}` };
  }
  const plan = recognizePlan(grid, { lang });
  // a plan under a header of its own: a two-column form («Наименование организации | …») read by its cells is not one
  const planFound: { kind: ImportKind; summary: string } | null =
    plan.ok && plan.plan.rows.length > 0 && plan.plan.headerRow >= 0 && !plan.plan.questions.some((q) => q.code === 'no-header')
      ? { kind: 'plan', summary: en ? `${plan.plan.rows.length} activities` : `мероприятий ${plan.plan.rows.length}` }
      : null;
  // a plan the plan job's check finds by itself (server/plan/plan-source.ts, looksLikePlan: a header with an activity
  // and a term column in the top rows); one read only by its cells gives way to indicators or a checklist under its
  // own header (a scoring form's «Результаты проверки» column is no term column), and is a plan only after them
  if (planFound && readTable(grid.slice(0, PLAN_PROBE_ROWS), PLAN_TABLE).ok) return planFound;
  const withActual = withActualColumn(grid);
  const targets = withActual ? readIndicators(withActual, lang) : null;
  if (withActual && targets?.ok && targets.columns.plan !== undefined && targets.columns.actual !== undefined) {
    return {
      kind: 'indicators',
      summary: en ? `${targets.rows.length} indicators` : `показателей ${targets.rows.length}`,
      values: withActual,
    };
  }
  const checklist = importWordChecklist(grid, lang);
  if (
    checklist.ok &&
    (checklist.table.sources.text === 'header' || checklist.table.sources.text === 'user') &&
    checklist.template.criteria.length > 0
  ) {
    return {
      kind: 'checklist',
      summary: en ? `${checklist.template.criteria.length} criteria` : `критериев ${checklist.template.criteria.length}`,
    };
  }
  // by its cells alone, a table is a plan only with a column of terms: a two-column form («Наименование
  // организации | …», «Период реализации | 2023-2025 г.г.») has activities and no terms
  if (planFound && plan.ok && plan.plan.columns.term !== undefined) return planFound;
  const roster = readRoster(grid);
  if (roster.ok && roster.roster.entries.some((e) => e.kind === 'person')) {
    const people = roster.roster.entries
      .filter((e) => e.kind === 'person' && e.name)
      .map((e) => ({
        name: e.name,
        ...(e.position ? { position: e.position } : {}),
        ...(e.organisation ? { organisation: e.organisation } : {}),
      }));
    // participants are people: most names read as a person's («Иванова Анна Андреевна», «Петров Б.Б.»), not
    // a form's labels («Цель проекта», «Период реализации проекта»), which must not go into «Участники»
    const named = people.filter((p) => readRosterName(p.name) !== null).length;
    if (named > 0 && named * 2 >= people.length)
      return { kind: 'people', summary: en ? `${people.length} participants` : `участников ${people.length}`, people };
  }
  return { kind: 'other', summary: en ? 'table as it is' : 'таблица как есть' };
}

export interface PlaceOptions {
  /** The file's name, for the note. */
  fileName?: string;
  /** Sheet names already in the workbook that the import must not take. */
  taken?: Iterable<string>;
  /** The name a sheet made by an earlier import of this document has now, by key: it keeps it. */
  keep?: (key: string) => string | undefined;
  lang?: Lang;
}

/** The document's tables as the sheets they become, in document order. */
export function placeDocument(blocks: readonly WordBlock[], options: PlaceOptions = {}): PlacedDocument {
  const lang = options.lang ?? 'ru';
  const joined = joinSplitTables(blocks);
  const title = documentTitle(joined);
  const approval = joined
    .filter(
      (b): b is WordParagraph => isText(b) && /утвержд|утверждаю|срок\w* реализации/iu.test(b.text) && b.text.length <= MAX_CONTEXT_LINE,
    )
    .map((p) => clean(p.text));
  const taken = [...(options.taken ?? [])];
  const seenKeys = new Map<string, number>();
  const sheets: PlacedSheet[] = [];
  const repeats: RepeatedTable[] = [];
  /** Each table's cells (spaces collapsed) → the sheet it went to. */
  const seenTables = new Map<string, string>();
  let between: WordParagraph[] = [];
  let tableNo = 0;
  for (const block of joined) {
    if (block.kind === 'paragraph') {
      if (isText(block)) between.push(block);
      continue;
    }
    tableNo++;
    const table = tableValues(block);
    if (!table.values.some((r) => r.some((c) => c.trim()))) {
      between = [];
      continue;
    }
    const heading = headingOf(between) || (sheets.length ? sheets[sheets.length - 1]!.heading : '') || title;
    const cells = JSON.stringify(table.values.map((r) => r.map(clean)));
    const first = table.values.length >= 2 ? seenTables.get(cells) : undefined;
    if (first !== undefined) {
      repeats.push({ heading, sheet: first });
      between = [];
      continue;
    }
    const context: string[] = [];
    const add = (line: string) => {
      const t = clean(line).slice(0, MAX_CONTEXT_LINE);
      if (t && !context.includes(t)) context.push(t);
    };
    if (title) add(title);
    for (const a of approval.slice(0, 3)) add(a);
    for (const p of between.slice(-4))
      if (p.text.length <= MAX_CONTEXT_LINE && (CONTEXT_LINE.test(p.text) || UNIT_LINE.test(p.text))) add(p.text);
    if (heading) add(heading);
    const width = Math.max(1, table.values[0]?.length ?? 1);
    const pad = (line: string) => [line, ...new Array<string>(width - 1).fill('')];
    const tableRow = context.length + 1;
    const values = [...context.map(pad), pad(''), ...table.values];
    const found = kindOf(values, lang);
    if (found.values) values.splice(0, values.length, ...found.values);
    const baseKey = clean(heading).toLowerCase() || `таблица ${tableNo}`;
    const n = (seenKeys.get(baseKey) ?? 0) + 1;
    seenKeys.set(baseKey, n);
    const key = `${baseKey}#${n}`;
    const kept = options.keep?.(key);
    const nameText = nameOfHeading(heading) || (lang === 'en' ? `Table ${tableNo}` : `Таблица ${tableNo}`);
    const name = kept ?? uniqueSheetName(nameText, taken, lang === 'en' ? 'Table' : 'Таблица');
    taken.push(name);
    seenTables.set(cells, name);
    const from = options.fileName ? `«${options.fileName}»` : lang === 'en' ? 'the Word document' : 'документа Word';
    const note =
      lang === 'en'
        ? `Imported from ${from}${heading ? `, under the heading «${heading}»` : ''} (table ${tableNo}).`
        : `Импортировано из ${options.fileName ? `документа ${from}` : from}${heading ? `, раздел «${heading}»` : ''} (таблица ${tableNo}).`;
    sheets.push({
      key,
      kind: found.kind,
      name,
      heading,
      values,
      merges: table.merges.map((m) => ({ r0: m.r0 + tableRow, c0: m.c0, r1: m.r1 + tableRow, c1: m.c1 })),
      tableRow,
      rows: table.values.length,
      note,
      summary: found.summary,
      ...(found.people ? { people: found.people } : {}),
    });
    between = [];
  }
  return { title, sheets, repeats };
}

/** Which cells of a sheet an import would change: rows added, removed and changed against what is there. */
export function sheetChanges(
  before: readonly (readonly unknown[])[],
  after: readonly (readonly string[])[],
): { changed: number; added: number; removed: number } {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();
  const rowKey = (r: readonly unknown[] | undefined) =>
    (r ?? [])
      .map(text)
      .join('\u0001')
      .replace(/\u0001+$/, '');
  const last = (g: readonly (readonly unknown[])[]) => {
    let n = g.length;
    while (n > 0 && rowKey(g[n - 1]) === '') n--;
    return n;
  };
  const b = last(before);
  const a = last(after);
  let changed = 0;
  for (let r = 0; r < Math.min(a, b); r++) if (rowKey(before[r]) !== rowKey(after[r])) changed++;
  return { changed, added: Math.max(0, a - b), removed: Math.max(0, b - a) };
}
