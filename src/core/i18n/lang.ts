/** The interface languages: Russian first, English second. */
export type Lang = 'ru' | 'en';

/** Picks the interface language from a locale such as `ru`, `ru_RU`, `en-GB`. Anything not English is Russian. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^en\b|^en[_-]/i.test(locale ?? '') ? 'en' : 'ru';
}
