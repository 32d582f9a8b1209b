/**
 * The words a «Сроки» cell is made of, as one lookup table built once at load time:
 * every grammatical case of every month, seasons, «квартал», «полугодие», «учебный год»,
 * the prepositions that turn a date into a deadline or a range, and the words of
 * recurrence («ежемесячно», «раз в месяц»). Words not listed here are plain text (a note).
 */
import type { Recurrence } from './term';

export enum Lx {
  Month, // v = 1..12
  MonthAbbr, // v = 1..12, may be followed by a dot
  Season, // v = first month: 12 winter, 3 spring, 6 summer, 9 autumn
  YearWord, // г, гг, год, года…
  Quarter, // квартал, кв
  Half, // полугодие
  School, // учебный, уч
  Ordinal, // v = 1..4: I…IV, первый…
  Count, // один, два… (before «раз»)
  Times, // дважды, трижды (a count and «раз» in one word)
  Raz, // раз, раза
  Each, // каждый
  Every, // ежемесячно…; rec = recurrence
  Constant, // постоянно
  From, // с, со
  Po, // по
  According, // согласно (графику)
  Do, // до
  K, // к, ко
  V, // в, во
  Na, // на
  Ne, // не
  Later, // позднее, позже
  EndEdge, // конца, конец
  StartEdge, // начала
  During, // течение, протяжении, ходе (after в / на)
  All, // весь, всего
  Stage, // этапа, проекта, периода…
  Present, // настоящее, текущее (… время)
  Time, // время
  Graph, // графику
  Separate, // отдельному
  Need, // мере (по мере необходимости)
  Necessity, // необходимости
  And, // и
  Min, // менее, реже (не менее / не реже)
  SchoolQuarter, // четверть: a quarter of the school year
  Semester, // семестр: a half of a college year
  Weekday, // v = 1 (понедельник) … 7 (воскресенье)
  Pointer, // a word that sends the reader elsewhere: «(по) плану», «(в установленном) порядке», «(по) согласованию»
  Further, // далее, затем (… далее ежегодно)
  SeasonAdj, // v = first month: «летнего», «осенний» — a season only before a year or a word of time («летний период»)
  Decade, // декада: ten days of a month
  Hour, // ч, час, часов, мин: after a clock time
  DayWord, // день: «1 день» is the first day of an event, not a date
}

export interface Lex {
  k: Lx;
  v: number;
  rec?: Recurrence;
}

const table = new Map<string, Lex>();

function put(k: Lx, words: string, v = 0, rec?: Recurrence): void {
  for (const w of words.split(' ')) if (w) table.set(w, rec ? { k, v, rec } : { k, v });
}

// Months: root + case endings (nominative, genitive, prepositional, dative, instrumental).
const SOFT = ['ь', 'я', 'е', 'ю', 'ем'];
const HARD = ['', 'а', 'е', 'у', 'ом'];
const MONTHS: [string, string[]][] = [
  ['январ', SOFT],
  ['феврал', SOFT],
  ['март', HARD],
  ['апрел', SOFT],
  ['ма', ['й', 'я', 'е', 'ю', 'ем']],
  ['июн', SOFT],
  ['июл', SOFT],
  ['август', HARD],
  ['сентябр', SOFT],
  ['октябр', SOFT],
  ['ноябр', SOFT],
  ['декабр', SOFT],
];
MONTHS.forEach(([root, endings], i) => put(Lx.Month, endings.map((e) => root + e).join(' '), i + 1));
const ABBR = ['янв', 'фев февр', 'мар', 'апр', '', 'июн', 'июл', 'авг', 'сен сент', 'окт', 'ноя нояб', 'дек'];
ABBR.forEach((words, i) => put(Lx.MonthAbbr, words, i + 1));

put(Lx.Season, 'зима зимы зиме зиму зимой зимою', 12);
put(Lx.Season, 'весна весны весне весну весной весною', 3);
put(Lx.Season, 'лето лета лете летом', 6);
put(Lx.Season, 'осень осени осенью', 9);
put(Lx.SeasonAdj, 'зимний зимнего зимнем зимние зимних зимнее зимняя зимней зимнюю зимним', 12);
put(Lx.SeasonAdj, 'весенний весеннего весеннем весенние весенних весеннее весенняя весенней весеннюю весенним', 3);
put(Lx.SeasonAdj, 'летний летнего летнем летние летних летнее летняя летней летнюю летним', 6);
put(Lx.SeasonAdj, 'осенний осеннего осеннем осенние осенних осеннее осенняя осенней осеннюю осенним', 9);
put(Lx.Decade, 'декада декады декаде декаду декадой');
put(Lx.Hour, 'ч час часа часов мин');
put(Lx.DayWord, 'день');

put(Lx.YearWord, 'г гг год года году годы годов годах годом годе');
put(Lx.Quarter, 'квартал квартала квартале кварталу кварталом кварталы кварталов кварталах кв');
put(Lx.SchoolQuarter, 'четверть четверти четвертей четвертям четвертях');
put(Lx.Semester, 'семестр семестра семестре семестру семестры семестров сем');
put(Lx.Half, 'полугодие полугодия полугодии полугодию полугодием полугодье полугодья полугодий');
put(Lx.School, 'учебный учебного учебном учебному учебным уч');

put(Lx.Ordinal, 'i первый первое первого первом первая первой первую', 1);
put(Lx.Ordinal, 'ii второй второе второго втором вторая вторую', 2);
put(Lx.Ordinal, 'iii третий третье третьего третьем третья третьей третью', 3);
put(Lx.Ordinal, 'iv четвертый четвертое четвертого четвертом четвертая', 4);

put(Lx.Count, 'один одна одного два две три четыре пять шесть');
put(Lx.Times, 'дважды трижды');
put(Lx.Raz, 'раз раза');
put(Lx.Each, 'каждый каждую каждое каждого каждом каждая');
put(Lx.Every, 'ежемесячно ежемесячные ежемесячный ежемес ежемесяч', 0, 'monthly');
put(Lx.Every, 'еженедельно еженедельные еженедельный еженед', 0, 'weekly');
put(Lx.Every, 'ежеквартально ежеквартальные ежеквартальный ежекварт ежекв', 0, 'quarterly');
put(Lx.Every, 'ежегодно ежегодные ежегодный ежегод', 0, 'yearly');
put(Lx.Constant, 'постоянно ежедневно регулярно систематически круглогодично круглогодично круглый');
put(Lx.Weekday, 'понедельник понедельника понедельникам понедельниках пн', 1);
put(Lx.Weekday, 'вторник вторника вторникам вторниках вт', 2);
put(Lx.Weekday, 'среда среду среды средам средах ср', 3);
put(Lx.Weekday, 'четверг четверга четвергам четвергах чт', 4);
put(Lx.Weekday, 'пятница пятницу пятницы пятницам пятницах пт', 5);
put(Lx.Weekday, 'суббота субботу субботы субботам субботах сб', 6);
put(Lx.Weekday, 'воскресенье воскресенья воскресеньям вс', 7);
put(
  Lx.Pointer,
  'плану планам планом планами плана графику графиком расписанию расписанием положению положением ' +
    'согласованию согласования запросу запросам запросом порядке установленные установленный установленном установленным поступления',
);
put(Lx.Further, 'далее затем');

put(Lx.From, 'с со');
put(Lx.Po, 'по');
put(Lx.According, 'согласно');
put(Lx.Do, 'до');
put(Lx.K, 'к ко');
put(Lx.V, 'в во');
put(Lx.Na, 'на');
put(Lx.Ne, 'не');
put(Lx.Later, 'позднее позже');
put(Lx.EndEdge, 'конца конец концу окончания окончанию');
put(Lx.StartEdge, 'начала начало началу');
put(Lx.During, 'течение течении теч протяжении ходе');
put(Lx.All, 'весь всего всей вся все');
put(Lx.Stage, 'этап этапа этапе этапов проект проекта проекте период периода периоде реализации программы срока недели смены');
put(Lx.Present, 'настоящее настоящего текущее текущего');
put(Lx.Time, 'время времени');
put(Lx.Graph, 'график графику графиком графика');
put(Lx.Separate, 'отд отдельному отдельным отдельного утвержденному утвержденным согласованному');
put(Lx.Need, 'мере');
put(Lx.Necessity, 'необходимости');
put(Lx.And, 'и');
put(Lx.Min, 'менее реже');

/** The words after which «летний», «осеннего» … name a season: «летний период», «зимние каникулы», «летнее время». */
export const SEASON_NOUNS: ReadonlySet<string> = new Set(
  'период периода периоде периодом сезон сезона сезоне сезоном каникулы каникул каникулах каникулам время времени месяцы месяцев месяц'.split(
    ' ',
  ),
);

export function lexOf(word: string): Lex | undefined {
  return table.get(word);
}

/** The recurrence named by a unit after «раз в …» / «в …»: месяц → monthly. */
export function unitRecurrence(word: string): Recurrence | undefined {
  switch (word) {
    case 'неделю':
    case 'неделя':
      return 'weekly';
    case 'недели':
      return 'weekly';
    case 'месяц':
    case 'месяца':
      return 'monthly';
    case 'квартал':
    case 'квартала':
    case 'четверть':
    case 'четверти':
      return 'quarterly';
    case 'полгода':
    case 'полугодие':
    case 'полугодия':
    case 'семестр':
    case 'семестра':
      return 'halfyear';
    case 'год':
    case 'года':
      return 'yearly';
    default:
      return undefined;
  }
}
