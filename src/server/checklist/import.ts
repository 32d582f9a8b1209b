/**
 * «Импорт чек-листа»: a checklist pasted from Word onto a sheet becomes «Чек-лист (шаблон)». The sidebar (and
 * `klaster template`) first shows what was read — criteria, sections, the scale, the questions — with the shared
 * column form (header row, which column is which, remembered per sheet); the template is made only when the user
 * confirms, and an existing template is replaced only after a second click (it is kept under another name).
 */
import { z } from '../lazy-zod';
import {
  CHECKLIST_FIELD_LABELS,
  CHECKLIST_FIELDS,
  CHECKLIST_TABLE,
  formatScale,
  importWordChecklist,
  INDICATORS_SHEET,
  readIndicators,
  readTemplate,
  templateSheet,
  TEMPLATE_SHEET,
  type ChecklistField,
  type Scale,
  type WordImport,
} from '../../core/checklist';
import { checklistMessages } from '../../core/checklist/messages';
import { readTable, type SavedColumns } from '../../core/table';
import { freeSheetName } from '../generated-sheets';
import { currentLang, endpoint, sheetNameSchema, UserError, withDocumentLock } from '../runtime';
import { activeSpreadsheet, renameSheet, writeNewSheet, type ListValidation } from '../sheets-io';
import {
  columnChoices,
  headerRowSchema,
  readSheet,
  saveColumns,
  savedColumns,
  savedColumnsSchema,
  sheetsWithChoice,
  type ColumnChoices,
} from '../table-source';
import { toA1 } from '../../core/table/a1';
import { JOB_SHEETS } from './source';

const msg = () => checklistMessages(currentLang()).importSheet;

/** The user's column choice for the import on one sheet. */
export function savedImportChoice(sheet: string): SavedColumns<ChecklistField> | undefined {
  return savedColumns('checklist', sheet, CHECKLIST_FIELDS);
}

export interface ImportPreview extends ColumnChoices {
  sheet: string;
  /** False when the sheet holds no checklist the import can read (`problem` says why, and the form stays). */
  ok: boolean;
  problem?: string;
  /** An indicator table (values by year, plan and actual) is for «Показатели», not a checklist template. */
  indicators: boolean;
  criteria: { section: string; number: string; text: string; scale: string; negative: boolean }[];
  total: number;
  sections: { name: string; criteria: number }[];
  /** One sentence: the scale and where it was written. */
  scale: string;
  /** What the import asks beyond the column form's own questions (scale, totals, directions…). */
  importQuestions: { message: string; cell?: string; severity: 'info' | 'warning' }[];
  answers: number;
  templateExists: boolean;
  saved: boolean;
}

/** At most this many criteria are listed in the preview (the count is always given). */
const PREVIEW_CRITERIA = 200;

/** The scale of an import as one sentence: «0–2 (из заголовка «Оценка критерия от 0 до 2 баллов»)». */
function scaleSentence(read: WordImport): string {
  const m = msg();
  const kinds = [...new Set(read.template.criteria.map((c) => formatScale(c.scale)))];
  const what = kinds.length === 1 ? kinds[0]! : m.scaleVaries(kinds.slice(0, 4));
  return m.scaleFrom[read.scaleSource](what, read.scaleText ?? '');
}

/** Reads a sheet as a pasted checklist with the user's saved (or given) choice. */
function preview(sheet: string, choice?: SavedColumns<ChecklistField>): ImportPreview {
  const ss = activeSpreadsheet();
  const lang = currentLang();
  const table = readSheet(ss, sheet);
  const saved = savedImportChoice(table.sheet);
  const used = choice ?? saved ?? { mapping: {} };
  const read = importWordChecklist(table.values, lang, used);
  const templateExists = ss.getSheetByName(TEMPLATE_SHEET) !== null;
  const indicators = looksLikeIndicators(table.values);
  if (!read.ok) {
    const fallback = readTable(table.values, CHECKLIST_TABLE, used, { checkRequired: false });
    const form = columnChoices(
      table.values,
      fallback.ok ? { headerRow: fallback.headerRow, columns: fallback.columns, labels: fallback.labels } : { headerRow: -1, columns: {} },
      CHECKLIST_TABLE,
      CHECKLIST_FIELD_LABELS[lang],
    );
    return {
      sheet: table.sheet,
      ...form,
      ok: false,
      problem: indicators ? msg().indicators(table.sheet) : read.error.message,
      indicators,
      criteria: [],
      total: 0,
      sections: [],
      scale: '',
      importQuestions: [],
      answers: 0,
      templateExists,
      saved: saved !== undefined,
    };
  }
  const formQuestions = read.questions.filter((q) => q.code === 'table').map((q) => q.message);
  const form = columnChoices(
    table.values,
    { headerRow: read.headerRow, columns: read.columns, labels: read.table.labels, questions: formQuestions },
    CHECKLIST_TABLE,
    CHECKLIST_FIELD_LABELS[lang],
  );
  return {
    sheet: table.sheet,
    ...form,
    ok: true,
    ...(indicators ? { problem: msg().indicators(table.sheet) } : {}),
    indicators,
    criteria: read.template.criteria
      .slice(0, PREVIEW_CRITERIA)
      .map((c) => ({ section: c.section, number: c.number, text: c.text, scale: scaleText(c.scale), negative: c.direction === 'down' })),
    total: read.template.criteria.length,
    sections: read.sections.map((s) => ({ name: s.name, criteria: s.criteria })),
    scale: scaleSentence(read),
    importQuestions: read.questions
      .filter((q) => q.code !== 'table')
      .map((q) => ({ message: q.message, ...(q.cell ? { cell: q.cell } : {}), severity: q.severity })),
    answers: Object.keys(read.answers).length,
    templateExists,
    saved: saved !== undefined,
  };
}

const scaleText = (s: Scale) => formatScale(s);

/** A table of targets by year, of plan and actual, or of values with their unit: «Показатели», not a checklist. */
function looksLikeIndicators(values: unknown[][]): boolean {
  const read = readIndicators(values, currentLang());
  return read.ok && isIndicatorTable(read.columns, read.years);
}

function isIndicatorTable(columns: Partial<Record<string, number>>, years: readonly string[]): boolean {
  return years.length >= 2 || (columns.actual !== undefined && (columns.plan !== undefined || columns.unit !== undefined));
}

const sheetPayload = z._default(z.object({ sheet: z.optional(sheetNameSchema) }), {});

/** The sheet the import reads: the one named, else the active one (never one of the job's own sheets). */
function importSheet(sheet?: string): string {
  const ss = activeSpreadsheet();
  const name = sheet ?? ss.getActiveSheet().getName();
  if (JOB_SHEETS.includes(name)) throw new UserError(msg().ownSheet(name));
  return name;
}

/** «Импорт чек-листа»: what the sheet reads as (criteria, sections, scale, questions) and its column form. Writes nothing. */
export const checklistImportPreview = endpoint(sheetPayload, ({ sheet }) => preview(importSheet(sheet)));

/**
 * The column form's «Сохранить»: remembers the choice for this sheet (null: back to automatic) and reads again.
 * On «Чек-лист (шаблон)» it is the template's own choice (a template pasted with other headers).
 */
export const checklistImportSaveMapping = endpoint(
  z.object({
    sheet: sheetNameSchema,
    mapping: z.nullable(savedColumnsSchema(CHECKLIST_FIELDS).shape.mapping),
    headerRow: z.optional(headerRowSchema),
  }),
  ({ sheet, mapping, headerRow }) => {
    if (sheet === TEMPLATE_SHEET)
      return saveTemplateChoice(mapping === null ? null : { mapping, ...(headerRow !== undefined ? { headerRow } : {}) });
    const name = importSheet(sheet);
    if (!mapping) {
      saveColumns('checklist', name, null);
      return preview(name);
    }
    const choice: SavedColumns<ChecklistField> = { mapping, ...(headerRow !== undefined ? { headerRow } : {}) };
    const read = preview(name, choice);
    if (!read.ok) throw new UserError(read.problem ?? msg().notRead(name));
    saveColumns('checklist', name, choice);
    return { ...read, saved: true };
  },
);

/** The template's column choice, checked by reading the template with it; the preview of the template sheet. */
function saveTemplateChoice(choice: SavedColumns<ChecklistField> | null): ImportPreview {
  const ss = activeSpreadsheet();
  const lang = currentLang();
  const table = readSheet(ss, TEMPLATE_SHEET);
  if (choice) {
    const read = readTemplate(table.values, lang, choice);
    if (!read.ok) throw new UserError(`«${TEMPLATE_SHEET}»: ${read.error.message}`);
  }
  saveColumns('checklist', TEMPLATE_SHEET, choice);
  const read = readTemplate(table.values, lang, choice ?? { mapping: {} });
  const form = columnChoices(
    table.values,
    read.ok ? { headerRow: read.headerRow, columns: read.columns } : { headerRow: -1, columns: {} },
    CHECKLIST_TABLE,
    CHECKLIST_FIELD_LABELS[lang],
  );
  const criteria = read.ok ? read.template.criteria : [];
  return {
    sheet: TEMPLATE_SHEET,
    ...form,
    ok: read.ok,
    indicators: false,
    criteria: criteria
      .slice(0, PREVIEW_CRITERIA)
      .map((c) => ({ section: c.section, number: c.number, text: c.text, scale: scaleText(c.scale), negative: c.direction === 'down' })),
    total: criteria.length,
    sections: [],
    scale: '',
    importQuestions: read.ok
      ? read.findings.map((f) => ({ message: f.message, cell: f.cell, severity: f.severity === 'info' ? 'info' : 'warning' }))
      : [],
    answers: 0,
    templateExists: true,
    saved: choice !== null,
  };
}

export interface ImportDone {
  /** The template sheet made (absent when the user still has to confirm a replacement). */
  sheet?: string;
  /** True when a template exists and `replace` was not given: nothing was written. */
  exists?: boolean;
  /** The name the previous template was kept under, when it was replaced. */
  previous?: string;
  criteria: number;
  message: string;
}

/**
 * «Создать шаблон из листа»: the template from the pasted checklist (the saved column choice applies). An existing
 * template is replaced only with `replace` (the sidebar asks first); it is kept under a free name, never deleted.
 */
export const checklistImport = endpoint(
  z.object({ sheet: z.optional(sheetNameSchema), replace: z.optional(z.boolean()) }),
  ({ sheet, replace }) =>
    withDocumentLock((): ImportDone => {
      const ss = activeSpreadsheet();
      const lang = currentLang();
      const m = msg();
      const name = importSheet(sheet);
      const table = readSheet(ss, name);
      const read = importWordChecklist(table.values, lang, savedImportChoice(name) ?? { mapping: {} });
      if (!read.ok) throw new UserError(`«${name}»: ${read.error.message}`);
      const existing = ss.getSheetByName(TEMPLATE_SHEET);
      if (existing && !replace)
        return { exists: true, criteria: read.template.criteria.length, message: m.templateExists(read.template.criteria.length) };
      let previous: string | undefined;
      if (existing) {
        previous = freeSheetName(ss, m.previousName);
        renameSheet(existing, previous);
      }
      const t = templateSheet(read.template, lang, new Map(Object.entries(read.answers)));
      const validations: ListValidation[] = t.validations.flatMap((v) =>
        v.rule.kind === 'list' ? [{ range: toA1(v.row, v.col), list: v.rule.values, allowInvalid: true }] : [],
      );
      const made = writeNewSheet(ss, TEMPLATE_SHEET, {
        values: t.values,
        numberFormats: t.values.map(() => [...t.formats]),
        wrap: true,
        headerRow: t.headerRow,
        validations,
        frozenRows: t.headerRow + 1,
        columnWidths: [160, 40, 420, 50, 150, 120, 200, 200, 120],
      });
      const questions = read.questions.filter((q) => q.severity === 'warning').length;
      return {
        sheet: made.getName(),
        ...(previous ? { previous } : {}),
        criteria: read.template.criteria.length,
        message: m.created(read.template.criteria.length, questions, previous),
      };
    }),
);

export interface PastedSheet {
  sheet: string;
  kind: 'checklist' | 'indicators';
  /** Criteria or indicators read. */
  count: number;
  findings: { cell: string; severity: 'info' | 'warning' | 'error'; message: string }[];
}

/**
 * What `klaster check` says about tables pasted for this job: a checklist to import (on the sheet named, on a sheet
 * with a saved column choice, or — while there is no template yet — on any sheet whose header names criteria) and
 * indicator tables (targets by year, plan and actual; the «Показатели» sheet among them), with what was questioned.
 */
export const checklistPasted = endpoint(z._default(z.object({ sheet: z.optional(sheetNameSchema) }), {}), ({ sheet }): PastedSheet[] => {
  const ss = activeSpreadsheet();
  const lang = currentLang();
  const hasTemplate = ss.getSheetByName(TEMPLATE_SHEET) !== null;
  const withChoice = sheetsWithChoice('checklist');
  const names = sheet
    ? [sheet]
    : ss
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => !JOB_SHEETS.includes(n) || n === INDICATORS_SHEET);
  const out: PastedSheet[] = [];
  for (const name of names) {
    const table = readSheet(ss, name);
    const indicators = readIndicators(table.values, lang);
    const isIndicators = indicators.ok && (name === INDICATORS_SHEET || isIndicatorTable(indicators.columns, indicators.years));
    if (indicators.ok && isIndicators) {
      out.push({
        sheet: name,
        kind: 'indicators',
        count: indicators.rows.length,
        findings: indicators.findings.map((f) => ({ cell: f.cell, severity: f.severity, message: f.message })),
      });
      continue;
    }
    if (name === INDICATORS_SHEET || (hasTemplate && !sheet && !withChoice.has(name))) continue;
    const read = importWordChecklist(table.values, lang, savedImportChoice(name) ?? { mapping: {} });
    if (!read.ok) {
      if (sheet) throw new UserError(`«${name}»: ${read.error.message}`);
      continue;
    }
    const byHeader =
      read.table.sources.text === 'header' ||
      read.table.sources.text === 'user' ||
      (read.columns.text === undefined && read.table.sources.number !== 'content');
    if (!sheet && !withChoice.has(name) && !byHeader) continue;
    out.push({
      sheet: name,
      kind: 'checklist',
      count: read.template.criteria.length,
      findings: read.questions.map((q) => ({ cell: q.cell ?? '', severity: q.severity, message: q.message })),
    });
  }
  return out;
});
