/**
 * Command-line arguments of `klaster`: the flags every command shares are here; each job's own flags are in its
 * src/local/cli/<job>-commands.ts (`JOB.flags`, found from the files by ./jobs), so a new job edits no list here.
 */
import { isTimeZone } from '../emulator/zones';
import { CliError } from './cli-error';
import type { CliArgs, CliFlag } from './flags';
import { JOBS } from './jobs';
import { cliMessages, localeOf, SHEET_NAME_LIMIT, type CliLocale } from './messages';
import { parseColumnsFlag, parseHeaderRowFlag } from './table-choice';

export { CliError } from './cli-error';
export type { CliArgs, CliFlag } from './flags';

/** The flags every command takes, listed in the help before the jobs' own flags. */
const SHARED_FIRST: CliFlag[] = [
  { name: '--help', short: '-h', set: (args) => void (args.help = true) },
  {
    name: '--out',
    short: '-o',
    value: { ru: 'ФАЙЛ', en: 'FILE' },
    set: (args, value) => void (args.output = value),
    help: {
      ru: 'сохранить книгу с результатом (исходная книга не меняется)',
      en: 'save the book with the result (the input is never changed)',
    },
  },
  {
    name: '--sheet',
    value: { ru: 'ЛИСТ', en: 'SHEET' },
    set(args, value, locale) {
      if (value.length > SHEET_NAME_LIMIT) throw new CliError(cliMessages(locale).longSheet(value));
      args.sheet = value;
    },
    help: { ru: 'лист (по умолчанию — все подходящие листы)', en: 'one sheet (default: every sheet that fits)' },
  },
  // the column form's flags that several jobs read (a job's own, as the budget's --year, are in its module)
  {
    name: '--header-row',
    value: { ru: 'N', en: 'N' },
    set: (args, value) => void (args.choice.headerRow = parseHeaderRowFlag(value)),
    help: {
      ru: 'строка заголовков таблицы (1, 2, …; 0 — строки заголовков нет)',
      en: "the table's header row (1, 2, …; 0: no header row)",
    },
  },
  {
    name: '--columns',
    value: { ru: 'СПИСОК', en: 'LIST' },
    set: (args, value) => void (args.choice.columns = parseColumnsFlag(value)),
    help: {
      ru: 'какой столбец чем считать: "Сроки=C,Ответственные=E" (буква «-» — такого столбца нет)',
      en: 'which column is which: "Сроки=C,Ответственные=E" (letter «-»: no such column)',
    },
  },
  {
    name: '--period',
    value: { ru: 'ТЕКСТ', en: 'TEXT' },
    set: (args, value) => void (args.choice.period = value.slice(0, 200)),
    help: {
      ru: 'период плана, если в нём нет года: "2024/2025 учебный год"',
      en: 'the plan\'s period when it states no year: "2024/2025 учебный год"',
    },
  },
];

/** The shared flags listed after the jobs' own. */
const SHARED_LAST: CliFlag[] = [
  { name: '--json', set: (args) => void (args.json = true), help: { ru: 'вывод в JSON', en: 'JSON output' } },
  {
    name: '--locale',
    value: { ru: 'en', en: 'en' },
    set(args, value, locale) {
      if (value !== 'en' && value !== 'ru') throw new CliError(cliMessages(locale).badLocale(value));
      args.locale = value;
    },
    help: { ru: 'сообщения на английском', en: 'messages in English' },
  },
  {
    name: '--tz',
    value: { ru: 'ПОЯС', en: 'ZONE' },
    set(args, value, locale) {
      if (value.length > 64 || !isTimeZone(value)) throw new CliError(cliMessages(locale).badZone(value));
      args.timeZone = value;
    },
    help: {
      ru: 'часовой пояс таблицы, например Asia/Vladivostok (по умолчанию Europe/Moscow)',
      en: "the spreadsheet's time zone, e.g. Asia/Vladivostok (default Europe/Moscow)",
    },
  },
];

/** Every flag, as the help lists them: the shared ones, each job's own in the jobs' order, the rest of the shared. */
export const FLAGS: readonly CliFlag[] = [...SHARED_FIRST, ...JOBS.flatMap((j) => j.flags ?? []), ...SHARED_LAST];

/** The flag of a name as written (`--month`, `-o`); undefined for an unknown one. */
function flagNamed(flags: readonly CliFlag[], name: string): CliFlag | undefined {
  return flags.find((f) => f.name === name || f.short === name);
}

/**
 * The command line. A value follows its option (`--round "Входной"`), after «=» (`--round=-1`), or after «--»
 * (`--round -- "-1 срез"`): a value that starts with «-» needs one of the last two. A «--» anywhere else ends
 * the options (`check -- -книга.xlsx`). Every message is in the user's language and quotes at most ~100
 * characters of an argument.
 */
export function parseArgs(argv: string[], flags: readonly CliFlag[] = FLAGS): CliArgs {
  const locale = localeOf(argv);
  const m = cliMessages(locale);
  const args: CliArgs = { json: false, help: false, locale, choice: {}, given: [], outputs: [] };
  const positional: string[] = [];
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!options || !a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    if (a === '--') {
      options = false;
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const flag = flagNamed(flags, name);
    if (!flag) throw new CliError(m.unknownFlag(name));
    if (!args.given.includes(flag.name)) args.given.push(flag.name);
    if (!flag.value) {
      if (eq > 0) throw new CliError(m.noValueTaken(name));
      flag.set(args);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else if (argv[i + 1] === '--') {
      value = argv[i + 2];
      i += 2;
    } else {
      value = argv[++i];
      if (value !== undefined && value.startsWith('-')) throw new CliError(m.needsValue(name));
    }
    if (value === undefined) throw new CliError(m.needsValue(name));
    if (value.trim() === '') throw new CliError(m.emptyValue(name));
    flag.set(args, value, locale);
    if (flag.output) args.outputs.push({ flag: flag.name, path: value, words: flag.output });
  }
  [args.command, args.input] = positional;
  if (positional.length > 2) throw new CliError(m.extraArgs(positional.slice(2).join(' ')));
  return args;
}

/** A flag of another command is refused, naming the commands that take it (`klaster check --round …`). */
export function checkFlagsOf(args: CliArgs, command: string, flags: readonly CliFlag[] = FLAGS): void {
  for (const name of args.given) {
    const takers = flagNamed(flags, name)?.commands;
    if (takers && !takers.includes(command)) throw new CliError(cliMessages(args.locale).notForCommand(name, command, takers));
  }
}

/** The help's lines of the flags: «  --month ГГГГ-ММ   месяц…», then how to pass a value that starts with «-». */
export function flagHelp(locale: CliLocale, flags: readonly CliFlag[] = FLAGS): string[] {
  const lines = flags.flatMap((f) => {
    if (!f.help) return [];
    const written = `${f.short ? `${f.short}, ` : ''}${f.name}${f.value ? ` ${f.value[locale]}` : ''}`;
    return [`  ${written.padEnd(16)}  ${f.help[locale]}`];
  });
  return [...lines, USAGE[locale].values];
}

/** The help's texts; usage.ts puts them round the list of commands. */
export const USAGE = {
  ru: {
    title: 'Кластер — действия надстройки без браузера',
    use: 'Использование: npx klaster <команда> <книга.xlsx> [-o результат.xlsx] [--json]',
    commands: 'Команды:',
    options: 'Параметры:',
    values: '  --флаг=ЗНАЧЕНИЕ   значение, которое начинается с «-»: --round=-1 или --round -- "-1 срез"; «--» отдельно — конец параметров',
    exit: 'Коды выхода: 0 — готово, 1 — готово, есть ошибки или предупреждения (check), 2 — неверные входные данные.',
  },
  en: {
    title: "Кластер — the add-on's actions without a browser",
    use: 'Usage: npx klaster <command> <book.xlsx> [-o result.xlsx] [--json]',
    commands: 'Commands:',
    options: 'Options:',
    values: '  --flag=VALUE      a value starting with «-»: --round=-1 or --round -- "-1 round"; a lone «--» ends the options',
    exit: 'Exit codes: 0 done, 1 done with errors or warnings (check), 2 bad input.',
  },
};
