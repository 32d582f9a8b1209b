/** Plurals: «1 мероприятие», «3 мероприятия», «5 мероприятий», «21 мероприятие», «11 мероприятий». */
import type { Lang } from './lang';

/** Russian forms: [one, few, many] — «мероприятие», «мероприятия», «мероприятий». */
export type RuForms = readonly [one: string, few: string, many: string];
/** English forms: [one, other]. */
export type EnForms = readonly [one: string, other: string];

/** The Russian form for n (by its last two digits; fractions take «few»: «1,5 месяца»). */
export function ruForm(n: number, forms: RuForms): string {
  if (!Number.isInteger(n)) return forms[1];
  const abs = Math.abs(n);
  const d10 = abs % 10;
  const d100 = abs % 100;
  if (d10 === 1 && d100 !== 11) return forms[0];
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return forms[1];
  return forms[2];
}

export function enForm(n: number, forms: EnForms): string {
  return n === 1 ? forms[0] : forms[1];
}

/** «3 мероприятия» — the number, a non-breaking space, the right form. */
export function countRu(n: number, forms: RuForms): string {
  return `${formatCount(n, 'ru')}\u00a0${ruForm(n, forms)}`;
}

export function countEn(n: number, forms: EnForms): string {
  return `${formatCount(n, 'en')} ${enForm(n, forms)}`;
}

/** 12 345 in Russian (narrow no-break space groups), 12,345 in English. */
export function formatCount(n: number, lang: Lang): string {
  const s = String(Math.abs(Math.trunc(n)));
  const grouped = s.length > 4 ? s.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'ru' ? '\u202f' : ',') : s;
  return (n < 0 ? '−' : '') + grouped;
}

/** The Russian form for n, forms given one by one: pluralRu(3, 'ячейка', 'ячейки', 'ячеек') → 'ячейки'. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  return ruForm(n, [one, few, many]);
}
