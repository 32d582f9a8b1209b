/**
 * What the CLI itself says when the user's input is wrong, Russian first, English beside it (--locale en).
 * Every message is one line; an argument is quoted at most ARG_QUOTE characters long, so a megabyte passed on
 * the command line is never echoed back.
 */
import { quoteCell } from '../../core/table/grid';

export type CliLocale = 'ru' | 'en';

/** An argument in a message: at most ~100 characters, then «…». */
export const ARG_QUOTE = 100;
export const q = (text: string) => quoteCell(text, ARG_QUOTE);

/** The years a month may name (`--month`): what a plan of a school cluster can span, and no `0000-01`. */
export const MONTH_YEARS = { min: 1900, max: 2100 } as const;
/** Google's limit on a sheet name (`--sheet`). */
export const SHEET_NAME_LIMIT = 100;
/** The server's limit on a round's name (`--round`). */
export const ROUND_NAME_LIMIT = 200;

const ru = {
  needsValue: (flag: string) =>
    `После ${flag} нужно значение. Значение, которое начинается с «-», передайте так: ${flag}=-1 или ${flag} -- -1`,
  noValueTaken: (flag: string) => `Параметр ${flag} не принимает значения`,
  unknownFlag: (flag: string) => `Неизвестный параметр ${q(flag)}. Справка: npx klaster --help`,
  notForCommand: (flag: string, command: string, takers: readonly string[]) =>
    `Параметр ${flag} не относится к команде ${command}: он для ${takers.join(', ')}. Справка: npx klaster --help`,
  extraArgs: (args: string) => `Лишние аргументы: ${q(args)}. Справка: npx klaster --help`,
  badZone: (zone: string) => `Часовой пояс: имя IANA, например Asia/Vladivostok или Europe/Kaliningrad, а не «${q(zone)}»`,
  badLocale: (locale: string) => `Язык: ru или en, а не «${q(locale)}»`,
  badMonth: (month: string) => `Месяц: ГГГГ-ММ с ${MONTH_YEARS.min} по ${MONTH_YEARS.max} год, например 2024-03, а не «${q(month)}»`,
  longSheet: (sheet: string) => `Имя листа длиннее ${SHEET_NAME_LIMIT} знаков (больше не бывает в Google Таблицах): «${q(sheet)}»`,
  longRound: (round: string) => `Название среза длиннее ${ROUND_NAME_LIMIT} знаков: «${q(round)}»`,
  emptyValue: (flag: string) => `После ${flag} нужно непустое значение`,
  unknownCommand: (command: string) => `Неизвестная команда «${q(command)}». Список команд: npx klaster --help`,
  needsBook: (command: string) => `Укажите книгу: npx klaster ${command} <книга.xlsx>`,
  notFound: (path: string) => `Файл не найден: ${q(path)}`,
  /** -o, the result workbook, in messages (a job's output flag says its own words: OutputWords in flags.ts). */
  result: { of: 'результата', it: 'Результат', example: 'результат.xlsx' } as { of: string; it: string; example: string },
  noFolder: (what: string, folder: string) => `Папка для ${what} не найдена: ${q(folder)}`,
  notAFolder: (what: string, folder: string) => `Папка для ${what} — не папка: ${q(folder)}`,
  isFolder: (path: string, example: string) =>
    `Результат нельзя записать: ${q(path)} — это папка. Укажите имя файла, например ${q(example)}`,
  overInput: (it: string, flag: string, path: string) =>
    `${it} нельзя записать поверх исходной книги (${flag} ${q(path)}): укажите другой файл, исходная книга не меняется`,
  sameOutputs: (a: string, b: string, path: string) => `${a} и ${b} указывают на один файл (${q(path)}): укажите разные файлы`,
  noteKind: (note: string) => `Справка сохраняется в .md или .docx, а не в «${q(note)}»`,
  notWritten: (path: string, reason: string) => `Не удалось записать ${q(path)}: ${reason}`,
  addOnFailed: (message: string) => `Надстройка не смогла выполнить команду: ${message}`,
  unexpected: (message: string) => `Непредвиденная ошибка: ${message}`,
  fsReasons: {
    ENOENT: 'папки нет',
    EACCES: 'нет прав на запись',
    EPERM: 'нет прав на запись',
    EISDIR: 'это папка',
    ENOSPC: 'на диске нет места',
    EROFS: 'диск только для чтения',
    ENAMETOOLONG: 'слишком длинное имя',
  } as Record<string, string>,
  saved: (path: string) => `Сохранено: ${path}`,
  note: (path: string) => `Справка: ${path}`,
};

type CliMessages = typeof ru;

const en: CliMessages = {
  needsValue: (flag) => `${flag} needs a value. Pass a value starting with “-” as ${flag}=-1 or ${flag} -- -1`,
  noValueTaken: (flag) => `${flag} takes no value`,
  unknownFlag: (flag) => `Unknown option ${q(flag)}. Help: npx klaster --help`,
  notForCommand: (flag, command, takers) =>
    `${flag} is not an option of ${command}: it is for ${takers.join(', ')}. Help: npx klaster --help`,
  extraArgs: (args) => `Extra arguments: ${q(args)}. Help: npx klaster --help`,
  badZone: (zone) => `Time zone: an IANA name such as Asia/Vladivostok or Europe/Kaliningrad, not “${q(zone)}”`,
  badLocale: (locale) => `Language: ru or en, not “${q(locale)}”`,
  badMonth: (month) => `Month: YYYY-MM from ${MONTH_YEARS.min} to ${MONTH_YEARS.max}, e.g. 2024-03, not “${q(month)}”`,
  longSheet: (sheet) => `A sheet name is at most ${SHEET_NAME_LIMIT} characters in Google Sheets: “${q(sheet)}”`,
  longRound: (round) => `A round's name is at most ${ROUND_NAME_LIMIT} characters: “${q(round)}”`,
  emptyValue: (flag) => `${flag} needs a value that is not empty`,
  unknownCommand: (command) => `Unknown command “${q(command)}”. Commands: npx klaster --help`,
  needsBook: (command) => `Give the workbook: npx klaster ${command} <book.xlsx>`,
  notFound: (path) => `File not found: ${q(path)}`,
  result: { of: 'the result', it: 'The result', example: 'result.xlsx' },
  noFolder: (what, folder) => `The folder for ${what} does not exist: ${q(folder)}`,
  notAFolder: (what, folder) => `The folder for ${what} is not a folder: ${q(folder)}`,
  isFolder: (path, example) => `Cannot write the result: ${q(path)} is a folder. Give a file name, e.g. ${q(example)}`,
  overInput: (it, flag, path) =>
    `${it} cannot be written over the input workbook (${flag} ${q(path)}): give another file, the input is never changed`,
  sameOutputs: (a, b, path) => `${a} and ${b} name the same file (${q(path)}): give two different files`,
  noteKind: (note) => `The note is written as .md or .docx, not “${q(note)}”`,
  notWritten: (path, reason) => `Could not write ${q(path)}: ${reason}`,
  addOnFailed: (message) => `The add-on could not run the command: ${message}`,
  unexpected: (message) => `Unexpected error: ${message}`,
  fsReasons: {
    ENOENT: 'no such folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOSPC: 'no space left',
    EROFS: 'read-only disk',
    ENAMETOOLONG: 'name too long',
  },
  saved: (path) => `Saved: ${path}`,
  note: (path) => `Note: ${path}`,
};

export function cliMessages(locale: CliLocale): CliMessages {
  return locale === 'en' ? en : ru;
}

/**
 * The locale asked for anywhere in `argv` (`--locale en`, `--locale=en`), looked up before the arguments are
 * read, so that even a message about them is in the user's language.
 */
export function localeOf(argv: readonly string[]): CliLocale {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--locale' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--locale=en') return 'en';
  }
  return 'ru';
}

/** A message as one line of at most `max` characters: line breaks become spaces. */
export function oneLine(message: string, max = 1000): string {
  const line = message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
