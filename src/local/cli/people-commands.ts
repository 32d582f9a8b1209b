/** The people job in the CLI: its part of `check` (responsible columns and the roster), and `workload`. */
import { builder, call, tryCall, type CheckSection, type CheckedSheet, type Command, type CommandContext } from './command';

/**
 * Every responsible column's findings, and the roster's. An empty responsible cell is left to the plan's own
 * check (its «no responsible» finding names the same cell).
 */
export const peopleCheckSection: CheckSection = ({ session, args }) => {
  const checked = tryCall(session, 'peopleCheck', { ...(args.sheet ? { sheet: args.sheet } : {}), limit: 1_000_000 });
  if (!checked) return [];
  const en = args.locale === 'en';
  const out: CheckedSheet[] = checked.sheets.map((r) => ({
    title: en ? `${r.sheet}: responsible (column ${r.column})` : `${r.sheet}: ответственные (столбец ${r.column})`,
    summary: r.summary,
    findings: r.findings.filter((f) => f.code !== 'empty').map((f) => ({ ...f, sheet: r.sheet })),
  }));
  if (checked.roster.findings.length) {
    out.push({
      title: en ? 'Roster «Участники»' : 'Реестр «Участники»',
      summary: checked.roster.message.replace(/^[^:]+:\s*/, '').replace(/\.$/, ''),
      findings: checked.roster.findings.map((f) => ({ ...f, sheet: 'Участники' })),
    });
  }
  return out;
};

/** The plan sheet to build from: the one named, or the first with a responsible column. */
function planSheet({ session, args }: CommandContext): string {
  if (args.sheet) return args.sheet;
  return call(session, 'peopleCheck', { limit: 1 }).sheets[0]!.sheet;
}

const workload = builder(
  'workload',
  'workload <книга.xlsx> -o <результат.xlsx>',
  { ru: 'построить листы «Нагрузка» и «Матрица ответственности»', en: 'build the «Нагрузка» and «Матрица ответственности» sheets' },
  (context) => {
    const sheet = planSheet(context);
    return [call(context.session, 'peopleWorkload', { sheet }), call(context.session, 'peopleMatrix', { sheet })];
  },
);

export const PEOPLE_COMMANDS: Command[] = [workload];
