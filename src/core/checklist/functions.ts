/**
 * The pure logic of the custom functions (grid in → value out); the server only wraps them.
 *   CHECKLIST_SCORE(answers, [weights]) → the share 0..1, or a readable message.
 *   TARGET_MET(target, actual) → TRUE, FALSE or «нет данных» (a grid for grids).
 */
import { cellText } from '../table/cell';
import type { Lang } from '../i18n/lang';
import { answerScore, parseAnswer } from './answer';
import { checklistMessages } from './messages';
import { parseDirection } from './direction';
import { parseTarget, targetMet, withDirection } from './targets';
import type { Scale } from './types';

/** Largest range a custom function takes (one call has 30 s; this keeps it far below). */
export const MAX_FUNCTION_CELLS = 50_000;

function flat(v: unknown): unknown[] {
  if (Array.isArray(v)) return v.flatMap((row) => (Array.isArray(row) ? row : [row]));
  return [v];
}

/**
 * The score of one checklist column. Answers: Да / Частично / Нет / Не применимо, checkboxes, or points.
 * With `weights`, a number answer is points out of its weight (the criterion's maximum) and a word answer
 * is weighted; without, numbers must be 1, 0.5 or 0. Empty answers are left out; an unreadable one gives
 * a message rather than a wrong score.
 */
export function checklistScoreValue(answers: unknown, weights?: unknown, lang: Lang = 'ru'): number | string {
  const m = checklistMessages(lang).functions;
  if (answers === undefined || answers === null) return m.noAnswers;
  const a = flat(answers);
  if (a.length > MAX_FUNCTION_CELLS) return m.tooLarge(a.length, MAX_FUNCTION_CELLS);
  const hasWeights = weights !== undefined && weights !== null && !(typeof weights === 'string' && weights === '');
  const w = hasWeights ? flat(weights) : [];
  if (hasWeights && w.length !== a.length) return m.weightsShape(a.length, w.length);
  let earned = 0;
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    let weight = 1;
    if (hasWeights) {
      const wt = w[i];
      const text = cellText(wt);
      weight = typeof wt === 'number' ? wt : text === '' ? 1 : Number(text.replace(',', '.').replace(/\s/g, ''));
      if (!Number.isFinite(weight) || weight < 0) return m.badWeight(text);
    }
    const v = a[i];
    const numeric = typeof v === 'number' || /^\d+(?:[.,]\d+)?$/.test(cellText(v));
    const scale: Scale = hasWeights && numeric ? { kind: 'points', max: weight } : { kind: 'yesno' };
    const answer = parseAnswer(v, scale, lang);
    if (answer.status === 'empty') continue;
    if (answer.status === 'flag') return m.badAnswer(answer.text, answer.reason ?? '');
    const s = answerScore(answer, scale, scale.kind === 'points' ? 1 : weight);
    if (!s) continue;
    earned += s.earned;
    max += s.max;
  }
  return max > 0 ? earned / max : m.nothing;
}

/**
 * TARGET_MET for one target and one actual value: TRUE, FALSE, «нет данных», or why the target is unreadable.
 * `direction` in the sources' own words («убывание», «меньше — лучше», «возрастание»): a bare number target is then
 * «не более» / «не менее»; the target's own «не более», «≤» wins over it.
 */
export function targetMetValue(target: unknown, actual: unknown, lang: Lang = 'ru', direction?: unknown): boolean | string {
  const m = checklistMessages(lang).targets;
  const parsed = parseTarget(target, lang);
  if (!parsed.ok) return parsed.error.message;
  const dText = cellText(direction);
  const d = dText ? parseDirection(dText) : null;
  if (dText && !d) return m.badDirection(dText);
  const r = targetMet(d ? withDirection(parsed.target, d) : parsed.target, actual, lang);
  return r.status === 'met' ? true : r.status === 'not-met' ? false : m.status['no-data'];
}

/**
 * TARGET_MET over ranges: a target column beside an actual column (same shape), or one target against
 * many actual values. A scalar for scalars, a grid for grids.
 */
export function targetMetGrid(
  target: unknown,
  actual: unknown,
  lang: Lang = 'ru',
  direction?: unknown,
): boolean | string | (boolean | string)[][] {
  const m = checklistMessages(lang).functions;
  const isGrid = (v: unknown): v is unknown[][] => Array.isArray(v);
  if (!isGrid(target) && !isGrid(actual) && !isGrid(direction)) return targetMetValue(target, actual, lang, direction);
  const shape = isGrid(actual) ? actual : (target as unknown[][]);
  const cells = shape.length * (Array.isArray(shape[0]) ? shape[0].length : 1);
  if (cells > MAX_FUNCTION_CELLS) return m.tooLarge(cells, MAX_FUNCTION_CELLS);
  const cell = (g: unknown, r: number, c: number) => (isGrid(g) ? (Array.isArray(g[r]) ? (g[r] as unknown[])[c] : g[r]) : g);
  return shape.map((row, r) =>
    (Array.isArray(row) ? row : [row]).map((_, c) => {
      const t = cell(target, r, c);
      if (cellText(t) === '') return '';
      return targetMetValue(t, cell(actual, r, c), lang, cell(direction, r, c));
    }),
  );
}
