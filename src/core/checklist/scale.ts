/**
 * Scales and level thresholds as people write them:
 *   «Да/Нет», «0–3», «0-3 балла», «макс. 2», «3»,
 *   «подтверждается = 3; скорее подтверждается = 2; скорее не подтверждается = 1; не подтверждается = 0»,
 *   «3 – подтверждается, 2 – скорее подтверждается, …», «Да (1 балл) / Нет (0 баллов)»;
 *   levels: «базовый — до 49%, средний — от 50%, высокий — от 80%», «базовый: 0–60; средний: 61–110; высокий: 111 и более».
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

/** Splits «a = 3; b = 2», «3 – a, 2 – b», «a (3 балла) / b (0)», one per line too. */
function splitOptions(text: string): string[] {
  const byLine = text.split(/\n|;|\s\/\s|\|/).map((s) => s.trim()).filter(Boolean);
  if (byLine.length > 1) return byLine;
  // «3 – подтверждается, 2 – скорее подтверждается» : split on commas before a number
  return text.split(/,\s*(?=\d)|,\s*(?=[^,]*?(?:=|\(\s*\d))/).map((s) => s.trim()).filter(Boolean);
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
    if (!clean || /^\d/.test(clean) || clean.length > 120) continue;
    return { label: clean, points: toNum(num) };
  }
  return null;
}

/**
 * A scale cell → a scale; empty and «Да/Нет» → yes/no; null when the text is not a scale.
 */
export function parseScale(text: string): Scale | null {
  const t = normalizeWord(text);
  if (!t || YESNO_TEXT.test(t)) return YES_NO_SCALE;
  // «0–3», «0-3 балла», «от 0 до 3 баллов»
  let m = new RegExp(String.raw`^(?:от\s*)?0\s*(?:${DASH}|до)\s*(${NUM})\s*${POINTS_WORD}?$`).exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  // «макс. 3», «максимум 3 балла», «не более 3 баллов», «3 балла», «3»
  m = new RegExp(String.raw`^(?:(?:макс(?:имум|имально)?\.?|max|не более|до)\s*)?(${NUM})\s*${POINTS_WORD}?$`).exec(t);
  if (m) return pointsScale(toNum(m[1]!));
  const parts = splitOptions(text);
  if (parts.length < 2) return null;
  const options: ScaleOption[] = [];
  for (const p of parts) {
    const o = parseOption(p);
    if (!o) return null;
    options.push(o);
  }
  return optionsScale(options);
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
  return `0–${fmtNum(scale.max)}`;
}

export function fmtNum(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

// ---------- level thresholds ----------

const LEVEL_PART = new RegExp(
  String.raw`^([\p{L}][\p{L}\s-]*?)\s*(?:уровень)?\s*(?:[:=(]|${DASH})?\s*` +
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
  const parts = body.split(/[;\n]|,\s*(?=[\p{L}])/u).map((s) => s.trim()).filter(Boolean);
  const found: { level: string; min: number | null; upper: number | null; unit: 'share' | 'points' }[] = [];
  for (const part of parts) {
    const m = LEVEL_PART.exec(part);
    if (!m) return null;
    const level = m[1]!.trim().replace(/\s+уровень$/i, '');
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
  const unit = levels.unit === 'share' ? '%' : '';
  return levels.thresholds
    .map((t) => `${t.level} — от ${fmtNum(levels.unit === 'share' ? t.min * 100 : t.min)}${unit}`)
    .join('; ');
}
