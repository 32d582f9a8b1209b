/** `klaster --help`: the texts and the flags of args.ts round the list of commands (here, so args.ts need not import the commands). */
import { flagHelp, USAGE } from './args';
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
    ...flagHelp(locale),
    '',
    t.exit,
  ].join('\n');
}
