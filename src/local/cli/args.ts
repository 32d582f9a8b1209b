/** Command-line arguments of `klaster`. */
import { isTimeZone } from '../emulator/zones';
import { COMMANDS } from './commands';

export class CliError extends Error {}

export interface CliArgs {
  command?: string;
  input?: string;
  output?: string;
  json: boolean;
  help: boolean;
  sheet?: string;
  month?: string;
  locale: 'ru' | 'en';
  /** The spreadsheet's time zone (IANA); .xlsx keeps none, so by default the script's, Europe/Moscow. */
  timeZone?: string;
}

const VALUE_FLAGS = new Set(['-o', '--out', '--sheet', '--month', '--locale', '--tz']);

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { json: false, help: false, locale: 'ru' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--json') args.json = true;
    else if (VALUE_FLAGS.has(a)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) throw new CliError(`После ${a} нужно значение`);
      if (a === '-o' || a === '--out') args.output = value;
      else if (a === '--sheet') args.sheet = value;
      else if (a === '--month') args.month = value;
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

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.synopsis.length));
  return [
    'Кластер — действия надстройки без браузера',
    '',
    'Использование: npx klaster <команда> <книга.xlsx> [-o результат.xlsx] [--json]',
    '',
    'Команды:',
    ...COMMANDS.map((c) => `  ${c.synopsis.padEnd(width)}  ${c.summary}`),
    '',
    'Параметры:',
    '  -o, --out ФАЙЛ    сохранить книгу с результатом (исходная книга не меняется)',
    '  --sheet ЛИСТ      лист с планом (по умолчанию — все листы с планами или активный)',
    '  --month ГГГГ-ММ   месяц для плана на месяц (по умолчанию — следующий)',
    '  --json            вывод в JSON',
    '  --locale en       сообщения на английском',
    '  --tz ПОЯС         часовой пояс таблицы, например Asia/Vladivostok (по умолчанию Europe/Moscow)',
    '',
    'Коды выхода: 0 — готово, 1 — готово, есть замечания (check), 2 — неверные входные данные.',
  ].join('\n');
}
