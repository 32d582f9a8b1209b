/**
 * A checklist pasted from Word (or from a site) → a template, plus the questions it could not answer for itself.
 * The table is read by the shared pipeline (core/table/read-table, CHECKLIST_TABLE): the header band («Критерии
 * оценки | Да | Частично | Нет», «№/№ | Элементы урока | Критерии оценивания (знак +)» over three levels), the
 * columns by name and by what they hold, the lines above. On top of that, what checklists do:
 * - section rows: a row of one cell («1. Анализ целей урока», «Раздел 2. …»), a number whose sub-items follow
 *   («1 | Магистральное направление», then 1.1, 1.2), a line just above the header («Раздел 1. Целеполагание»);
 * - numbers written inside the criterion («1.1.Оценка правильности…») when the «№» column is empty or absent;
 * - answer levels as columns («Да | Частично | Нет» with points per criterion: 1/–/0, 2/1/0, 3/2/0; or three
 *   columns marked «+», without points);
 * - the scale where it is written: a «Шкала» cell, the answer column's header («Оценка критерия от 0 до 2
 *   баллов», «Результаты проверки (максимум 10 баллов)»), a line around the table («(по 10-ти бальной шкале)»,
 *   option lines «3 балла — подтверждается»); else from the numbers in the table (each criterion's maximum, as an
 *   exam scheme «№ задания | Балл» gives it) or the answers;
 * - totals: «Всего 19», «Максимум по разделу 6», «Максимальный балл — 19», checked against the criteria;
 * - a score-to-level table («0-4 | 2», «5-10 | 3», …) as levels, checked for gaps;
 * - the answers of a filled checklist, kept (never dropped) for the template's «Ответ».
 */
import { cellText } from '../table/cell';
import { toA1 } from '../table/a1';
import { normalizeHeader } from '../table/headers';
import { readTable, type ReadTable, type TableChoice } from '../table/read-table';
import { tableQuestionText } from '../table/questions';
import type { Result } from '../table/findings';
import type { Lang } from '../i18n/lang';
import { parseAnswer } from './answer';
import { directionFromWording } from './direction';
import { checklistMessages } from './messages';
import {
  fmtNum,
  formatScale,
  normalizeWord,
  optionsScale,
  parseLevels,
  parseOption,
  parseScale,
  scaleInText,
  statedTotal,
  YES_NO_SCALE,
} from './scale';
import { CHECKLIST_FIELD_LABELS, CHECKLIST_TABLE, isTotalRow, numberLabel, type ChecklistField } from './table';
import { criterionId } from './template';
import type { Criterion, Direction, Levels, Scale, ScaleOption, ScaleSource, Template, YesNo } from './types';

export type QuestionCode =
  | 'table'
  | 'scale'
  | 'row-scale'
  | 'levels'
  | 'no-text'
  | 'maxima'
  | 'options-no-points'
  | 'total'
  | 'bands'
  | 'answers'
  | 'answer'
  | 'direction'
  | 'absence'
  | 'section-number';

/** Something the coordinator should decide or know before the template is used. */
export interface ImportQuestion {
  code: QuestionCode;
  message: string;
  /** 0-based row in the pasted values, when the question is about one row. */
  row?: number;
  cell?: string;
  /** What the import assumed meanwhile. */
  assumed?: string;
  /** 'warning' when the source contradicts itself or something is unread; 'info' when it only says what was assumed. */
  severity: 'info' | 'warning';
}

export type { ScaleSource } from './types';

/** A total the document states, checked against the criteria. */
export interface StatedTotal {
  row: number;
  cell: string;
  label: string;
  stated: number;
  /** The sum of the criteria's maxima it covers (a section's, or all). */
  computed: number;
  /** The maxima added, in order. */
  parts: number[];
}

/** A score band of a score-to-level table («0-4 | 2»). */
export interface Band {
  row: number;
  from: number;
  to: number;
  level: string;
}

export interface WordImport {
  template: Template;
  questions: ImportQuestion[];
  /** The column mapping found (field → 0-based column), for the user to check or override. */
  columns: Partial<Record<ChecklistField, number>>;
  headerRow: number;
  /** The pipeline's reading (header band labels, lines above, its own questions). */
  table: ReadTable<ChecklistField>;
  scaleSource: ScaleSource;
  /** Where the scale was written (a header, a line), when it was. */
  scaleText?: string;
  /** Answer levels as columns («Да | Частично | Нет», «Элемент представлен в полном объёме | …»). */
  optionColumns: { col: number; value: YesNo; label: string }[];
  /** The answers of a filled checklist, as written, by criterion id (kept in the template's «Ответ»). */
  answers: Record<string, string>;
  totals: StatedTotal[];
  bands: Band[];
  /** Sections in order, with their criteria count. */
  sections: { name: string; row: number; criteria: number }[];
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

/**
 * The scale stated in free text: «Шкала: 0–3», «(по 10-ти бальной шкале)», «0 – не подтверждается; 1 – …», one
 * option per line, «Максимальный балл по каждому показателю — 2». A maximum of the whole checklist
 * («Максимальный балл — 19») is no criterion's scale (see statedTotal).
 */
export function scaleFromText(textLines: readonly string[]): Scale | null {
  let run: ScaleOption[] = [];
  const flush = (): Scale | null => {
    const s = run.length >= 2 ? optionsScale(run) : null;
    run = [];
    return s;
  };
  for (const line of textLines) {
    const stated = /максимальн\S*\s+балл[^—–:-]*(?:по|за)\s+кажд[^—–:-]*[—–:-]\s*(\d+(?:[.,]\d+)?)\s*(?:балл\S*)?\.?$/i.exec(line);
    if (stated) {
      const s = parseScale(stated[1]!);
      if (s) return s;
    }
    if (statedTotal(line) === null) {
      const rest = line.replace(/^[^:]*(?:шкал|оцен|балл)[^:]*:\s*/i, '');
      if (rest !== line || SCALE_WORDS.test(line)) {
        const s = rest.trim() ? parseScale(rest) : null;
        if (s && s.kind === 'points' && !/^\d+(?:[.,]\d+)?$/.test(rest.trim())) return s;
        const inner = scaleInText(line);
        if (inner) return inner;
      }
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

/** Levels stated in free text: a line naming «уровень» with numbers (or the levels one per line below it). */
function levelsFromText(textLines: readonly string[]): Levels | null {
  for (let i = 0; i < textLines.length; i++) {
    if (!/уров/i.test(textLines[i]!)) continue;
    const one = parseLevels(textLines[i]!);
    if (one) return one;
    const joined = textLines.slice(i, i + 5).join('; ');
    const several = parseLevels(joined);
    if (several && !several.equal) return several;
  }
  return null;
}

const BAND = /^(\d{1,4})\s*[-–—]\s*(\d{1,4})$/;

/** A score-to-level table: two-cell rows «0-4 | 2», «5-10 | 3» (two at least), and its header row above. */
export function findBandTable(values: readonly (readonly unknown[])[]): { header?: number; bands: Band[] } | null {
  const twoCells = (r: number) => (values[r] ?? []).map(cellText).filter(Boolean);
  for (let r = 0; r < values.length; r++) {
    const bands: Band[] = [];
    let k = r;
    for (; k < values.length; k++) {
      const cells = twoCells(k);
      const m = cells.length === 2 ? BAND.exec(cells[0]!) : null;
      if (!m || cells[1]!.length > 40 || Number(m[1]) > Number(m[2])) break;
      bands.push({ row: k, from: Number(m[1]), to: Number(m[2]), level: cells[1]! });
    }
    if (bands.length >= 2) {
      const above = twoCells(r - 1);
      return { ...(r > 0 && above.length === 2 && above.every((t) => t.length <= 30 && !BAND.test(t)) ? { header: r - 1 } : {}), bands };
    }
    r = Math.max(r, k);
  }
  return null;
}

/** The answer level a column's own label names: «Да», «Частично», «Элемент представлен в полном объёме», «Элемент отсутствует». */
export function optionLevel(label: string): YesNo | null {
  const t = normalizeWord(label);
  if (!t || t.length > 60) return null;
  if (/частичн|не полностью/.test(t)) return 'partial';
  if (/не применим/.test(t)) return 'na';
  if (/^нет$|^no$|отсутств|не выполн|не соответств|не представлен|не реализ/.test(t)) return 'no';
  if (/^да$|^yes$|в полном объ|полностью|^выполн|^соответств|представлен|реализ/.test(t)) return 'yes';
  return null;
}

const OPTION_WORDS: Record<YesNo, string> = { yes: 'Да', partial: 'Частично', no: 'Нет', na: 'Не применимо' };
const SECTION_WORDS = /^(?:раздел|блок|направление|магистральное направление|модуль|часть|область)(?!\p{L})/iu;
/** «1.1.Оценка…», «3.2. Связь…», «1. Санитарное…»: a number written in front of the criterion. */
const LEADING_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,3})(?:\.\s*|\)\s*|\s+)(?=[«"(\p{L}])/u;
const TEXT_HEADER = /^(?:критери|показател|индикатор|параметр|требовани|элемент)/;
const MARK = /^(?:\+|✓|✔|v|х|x|да)$/i;

/** Converts pasted checklist values into a template. `choice`: the user's column choice (the column form, CLI flags). */
export function importWordChecklist(
  values: readonly (readonly unknown[])[],
  lang: Lang = 'ru',
  choice: TableChoice<ChecklistField> = {},
): Result<WordImport> {
  const m = checklistMessages(lang).importWord;
  const questions: ImportQuestion[] = [];
  const ask = (q: Omit<ImportQuestion, 'severity'> & { severity?: ImportQuestion['severity'] }) =>
    questions.push({ severity: 'info', ...q });

  // A score-to-level table («Балл | Оценка», «0-4 | 2» …) is levels, not the checklist: read apart.
  const bandTable = findBandTable(values);
  const bandRows = new Set(
    bandTable ? [...(bandTable.header !== undefined ? [bandTable.header] : []), ...bandTable.bands.map((b) => b.row)] : [],
  );
  const grid = bandRows.size ? values.map((row, r) => (bandRows.has(r) ? row.map(() => '') : row)) : values;

  const read = readTable(grid, CHECKLIST_TABLE, choice, { checkRequired: false });
  if (!read.ok) return { ok: false, error: { code: 'no-header', message: m.noHeader } };
  const table = read;
  const col: Partial<Record<ChecklistField, number>> = { ...table.columns };
  const chosen = (f: ChecklistField) => choice.mapping !== undefined && Object.prototype.hasOwnProperty.call(choice.mapping, f);
  const bandLabel = (c: number) => {
    const lowest = table.headerRows.length ? cellText(grid[table.headerRows[table.headerRows.length - 1]!]?.[c]) : '';
    return lowest || (table.labels[c] ?? '').split('\n').pop() || '';
  };

  // Two columns named like criteria, both holding them («Показатели эффективности | Критерии эффективности»): the left one groups.
  const holdsCriteria = (c: number) => {
    let n = 0;
    let yes = 0;
    for (let r = table.dataStart; r < Math.min(grid.length, table.dataStart + 200); r++) {
      const t = cellText(grid[r]?.[c]);
      if (!t) continue;
      n++;
      if (CHECKLIST_TABLE.content!.text!(t, grid[r]![c])) yes++;
    }
    return n > 0 && yes / n >= 0.6;
  };
  if (col.text !== undefined && !chosen('text')) {
    const other = table.labels.findIndex(
      (l, c) =>
        c > col.text! &&
        !Object.values(col).includes(c) &&
        TEXT_HEADER.test(normalizeHeader(l)) &&
        !optionLevel(bandLabel(c)) &&
        holdsCriteria(c),
    );
    if (other >= 0 && TEXT_HEADER.test(normalizeHeader(table.labels[col.text] ?? ''))) {
      if (col.section === undefined && !chosen('section')) col.section = col.text;
      col.text = other;
    }
  }

  // Answer levels as columns: unmapped (or mapped by content only) columns right of the criteria named «Да», «Частично», …
  const byHeader = new Set(
    Object.entries(col)
      .filter(([f]) => table.sources[f as ChecklistField] !== 'content')
      .map(([, c]) => c),
  );
  const firstText = col.text ?? col.number ?? 0;
  const optionColumns: WordImport['optionColumns'] = [];
  for (let c = firstText + 1; c < table.labels.length; c++) {
    if (byHeader.has(c) && !(c === col.answer && table.sources.answer === 'header' && optionLevel(bandLabel(c)))) continue;
    const level = optionLevel(bandLabel(c));
    if (level) optionColumns.push({ col: c, value: level, label: bandLabel(c) });
  }
  if (new Set(optionColumns.map((o) => o.value)).size < 2) optionColumns.length = 0;
  for (const o of optionColumns) {
    for (const f of Object.keys(col) as ChecklistField[]) if (col[f] === o.col && !chosen(f)) delete col[f];
  }
  if (col.text === undefined && col.number === undefined) return { ok: false, error: { code: 'no-header', message: m.noHeader } };
  for (const q of table.questions) {
    if (q.code === 'by-content' && col[q.field] !== q.col) continue; // a guess the import has since undone
    ask({
      code: 'table',
      message: tableQuestionText(q, CHECKLIST_FIELD_LABELS[lang], lang),
      row: Math.max(0, table.headerRow),
      cell: toA1(Math.max(0, table.headerRow), q.code === 'by-content' ? q.col : firstText),
    });
  }

  const cell = (r: number, f: ChecklistField) => (col[f] === undefined ? '' : cellText(grid[r]?.[col[f]!]));
  const filled = (r: number) => (grid[r] ?? []).map((v, c) => ({ c, t: cellText(v) })).filter((x) => x.t !== '');
  /** A row's number and criterion text: the «№» cell, else a number written in front of the text. */
  const numbered = (r: number): { number: string; text: string } => {
    let text = cell(r, 'text');
    let number = col.number === undefined ? '' : (numberLabel(grid[r]?.[col.number]) ?? cell(r, 'number'));
    const lead = LEADING_NUMBER.exec(text);
    if (lead && !number) {
      number = lead[1]!;
      text = text.slice(lead[0].length).trim();
    }
    return { number: number.replace(/\.$/, ''), text };
  };
  const nextNumber = (r: number): string => {
    for (let k = r + 1; k < grid.length; k++) if (filled(k).length) return numbered(k).number;
    return '';
  };
  const numberHeader = col.number === undefined ? '' : (table.labels[col.number] ?? '').replace(/\s+/g, ' ').trim();

  interface Raw {
    row: number;
    section: string;
    number: string;
    text: string;
    scaleText: string;
    options: ScaleOption[];
    marked?: YesNo;
    answer: unknown;
    subOptions?: ScaleOption[];
    subRow?: number;
  }
  const raws: Raw[] = [];
  const sections: WordImport['sections'] = [];
  const setSection = (name: string, row: number) => sections.push({ name, row, criteria: 0 });
  // a line just above the header that names a section («Раздел 1. Целеполагание»)
  const lastAbove = table.above[table.above.length - 1];
  if (lastAbove && lastAbove.row === table.headerRow - 1 && SECTION_WORDS.test(normalizeWord(lastAbove.text)))
    setSection(lastAbove.text, lastAbove.row);
  // in a table whose rows fill several cells, a row of one cell is a section («Образовательная деятельность»)
  const counts = Array.from({ length: Math.min(grid.length - table.dataStart, 200) }, (_, i) => filled(table.dataStart + i).length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const typical = counts[Math.floor(counts.length / 2)] ?? 1;
  const rawTotals: { row: number; c: number; label: string; value: number | null }[] = [];
  const levelLines: string[] = [];
  let lastCriterion = -1;
  for (let r = table.dataStart; r < grid.length; r++) {
    const cells = filled(r);
    if (!cells.length) continue;
    const first = cells[0]!.t;
    if (/уровн/i.test(first) && parseLevels(first)) {
      levelLines.push(first);
      continue;
    }
    if (isTotalRow(first)) {
      const num = cells
        .slice(1)
        .map((x) => grid[r]![x.c])
        .find((v) => typeof v === 'number' || /^\d+(?:[.,]\d+)?$/.test(cellText(v)));
      rawTotals.push({ row: r, c: cells[0]!.c, label: first, value: num === undefined ? null : Number(cellText(num).replace(',', '.')) });
      continue;
    }
    if (/_{3,}/.test(first)) continue; // a form field («Руководитель ОО ____»)
    const { number, text } = numbered(r);
    // points per answer written as rows under the criterion («первая категория — 1», «высшая — 2»)
    const prev = raws[raws.length - 1];
    const option =
      !number && prev && !prev.scaleText && (prev.row === r - 1 || prev.subRow === r - 1) ? parseOption(first.replace(/[;.,]$/, '')) : null;
    if (option && prev) {
      prev.subOptions = [...(prev.subOptions ?? []), option];
      prev.subRow = r;
      continue;
    }
    const section = cell(r, 'section');
    const next = nextNumber(r);
    const subItems = number !== '' && next.startsWith(number + '.');
    if (cells.length === 1) {
      const inText = cells[0]!.c === col.text || (col.text === undefined && cells[0]!.c === col.number);
      const dotted = /\./.test(next);
      if (
        !inText ||
        typical >= 2 ||
        SECTION_WORDS.test(normalizeWord(first)) ||
        subItems ||
        (!number && dotted && col.text !== undefined)
      ) {
        setSection(first, r);
        continue;
      }
    } else if (subItems && text && !cell(r, 'answer') && !cell(r, 'scale') && optionColumns.every((o) => !cellText(grid[r]?.[o.col]))) {
      setSection(text, r);
      continue;
    }
    if (section) setSection(section, r);
    let critText = text;
    if (col.text === undefined) {
      // items named only by their number («№ задания | Балл»): each with its points
      if (!number || col.answer === undefined || answerNumber(grid[r]?.[col.answer]) === null) continue;
      critText = `${numberHeader || '№'} ${number}`.trim();
    }
    if (!critText) {
      if (number) ask({ code: 'no-text', message: m.noText(r + 1), row: r, cell: toA1(r, col.text ?? 0), severity: 'warning' });
      continue;
    }
    const options: ScaleOption[] = [];
    let marked: YesNo | undefined;
    for (const o of optionColumns) {
      const v = grid[r]?.[o.col];
      const t = cellText(v);
      if (typeof v === 'number' || /^\d+(?:[.,]\d+)?$/.test(t))
        options.push({ label: OPTION_WORDS[o.value], points: Number(t.replace(',', '.')) });
      else if (MARK.test(t)) marked = o.value;
    }
    raws.push({
      row: r,
      section: sections[sections.length - 1]?.name ?? '',
      number,
      text: critText,
      scaleText: cell(r, 'scale'),
      options,
      ...(marked ? { marked } : {}),
      answer: col.answer === undefined ? undefined : grid[r]?.[col.answer],
    });
    lastCriterion = r;
  }
  if (raws.length === 0) return { ok: false, error: { code: 'empty', message: m.empty } };

  const after = Array.from({ length: Math.max(0, grid.length - lastCriterion - 1) }, (_, i) => lastCriterion + 1 + i).filter(
    (r) => !bandRows.has(r),
  );
  const around = [...table.above.map((a) => a.text), ...lines(grid, after).map((l) => l.text)];

  // The scale every criterion shares: the answer column's header, else a line around the table.
  let shared: Scale | null = null;
  let scaleSource: ScaleSource = 'none';
  let scaleText: string | undefined;
  const answerLabel = col.answer === undefined ? '' : (table.labels[col.answer] ?? '');
  const fromHeader = answerLabel ? scaleInText(answerLabel) : null;
  if (fromHeader) [shared, scaleSource, scaleText] = [fromHeader, 'header', answerLabel.replace(/\s+/g, ' ')];
  else {
    const fromText = scaleFromText(around);
    if (fromText) {
      shared = fromText;
      scaleSource = 'text';
      scaleText =
        around.find((l) => scaleInText(l) || parseOption(l.replace(/[;.,]$/, ''))) ??
        around.find((l) => parseScale(l.replace(/^[^:]*:\s*/, '')));
    }
  }

  // Numbers in the answer column: the school's scores when a scale is stated; else each criterion's maximum
  // (an exam scheme, a regulation's «Оценка в баллах»), unless a zero shows they are scores.
  const nums = raws.map((r) => answerNumber(r.answer));
  const filledAnswers = raws.filter((r) => cellText(r.answer) !== '');
  let maxima = false;
  let fallback: Scale | null = shared;
  if (!shared && !raws.some((r) => r.options.length) && filledAnswers.length) {
    const numeric = nums.filter((n): n is number => n !== null);
    const yesNo = filledAnswers.filter((r) => parseAnswer(r.answer, YES_NO_SCALE, lang).status !== 'flag');
    if (numeric.length === filledAnswers.length && numeric.every((n) => n > 0)) {
      maxima = true;
      scaleSource = 'maxima';
      // a column of answers written as text beside the points («Значение показания»): said, not silently left behind
      const textAnswers = table.labels.findIndex(
        (_, c) =>
          c > (col.text ?? -1) &&
          c < col.answer! &&
          !Object.values(col).includes(c) &&
          raws.filter((r) => cellText(grid[r.row]?.[c]) !== '').length >= Math.max(1, raws.length * 0.6),
      );
      const also = textAnswers >= 0 ? m.textAnswersLeft((table.labels[textAnswers] ?? '').replace(/\s+/g, ' ')) : '';
      ask({
        code: 'maxima',
        message: m.maxima(answerLabel.replace(/\s+/g, ' ') || '—', [...new Set(numeric)].sort((a, b) => a - b).map(fmtNum)) + also,
        assumed: m.assumedMaxima,
      });
    } else if (yesNo.length === filledAnswers.length && numeric.every((n) => n === 0 || n === 1)) {
      fallback = YES_NO_SCALE;
      scaleSource = 'answers';
    } else if (numeric.length === filledAnswers.length) {
      const max = Math.max(...numeric);
      ask({ code: 'scale', message: m.scaleFromAnswers(max), assumed: `0–${fmtNum(max)}`, severity: 'warning' });
      fallback = max > 0 ? { kind: 'points', max } : null;
      scaleSource = 'answers';
    }
  }
  const optionsWithoutPoints = optionColumns.length > 0 && !raws.some((r) => r.options.length);
  if (optionsWithoutPoints) {
    ask({
      code: 'options-no-points',
      message: m.optionsNoPoints(optionColumns.map((o) => o.label.replace(/\s+/g, ' '))),
      assumed: m.assumedYesNo,
    });
    fallback = YES_NO_SCALE;
    scaleSource = 'options';
  } else if (raws.some((r) => r.options.length)) scaleSource = 'options';
  if (!fallback && !maxima && !optionColumns.length && raws.every((r) => !r.scaleText)) {
    ask({ code: 'scale', message: m.noScale, assumed: m.assumedYesNo, severity: 'warning' });
  }

  const ids = new Set<string>();
  const answers: Record<string, string> = {};
  const criteria: Criterion[] = raws.map((r) => {
    let scale: Scale = fallback ?? YES_NO_SCALE;
    if (r.options.length) scale = optionsScale(r.options) ?? scale;
    else if (r.subOptions && r.subOptions.length >= 2) scale = optionsScale(r.subOptions) ?? scale;
    else if (maxima) scale = { kind: 'points', max: answerNumber(r.answer)! };
    if (r.scaleText) {
      const own = parseScale(r.scaleText);
      if (own) {
        scale = own;
        if (scaleSource === 'none') scaleSource = 'column';
      } else
        ask({
          code: 'row-scale',
          message: m.rowScale(r.row + 1, r.scaleText),
          row: r.row,
          cell: toA1(r.row, col.scale!),
          ...(fallback ? {} : { assumed: m.assumedYesNo }),
          severity: 'warning',
        });
    }
    let id = criterionId(r.section, r.number, r.text);
    for (let k = 2; ids.has(id); k++) id = `${criterionId(r.section, r.number, r.text)}#${k}`;
    ids.add(id);
    let direction: Direction | undefined;
    const wording = directionFromWording(r.text);
    if (wording?.absence)
      ask({
        code: 'absence',
        message: m.absence(r.number || r.text, wording.words),
        row: r.row,
        cell: toA1(r.row, col.text ?? col.number ?? 0),
      });
    else if (wording) {
      direction = 'down';
      ask({
        code: 'direction',
        message: m.negative(r.number || r.text, wording.words),
        row: r.row,
        cell: toA1(r.row, col.text ?? col.number ?? 0),
      });
    }
    // a filled answer is kept, as written; one that does not fit the scale is said
    const written = r.marked ? OPTION_WORDS[r.marked] : maxima ? '' : cellText(r.answer);
    if (written) {
      answers[id] = written;
      const parsed = parseAnswer(r.marked ? written : r.answer, scale, lang);
      if (parsed.status === 'flag')
        ask({
          code: 'answer',
          message: m.answerUnread(written, parsed.reason ?? ''),
          row: r.row,
          cell: toA1(r.row, r.marked ? (col.text ?? 0) : col.answer!),
          severity: 'warning',
        });
    }
    const out: Criterion = { id, section: r.section, number: r.number, text: r.text, weight: 1, scale, row: r.row };
    if (direction) out.direction = direction;
    return out;
  });
  const kept = Object.keys(answers).length;
  if (kept) ask({ code: 'answers', message: m.answersKept(kept) });
  for (const s of sections) s.criteria = criteria.filter((c) => c.section === s.name).length;

  // Sections numbered except some («1. …», «Анализ структуры…», «3. …»).
  const withCriteria = sections.filter((s) => s.criteria > 0);
  const sectionNumber = (name: string) => /^(?:раздел\s+)?(\d+|[IVXLC]+)[.)\s]/i.exec(name)?.[1];
  if (withCriteria.some((s) => sectionNumber(s.name)) && withCriteria.some((s) => !sectionNumber(s.name))) {
    for (const s of withCriteria.filter((x) => !sectionNumber(x.name))) {
      ask({ code: 'section-number', message: m.sectionNumber(s.name), row: s.row, cell: toA1(s.row, col.text ?? 0) });
    }
  }

  // Totals the document states, against the maxima of the criteria they cover.
  const maxOf = (c: Criterion) => (c.scale.kind === 'points' ? c.scale.max : 1) * c.weight;
  const totals: StatedTotal[] = [];
  for (const t of rawTotals) {
    if (t.value === null) continue;
    const bySection = /раздел/i.test(t.label);
    const covered = bySection
      ? criteria.filter((c) => c.row < t.row && c.section === (raws.filter((r) => r.row < t.row).pop()?.section ?? ''))
      : criteria;
    const parts = covered.map(maxOf);
    totals.push({
      row: t.row,
      cell: toA1(t.row, t.c),
      label: t.label,
      stated: t.value,
      computed: round(parts.reduce((a, b) => a + b, 0)),
      parts,
    });
  }
  for (const a of table.above) {
    const stated = statedTotal(a.text);
    if (stated === null) continue;
    const parts = criteria.map(maxOf);
    totals.push({
      row: a.row,
      cell: toA1(a.row, 0),
      label: a.text.replace(/^[-–—•\s]+/, ''),
      stated,
      computed: round(parts.reduce((x, y) => x + y, 0)),
      parts,
    });
  }
  for (const t of totals) {
    if (Math.abs(t.stated - t.computed) > 1e-9)
      ask({
        code: 'total',
        message: m.totalMismatch(t.label, t.stated, t.computed, t.parts.map(fmtNum)),
        row: t.row,
        cell: t.cell,
        severity: 'warning',
      });
  }

  // Levels: a line around the table, else a score-to-level table.
  let levels = levelsFromText([...levelLines, ...around]);
  const bands = bandTable?.bands ?? [];
  if (!levels && bands.length) {
    levels = { unit: 'points', thresholds: [...bands].sort((a, b) => a.from - b.from).map((b) => ({ level: b.level, min: b.from })) };
    const total = round(criteria.reduce((s, c) => s + maxOf(c), 0));
    const sorted = [...bands].sort((a, b) => a.from - b.from);
    const problems: string[] = [];
    if (sorted[0]!.from !== 0) problems.push(m.bandStart(sorted[0]!.from));
    for (let i = 1; i < sorted.length; i++) {
      const gap = sorted[i]!.from - sorted[i - 1]!.to;
      if (gap !== 1)
        problems.push(gap > 1 ? m.bandGap(sorted[i - 1]!.to, sorted[i]!.from) : m.bandOverlap(sorted[i - 1]!.to, sorted[i]!.from));
    }
    if (sorted[sorted.length - 1]!.to !== total) problems.push(m.bandEnd(sorted[sorted.length - 1]!.to, total));
    if (problems.length)
      ask({ code: 'bands', message: problems.join(' '), row: sorted[0]!.row, cell: toA1(sorted[0]!.row, 0), severity: 'warning' });
  }
  if (levels?.equal) ask({ code: 'levels', message: m.levelsEqual(levels.thresholds.map((t) => t.level)) });
  if (criteria.some((c) => c.scale.kind === 'points') && !levels) ask({ code: 'levels', message: m.noLevels, assumed: m.assumedNoLevels });

  const template: Template = { criteria, sectionLevels: {}, ...(levels ? { levels } : {}) };
  return {
    ok: true,
    template,
    questions,
    columns: col,
    headerRow: table.headerRow,
    table,
    scaleSource,
    ...(scaleText ? { scaleText } : {}),
    optionColumns,
    answers,
    totals,
    bands,
    sections: sections.filter((s) => s.criteria > 0),
  };
}

/** A number an answer cell holds («2», 2, «2,5»), or null. */
function answerNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = cellText(v);
  return /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : null;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** How a scale reads in a sentence: «Да/Частично/Нет», «0–2», «Да = 2; Частично = 1; Нет = 0». */
export function scaleLabel(scale: Scale): string {
  return formatScale(scale);
}

/** True when a pasted cell reads as a section title rather than a criterion (used by callers to preview). */
export function looksLikeSection(text: string): boolean {
  return SECTION_WORDS.test(normalizeWord(text));
}
