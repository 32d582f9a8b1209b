/** Command-line arguments of `klaster`. */
import { isTimeZone } from '../emulator/zones';
import { COMMANDS } from './commands';

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
}

const VALUE_FLAGS = new Set(['-o', '--out', '--sheet', '--month', '--locale', '--tz', '--round', '--note', '--header-row', '--columns', '--period', '--year', '--unit']);

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { json: false, help: false, locale: 'ru', choice: {} };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--json') args.json = true;
    else if (a === '--replace') args.replace = true;
    else if (VALUE_FLAGS.has(a)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) throw new CliError(`После ${a} нужно значение`);
      if (a === '-o' || a === '--out') args.output = value;
      else if (a === '--sheet') args.sheet = value;
      else if (a === '--month') args.month = value;
      else if (a === '--round') args.round = value;
      else if (a === '--note') args.note = value;
      else if (a === '--header-row') args.choice.headerRow = parseHeaderRowFlag(value);
      else if (a === '--columns') args.choice.columns = parseColumnsFlag(value);
      else if (a === '--period') args.choice.period = value.slice(0, 200);
      else if (a === '--year') args.choice.year = parseYearFlag(value);
      else if (a === '--unit') args.choice.unit = value.slice(0, 40);
      else if (a === '--tz') {
        if (!isTimeZone(value)) throw new CliError(`Часовой пояс: имя IANA, например Asia/Vladivostok или Europe/Kaliningrad, а не «${value}»`);
        args.timeZone = value;
      }
      else if (value === 'en' || value === 'ru') args.locale = value;
      else throw new CliError(`Язык: ru или en, а не «${value}»`);
    } else if (a.startsWith('-')) throw new CliError(`Неизвестный параметр ${a}. Справка: npx klaster --help`);
    else positional.push(a);
  }
  [args.command, args.input] = positional;
  if (positional.length > 2) throw new CliError(`Лишние аргументы: ${positional.slice(2).join(' ')}`);
  return args;
}

const USAGE = {
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
      '  --json            вывод в JSON',
      '  --locale en       сообщения на английском',
      '  --tz ПОЯС         часовой пояс таблицы, например Asia/Vladivostok (по умолчанию Europe/Moscow)',
    ],
    exit: 'Коды выхода: 0 — готово, 1 — готово, есть ошибки или предупреждения (check), 2 — неверные входные данные.',
  },
  en: {
    title: 'Кластер — the add-on\'s actions without a browser',
    use: 'Usage: npx klaster <command> <book.xlsx> [-o result.xlsx] [--json]',
    commands: 'Commands:',
    options: 'Options:',
    list: [
      '  -o, --out FILE    save the book with the result (the input is never changed)',
      '  --sheet SHEET     one sheet (default: every sheet that fits)',
      '  --month YYYY-MM   the month of the month agenda (default: the next one within the plan)',
      '  --round NAME      monitoring: record a round under this name',
      '  --note FILE       monitoring: the analytical note as .md or .docx',
      '  --header-row N    the table\'s header row (1, 2, …; 0: no header row)',
      '  --columns LIST    which column is which: "Сроки=C,Ответственные=E" (letter «-»: no such column)',
      '  --period TEXT     the plan\'s period when it states no year: "2024/2025 учебный год"',
      '  --year YYYY       the year of a one-year budget that does not state it',
      '  --unit UNIT       the budget\'s money unit: руб., тыс. руб., млн руб.',
      '  --replace         template: replace the existing template (the previous one is kept under another name)',
      '  --json            JSON output',
      '  --locale en       messages in English',
      '  --tz ZONE         the spreadsheet\'s time zone, e.g. Asia/Vladivostok (default Europe/Moscow)',
    ],
    exit: 'Exit codes: 0 done, 1 done with errors or warnings (check), 2 bad input.',
  },
};

export function usage(locale: 'ru' | 'en' = 'ru'): string {
  const t = USAGE[locale];
  const width = Math.max(...COMMANDS.map((c) => c.synopsis.length));
  return [
    t.title,
    '',
    t.use,
    '',
    t.commands,
    ...COMMANDS.map((c) => `  ${c.synopsis.padEnd(width)}  ${c.summary[locale]}`),
    '',
    t.options,
    ...t.list,
    '',
    t.exit,
  ].join('\n');
}
