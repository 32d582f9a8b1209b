/** Command-line arguments of `klaster`. */
import { isTimeZone } from '../emulator/zones';
import { cliMessages, localeOf, MONTH_YEARS, ROUND_NAME_LIMIT, SHEET_NAME_LIMIT } from './messages';

import { CliError } from './cli-error';
import { parseColumnsFlag, parseHeaderRowFlag, parseYearFlag, type CliChoice } from './table-choice';

export { CliError } from './cli-error';

export interface CliArgs {
  command?: string;
  input?: string;
  output?: string;
  json: boolean;
  help: boolean;
  sheet?: string;
  month?: string;
  /** `monitoring`: the name of the round to record. */
  round?: string;
  /** `monitoring`: where to write the analytical note (.md or .docx). */
  note?: string;
  locale: 'ru' | 'en';
  /** The spreadsheet's time zone (IANA); .xlsx keeps none, so by default the script's, Europe/Moscow. */
  timeZone?: string;
  /** The column form's choices (`--header-row`, `--columns`, `--period`, `--year`, `--unit`). */
  choice: CliChoice;
  /** `template`: replace an existing template (it is kept under another name). */
  replace?: boolean;
  /** `import`: the workbook the sheets are added to (a copy of it goes to -o). */
  into?: string;
  /** `import`: append the proposed «Участники». */
  roster?: boolean;
}

const VALUE_FLAGS = new Set([
  '-o',
  '--out',
  '--sheet',
  '--month',
  '--locale',
  '--tz',
  '--round',
  '--note',
  '--header-row',
  '--columns',
  '--period',
  '--year',
  '--unit',
  '--into',
]);
const BOOLEAN_FLAGS = new Set(['--help', '-h', '--json', '--replace', '--roster']);

/**
 * The command line. A value follows its option (`--round "Входной"`), after «=» (`--round=-1`), or after «--»
 * (`--round -- "-1 срез"`): a value that starts with «-» needs one of the last two. A «--» anywhere else ends
 * the options (`check -- -книга.xlsx`). Every message is in the user's language and quotes at most ~100
 * characters of an argument.
 */
export function parseArgs(argv: string[]): CliArgs {
  const locale = localeOf(argv);
  const m = cliMessages(locale);
  const args: CliArgs = { json: false, help: false, locale, choice: {} };
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
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (BOOLEAN_FLAGS.has(flag)) {
      if (eq > 0) throw new CliError(m.noValueTaken(flag));
      if (flag === '--json') args.json = true;
      else if (flag === '--replace') args.replace = true;
      else if (flag === '--roster') args.roster = true;
      else args.help = true;
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) throw new CliError(m.unknownFlag(flag));
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else if (argv[i + 1] === '--') {
      value = argv[i + 2];
      i += 2;
    } else {
      value = argv[++i];
      if (value !== undefined && value.startsWith('-')) throw new CliError(m.needsValue(flag));
    }
    if (value === undefined) throw new CliError(m.needsValue(flag));
    setValue(args, flag, value, m);
  }
  [args.command, args.input] = positional;
  if (positional.length > 2) throw new CliError(m.extraArgs(positional.slice(2).join(' ')));
  return args;
}

function setValue(args: CliArgs, flag: string, value: string, m: ReturnType<typeof cliMessages>): void {
  if (value.trim() === '' && flag !== '--round') throw new CliError(m.emptyValue(flag));
  switch (flag) {
    case '-o':
    case '--out':
      args.output = value;
      return;
    case '--note':
      args.note = value;
      return;
    case '--into':
      args.into = value;
      return;
    case '--sheet':
      if (value.length > SHEET_NAME_LIMIT) throw new CliError(m.longSheet(value));
      args.sheet = value;
      return;
    case '--round':
      if (value.trim() === '') throw new CliError(m.emptyValue(flag));
      if (value.length > ROUND_NAME_LIMIT) throw new CliError(m.longRound(value));
      args.round = value;
      return;
    case '--month':
      if (!isMonthArg(value)) throw new CliError(m.badMonth(value));
      args.month = value;
      return;
    case '--tz':
      if (value.length > 64 || !isTimeZone(value)) throw new CliError(m.badZone(value));
      args.timeZone = value;
      return;
    case '--locale':
      if (value !== 'en' && value !== 'ru') throw new CliError(m.badLocale(value));
      args.locale = value;
      return;
    case '--header-row':
      args.choice.headerRow = parseHeaderRowFlag(value);
      return;
    case '--columns':
      args.choice.columns = parseColumnsFlag(value);
      return;
    case '--period':
      args.choice.period = value.slice(0, 200);
      return;
    case '--year':
      args.choice.year = parseYearFlag(value);
      return;
    case '--unit':
      args.choice.unit = value.slice(0, 40);
      return;
  }
}

/** «2024-03»: a month of a year from 1900 to 2100. */
export function isMonthArg(value: string): boolean {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return !!match && Number(match[1]) >= MONTH_YEARS.min && Number(match[1]) <= MONTH_YEARS.max;
}

/** The help's texts; usage.ts puts them round the list of commands. */
export const USAGE = {
  ru: {
    title: 'Кластер — действия надстройки без браузера',
    use: 'Использование: npx klaster <команда> <книга.xlsx> [-o результат.xlsx] [--json]',
    commands: 'Команды:',
    options: 'Параметры:',
    list: [
      '  -o, --out ФАЙЛ    сохранить книгу с результатом (исходная книга не меняется)',
      '  --sheet ЛИСТ      лист (по умолчанию — все подходящие листы)',
      '  --month ГГГГ-ММ   месяц для плана на месяц (по умолчанию — следующий в пределах плана)',
      '  --round НАЗВАНИЕ  monitoring: зафиксировать срез с этим названием',
      '  --note ФАЙЛ       monitoring: аналитическая справка в .md или .docx',
      '  --header-row N    строка заголовков таблицы (1, 2, …; 0 — строки заголовков нет)',
      '  --columns СПИСОК  какой столбец чем считать: "Сроки=C,Ответственные=E" (буква «-» — такого столбца нет)',
      '  --period ТЕКСТ    период плана, если в нём нет года: "2024/2025 учебный год"',
      '  --year ГГГГ       год бюджета из одного года, если его нет в таблице',
      '  --unit ЕДИНИЦА    единица сумм бюджета: руб., тыс. руб., млн руб.',
      '  --replace         template: заменить имеющийся шаблон (прежний остаётся под другим именем)',
      '  --into КНИГА      import: добавить листы в копию этой книги (сама книга не меняется)',
      '  --roster          import: дописать предложенных «Участников»',
      '  --json            вывод в JSON',
      '  --locale en       сообщения на английском',
      '  --tz ПОЯС         часовой пояс таблицы, например Asia/Vladivostok (по умолчанию Europe/Moscow)',
      '  --флаг=ЗНАЧЕНИЕ   значение, которое начинается с «-»: --round=-1 или --round -- "-1 срез"; «--» отдельно — конец параметров',
    ],
    exit: 'Коды выхода: 0 — готово, 1 — готово, есть ошибки или предупреждения (check), 2 — неверные входные данные.',
  },
  en: {
    title: "Кластер — the add-on's actions without a browser",
    use: 'Usage: npx klaster <command> <book.xlsx> [-o result.xlsx] [--json]',
    commands: 'Commands:',
    options: 'Options:',
    list: [
      '  -o, --out FILE    save the book with the result (the input is never changed)',
      '  --sheet SHEET     one sheet (default: every sheet that fits)',
      '  --month YYYY-MM   the month of the month agenda (default: the next one within the plan)',
      '  --round NAME      monitoring: record a round under this name',
      '  --note FILE       monitoring: the analytical note as .md or .docx',
      "  --header-row N    the table's header row (1, 2, …; 0: no header row)",
      '  --columns LIST    which column is which: "Сроки=C,Ответственные=E" (letter «-»: no such column)',
      '  --period TEXT     the plan\'s period when it states no year: "2024/2025 учебный год"',
      '  --year YYYY       the year of a one-year budget that does not state it',
      "  --unit UNIT       the budget's money unit: руб., тыс. руб., млн руб.",
      '  --replace         template: replace the existing template (the previous one is kept under another name)',
      '  --into BOOK       import: add the sheets to a copy of this book (the book itself is not changed)',
      '  --roster          import: append the proposed «Участники»',
      '  --json            JSON output',
      '  --locale en       messages in English',
      "  --tz ZONE         the spreadsheet's time zone, e.g. Asia/Vladivostok (default Europe/Moscow)",
      '  --flag=VALUE      a value starting with «-»: --round=-1 or --round -- "-1 round"; a lone «--» ends the options',
    ],
    exit: 'Exit codes: 0 done, 1 done with errors or warnings (check), 2 bad input.',
  },
};
