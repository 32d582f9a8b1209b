/** newPlanTemplate: «Новый план» — a plan sheet with the usual columns, stage rows, a status dropdown, formats. */
import type { Lang } from '../i18n/lang';
import { rangeA1, type A1 } from '../table/a1';
import { formatRu, isIsoDay } from '../dates/calendar-math';
import { messages } from './messages';
import type { PlanError } from './types';

export interface NewPlanInput {
  project: string;
  stages: { name: string; start: string; end: string }[];
}

export interface ListValidation {
  range: A1;
  list: string[];
}

export interface NewPlanTemplate {
  sheetName: string;
  values: string[][];
  /**
   * Same size as values: '@' text, 'dd.mm.yyyy' for «Сроки» so a typed date shows as a date. Every value
   * lands in a '@' cell, so it is verbatim (a title starting with «=» or «-» stays text without an apostrophe).
   */
  numberFormats: string[][];
  validations: ListValidation[];
  merges: A1[];
  frozenRows: number;
  headerRow: number;
  columnWidths: number[];
}

export type NewPlanResult = { ok: true; template: NewPlanTemplate } | { ok: false; error: PlanError };

export const MAX_STAGES = 20;
const ROWS_PER_STAGE = 5;
const ROWS_WITHOUT_STAGES = 15;
const WIDTHS = [50, 360, 160, 200, 260, 110];
const TERM_COL = 2;

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export function newPlanTemplate(input: NewPlanInput, lang: Lang = 'ru'): NewPlanResult {
  const m = messages(lang).newPlan;
  const bad = (message: string): NewPlanResult => ({ ok: false, error: { code: 'bad-input', message } });
  const project = typeof input?.project === 'string' ? input.project.replace(/\s+/g, ' ').trim() : '';
  if (!project) return bad(m.emptyProject);
  const stages = Array.isArray(input.stages) ? input.stages : [];
  if (stages.length > MAX_STAGES) return bad(m.tooMany(MAX_STAGES));
  for (const [i, s] of stages.entries()) {
    if (typeof s?.name !== 'string' || !s.name.trim()) return bad(m.emptyStage(i + 1));
    if (!isIsoDay(trimmed(s.start))) return bad(m.badDate(i + 1, m.start));
    if (!isIsoDay(trimmed(s.end))) return bad(m.badDate(i + 1, m.end));
    if (s.end.trim() < s.start.trim()) return bad(m.stageReversed(i + 1));
  }

  const width = m.header.length;
  const values: string[][] = [];
  const numberFormats: string[][] = [];
  const merges: A1[] = [];
  const validations: ListValidation[] = [];
  const push = (row: string[], term = false) => {
    values.push([...row, ...new Array<string>(width - row.length).fill('')]);
    numberFormats.push(Array.from({ length: width }, (_, c) => (term && c === TERM_COL ? 'dd.mm.yyyy' : '@')));
    return values.length - 1;
  };
  const blanks = (n: number) => {
    const first = values.length;
    for (let i = 0; i < n; i++) push([], true);
    validations.push({ range: rangeA1(first, width - 1, values.length - 1, width - 1), list: [...m.statuses] });
  };

  merges.push(rangeA1(push([m.title(project)]), 0, 0, width - 1));
  const headerRow = push([...m.header]);
  if (stages.length === 0) blanks(ROWS_WITHOUT_STAGES);
  stages.forEach((s, i) => {
    const range = `${formatRu(s.start.trim())} – ${formatRu(s.end.trim())}`;
    const r = push([m.stageTitle(i + 1, s.name.replace(/\s+/g, ' ').trim(), range)]);
    merges.push(rangeA1(r, 0, r, width - 1));
    blanks(ROWS_PER_STAGE);
  });
  return {
    ok: true,
    template: {
      sheetName: m.sheetName,
      values,
      numberFormats,
      validations,
      merges,
      frozenRows: headerRow + 1,
      headerRow,
      columnWidths: [...WIDTHS],
    },
  };
}
