/**
 * Russian personal names as written in plans: letters, look-alike Latin letters, case endings,
 * keys for matching, and a bounded Damerau–Levenshtein distance.
 */

/** Latin letters that look like Cyrillic ones, as they slip into Russian text from a Latin keyboard. */
const LOOK_ALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  k: 'к',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};
const LATIN_LOOK_ALIKE = /[ABCEHKMOPTXYacekopxy]/g;
const HAS_CYRILLIC = /[А-Яа-яЁё]/;
const HAS_LATIN = /[A-Za-z]/;
const WORD = /[A-Za-zА-Яа-яЁё]+/g;

/** One word with its look-alike Latin letters made Cyrillic, when the word also holds Cyrillic letters. */
export function cyrillicWord(word: string): string {
  if (!HAS_LATIN.test(word) || !HAS_CYRILLIC.test(word)) return word;
  return word.replace(LATIN_LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch);
}

/** Every mixed-script word of `text` made Cyrillic; pure Latin words («IT», «STEM») stay. */
export function fixLookAlikes(text: string): string {
  if (!HAS_LATIN.test(text)) return text;
  return text.replace(WORD, cyrillicWord);
}

/** True when some word of `text` mixes Latin look-alikes with Cyrillic. */
export function hasLookAlikes(text: string): boolean {
  return HAS_LATIN.test(text) && fixLookAlikes(text) !== text;
}

/** A single letter (an initial) made Cyrillic when it is a Latin look-alike. */
export function cyrillicLetter(ch: string): string {
  return LOOK_ALIKES[ch] ?? ch;
}

/** The matching form of a word or phrase: look-alikes made Cyrillic, lower case, ё → е. */
export function fold(s: string): string {
  const lower = (HAS_LATIN.test(s) ? s.replace(LATIN_LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch) : s).toLowerCase();
  return lower.indexOf('ё') < 0 ? lower : lower.replace(/ё/g, 'е');
}

/** The matching form of an organisation or group name: folded, quotes and dots dropped, «№ 1» = «№1», spaces collapsed. */
export function foldName(s: string): string {
  return fold(s)
    .replace(/[«»"“”„'`]/g, '')
    .replace(/№\s*/g, '№')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PATRONYMIC = /(?:ович|евич|ьич|ич)(?:а|у|ем|ом|е)?$|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой|ою)$|(?:оглы|кызы)$/;

/** True for a patronymic in any case: «Викторовна», «Ильича», «Владимировной». */
export function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(fold(word));
}

/**
 * The key shared by every case form of a surname: «Третьякова», «Третьяковой», «Третьякову» → «третьяков»;
 * «Шкуратская», «Шкуратской», «Шкуратский», «Шкуратского» → «шкуратск». Folded input.
 * Indeclinable and other surnames are their own key.
 */
export function surnameKey(folded: string): string {
  let m = /^(.{2,}?(?:ск|цк))(?:ий|ая|ой|ого|ому|им|ом|ую|ою|ие|их|ые|ых)$/.exec(folded);
  if (m) return m[1]!;
  m = /^(.{2,}?(?:ов|ев|ин|ын))(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?$/.exec(folded);
  if (m) return m[1]!;
  return folded;
}

/**
 * The nominative of a surname written in an oblique case, when the ending says so without doubt
 * («Третьяковой» → «Третьякова», «Шкуратского» → «Шкуратский», «Петуховым» → «Петухов»); otherwise the word itself.
 * Ambiguous endings («Третьякову»: her accusative or his dative) are left as written.
 */
export function nominativeSurname(word: string): string {
  const rules: [RegExp, string][] = [
    [/(ов|ев|ёв|ин|ын)(ой|ою)$/, '$1а'],
    [/(ов|ев|ёв|ин|ын)(ым|ыми)$/, '$1'],
    [/(ск|цк)(ого|ому|им|ом)$/, '$1ий'],
    [/(ск|цк)(ую|ою)$/, '$1ая'],
  ];
  for (const [re, to] of rules) {
    if (re.test(word) && word.length > 5) return word.replace(re, to);
  }
  return word;
}

/** Initials as written in the normal form: ['Т', 'В'] → «Т.В.». */
export function initialsText(initials: readonly string[]): string {
  return initials.map((i) => `${i}.`).join('');
}

/** «Фамилия И.О.» */
export function shortName(surname: string, initials: readonly string[]): string {
  return initials.length ? `${surname} ${initialsText(initials)}` : surname;
}

// Reused rows for the distance below (names are short; longer inputs get fresh arrays).
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Optimal-string-alignment (restricted Damerau–Levenshtein) distance between a and b, or `max + 1`
 * as soon as it is certain to exceed `max`. A swap of neighbours counts one edit.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  if (lb + 1 > cur.length) {
    prev2 = new Int32Array(lb + 1);
    prev = new Int32Array(lb + 1);
    cur = new Int32Array(lb + 1);
  }
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb]!;
  return d > max ? max + 1 : d;
}

/** How many edits a surname of this length may hold and still be called a typo. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  if (length < 9) return 1;
  return 2;
}
