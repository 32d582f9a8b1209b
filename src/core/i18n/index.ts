import { en } from './en';
import type { Lang } from './lang';
import { ru, type Messages } from './ru';

export { langFromLocale, type Lang } from './lang';
export type { Messages } from './ru';

/** The shell texts in one language. */
export function messages(lang: Lang): Messages {
  return lang === 'en' ? en : ru;
}
export { countEn, countRu, enForm, formatCount, pluralRu, ruForm, type EnForms, type RuForms } from './plural';
