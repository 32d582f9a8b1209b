/**
 * Why a term was not understood, in the user's language. The parser gives its reasons in Russian (they are
 * part of its results and tests); the English interface shows them through this table.
 */
import type { Lang } from '../i18n/lang';
import { REASON_NO_WEEK, REASON_NO_YEAR, REASON_NOT_FOUND, WARN_AMBIGUOUS_YEAR, WARN_NO_RANGE } from './combine';

const EN: Record<string, string> = {
  [REASON_NO_YEAR]: 'no year given',
  [REASON_NOT_FOUND]: 'no date found',
  [REASON_NO_WEEK]: 'a weekday without its week: no dates given',
  [WARN_NO_RANGE]: 'the stage has no period: dates unknown',
  [WARN_AMBIGUOUS_YEAR]: 'no year given, and the plan spans several years',
  'несуществующая дата': 'no such date',
  'слишком длинный текст': 'the text is too long',
  пусто: 'empty',
  'неверная дата': 'an invalid date',
  'число, а не срок': 'a number, not a term',
  'логическое значение, а не срок': 'a TRUE/FALSE value, not a term',
  'не текст': 'not text',
  'не удалось разобрать': 'could not be read',
};

/** The reason in `lang`; a reason without a translation is shown as the parser gave it. */
export function termReason(reason: string | undefined, lang: Lang): string | undefined {
  if (reason === undefined || lang === 'ru') return reason;
  return EN[reason] ?? reason;
}
