/**
 * A generated roster and responsible column with injected mistakes, for the matcher's recall tests and
 * `npm run bench`: surnames built from real Russian stems and endings (both genders, -ов/-ев/-ин/-ский/-ко/-ук/-их…),
 * initials from common first names and patronymics, cells of one to three names. Deterministic (seeded).
 */
import { prng } from '../../sample/seed-plans';

export type Injection = 'none' | 'replace' | 'drop' | 'double' | 'swap' | 'latin' | 'spacing' | 'declined';

export const TYPO_KINDS: readonly Injection[] = ['replace', 'drop', 'double', 'swap'];

export interface GeneratedName {
  /** Index into the roster. */
  person: number;
  /** As written in the cell. */
  written: string;
  injection: Injection;
}

export interface GeneratedColumn {
  /** Roster rows, header first, in the «Участники» layout (ФИО / Наименование, …). */
  rosterValues: string[][];
  /** «Фамилия И.О.» of each roster person. */
  people: { surname: string; initials: string; display: string }[];
  /** One value per cell. */
  cells: string[];
  /** The names of each cell with what was done to them. */
  names: GeneratedName[][];
}

const STEMS = [
  'Иван',
  'Петр',
  'Сидор',
  'Кузнец',
  'Смирн',
  'Попов',
  'Соколов',
  'Лебедев',
  'Козл',
  'Новик',
  'Морозов',
  'Волк',
  'Алексе',
  'Лебед',
  'Семен',
  'Егор',
  'Павл',
  'Степан',
  'Никол',
  'Орл',
  'Андре',
  'Макар',
  'Никит',
  'Захар',
  'Зайц',
  'Соловь',
  'Борис',
  'Яковл',
  'Григорь',
  'Роман',
  'Воробь',
  'Серге',
  'Кузьмин',
  'Фрол',
  'Александр',
  'Дмитри',
  'Корол',
  'Гусев',
  'Киселев',
  'Ильин',
  'Максим',
  'Поляк',
  'Сорокин',
  'Виноград',
  'Ковал',
  'Белов',
  'Медведев',
  'Антон',
  'Тарас',
  'Жук',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыд',
  'Беляк',
  'Герасим',
  'Богдан',
  'Осип',
  'Сидорен',
  'Матвеев',
  'Титов',
  'Марк',
  'Миронов',
  'Крылов',
  'Куликов',
  'Карпов',
  'Власов',
  'Мельников',
  'Денисов',
  'Гаврил',
  'Тихон',
  'Казак',
  'Афанась',
  'Данил',
  'Савель',
  'Тимоф',
  'Фомин',
  'Чернов',
  'Абрам',
  'Мартын',
  'Ефим',
  'Федот',
  'Щербак',
  'Назар',
  'Калинин',
  'Исаев',
  'Чернышев',
  'Быков',
  'Маслов',
  'Родион',
  'Коновал',
  'Лазар',
  'Суханов',
  'Ширяев',
  'Гордеев',
  'Третьяк',
  'Шкурат',
  'Гумбат',
  'Ланск',
  'Петух',
  'Чемякин',
  'Митин',
  'Рухл',
  'Бахтин',
  'Швец',
  'Жданов',
  'Зуев',
  'Ермак',
  'Муравь',
  'Горбун',
  'Панфил',
  'Рыбак',
  'Голуб',
  'Журавл',
  'Снегир',
  'Синиц',
  'Дроздов',
  'Ветров',
  'Пономар',
  'Тарасен',
  'Шевчен',
  'Бондар',
  'Ткач',
  'Мороз',
  'Кравч',
  'Олейник',
  'Лысен',
  'Руденк',
  'Харченк',
  'Кондрат',
  'Литвин',
];

const ENDINGS: [string, string][] = [
  ['ов', 'ова'],
  ['ев', 'ева'],
  ['ин', 'ина'],
  ['ский', 'ская'],
  ['енко', 'енко'],
  ['ук', 'ук'],
  ['их', 'их'],
  ['ых', 'ых'],
];

const MALE_INITIALS = 'АБВГДЕИКЛМНОПРСТЮЯ';
const PATRONYMIC_INITIALS = 'АБВГДЕИКЛМНОПРСФЮЯ';

const LATIN: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
};
const LETTERS = 'абвгдежзиклмнопрстуфхцчшщыэюя';

function surnameOf(stem: string, ending: [string, string], female: boolean): string {
  // Stems that already end in a suffix take the plain ending.
  const e = female ? ending[1] : ending[0];
  if (/(ов|ев|ин)$/.test(stem)) return female ? `${stem}а` : stem;
  if (/(ск)$/.test(stem)) return stem + (female ? 'ая' : 'ий');
  return stem + e;
}

function declined(surname: string): string | null {
  if (/(ова|ева|ина)$/.test(surname)) return `${surname.slice(0, -1)}ой`;
  if (/(ов|ев|ин)$/.test(surname)) return `${surname}ым`;
  if (/ская$/.test(surname)) return `${surname.slice(0, -2)}ой`;
  if (/ский$/.test(surname)) return `${surname.slice(0, -2)}ого`;
  return null;
}

function typo(surname: string, kind: Injection, rnd: () => number): string {
  const cut = 1 + Math.floor(rnd() * (surname.length - 2)); // never the capital letter
  switch (kind) {
    case 'replace': {
      let ch = LETTERS[Math.floor(rnd() * LETTERS.length)]!;
      if (ch === surname[cut]) ch = ch === 'а' ? 'о' : 'а';
      return surname.slice(0, cut) + ch + surname.slice(cut + 1);
    }
    case 'drop':
      return surname.slice(0, cut) + surname.slice(cut + 1);
    case 'double':
      return surname.slice(0, cut) + surname[cut] + surname.slice(cut);
    default: {
      const i = Math.min(cut, surname.length - 2);
      if (surname[i] === surname[i + 1]) return surname.slice(0, i) + 'о' + surname.slice(i + 1);
      return surname.slice(0, i) + surname[i + 1] + surname[i] + surname.slice(i + 2);
    }
  }
}

/**
 * `rosterSize` people and `cellCount` cells; a share `injectRate` of the names carries one mistake
 * (typo kinds, Latin look-alikes, initials spacing, a declined surname), the rest are written as in the roster.
 */
export function generateColumn(
  rosterSize: number,
  cellCount: number,
  options: { seed?: number; injectRate?: number } = {},
): GeneratedColumn {
  const rnd = prng(options.seed ?? 7);
  const rate = options.injectRate ?? 0.2;
  const people: GeneratedColumn['people'] = [];
  const keys = new Set<string>();
  const surnames = new Set<string>();
  while (people.length < rosterSize) {
    const female = rnd() < 0.6;
    const surname = surnameOf(STEMS[Math.floor(rnd() * STEMS.length)]!, ENDINGS[Math.floor(rnd() * ENDINGS.length)]!, female);
    const initials =
      MALE_INITIALS[Math.floor(rnd() * MALE_INITIALS.length)]! + PATRONYMIC_INITIALS[Math.floor(rnd() * PATRONYMIC_INITIALS.length)]!;
    const key = `${surname}|${initials}`;
    if (keys.has(key)) continue;
    keys.add(key);
    surnames.add(surname);
    people.push({ surname, initials, display: `${surname} ${initials[0]}.${initials[1]}.` });
  }
  const rosterValues = [
    ['ФИО / Наименование', 'Краткое имя', 'Тип', 'Должность', 'Организация', 'Email', 'Группа'],
    ...people.map((p) => [p.display, '', 'Человек', 'учитель', '', '', '']),
  ];

  const kinds: Injection[] = ['replace', 'drop', 'double', 'swap', 'latin', 'spacing', 'declined'];
  const cells: string[] = [];
  const names: GeneratedName[][] = [];
  for (let c = 0; c < cellCount; c++) {
    const n = 1 + Math.floor(rnd() * rnd() * 3);
    const list: GeneratedName[] = [];
    for (let k = 0; k < n; k++) {
      const person = Math.floor(rnd() * people.length);
      const p = people[person]!;
      let injection: Injection = 'none';
      let written = p.display;
      if (rnd() < rate) {
        injection = kinds[Math.floor(rnd() * kinds.length)]!;
        const ini = `${p.initials[0]}.${p.initials[1]}.`;
        if (TYPO_KINDS.includes(injection)) {
          // A typo that makes another roster surname, or one too short to call, is not a typo anyone could find.
          let s = typo(p.surname, injection, rnd);
          let tries = 0;
          while ((surnames.has(s) || s === p.surname || p.surname.length < 5) && tries++ < 5) s = typo(p.surname, injection, rnd);
          if (surnames.has(s) || s === p.surname || p.surname.length < 5) injection = 'none';
          else written = `${s} ${ini}`;
        } else if (injection === 'latin') {
          const i = [...p.surname].findIndex((ch, j) => j > 0 && LATIN[ch]);
          if (i < 0) injection = 'none';
          else written = `${p.surname.slice(0, i)}${LATIN[p.surname[i]!]}${p.surname.slice(i + 1)} ${ini}`;
        } else if (injection === 'spacing') {
          written = `${p.surname} ${p.initials[0]}. ${p.initials[1]}.`;
        } else {
          const d = declined(p.surname);
          if (!d) injection = 'none';
          else written = `${d} ${ini}`;
        }
      }
      list.push({ person, written, injection });
    }
    names.push(list);
    cells.push(list.map((x) => x.written).join(rnd() < 0.7 ? ', ' : '\n'));
  }
  return { rosterValues, people, cells, names };
}
