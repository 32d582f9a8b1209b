/**
 * School tabs: one per school, made from the template; read back against it; new template criteria merged
 * in place. A row is matched to a criterion by its id (section + №) and its text, so a school that edited,
 * renumbered or reordered criteria is reported, never mixed up with another criterion.
 */
import { cellText } from '../table/cell';
import { isSheetNameOf, uniqueSheetName } from '../table/sheet-name';
import { rangeA1, toA1 } from '../table/a1';
import { readTable } from '../table/read-table';
import type { Lang } from '../i18n/lang';
import { parseAnswer } from './answer';
import { checklistMessages } from './messages';
import { CHECKLIST_TABLE, type ChecklistField } from './table';
import {
  ANSWER_COLUMNS,
  answerRule,
  COL,
  criterionId,
  criterionRow,
  TEMPLATE_FORMATS,
  TEMPLATE_HEADER,
  textKey,
  type SheetValidation,
} from './template';
import type { ChecklistFinding, Criterion, CriterionAnswer, SchoolSheet, Template } from './types';
import { foldWords } from '../table/fold';

/** Developer-metadata key a server puts on each school tab; its value is the school's name. */
export const TAB_MARKER_KEY = 'klaster.checklist.school';
/**
 * A tab name for a school: its short name if given, else its name, made fit for Google Sheets and .xlsx alike
 * (at most 31 characters, none of `: \\ / ? * [ ]`, shortened at a word with «…» keeping «№ 117»; the full
 * name is the tab's first row) and unique among `taken` (case-insensitive), with « (2)» after it if need be.
 */
export function schoolTabName(school: { name: string; short?: string }, taken: Iterable<string>): string {
  return uniqueSheetName(tabBase(school), taken, 'ОО');
}

const tabBase = (school: { name: string; short?: string }) => school.short || school.name;

export interface ExistingTab {
  name: string;
  /** The school named by the tab's marker, when it has one. */
  marker?: string;
}

export interface DistributionPlan {
  /** Schools that get a new tab, with its name. */
  create: { school: string; tab: string }[];
  /** Schools whose tab exists (found by marker, else by name). */
  keep: { school: string; tab: string; renamed: boolean }[];
  /** Tabs of schools no longer on the roster: left as they are, reported. */
  orphans: ExistingTab[];
}

/**
 * «Разослать чек-листы»: which school tabs to create and which exist. A tab is found by its marker (so a
 * renamed tab is still the school's), else by its name; existing tabs are never recreated.
 */
export function planDistribution(
  schools: readonly { name: string; short?: string }[],
  tabs: readonly ExistingTab[],
  reserved: readonly string[] = [],
): DistributionPlan {
  const plan: DistributionPlan = { create: [], keep: [], orphans: [] };
  const claimed = new Set<ExistingTab>();
  const taken = [...reserved, ...tabs.map((t) => t.name)];
  const key = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  for (const s of schools) {
    const names = [s.name, s.short].filter(Boolean).map((n) => key(n!));
    let tab = tabs.find((t) => !claimed.has(t) && t.marker !== undefined && names.includes(key(t.marker)));
    if (!tab) tab = tabs.find((t) => !claimed.has(t) && t.marker === undefined && names.includes(key(t.name)));
    if (tab) {
      claimed.add(tab);
      // the name it was given (the school's name, or that name made fit for a sheet) is no renaming
      const nameNow = names.includes(key(tab.name)) || isSheetNameOf(tabBase(s), tab.name, 'ОО');
      plan.keep.push({ school: s.name, tab: tab.name, renamed: !nameNow });
    } else {
      const name = schoolTabName(s, taken);
      taken.push(name);
      plan.create.push({ school: s.name, tab: name });
    }
  }
  plan.orphans = tabs.filter((t) => !claimed.has(t) && t.marker !== undefined);
  return plan;
}

export interface SchoolTabSheet {
  values: string[][];
  formats: readonly string[];
  headerRow: number;
  firstDataRow: number;
  validations: SheetValidation[];
  /** The ranges left unprotected (the school's answer columns), in A1. */
  unprotected: string[];
  /** Column widths in pixels, one per column. */
  widths: readonly number[];
}

const TAB_HEADER_ROW = 2;
const WIDTHS = [160, 40, 420, 50, 150, 120, 200, 200];

/** A new school tab: title, hint, header and the template's criteria with empty answers. */
export function schoolTabSheet(template: Template, school: string, lang: Lang = 'ru'): SchoolTabSheet {
  const m = checklistMessages(lang).tab;
  const blank = () => TEMPLATE_HEADER.map(() => '');
  const title = blank();
  title[0] = m.title(school);
  const hint = blank();
  hint[0] = m.hint;
  const values: string[][] = [title, hint, [...TEMPLATE_HEADER]];
  const validations: SheetValidation[] = [];
  for (const c of template.criteria) {
    validations.push({ row: values.length, col: COL.answer, rule: answerRule(c.scale) });
    values.push(criterionRow(c));
  }
  const first = TAB_HEADER_ROW + 1;
  return {
    values,
    formats: TEMPLATE_FORMATS,
    headerRow: TAB_HEADER_ROW,
    firstDataRow: first,
    validations,
    unprotected: answerRanges(first, values.length - 1, ANSWER_COLUMNS),
    widths: WIDTHS,
  };
}

export interface TabProtectionPlan {
  /** The whole tab: only the coordinator edits it, except `unprotected`. */
  sheet: { editors: string[]; unprotected: string[]; description: string };
  /**
   * When the roster gives the school's e-mails: the answer ranges protected again, editable by those people
   * and the coordinator only (the stricter protection wins on a cell). Absent otherwise: anyone with edit
   * access to the file may fill the answers.
   */
  answers?: { ranges: string[]; editors: string[]; description: string };
}

/** Who may edit what on a school's tab. */
export function tabProtectionPlan(
  school: string,
  unprotected: readonly string[],
  schoolEmails: readonly string[],
  coordinator: string,
  lang: Lang = 'ru',
): TabProtectionPlan {
  const m = checklistMessages(lang).tab;
  const coord = coordinator.trim().toLowerCase();
  const editors = [...new Set(schoolEmails.map((e) => e.trim().toLowerCase()).filter((e) => e && e !== coord))];
  const plan: TabProtectionPlan = {
    sheet: { editors: coord ? [coord] : [], unprotected: [...unprotected], description: m.protectSheet(school) },
  };
  if (editors.length && unprotected.length) {
    plan.answers = { ranges: [...unprotected], editors: coord ? [coord, ...editors] : editors, description: m.protectAnswers(school) };
  }
  return plan;
}

/** The answer columns from `firstRow` to `lastRow` as A1 ranges (adjacent columns joined). */
export function answerRanges(firstRow: number, lastRow: number, columns: readonly number[]): string[] {
  if (lastRow < firstRow) return [];
  const cols = [...new Set(columns)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = cols[0]!;
  for (let i = 1; i <= cols.length; i++) {
    if (i < cols.length && cols[i] === cols[i - 1]! + 1) continue;
    out.push(rangeA1(firstRow, start, lastRow, cols[i - 1]!));
    if (i < cols.length) start = cols[i]!;
  }
  return out;
}

/** Word stems (first five letters) of a text, for «is this the same criterion, edited?». */
function stems(text: string): Set<string> {
  return new Set(
    foldWords(text)
      .split(' ')
      .filter((w) => w.length > 2)
      .map((w) => w.slice(0, 5)),
  );
}

/** Dice similarity of two texts' stems, 0..1. */
export function textSimilarity(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const s of x) if (y.has(s)) common++;
  return (2 * common) / (x.size + y.size);
}

const EDITED_SIMILARITY = 0.6;

interface TabRow {
  row: number;
  section: string;
  number: string;
  text: string;
  id: string;
  /** textKey(text), computed when first needed (most rows match by id and identical text). */
  key?: string;
  cells: readonly unknown[];
}

const keyOfRow = (r: TabRow) => (r.key ??= textKey(r.text));

interface TabLayout {
  headerRow: number;
  columns: Partial<Record<ChecklistField, number>>;
  rows: TabRow[];
}

/**
 * The header of a tab: the row Кластер writes («Раздел | № | Критерий | … | Ответ | …», an exact reader for the
 * add-on's own layout, so 300 tabs are read fast), else the shared reading pipeline (a tab made by hand or pasted:
 * «Показатель | Оценка», a scored column found by its cells).
 */
function findHeader(
  values: readonly (readonly unknown[])[],
): { headerRow: number; dataStart: number; columns: Partial<Record<ChecklistField, number>> } | null {
  const limit = Math.min(values.length, 30);
  for (let r = 0; r < limit; r++) {
    const row = values[r] ?? [];
    if (TEMPLATE_HEADER.every((h, i) => row[i] === h)) return { headerRow: r, dataStart: r + 1, columns: { ...COL } };
  }
  const table = readTable(values, CHECKLIST_TABLE);
  return table.ok ? { headerRow: Math.max(0, table.headerRow), dataStart: table.dataStart, columns: table.columns } : null;
}

function readLayout(values: readonly (readonly unknown[])[]): TabLayout | null {
  const header = findHeader(values);
  if (!header || header.columns.text === undefined) return null;
  const col = header.columns;
  const at = (row: readonly unknown[], f: ChecklistField) => (col[f] === undefined ? '' : cellText(row[col[f]!]));
  const rows: TabRow[] = [];
  let section = '';
  for (let r = header.dataStart; r < values.length; r++) {
    const cells = values[r] ?? [];
    const sec = at(cells, 'section');
    if (sec) section = sec;
    const text = at(cells, 'text');
    if (!text) continue;
    const number = at(cells, 'number');
    rows.push({ row: r, section, number, text, id: criterionId(section, number, text), cells });
  }
  return { headerRow: header.headerRow, columns: col, rows };
}

interface TemplateIndex {
  byId: Map<string, Criterion>;
  byKey: Map<string, Criterion[]>;
  keyOf: Map<string, string>;
}
const INDEX = new WeakMap<Template, TemplateIndex>();

/** The template's criteria by id and by text key, computed once per template (300 tabs share it). */
function templateIndex(template: Template): TemplateIndex {
  let index = INDEX.get(template);
  if (index && index.byId.size === template.criteria.length) return index;
  index = { byId: new Map(), byKey: new Map(), keyOf: new Map() };
  for (const c of template.criteria) {
    const key = textKey(c.text);
    index.byId.set(c.id, c);
    index.keyOf.set(c.id, key);
    const list = index.byKey.get(key);
    if (list) list.push(c);
    else index.byKey.set(key, [c]);
  }
  INDEX.set(template, index);
  return index;
}

/** Reads a school's tab against the template: its answers by criterion id, and what does not fit. */
export function readSchoolTab(values: readonly (readonly unknown[])[], template: Template, school: string, lang: Lang = 'ru'): SchoolSheet {
  const m = checklistMessages(lang).tab;
  const findings: ChecklistFinding[] = [];
  const layout = readLayout(values);
  if (!layout) {
    findings.push({ cell: 'A1', row: 0, severity: 'error', code: 'no-header', message: m.noHeader(school) });
    return { school, answers: [], findings, notStarted: true };
  }
  const col = layout.columns;
  if (col.answer === undefined) {
    findings.push({
      cell: toA1(layout.headerRow, 0),
      row: layout.headerRow,
      severity: 'error',
      code: 'no-answer-column',
      message: m.noAnswerColumn(school),
    });
    return { school, answers: [], findings, notStarted: true };
  }
  const { byId, byKey, keyOf } = templateIndex(template);
  const matched = new Map<TabRow, Criterion>();
  const taken = new Set<string>();
  const textCell = (r: TabRow) => toA1(r.row, col.text!);
  const answerCell = (r: TabRow) => toA1(r.row, col.answer!);
  const hasAnswer = (r: TabRow) => cellText(r.cells[col.answer!]) !== '';
  const label = (c: Criterion) => (c.number ? `${c.section ? c.section + ', ' : ''}№ ${c.number}` : c.text);

  // 1. Same id, same text.
  for (const r of layout.rows) {
    const c = byId.get(r.id);
    if (!c || (c.text !== r.text && keyOf.get(c.id) !== keyOfRow(r))) continue;
    if (taken.has(c.id)) {
      findings.push({
        cell: textCell(r),
        row: r.row,
        col: col.text!,
        severity: 'warning',
        code: 'duplicate-row',
        message: m.duplicateRow(label(c)),
      });
      matched.set(r, c); // marked, not counted below
      continue;
    }
    matched.set(r, c);
    taken.add(c.id);
  }
  // 2. Same text elsewhere: renumbered or moved to another section.
  for (const r of layout.rows) {
    if (matched.has(r)) continue;
    const cands = (byKey.get(keyOfRow(r)) ?? []).filter((c) => !taken.has(c.id));
    if (cands.length !== 1) continue;
    const c = cands[0]!;
    matched.set(r, c);
    taken.add(c.id);
    findings.push({
      cell: textCell(r),
      row: r.row,
      col: col.text!,
      severity: 'info',
      code: 'renumbered',
      message: m.renumbered(r.number || '—', label(c)),
    });
  }
  // 3. Same id, text edited: counted when close, reported either way.
  const changedIds = new Set<string>();
  for (const r of layout.rows) {
    if (matched.has(r)) continue;
    const c = byId.get(r.id);
    if (!c || taken.has(c.id)) continue;
    if (textSimilarity(c.text, r.text) >= EDITED_SIMILARITY) {
      matched.set(r, c);
      taken.add(c.id);
      findings.push({
        cell: textCell(r),
        row: r.row,
        col: col.text!,
        severity: 'warning',
        code: 'text-edited',
        message: m.textEdited(label(c), c.text),
      });
    } else {
      changedIds.add(c.id);
      findings.push({
        cell: textCell(r),
        row: r.row,
        col: col.text!,
        severity: 'error',
        code: 'criterion-changed',
        message: m.criterionChanged(label(c), c.text, r.text),
      });
    }
  }
  const answers: CriterionAnswer[] = [];
  const counted = new Set<string>();
  for (const r of layout.rows) {
    const c = matched.get(r);
    if (!c) {
      const changed = findings.some((f) => f.row === r.row && f.code === 'criterion-changed');
      if (!changed && hasAnswer(r)) {
        findings.push({
          cell: textCell(r),
          row: r.row,
          col: col.text!,
          severity: 'warning',
          code: 'unknown-row',
          message: m.unknownRow(r.text),
        });
      }
      continue;
    }
    if (counted.has(c.id)) continue; // the duplicate row
    counted.add(c.id);
    const answer = parseAnswer(r.cells[col.answer!], c.scale, lang);
    if (answer.status === 'read') {
      findings.push({
        cell: answerCell(r),
        row: r.row,
        col: col.answer!,
        severity: 'info',
        code: 'answer-read',
        message: m.answerRead(answer.text, readAs(answer, c, lang)),
      });
    } else if (answer.status === 'flag') {
      findings.push({
        cell: answerCell(r),
        row: r.row,
        col: col.answer!,
        severity: 'warning',
        code: 'answer-flagged',
        message: m.answerFlagged(answer.text, answer.reason ?? ''),
      });
    }
    answers.push({
      criterionId: c.id,
      answer,
      evidence: col.evidence === undefined ? '' : cellText(r.cells[col.evidence]),
      comment: col.comment === undefined ? '' : cellText(r.cells[col.comment]),
      row: r.row,
    });
  }
  for (const c of template.criteria) {
    if (!taken.has(c.id) && !changedIds.has(c.id)) {
      findings.push({
        cell: toA1(layout.headerRow, col.text!),
        row: layout.headerRow,
        col: col.text!,
        severity: 'warning',
        code: 'missing-criterion',
        message: m.missingCriterion(label(c), c.text),
      });
    }
  }
  // started = at least one answer understood: a tab of only unreadable answers has not really answered yet
  const notStarted = !answers.some((a) => a.answer.status === 'ok' || a.answer.status === 'read');
  return { school, answers, findings, notStarted };
}

function readAs(answer: SchoolSheet['answers'][number]['answer'], c: Criterion, lang: Lang): string {
  const m = checklistMessages(lang).answerNames;
  if (answer.value) return m[answer.value];
  return c.scale.kind === 'points' ? m.points(answer.points ?? 0) : '';
}

export interface TabMerge {
  /** 0-based row where the new criteria go (right after the tab's last criterion). */
  startRow: number;
  /** The rows to write there (answer columns empty), laid out in the tab's own columns. */
  rows: string[][];
  added: Criterion[];
  validations: SheetValidation[];
  /** The tab's answer ranges after the merge (to reset the protection's unprotected ranges). */
  unprotected: string[];
  /** Criteria on the tab whose template text has changed since: left untouched, reported. */
  findings: ChecklistFinding[];
}

/**
 * New template criteria merged into an existing school tab: appended after its last criterion, nothing
 * else touched. Null when the tab has no recognisable header (a server then reports it and leaves it).
 */
export function mergeTemplateIntoTab(values: readonly (readonly unknown[])[], template: Template, lang: Lang = 'ru'): TabMerge | null {
  const layout = readLayout(values);
  if (!layout) return null;
  const m = checklistMessages(lang).tab;
  const col = layout.columns;
  const ids = new Set(layout.rows.map((r) => r.id));
  const keys = new Set(layout.rows.map(keyOfRow));
  const findings: ChecklistFinding[] = [];
  const added: Criterion[] = [];
  for (const c of template.criteria) {
    if (keys.has(textKey(c.text))) continue;
    if (ids.has(c.id)) {
      const r = layout.rows.find((x) => x.id === c.id)!;
      findings.push({
        cell: toA1(r.row, col.text!),
        row: r.row,
        col: col.text!,
        severity: 'info',
        code: 'template-text-changed',
        message: m.templateTextChanged(c.text),
      });
      continue;
    }
    added.push(c);
  }
  let last = layout.headerRow;
  for (let r = values.length - 1; r > layout.headerRow; r--) {
    if ((values[r] ?? []).some((v) => cellText(v) !== '')) {
      last = r;
      break;
    }
  }
  const width = Math.max(...Object.values(col).map((c) => (c ?? 0) + 1), TEMPLATE_HEADER.length);
  const rows: string[][] = [];
  const validations: SheetValidation[] = [];
  for (const c of added) {
    const std = criterionRow(c);
    const row = Array.from({ length: width }, () => '');
    (Object.keys(COL) as (keyof typeof COL)[]).forEach((f) => {
      if (col[f] !== undefined) row[col[f]!] = std[COL[f]]!;
    });
    validations.push({ row: last + 1 + rows.length, col: col.answer!, rule: answerRule(c.scale) });
    rows.push(row);
  }
  const answerCols = (['answer', 'evidence', 'comment'] as const).map((f) => col[f]).filter((c): c is number => c !== undefined);
  const lastRow = last + rows.length;
  return { startRow: last + 1, rows, added, validations, unprotected: answerRanges(layout.headerRow + 1, lastRow, answerCols), findings };
}
