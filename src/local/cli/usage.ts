/** `klaster --help`: the texts of args.ts round the list of commands (here, so args.ts need not import the commands). */
import { USAGE } from './args';
import { COMMANDS } from './commands';

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
