/**
 * A checklist pasted from Word («№ | Показатель | Оценка», section rows in between, the scale written above
 * or below the table) → a template, plus the questions it could not answer for itself.
 */
import { cellText } from '../table/cell';
import { toA1 } from '../table/a1';
import { detectHeader } from '../table/headers';
import type { Result } from '../table/findings';
import type { Lang } from '../i18n/lang';
import { parseAnswer } from './answer';
import { checklistMessages } from './messages';
import { normalizeWord, optionsScale, parseLevels, parseOption, parseScale, YES_NO_SCALE } from './scale';
import { CHECKLIST_SYNONYMS, criterionId, type ChecklistField } from './template';
import type { Criterion, Levels, Scale, ScaleOption, Template } from './types';

export type QuestionCode = 'scale' | 'row-scale' | 'levels' | 'no-text';

/** Something the coordinator must decide before the template is used. */
export interface ImportQuestion {
  code: QuestionCode;
  message: string;
  /** 0-based row in the pasted values, when the question is about one row. */
  row?: number;
  cell?: string;
  /** What the import assumed meanwhile. */
  assumed?: string;
}

export interface WordImport {
  template: Template;
  questions: ImportQuestion[];
  /** The column mapping found (field → 0-based column), for the user to check or override. */
  columns: Partial<Record<ChecklistField, number>>;
  headerRow: number;
  /** Where the scale came from: a column, the text around the table, the answers, or nowhere. */
  scaleSource: 'column' | 'text' | 'answers' | 'none';
}

const SCALE_WORDS = /шкал|балл|оцен|максим/i;

/** Splits text rows into lines. */
function lines(values: readonly (readonly unknown[])[], rows: number[]): { row: number; text: string }[] {
  const out: { row: number; text: string }[] = [];
  for (const r of rows) {
    const text = (values[r] ?? []).map(cellText).filter(Boolean).join(' ');
    for (const l of text.split('\n')) if (l.trim()) out.push({ row: r, text: l.trim() });
  }
  return out;
}

/** The scale stated in free text: «Шкала: 0–3», «0 – не подтверждается; 1 – …», one option per line. */
export function scaleFromText(textLines: readonly string[]): Scale | null {
  let run: ScaleOption[] = [];
  const flush = (): Scale | null => {
    const s = run.length >= 2 ? optionsScale(run) : null;
    run = [];
    return s;
  };
  for (const line of textLines) {
    const stated = /максимальн\S*\s+балл[^—–:-]*[—–:-]\s*(\d+(?:[.,]\d+)?)\s*(?:балл\S*)?\.?$/i.exec(line);
    if (stated) {
      const s = parseScale(stated[1]!);
      if (s) return s;
    }
    const rest = line.replace(/^[^:]*(?:шкал|оцен|балл)[^:]*:\s*/i, '');
    if (rest !== line || SCALE_WORDS.test(line)) {
      const s = parseScale(rest);
      if (s && s.kind === 'points' && rest.trim()) return s;
    }
    const o = parseOption(line.replace(/[;.,]$/, ''));
    if (o) {
      run.push(o);
      continue;
    }
    const s = flush();
    if (s) return s;
  }
  return flush();
}

/** Levels stated in free text: a line naming «уровень» with numbers. */
function levelsFromText(textLines: readonly string[]): Levels | null {
  for (let i = 0; i < textLines.length; i++) {
    if (!/уров/i.test(textLines[i]!)) continue;
    const one = parseLevels(textLines[i]!);
    if (one) return one;
    // the levels one per line below «Уровни:»
    const joined = textLines.slice(i, i + 5).join('; ');
    const several = parseLevels(joined);
    if (several) return several;
  }
  return null;
}

const SECTION_NUMBER = /^(?:\d+|[IVXLC]+)\.?$/;

/** Converts pasted Word-table values into a template. */
export function importWordChecklist(values: readonly (readonly unknown[])[], lang: Lang = 'ru'): Result<WordImport> {
  const m = checklistMessages(lang).importWord;
  const header = detectHeader<ChecklistField>(values, CHECKLIST_SYNONYMS, { minScore: 2, required: ['text'], maxRows: 60 });
  if (!header || header.columns.text === undefined) return { ok: false, error: { code: 'no-header', message: m.noHeader } };
  const col = header.columns;
  const at = (r: number, f: ChecklistField) => (col[f] === undefined ? '' : cellText(values[r]?.[col[f]!]));
  const nonEmpty = (r: number) => (values[r] ?? []).map(cellText).filter(Boolean);
  const mappedCols = Object.values(col) as number[];
  const inTable = (r: number) => (values[r] ?? []).some((v, c) => mappedCols.includes(c) && c !== col.text && cellText(v) !== '');

  // The table ends at the last row that has its text and something in another column (№, scale, answer).
  let last = header.headerRow;
  for (let r = header.headerRow + 1; r < values.length; r++) if (at(r, 'text') && inTable(r)) last = r;
  const textRows = [...Array.from({ length: header.headerRow }, (_, i) => i), ...Array.from({ length: values.length - last - 1 }, (_, i) => last + 1 + i)];
  const around = lines(values, textRows).map((l) => l.text);

  const questions: ImportQuestion[] = [];
  const docScale = scaleFromText(around);
  const levels = levelsFromText(around);

  interface Raw { row: number; section: string; number: string; text: string; scale: Scale | null; scaleText: string; answers: unknown }
  const raws: Raw[] = [];
  let section = '';
  for (let r = header.headerRow + 1; r <= last; r++) {
    const cells = nonEmpty(r);
    if (cells.length === 0) continue;
    const number = at(r, 'number').replace(/\.$/, '');
    const text = at(r, 'text');
    const sec = at(r, 'section');
    if (sec) section = sec;
    // A section row: one filled cell (a merged row in Word), or «1 | Магистральное направление» followed by 1.1, 1.2…
    const next = at(r + 1, 'number');
    if (cells.length === 1 && col.number !== undefined && !/^(?:\d|[IVXLC]+\.?$)/.test(number)) {
      section = cells[0]!;
      continue;
    }
    if (number && SECTION_NUMBER.test(number) && next.startsWith(number + '.') && !at(r, 'answer') && !at(r, 'scale')) {
      section = text || cells.find((c) => c !== at(r, 'number')) || section;
      continue;
    }
    if (!text) {
      questions.push({ code: 'no-text', message: m.noText(r + 1), row: r, cell: toA1(r, col.text!) });
      continue;
    }
    const scaleText = at(r, 'scale');
    raws.push({ row: r, section, number, text, scale: scaleText ? parseScale(scaleText) : null, scaleText, answers: col.answer === undefined ? undefined : values[r]?.[col.answer] });
  }
  if (raws.length === 0) return { ok: false, error: { code: 'empty', message: m.empty } };

  // Without a stated scale, filled answers tell whether the checklist is yes/no.
  let scaleSource: WordImport['scaleSource'] = docScale ? 'text' : 'none';
  let fallback: Scale | null = docScale;
  if (!fallback) {
    const filled = raws.map((r) => r.answers).filter((a) => cellText(a) !== '');
    const yesNo = filled.filter((a) => parseAnswer(a, YES_NO_SCALE, lang).status !== 'flag');
    const nums = filled.map((a) => (typeof a === 'number' ? a : Number(cellText(a).replace(',', '.')))).filter((n) => Number.isFinite(n));
    if (filled.length > 0 && yesNo.length === filled.length && nums.every((n) => n === 0 || n === 1)) {
      fallback = YES_NO_SCALE;
      scaleSource = 'answers';
    } else if (nums.length > 0 && nums.length === filled.length) {
      const max = Math.max(...nums);
      questions.push({ code: 'scale', message: m.scaleFromAnswers(max), assumed: `0–${max}` });
      fallback = max > 0 ? { kind: 'points', max } : null;
      scaleSource = 'answers';
    }
  }
  if (!fallback && raws.every((r) => !r.scaleText)) {
    questions.push({ code: 'scale', message: m.noScale, assumed: m.assumedYesNo });
  }
  const ids = new Set<string>();
  const criteria: Criterion[] = raws.map((r) => {
    let scale = r.scale ?? fallback ?? YES_NO_SCALE;
    if (r.scaleText && !r.scale) {
      questions.push({ code: 'row-scale', message: m.rowScale(r.row + 1, r.scaleText), row: r.row, cell: toA1(r.row, col.scale!), ...(fallback ? {} : { assumed: m.assumedYesNo }) });
      scale = fallback ?? YES_NO_SCALE;
    }
    if (r.scale) scaleSource = scaleSource === 'none' ? 'column' : scaleSource;
    let id = criterionId(r.section, r.number, r.text);
    for (let k = 2; ids.has(id); k++) id = `${criterionId(r.section, r.number, r.text)}#${k}`;
    ids.add(id);
    return { id, section: r.section, number: r.number, text: r.text, weight: 1, scale, row: r.row };
  });
  if (criteria.some((c) => c.scale.kind === 'points') && !levels) {
    questions.push({ code: 'levels', message: m.noLevels, assumed: m.assumedNoLevels });
  }
  const template: Template = { criteria, sectionLevels: {}, ...(levels ? { levels } : {}) };
  return { ok: true, template, questions, columns: col, headerRow: header.headerRow, scaleSource };
}

/** True when a pasted cell reads as a section title rather than a criterion (used by callers to preview). */
export function looksLikeSection(text: string): boolean {
  return /^(?:раздел|направление|магистральное направление|блок)(?!\p{L})/iu.test(normalizeWord(text));
}
