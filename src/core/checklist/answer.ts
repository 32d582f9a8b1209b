/**
 * One answer cell → a value or a flag. The dropdown words and checkboxes are read as they are; what people
 * type by hand («да», «Да!», «выполнено», «+», «1», «✓», «нет», «-») is read when it is clear and reported
 * as read, anything else is flagged — never silently counted wrong.
 */
import { cellText, isFormulaError } from '../table/cell';
import { isDateValue } from '../dates/index';
import type { Lang } from '../i18n/lang';
import { checklistMessages } from './messages';
import { normalizeWord } from './scale';
import type { Direction, ParsedAnswer, Scale, YesNo } from './types';

/** The dropdown words, in the order they are offered. */
export const ANSWER_WORDS: Record<Lang, Record<YesNo, string>> = {
  ru: { yes: 'Да', partial: 'Частично', no: 'Нет', na: 'Не применимо' },
  en: { yes: 'Да', partial: 'Частично', no: 'Нет', na: 'Не применимо' },
};

/** The dropdown list of a yes/no criterion (Russian words: the sheets are shared by Russian schools). */
export const YES_NO_LIST: readonly string[] = ['Да', 'Частично', 'Нет', 'Не применимо'];

const CANONICAL: Record<string, YesNo> = { да: 'yes', частично: 'partial', нет: 'no', 'не применимо': 'na' };

/** Hand-written words, normalised (see normalizeWord), read with a note. */
const HAND: Record<string, YesNo> = {};
const add = (value: YesNo, words: string[]) => words.forEach((w) => (HAND[w] = value));
add('yes', [
  'д',
  'yes',
  'y',
  '+',
  '++',
  '✓',
  '✔',
  '☑',
  '✅',
  'v',
  'true',
  'истина',
  'ok',
  'ок',
  'выполнено',
  'выполнен',
  'выполнена',
  'выполнены',
  'сделано',
  'есть',
  'имеется',
  'имеются',
  'в наличии',
  'присутствует',
  'соответствует',
  'полностью',
  'да выполнено',
  'выполнено полностью',
  'реализовано',
  'реализуется',
  'создан',
  'создана',
  'создано',
  'размещено',
  'размещена',
  'размещен',
  'подтверждается',
  'утвержден',
  'утверждена',
  'утверждено',
  'закреплен',
  'закреплены',
]);
add('no', [
  'н',
  'no',
  'n',
  '-',
  '–',
  '—',
  '−',
  '✗',
  '✘',
  '❌',
  'false',
  'ложь',
  'не выполнено',
  'не выполнен',
  'не выполнена',
  'отсутствует',
  'отсутствуют',
  'не сделано',
  'не имеется',
  'нет в наличии',
  'не соответствует',
  'не реализовано',
  'не создан',
  'не создана',
  'не размещено',
  'не размещена',
  'не подтверждается',
]);
add('partial', [
  'частично выполнено',
  'частично соответствует',
  'отчасти',
  'не полностью',
  'выполнено частично',
  'в процессе',
  'в работе',
  '±',
  '+/-',
  '+-',
  '-/+',
  'частично да',
  'скорее да',
]);
add('na', ['неприменимо', 'н/п', 'н/а', 'n/a', 'na', 'не относится', 'не требуется', 'не применяется', 'not applicable']);

/** Words that look like an answer but say nothing: flagged. */
// «х» / «x» / «×» mark a done item in some schools and a missing one in others.
const UNCLEAR = new Set([
  '?',
  '??',
  'x',
  'х',
  '×',
  'не знаю',
  'нет данных',
  'нет информации',
  'уточняется',
  'да/нет',
  'да нет',
  'да-нет',
  'не уверен',
  'не уверена',
]);

const NUMBER = /^[+]?\d+(?:[.,]\d+)?$/;
/** «92,3%», «92.3 %», «92,3 процента». */
const PERCENT = /^(\d+(?:[.,]\d+)?)\s*(?:%|процент(?:а|ов)?)$/;
const LEADING_NUMBER = /^(\d+(?:[.,]\d+)?)\s*(?:балл(?:а|ов)?|б\.?)?(?:\s*[(,:–—-]|\s|$)/;

function yesNoFromText(t: string): { value: YesNo; exact: boolean } | 'unclear' | null {
  if (CANONICAL[t]) return { value: CANONICAL[t]!, exact: true };
  if (UNCLEAR.has(t) || t.includes('да/нет') || /^да\s*\/\s*нет/.test(t)) return 'unclear';
  if (HAND[t]) return { value: HAND[t]!, exact: false };
  // «Да, ссылка на сайт», «Нет, планируется в ноябре», «Частично (2 из 3)»
  const first = /^(да|нет|частично|не применимо)(?:[\s,.;:(—–-]|$)/.exec(t);
  if (first && !/^нет данных|^нет информации/.test(t)) return { value: CANONICAL[first[1]!]!, exact: false };
  return null;
}

/** Reads one answer cell for a criterion with the given scale. */
export function parseAnswer(value: unknown, scale: Scale, lang: Lang = 'ru'): ParsedAnswer {
  const m = checklistMessages(lang).answer;
  const text = cellText(value);
  if (value === null || value === undefined || text === '') return { status: 'empty', text: '' };
  const flag = (reason: string): ParsedAnswer => ({ status: 'flag', text, reason });
  if (isFormulaError(value)) return flag(m.formulaError(text));
  if (isDateValue(value)) return flag(m.dateNotAnswer);
  if (typeof value === 'boolean') {
    if (scale.kind === 'yesno') return { status: 'ok', text, value: value ? 'yes' : 'no' };
    if (!value) return { status: 'ok', text, points: 0 };
    return scale.max === 1 ? { status: 'ok', text, points: 1 } : flag(m.checkboxOnPoints(scale.max));
  }
  const t = normalizeWord(text);
  if (scale.kind === 'yesno') return yesNoAnswer(value, text, t, m);
  return pointsAnswer(value, text, t, scale, m);
}

type AnswerTexts = ReturnType<typeof checklistMessages>['answer'];

function yesNoAnswer(value: unknown, text: string, t: string, m: AnswerTexts): ParsedAnswer {
  const flag = (reason: string): ParsedAnswer => ({ status: 'flag', text, reason });
  if (typeof value === 'number' || NUMBER.test(t)) {
    const n = typeof value === 'number' ? value : Number(t.replace(',', '.'));
    if (n === 1) return { status: 'read', text, value: 'yes' };
    if (n === 0) return { status: 'read', text, value: 'no' };
    if (n === 0.5) return { status: 'read', text, value: 'partial' };
    return flag(m.numberOnYesNo(text));
  }
  if (t === '') return flag(m.unclear);
  const r = yesNoFromText(t);
  if (r === 'unclear') return flag(m.unclear);
  // «Да!», «да.» are read too, but reported: only the dropdown word itself is silent.
  const plain = r && r.exact && text.toLowerCase().replace(/ё/g, 'е').trim() === t;
  if (r) return { status: plain ? 'ok' : 'read', text, value: r.value };
  return flag(m.unknownWord);
}

function pointsAnswer(value: unknown, text: string, t: string, scale: Extract<Scale, { kind: 'points' }>, m: AnswerTexts): ParsedAnswer {
  const flag = (reason: string): ParsedAnswer => ({ status: 'flag', text, reason });
  const inRange = (n: number, exact: boolean): ParsedAnswer => {
    if (!(n >= 0 && n <= scale.max)) return flag(m.outOfScale(text, scale.max));
    if (scale.options && !scale.options.some((o) => o.points === n)) return flag(m.notAnOption(text));
    return { status: exact ? 'ok' : 'read', text, points: n };
  };
  // a share on a percent scale: «0,923» (or a cell formatted as percent, which getValues gives as 0.923) is 92,3 %
  const share = (n: number): ParsedAnswer | null =>
    scale.percent && n > 0 && n < 1 && !Number.isInteger(n) ? { status: 'read', text, points: Math.round(n * 1e6) / 1e4 } : null;
  if (typeof value === 'number') return share(value) ?? inRange(value, true);
  if (NUMBER.test(t)) {
    const n = Number(t.replace(',', '.'));
    return share(n) ?? inRange(n, true);
  }
  const percent = PERCENT.exec(t);
  if (percent) {
    if (!scale.percent && scale.max !== 100) return flag(m.percentOnPoints(text, scale.max));
    return inRange(Number(percent[1]!.replace(',', '.')), true);
  }
  if (scale.options) {
    const exact = scale.options.find((o) => normalizeWord(o.label) === t);
    if (exact) return { status: 'ok', text, points: exact.points };
  }
  const lead = LEADING_NUMBER.exec(t);
  if (lead) return inRange(Number(lead[1]!.replace(',', '.')), false);
  if (scale.options) {
    // A shortened or extended option label («скорее да» for «скорее подтверждается» is not guessed).
    const close = scale.options.filter((o) => {
      const l = normalizeWord(o.label);
      return t.startsWith(l + ' ') || t.startsWith(l + ',') || (l.startsWith(t) && t.length >= 4);
    });
    // The longest label wins when one contains another («подтверждается» in «скорее подтверждается» is not a prefix).
    if (close.length === 1) return { status: 'read', text, points: close[0]!.points };
    if (close.length > 1) return flag(m.ambiguousOption);
  }
  const yn = yesNoFromText(t);
  if (yn === 'unclear') return flag(m.unclear);
  if (yn && yn.value === 'na') return { status: yn.exact ? 'ok' : 'read', text, value: 'na' };
  if (yn && yn.value === 'no') return { status: 'read', text, points: 0 };
  if (yn && yn.value === 'yes' && scale.max === 1) return { status: 'read', text, points: 1 };
  if (yn) return flag(m.wordOnPoints(scale.max));
  return flag(scale.options ? m.notAnOption(text) : m.unknownWord);
}

/**
 * The value an answer counts for: earned and maximum points times the weight; null when not counted.
 * A negative item (`direction` 'down') counts the other way: «Нет» earns the point, and on a points scale
 * without named options, fewer points earn more (max − points). Options carry their own points («нет – 1 балл,
 * да – 0 баллов»), so they are never turned round.
 */
export function answerScore(
  answer: ParsedAnswer,
  scale: Scale,
  weight: number,
  direction?: Direction,
): { earned: number; max: number } | null {
  if (answer.status === 'empty' || answer.status === 'flag' || answer.value === 'na') return null;
  const down = direction === 'down';
  if (scale.kind === 'yesno') {
    const v = answer.value === 'yes' ? 1 : answer.value === 'partial' ? 0.5 : answer.value === 'no' ? 0 : null;
    return v === null ? null : { earned: (down ? 1 - v : v) * weight, max: weight };
  }
  if (answer.points === undefined) return null;
  const points = down && !scale.options ? scale.max - answer.points : answer.points;
  return { earned: points * weight, max: scale.max * weight };
}

/** The answer as written into the history sheet: the dropdown word, or the points. */
export function answerLabel(answer: ParsedAnswer, scale: Scale): string {
  if (answer.status === 'empty') return '';
  if (answer.status === 'flag') return answer.text;
  if (answer.value) return ANSWER_WORDS.ru[answer.value];
  if (answer.points === undefined) return answer.text;
  const option = scale.kind === 'points' ? scale.options?.find((o) => o.points === answer.points) : undefined;
  return option ? option.label : String(answer.points);
}
