/**
 * The CLI's commands, joined from the jobs found from the files (src/local/cli/<job>-commands.ts, each exporting
 * `JOB`): `check` runs every job's check section; each job adds its own commands. Each command calls the same
 * server endpoints the sidebars call.
 */
import { CliError } from './cli-error';
import { printChecked, type Command } from './command';
import { JOBS } from './jobs';
import { unknownColumns } from './table-choice';

export type { Command, CommandContext } from './command';

/** Every job's part of `klaster check`, in menu order. */
const CHECKS = JOBS.flatMap((j) => (j.check ? [j.check] : []));

/** «планы, бюджеты и чек-листы». */
function listed(words: string[], and: string): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}` : words.join('');
}

const check: Command = {
  name: 'check',
  synopsis: 'check <книга.xlsx>',
  summary: {
    ru: `проверить ${listed(
      CHECKS.map((c) => c.checks.ru),
      'и',
    )} (код 1 — есть ошибки или предупреждения)`,
    en: `check ${listed(
      CHECKS.map((c) => c.checks.en),
      'and',
    )} (exit 1: errors or warnings found)`,
  },
  run: (context) => {
    const taken: string[] = [];
    const checked = CHECKS.flatMap((c) => c.section({ ...context, choiceTaken: taken }));
    const left = (context.args.choice.columns ?? []).map(([name]) => name).filter((n) => !taken.includes(n));
    if (left.length) throw new CliError(unknownColumns(left, context.args.locale));
    return printChecked(context, checked);
  },
};

export const COMMANDS: Command[] = [check, ...JOBS.flatMap((j) => j.commands)];
