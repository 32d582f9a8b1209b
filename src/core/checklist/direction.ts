/**
 * Which way is good, in the words people use: a column «Направление» («убывание», «меньше — лучше», «↓»), a
 * target's own wording («не более 5 %», «≤ 14,5»), or — said, never silently — the criterion's wording:
 * «ОУ находится в аварийном состоянии», «Доля выпускников, не сдавших ЕГЭ», «Количество нарушений».
 *
 * A criterion phrased as an absence («отсутствие пней, корней…», «отсутствие замечаний СЭС») is a positive item:
 * «Да» affirms that the bad thing is absent. It is kept positive and only noted, since «Отсутствие положительной
 * динамики» reads the other way and only the coordinator knows.
 */
import { normalizeWord } from './scale';
import type { Direction } from './types';

const DOWN = [
  /^(?:убыв\S*|уменьш\S*|снижен\S*|сокращен\S*|понижен\S*|отрицательн\S*|негативн\S*|обратн\S*|↓|▼|-)$/,
  /меньше\s*[-–—,]?\s*(?:тем\s+)?лучше/,
  /не\s+более|не\s+выше|не\s+больше|^\s*(?:≤|<=|<)/,
  /^да\s*[-–—]\s*(?:плохо|хуже|отрицательно)/,
];
const UP = [
  /^(?:возраст\S*|увеличен\S*|рост|повышен\S*|положительн\S*|прям\S*|↑|▲|\+)$/,
  /больше\s*[-–—,]?\s*(?:тем\s+)?лучше/,
  /не\s+менее|не\s+ниже|не\s+меньше|^\s*(?:≥|>=|>)/,
  /^да\s*[-–—]\s*(?:хорошо|лучше)/,
];

/** A direction cell or argument: «убывание», «меньше — лучше», «↓» → 'down'; «возрастание», «больше — лучше» → 'up'. */
export function parseDirection(text: string): Direction | null {
  const t = normalizeWord(text).replace(/ё/g, 'е');
  if (!t) return null;
  if (DOWN.some((re) => re.test(t))) return 'down';
  if (UP.some((re) => re.test(t))) return 'up';
  return null;
}

/** Words that make an item negative by themselves (the count or share of something bad). */
const NEGATIVE_STEMS = [
  'аварийн',
  'нарушени',
  'правонарушени',
  'травм',
  'не сдавш',
  'не сдали',
  'не получивш',
  'не получили',
  'не прошедш',
  'не прошли',
  'не справивш',
  'неуспева',
  'неудовлетворительн',
  'жалоб',
  'предписани',
  'задолженност',
  'второгодн',
  'пропущенн',
  'пропуск уроков',
  'отчислен',
  'несчастн',
  'происшестви',
  'в ветхом',
  'ветхих',
];
const FIGHTING = /(?:устран|снижен|сниж|сокращ|уменьш|профилакт|предупрежд|предотвращ|преодол|ликвид|исправл|работа\s+с|меры\s+по|контрол)/;
const ABSENCE = /(?:^|[\s(«"])(?:отсутстви[еяю]|отсутствует|отсутствуют|без\s+замечан|без\s+нарушен)/;

export interface WordingDirection {
  /** 'down' when the wording names something bad; 'up' for an absence of it (kept positive). */
  direction: Direction;
  /** The words that decided it, as written in the text. */
  words: string;
  /** True for an absence («отсутствие …»): positive, noted for the coordinator to confirm. */
  absence?: boolean;
}

/** The direction the criterion's or indicator's own wording suggests; null when it says nothing either way. */
export function directionFromWording(text: string): WordingDirection | null {
  const flat = text.replace(/\s+/g, ' ');
  const t = flat.toLowerCase().replace(/ё/g, 'е');
  const absence = ABSENCE.exec(t);
  if (absence) {
    const start = absence.index + (absence[0]!.length - absence[0]!.trimStart().length);
    return { direction: 'up', words: excerpt(flat, start), absence: true };
  }
  for (const stem of NEGATIVE_STEMS) {
    const i = t.indexOf(stem);
    if (i < 0 || (i > 0 && /\p{L}/u.test(t[i - 1]!))) continue;
    // «Устранение нарушений», «Снижение количества аварийных объектов»: acting against the bad thing is positive
    if (FIGHTING.test(t.slice(0, i))) return null;
    return { direction: 'down', words: excerpt(flat, i) };
  }
  return null;
}

/** A few words of the text from `start`, as written. */
function excerpt(flat: string, start: number): string {
  const words = flat.slice(start).split(' ').slice(0, 4).join(' ');
  return words.replace(/^[(«"\s]+/, '').replace(/[,;.)»"]+$/, '');
}
