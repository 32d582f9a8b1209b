/**
 * Scales and level thresholds as people write them:
 *   «Да/Нет», «0–3», «0-3 балла», «макс. 2», «max 5», «3», «из 100», «0–100%», «0/1»,
 *   «подтверждается = 3; скорее подтверждается = 2; скорее не подтверждается = 1; не подтверждается = 0»,
 *   «3 – подтверждается, 2 – скорее подтверждается, …», «Да (1 балл) / Нет (0 баллов)», «нет – 1 балл, да – 0 баллов»;
 *   inside a header or a title line: «Баллы (0-10)», «Балл (из 100)», «Оценка критерия от 0 до 2 баллов»,
 *   «Результаты проверки (максимум 10 баллов)», «(по 10-ти бальной шкале)»;
 *   levels: «базовый — до 49%, средний — от 50%, высокий — от 80%», «базовый: 0–60; средний: 61–110; высокий: 111 и более»,
 *   and levels named without thresholds («ниже базового; базовый; средний; высокий»: equal shares).
 */
import type { Levels, Scale, ScaleOption } from './types';

/** Lowercase, ё→е, quotes and trailing punctuation gone, spaces collapsed. */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '')
    .trim();
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const DASH = String.raw`[-–—−]`;
const POINTS_WORD = String.raw`(?:балл(?:а|ов)?|б\.?)`;

const toNum = (s: string) => Number(s.replace(',', '.'));

export const YES_NO_SCALE: Scale = { kind: 'yesno' };

const YESNO_TEXT = /^(?:да\s*[/|,;]\s*(?:частично\s*[/|,;]\s*)?нет(?:\s*[/|,;]\s*не применимо)?|yes\s*\/\s*no|да\s*-\s*нет)$/;

/**
 * The ways «a = 3; b = 2», «3 – a, 2 – b», «a (3 балла) / b (0)», «нет – 1 балл, да – 0 баллов» split into options,
 * most likely first: by lines, «;», « / », «|»; then by commas too (a label may hold a comma, so only when every
 * part is an option).
 */
function splitOptions(text: string): string[][] {
  const clean = (parts: string[]) => parts.map((s) => s.trim()).filter(Boolean);
  const byLine = clean(text.split(/\n|;|\s\/\s|\|/));
  // «3 – подтверждается, 2 – скорее подтверждается» : split on commas before a number
  const byComma = clean(text.split(/,\s*(?=\d)|,\s*(?=[^,]*?(?:=|\(\s*\d))/));
  const everyComma = clean(text.split(/\n|;|\s\/\s|\||,/));
  return [byLine, byComma, everyComma];
}

const OPTION_PATTERNS: RegExp[] = [
  // «подтверждается = 3», «подтверждается – 3 балла», «подтверждается: 3»
  new RegExp(String.raw`^(.+?)\s*(?:=|:|${DASH})\s*(${NUM})\s*${POINTS_WORD}?$`, 'i'),
  // «подтверждается (3 балла)»
  new RegExp(String.raw`^(.+?)\s*\(\s*(${NUM})\s*${POINTS_WORD}?\s*\)$`, 'i'),
  // «3 – подтверждается», «3 балла — подтверждается», «3 (подтверждается)»
  new RegExp(String.raw`^(${NUM})\s*${POINTS_WORD}?\s*(?:=|:|${DASH}|\()\s*(.+?)\)?$`, 'i'),
];

/** One option such as «скорее подтверждается = 2», or null. */
export function parseOption(text: string): ScaleOption | null {
  const t = text.replace(/^[\s•·*-]+(?=\D)/, '').trim();
  for (let i = 0; i < OPTION_PATTERNS.length; i++) {
    const m = OPTION_PATTERNS[i]!.exec(t);
    if (!m) continue;
    const [label, num] = i === 2 ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const clean = label.replace(/^[«"]|[»"]$/g, '').trim();
    // a label holding points of its own is two options run together («частично - 1 балл, отсутствует»)
    // a statistic is no option («Минимальный балл — 5», «Проходной балл (для профильного класса) — 14»)
    if (
      !clean ||
      /^\d/.test(clean) ||
      clean.length > 120 ||
      /\d\s*(?:балл|б\.)/i.test(clean) ||
      /(?:^|\s)балл\S*(?:\s*\(.*\))?$/i.test(clean)
    )
      continue;
    return { label: clean, points: toNum(num) };
  }
  return null;
}

const PERCENT_WORD = String.raw`(?:%|процент(?:ов|а)?)`;

/**
 * A scale cell → a scale; empty and «Да/Нет» → yes/no; null when the text is not a scale.
 */
export function parseScale(text: string): Scale | null {
  const t = normalizeWord(text);
  if (!t || YESNO_TEXT.test(t)) return YES_NO_SCALE;
  // «0–100%», «от 0 до 100 процентов»
  let m = new RegExp(String.raw`^(?:от\s*)?0\s*${PERCENT_WORD}?\s*(?:${DASH}|до)\s*100\s*${PERCENT_WORD}$`).exec(t);
  if (m) return PERCENT_SCALE;
  // «0–3», «0-3 балла», «от 0 до 3 баллов», «0 – 2 балла»
  m = new RegExp(String.raw`^(?:от\s*)?0\s*(?:${DASH}|до)\s*(${NUM})\s*${POINTS_WORD}?$`).exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  // «0/1», «0 или 1»
  if (/^0\s*(?:\/|или)\s*1$/.test(t)) return pointsScale(1);
  // «макс. 3», «max 5», «максимум 3 балла», «не более 3 баллов», «из 100», «3 балла», «3»
  m = new RegExp(String.raw`^(?:(?:макс(?:имум|имально)?\.?|max|не более|до|из)\s*)?(${NUM})\s*${POINTS_WORD}?$`).exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  // the split into the most parts that are all options («…частично - 1 балл, … отсутствует - 0 баллов» keeps «частично»)
  let best: ScaleOption[] | null = null;
  for (const parts of splitOptions(text)) {
    if (parts.length < 2 || (best && parts.length <= best.length)) continue;
    const options: ScaleOption[] = [];
    for (const p of parts) {
      const o = parseOption(p);
      if (!o) break;
      options.push(o);
    }
    if (options.length === parts.length) best = options;
  }
  if (best) return optionsScale(best);
  return scaleInText(text);
}

/** The 0–100 % scale: answers are percentages («92,3%»). */
export const PERCENT_SCALE: Scale = { kind: 'points', max: 100, percent: true };

/**
 * A scale stated inside a longer text — a column header or a line above the table: «Баллы (0-10)»,
 * «Балл (из 100)», «Оценка критерия от 0 до 2 баллов», «Результаты проверки (максимум 10 баллов)»,
 * «(по 10-ти бальной шкале)», «в процентах (0–100%)». Null when it states none. A «максимальный балл — 19»
 * of a whole checklist is a total, not a criterion's scale: see `statedTotal`.
 */
export function scaleInText(text: string): Scale | null {
  const t = normalizeWord(text);
  if (!t) return null;
  if (new RegExp(String.raw`(?:^|[\s(])(?:от\s*)?0\s*${PERCENT_WORD}?\s*(?:${DASH}|до)\s*100\s*${PERCENT_WORD}`).test(t))
    return PERCENT_SCALE;
  if (/(?:^|[\s(])в\s+процентах(?:$|[\s).,;])/.test(t)) return PERCENT_SCALE;
  // «(0-10)», «от 0 до 2 баллов», «0 – 2 балла»: a span from zero (a band «0-4» of a level table is no header)
  let m = new RegExp(String.raw`(?:^|[\s(])(?:от\s*)?0\s*(?:${DASH}|до)\s*(${NUM})(?:\s*${POINTS_WORD}|\s*\)|$)`).exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  // «(из 100)», «из 5 баллов»
  m = new RegExp(String.raw`(?:^|[\s(])из\s+(${NUM})(?:\s*${POINTS_WORD}|\s*\)|$)`).exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  // «(максимум 10 баллов)», «max 5», «макс. 3 балла»
  m = new RegExp(String.raw`(?:^|[\s(])(?:максимум|макс\.?|max)\s*[:—–-]?\s*(${NUM})(?:\s*${POINTS_WORD}|\s*\)|$)`).exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  // «по 10-ти бальной шкале», «5-балльная шкала», «по десятибалльной системе»
  m = /(\d+)\s*-?\s*(?:ти|и|х|ми)?\s*-?\s*бал+ьн\S*\s+(?:шкал|систем)/.exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  for (const [word, n] of WORD_SCALES) if (new RegExp(String.raw`${word}бал+ьн\S*\s+(?:шкал|систем)`).test(t)) return pointsScale(n);
  // «0/1»
  if (/(?:^|[\s(])0\s*\/\s*1(?:$|[\s).,;])/.test(t)) return pointsScale(1);
  return null;
}

/** Scales written in words, «пятибалльная шкала» (normalizeWord has made ё into е). */
const WORD_SCALES: [string, number][] = [
  ['трех', 3],
  ['четырех', 4],
  ['пяти', 5],
  ['десяти', 10],
  ['сто', 100],
];

/**
 * A total stated for the whole checklist in a line around the table: «Максимальный балл — 19», «Всего 19 баллов»,
 * «Максимальное количество баллов: 26». Null when the line states none (or a per-criterion maximum: «по каждому»).
 */
export function statedTotal(text: string): number | null {
  const t = normalizeWord(text);
  if (/(?:по|за)\s+кажд|за\s+(?:критерий|показатель|задание)/.test(t)) return null;
  const m = new RegExp(
    String.raw`^[-–—•\s]*(?:максимальн\S*\s+(?:первичн\S*\s+)?(?:балл|сумма|количество\s+баллов)|всего|итого)\S*\s*[—–:-]?\s*(${NUM})\s*${POINTS_WORD}?$`,
  ).exec(t);
  return m ? toNum(m[1]!) : null;
}

function pointsScale(max: number): Scale | null {
  return Number.isFinite(max) && max > 0 && max <= 1000 ? { kind: 'points', max } : null;
}

/** Options → a points scale; all-«да/нет»-worded options with 1/0 points read as yes/no. */
export function optionsScale(options: ScaleOption[]): Scale | null {
  const labels = new Set<string>();
  for (const o of options) {
    const key = normalizeWord(o.label);
    if (labels.has(key) || !(o.points >= 0)) return null;
    labels.add(key);
  }
  const max = Math.max(...options.map((o) => o.points));
  if (!(max > 0)) return null;
  return { kind: 'points', max, options: [...options].sort((a, b) => b.points - a.points) };
}

/** The scale as written back into the template's «Шкала» column. */
export function formatScale(scale: Scale): string {
  if (scale.kind === 'yesno') return 'Да/Частично/Нет';
  if (scale.options) return scale.options.map((o) => `${o.label} = ${fmtNum(o.points)}`).join('; ');
  return scale.percent ? '0–100%' : `0–${fmtNum(scale.max)}`;
}

export function fmtNum(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

// ---------- level thresholds ----------

const LEVEL_PART = new RegExp(
  String.raw`^([\p{L}][\p{L}\s-]*?|«[^»]+»)\s*(?:уровень)?\s*(?:[:=(]|${DASH})?\s*` +
    String.raw`(?:(от|не менее|≥|>=|свыше|более|выше|до|не более|менее|ниже|<|≤|<=)\s*)?(${NUM})\s*(%|процент\S*|${POINTS_WORD})?` +
    String.raw`(?:\s*(?:${DASH}|до)\s*(${NUM})\s*(%|процент\S*|${POINTS_WORD})?)?\s*(и более|и выше|и менее|и ниже)?\)?$`,
  'iu',
);

/**
 * «базовый — до 49%, средний — от 50%, высокий — от 80%» → thresholds.
 * Text before «Уровни:» is ignored. Null when the text names no level with a number.
 */
export function parseLevels(text: string): Levels | null {
  const body = text.replace(/^.*?уровн[иья]\s*[:—–-]?\s*/i, '');
  const parts = body
    .split(/[;\n]|,\s*(?=[\p{L}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length >= 2 && parts.every((p) => NAMED_LEVEL.test(p)))
    return equalLevels(parts.map((p) => p.replace(/\s+уровень$/i, '').replace(/[.]$/, '')));
  const found: { level: string; min: number | null; upper: number | null; unit: 'share' | 'points' }[] = [];
  for (const part of parts) {
    const m = LEVEL_PART.exec(part);
    if (!m) return null;
    const level = m[1]!
      .trim()
      .replace(/\s+уровень$/i, '')
      .replace(/^«(.*)»$/, '$1');
    const op = (m[2] ?? '').toLowerCase();
    const a = toNum(m[3]!);
    const b = m[5] ? toNum(m[5]) : null;
    const unitText = (m[4] ?? m[6] ?? '').toLowerCase();
    const unit = unitText.startsWith('%') || unitText.startsWith('процент') ? 'share' : 'points';
    const scale = unit === 'share' ? 0.01 : 1;
    const tail = (m[7] ?? '').toLowerCase();
    let min: number | null;
    let upper: number | null = null;
    if (b !== null) {
      min = a * scale;
      upper = b * scale;
    } else if (['до', 'не более', 'менее', 'ниже', '<', '≤', '<='].includes(op) || tail.startsWith('и мен') || tail.startsWith('и ниж')) {
      min = null;
      upper = a * scale;
    } else {
      const strict = op === 'свыше' || op === 'более' || op === 'выше';
      min = a * scale + (strict ? 1e-9 : 0);
    }
    found.push({ level, min, upper, unit });
  }
  if (found.length < 2) return null;
  const unit = found[0]!.unit;
  if (found.some((f) => f.unit !== unit)) return null;
  // A level given only by its upper bound starts at 0 when it is the lowest.
  const thresholds = found.map((f) => ({ level: f.level, min: f.min ?? 0 }));
  thresholds.sort((x, y) => x.min - y.min);
  for (let i = 1; i < thresholds.length; i++) if (thresholds[i]!.min === thresholds[i - 1]!.min) return null;
  return { unit, thresholds };
}

/** A level named without a number: «базовый», «ниже базового», «высокий уровень» (four words at most). */
const NAMED_LEVEL = /^[\p{L}][\p{L}-]*(?:\s+[\p{L}-]+){0,3}\.?$/u;

/**
 * Levels named without thresholds, lowest first: equal shares of the maximum (four levels: from 0, 25, 50 and 75 %).
 * Marked `equal`, so the summary and the note say the thresholds were taken, not read.
 */
export function equalLevels(names: readonly string[]): Levels | null {
  const keys = new Set(names.map(normalizeWord));
  if (names.length < 2 || keys.size !== names.length) return null;
  return { unit: 'share', thresholds: names.map((level, i) => ({ level, min: i / names.length })), equal: true };
}

/** The level reached by a score (share 0..1) and points. */
export function levelOf(levels: Levels, share: number | null, points: number): string | undefined {
  const v = levels.unit === 'share' ? share : points;
  if (v === null) return undefined;
  let level: string | undefined;
  for (const t of levels.thresholds) if (v + 1e-9 >= t.min) level = t.level;
  return level ?? levels.thresholds[0]?.level;
}

/** Levels as written back into the template. */
export function formatLevels(levels: Levels): string {
  if (levels.equal) return levels.thresholds.map((t) => t.level).join('; ');
  const unit = levels.unit === 'share' ? '%' : '';
  // a level named by a mark («2», «3» of an exam's bands) is quoted, so it reads back as a name
  const name = (level: string) => (/^\p{L}/u.test(level) ? level : `«${level}»`);
  return levels.thresholds.map((t) => `${name(t.level)} — от ${fmtNum(levels.unit === 'share' ? t.min * 100 : t.min)}${unit}`).join('; ');
}
