/**
 * The checklist template «Чек-лист (шаблон)»:
 *   Раздел | № | Критерий | Вес | Шкала | Ответ | Подтверждение | Комментарий
 * «Вес» defaults to 1; «Шкала» is empty or «Да/Частично/Нет» for yes/no criteria, «0–3» or
 * «подтверждается = 3; скорее подтверждается = 2; …» for scored ones. Level thresholds are rows whose
 * «Критерий» starts with «Уровни:» (its «Раздел» names the section; empty or «Итого» means the whole checklist).
 */
import { cellText, isFormulaError } from '../table/cell';
import { toA1 } from '../table/a1';
import { readTable, type TableChoice } from '../table/read-table';
import { tableQuestionText } from '../table/questions';
import type { Result } from '../table/findings';
import type { Lang } from '../i18n/lang';
import { YES_NO_LIST } from './answer';
import { directionFromWording, parseDirection } from './direction';
import { checklistMessages } from './messages';
import {
  fmtNum,
  formatLevels,
  formatScale,
  normalizeWord,
  optionsScale,
  parseLevels,
  parseOption,
  parseScale,
  scaleInText,
  YES_NO_SCALE,
} from './scale';
import { CHECKLIST_FIELD_LABELS, CHECKLIST_TABLE, type ChecklistField } from './table';
import type { ChecklistFinding, Criterion, Direction, Levels, Scale, ScaleOption, Template } from './types';

export { CHECKLIST_FIELDS, CHECKLIST_SYNONYMS, type ChecklistField } from './table';

export const TEMPLATE_SHEET = 'Чек-лист (шаблон)';
/** Column order of the template and of every school tab (0-based); the template adds «Направленность» after them. */
export const COL: Record<Exclude<ChecklistField, 'direction'>, number> = {
  section: 0,
  number: 1,
  text: 2,
  weight: 3,
  scale: 4,
  answer: 5,
  evidence: 6,
  comment: 7,
};
/** The school tab's header (and the template's first eight columns). */
export const TEMPLATE_HEADER: readonly string[] = ['Раздел', '№', 'Критерий', 'Вес', 'Шкала', 'Ответ', 'Подтверждение', 'Комментарий'];
/** The template's column «Направленность»: empty for the usual item, «убывание» for a negative one («Направление» names sections). */
export const DIRECTION_COL = 8;
export const TEMPLATE_SHEET_HEADER: readonly string[] = [...TEMPLATE_HEADER, 'Направленность'];
/** Number formats per column: text everywhere (so «1.1» stays «1.1»), weight a plain number. */
export const TEMPLATE_FORMATS: readonly string[] = ['@', '@', '@', '0.##', '@', '@', '@', '@'];
/** The columns a school fills (unprotected on its tab). */
export const ANSWER_COLUMNS: readonly number[] = [COL.answer, COL.evidence, COL.comment];
/** The word the template writes for a negative item. */
export const DOWN_WORD = 'убывание';

const LEVELS_PREFIX = /^(?:уровни|уровень|levels)(?!\p{L})/iu;
const OVERALL_SECTION = /^(?:итого|всего|в целом|общий|общий уровень|чек-лист|overall|total)$/i;

/** section + № (or section + text) normalised: the key a school tab's row is matched by. */
export function criterionId(section: string, number: string, text: string): string {
  const n = number.replace(/[.\s]+$/, '').replace(/\s+/g, '');
  return `${sectionKey(section)}|${n ? '№' + n : normalizeWord(text)}`;
}

/** normalizeWord of a section name, remembered: every row of a section repeats it. */
const SECTION_KEYS = new Map<string, string>();
function sectionKey(section: string): string {
  let key = SECTION_KEYS.get(section);
  if (key === undefined) {
    key = normalizeWord(section);
    if (SECTION_KEYS.size > 5000) SECTION_KEYS.clear();
    SECTION_KEYS.set(section, key);
  }
  return key;
}

/** A criterion's text for comparing: case, ё, punctuation and spaces ignored. */
export function textKey(text: string): string {
  return normalizeWord(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface TemplateRead {
  template: Template;
  findings: ChecklistFinding[];
  /** The template's columns as the pipeline read them (for the column form). */
  columns: Partial<Record<ChecklistField, number>>;
  headerRow: number;
}

/**
 * Reads a template sheet's values through the reading pipeline («Критерий» — or «Показатель», «Параметр»… — is
 * required; `choice` is the user's column choice). A scale written in the answer column's header («Баллы (0-10)»)
 * or in a line above the table is every criterion's scale unless its own «Шкала» says otherwise; a scale that
 * cannot be read is an error (the tabs are not sent out with it).
 */
export function readTemplate(
  values: readonly (readonly unknown[])[],
  lang: Lang = 'ru',
  choice: TableChoice<ChecklistField> = {},
): Result<TemplateRead> {
  const m = checklistMessages(lang).template;
  const table = readTable(values, CHECKLIST_TABLE, choice);
  if (!table.ok) return { ok: false, error: { code: 'no-header', message: m.noHeader } };
  const col = table.columns;
  const at = (row: readonly unknown[], f: ChecklistField) => (col[f] === undefined ? '' : cellText(row[col[f]!]));
  const findings: ChecklistFinding[] = [];
  const note = (row: number, c: number, severity: ChecklistFinding['severity'], code: string, message: string) =>
    findings.push({ cell: toA1(row, c), row, col: c, severity, code, message });
  for (const q of table.questions) {
    note(
      table.headerRow < 0 ? table.dataStart : table.headerRow,
      q.code === 'by-content' ? q.col : col.text!,
      'info',
      'table-question',
      tableQuestionText(q, CHECKLIST_FIELD_LABELS[lang], lang),
    );
  }
  // the scale every criterion has unless its own cell says otherwise: the answer column's header, else a line above
  const headerScale =
    (col.answer !== undefined ? scaleInText(table.labels[col.answer] ?? '') : null) ?? aboveScale(table.above.map((a) => a.text));
  const pointsHeader = col.answer !== undefined && /балл/i.test(table.labels[col.answer] ?? '') && !headerScale;
  const criteria: Criterion[] = [];
  const sectionLevels: Record<string, Levels> = {};
  let levels: Levels | undefined;
  let section = '';
  const ids = new Set<string>();
  /** The option rows read under each criterion (the last one's row, and the options so far). */
  const subRows = new Map<string, { row: number; options: ScaleOption[] }>();
  for (let r = table.dataStart; r < values.length; r++) {
    const row = values[r] ?? [];
    const sec = at(row, 'section');
    const number = at(row, 'number');
    const text = at(row, 'text');
    if (LEVELS_PREFIX.test(text) || (LEVELS_PREFIX.test(sec) && text)) {
      const parsed = parseLevels(text);
      const target = LEVELS_PREFIX.test(sec) ? '' : sec;
      if (!parsed) note(r, col.text!, 'error', 'bad-levels', m.badLevels(text));
      else {
        if (!target || OVERALL_SECTION.test(target)) levels = parsed;
        else sectionLevels[target] = parsed;
        if (parsed.equal)
          note(
            r,
            col.text!,
            'info',
            'levels-equal',
            m.levelsEqual(
              parsed.thresholds.map((t) => t.level),
              parsed.thresholds.map((t) => Math.round(t.min * 100)),
            ),
          );
      }
      continue;
    }
    if (sec) section = sec;
    if (!text) {
      if (number) note(r, col.text!, 'warning', 'no-text', m.noText(number));
      continue;
    }
    // points per answer written as rows under the criterion («первая категория — 1», «высшая — 2»)
    const last = criteria[criteria.length - 1];
    const option = !number && !at(row, 'scale') && last && !at(values[last.row] ?? [], 'scale') ? parseOption(text) : null;
    if (option && last && (r === last.row + 1 || subRows.get(last.id)?.row === r - 1)) {
      const options = [...(subRows.get(last.id)?.options ?? []), option];
      subRows.set(last.id, { row: r, options });
      const scale = optionsScale(options);
      if (scale) last.scale = scale;
      continue;
    }
    if (isFormulaError(row[col.text!])) {
      note(r, col.text!, 'error', 'cell-error', m.cellError(text));
      continue;
    }
    let weight = 1;
    const wText = at(row, 'weight');
    if (wText) {
      const w = typeof row[col.weight!] === 'number' ? (row[col.weight!] as number) : Number(wText.replace(',', '.').replace(/\s/g, ''));
      if (Number.isFinite(w) && w > 0) weight = w;
      else note(r, col.weight!, 'warning', 'bad-weight', m.badWeight(wText));
    }
    let scale: Scale = headerScale ?? YES_NO_SCALE;
    const sText = at(row, 'scale');
    if (sText) {
      const s = parseScale(sText);
      if (s) scale = s;
      else note(r, col.scale!, 'error', 'bad-scale', m.badScale(sText));
    } else if (pointsHeader) note(r, col.answer!, 'error', 'no-scale', m.noScale(table.labels[col.answer!] ?? ''));
    // a negative item: the «Направленность» cell says so, or its wording does (said, so the coordinator can correct it)
    let direction: Direction | undefined;
    const dText = at(row, 'direction');
    if (dText) {
      const d = parseDirection(dText);
      if (d === 'down') direction = 'down';
      else if (!d) note(r, col.direction!, 'warning', 'bad-direction', m.badDirection(dText));
    } else {
      const w = directionFromWording(text);
      if (w && !w.absence) {
        direction = 'down';
        note(r, col.text!, 'info', 'direction-wording', m.directionWording(w.words));
      }
    }
    let id = criterionId(section, number, text);
    if (ids.has(id)) {
      note(r, col.number ?? col.text!, 'error', 'duplicate-id', m.duplicateId(section, number || text));
      let k = 2;
      while (ids.has(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    ids.add(id);
    criteria.push({ id, section, number, text, weight, scale, ...(direction ? { direction } : {}), row: r });
  }
  if (criteria.length === 0) return { ok: false, error: { code: 'empty', message: m.empty } };
  for (const [id, sub] of subRows) {
    const c = criteria.find((x) => x.id === id)!;
    if (!optionsScale(sub.options))
      note(sub.row, col.text!, 'error', 'bad-scale', m.badScale(sub.options.map((o) => `${o.label} — ${fmtNum(o.points)}`).join('; ')));
    else if (c.scale.kind !== 'points') c.scale = optionsScale(sub.options)!;
  }
  for (const name of Object.keys(sectionLevels)) {
    if (!criteria.some((c) => c.section === name)) {
      findings.push({
        cell: toA1(table.headerRow, col.section ?? 0),
        row: table.headerRow,
        severity: 'warning',
        code: 'levels-unknown-section',
        message: m.levelsUnknownSection(name),
      });
    }
  }
  const template: Template = { criteria, sectionLevels, ...(levels ? { levels } : {}) };
  return { ok: true, template, findings, columns: col, headerRow: table.headerRow };
}

/** A scale stated in the lines above a table («(по 10-ти бальной шкале)», «Шкала: 0–3»). */
function aboveScale(lines: readonly string[]): Scale | null {
  for (const line of lines) {
    const s = scaleInText(line);
    if (s) return s;
  }
  return null;
}

/** The findings that must stop «Разослать чек-листы»: a scale that cannot be read is never guessed. */
export function blockingFindings(findings: readonly ChecklistFinding[]): ChecklistFinding[] {
  return findings.filter((f) => f.code === 'bad-scale' || f.code === 'no-scale');
}

/** What a server needs to write a template (or a school tab's criteria): values, formats, validations. */
export interface SheetValidation {
  /** 0-based row and column. */
  row: number;
  col: number;
  rule: { kind: 'list'; values: string[] } | { kind: 'number'; min: number; max: number };
}

/** The dropdown (or number range) of one criterion's answer cell. */
export function answerRule(scale: Scale): SheetValidation['rule'] {
  if (scale.kind === 'yesno') return { kind: 'list', values: [...YES_NO_LIST] };
  if (scale.options) return { kind: 'list', values: [...scale.options.map((o) => o.label), 'Не применимо'] };
  if (Number.isInteger(scale.max) && scale.max <= 20 && !scale.percent) {
    return { kind: 'list', values: [...Array.from({ length: scale.max + 1 }, (_, i) => String(i)), 'Не применимо'] };
  }
  return { kind: 'number', min: 0, max: scale.max };
}

/** One criterion as a school tab's row (answer columns empty). */
export function criterionRow(c: Criterion): string[] {
  return [c.section, c.number, c.text, fmtNum(c.weight), c.scale.kind === 'yesno' ? '' : formatScale(c.scale), '', '', ''];
}

/** One criterion as a template row: the tab's row, then its direction («убывание» for a negative item). */
export function templateRow(c: Criterion, answer = ''): string[] {
  const row = criterionRow(c);
  row[COL.answer] = answer;
  return [...row, c.direction === 'down' ? DOWN_WORD : ''];
}

export interface TemplateSheet {
  name: string;
  values: string[][];
  /** One number format per column. */
  formats: readonly string[];
  headerRow: number;
  firstDataRow: number;
  answerColumns: readonly number[];
  validations: SheetValidation[];
}

/**
 * A template as sheet values: a hint, the header, the criteria, then the level rows. `answers` (criterion id →
 * the answer as written) keeps the answers of a filled checklist that was imported, in «Ответ».
 */
export function templateSheet(template: Template, lang: Lang = 'ru', answers: ReadonlyMap<string, string> = new Map()): TemplateSheet {
  const m = checklistMessages(lang).template;
  const width = TEMPLATE_SHEET_HEADER.length;
  const blank = () => new Array<string>(width).fill('');
  const hint = blank();
  hint[0] = m.hint;
  const values: string[][] = [hint, [...TEMPLATE_SHEET_HEADER]];
  const validations: SheetValidation[] = [];
  for (const c of template.criteria) {
    validations.push({ row: values.length, col: COL.answer, rule: answerRule(c.scale) });
    values.push(templateRow(c, answers.get(c.id) ?? ''));
  }
  const levelRow = (section: string, lv: Levels) => {
    const row = blank();
    row[COL.section] = section;
    row[COL.text] = `Уровни: ${formatLevels(lv)}`;
    return row;
  };
  const levelRows: string[][] = [];
  for (const [section, lv] of Object.entries(template.sectionLevels)) levelRows.push(levelRow(section, lv));
  if (template.levels) levelRows.push(levelRow('Итого', template.levels));
  if (levelRows.length) values.push(blank(), ...levelRows);
  return {
    name: TEMPLATE_SHEET,
    values,
    formats: [...TEMPLATE_FORMATS, '@'],
    headerRow: 1,
    firstDataRow: 2,
    answerColumns: ANSWER_COLUMNS,
    validations,
  };
}

const S_PARTNERS = 'Партнёры';
const S_DOCS = 'Организационные условия';
const S_SITE = 'Информационное сопровождение';
const S_PROGRAMS = 'Образовательные программы';
const S_FEEDBACK = 'Обратная связь';
const S_METHOD = 'Методическая работа';

/**
 * The sample checklist: the conditions for a specialised class that seed 001 makes schools check in their
 * self-assessment (partners assigned, the class page on the school site, the programmes, the survey…).
 */
export function sampleTemplate(): Template {
  const rows: [string, string, string, number?][] = [
    [S_PARTNERS, '1', 'За ОО закреплён индустриальный партнёр (партнёры)'],
    [S_PARTNERS, '2', 'За ОО закреплён академический партнёр (партнёры)'],
    [S_PARTNERS, '3', 'За ОО закреплён бизнес-партнёр (партнёры)'],
    [
      S_PARTNERS,
      '4',
      'Взаимодействие с партнёрами организовано в соответствии с порядком взаимодействия (методическое письмо «О порядке взаимодействия с партнерами»)',
    ],
    [S_DOCS, '1', 'Издан приказ ОО о создании специализированного класса, назначен ответственный'],
    [S_DOCS, '2', 'План мероприятий ОО по направлению кластера (агро-, педагогический, технологический, естественнонаучный) утверждён', 2],
    [S_DOCS, '3', 'Администрация ОО ознакомлена с инструктивно-методическими письмами'],
    [S_DOCS, '4', 'План работы ОО скорректирован с учётом результатов мониторинга и размещён на сайте ОО'],
    [S_SITE, '1', 'На сайте ОО создана фирменная ссылка (страница) о деятельности специализированного класса', 2],
    [S_SITE, '2', 'На официальном сайте ОО размещаются актуальные новости по теме реализации проекта'],
    [S_SITE, '3', 'На сайте ОО размещена аналитическая справка по результатам мониторинга'],
    [S_SITE, '4', 'На сайте ОО размещены отчёты о проведённых мероприятиях'],
    [S_PROGRAMS, '1', 'Реализуются программы внеурочной деятельности по профилю класса', 2],
    [S_PROGRAMS, '2', 'Реализуются программы внеучебной деятельности по профилю класса'],
    [S_PROGRAMS, '3', 'Реализуются дополнительные общеобразовательные общеразвивающие программы по профилю класса'],
    [S_PROGRAMS, '4', 'Реализуются программы факультативных и элективных курсов по профилю класса'],
    [S_PROGRAMS, '5', 'В практике работы учителей применяются кейсы'],
    [S_FEEDBACK, '1', 'Обучающиеся и родители проинформированы об опросе (содержание, сроки, условия)'],
    [S_FEEDBACK, '2', 'Проведён опрос обучающихся и их родителей об информированности о реализации проекта'],
    [S_FEEDBACK, '3', 'Отчёт по результатам опроса размещён на сайте ОО'],
    [S_METHOD, '1', 'Учителя-предметники участвуют в мероприятиях по развитию предметной и методической компетентности'],
    [S_METHOD, '2', 'Руководители ОО участвуют в совещаниях по итогам мониторинга'],
  ];
  const criteria: Criterion[] = rows.map(([section, number, text, weight], i) => ({
    id: criterionId(section, number, text),
    section,
    number,
    text,
    weight: weight ?? 1,
    scale: YES_NO_SCALE,
    row: 2 + i,
  }));
  return {
    criteria,
    sectionLevels: {},
    levels: {
      unit: 'share',
      thresholds: [
        { level: 'базовый', min: 0 },
        { level: 'средний', min: 0.5 },
        { level: 'высокий', min: 0.8 },
      ],
    },
  };
}
