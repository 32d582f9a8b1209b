/**
 * What every CLI command shares: the context, typed calls of the server's endpoints (the same names, payloads
 * and replies the sidebars use, checked by tsc), the findings printout, and «built» commands that write sheets.
 */
import type { Finding, Severity } from '../../core/table/findings';
import type { DataOf, EndpointName, PayloadOf } from '../../server/api';
import { run } from '../client';
import type { Session } from '../emulator';
import { CliError } from './cli-error';
import type { CliArgs, CliFlag } from './flags';

export interface CommandContext {
  session: Session;
  args: CliArgs;
  out: (line: string) => void;
  /** `check`: the `--columns` names some job took (a name no job takes is an error). */
  choiceTaken?: string[];
}

export interface Command {
  name: string;
  synopsis: string;
  summary: { ru: string; en: string };
  run(context: CommandContext): Promise<number> | number;
}

/** Findings of one sheet (or one table) as a job reports them for `klaster check`. */
export interface CheckedSheet {
  /** What was checked, as the user names it: «План 2022-2023», «Бюджет: таблица 1». */
  title: string;
  /** A one-line summary, e.g. «мероприятий 33». */
  summary: string;
  findings: (Pick<Finding, 'cell' | 'severity' | 'message' | 'suggestion'> & { sheet: string })[];
}

/**
 * A job's part of `klaster check`: its findings on every sheet it recognises. An empty list when the book
 * has none of its tables; a CliError only for the user's bad input.
 */
export type CheckSection = (context: CommandContext) => CheckedSheet[];

/**
 * A job in the CLI: each src/local/cli/<job>-commands.ts exports `JOB: CliJob`, and commands.ts finds them from
 * the files (so a new job edits no list there): its commands for the help and the command line, its part of
 * `klaster check` with what it checks in words («планы» / «plans»), and its own flags.
 */
export interface CliJob {
  /** Where the job stands in the help and in `check`: smaller first (plan 10, people 20, budget 30, checklist 40). */
  order: number;
  commands: readonly Command[];
  check?: { section: CheckSection; checks: { ru: string; en: string } };
  /** Its own flags (`--month`), listed in the help after the shared ones, in the jobs' order; args.ts reads them. */
  flags?: readonly CliFlag[];
}

/** Calls a server endpoint as google.script.run does; a reply with an error is the user's bad input. */
export function call<K extends EndpointName>(session: Session, name: K, ...args: PayloadOf<K>): DataOf<K> {
  const reply = run(session, name, ...args);
  if (!reply.ok) throw new CliError(reply.error);
  return reply.data;
}

/** The same call, for a job whose tables the book may simply not have: null instead of an error. */
export function tryCall<K extends EndpointName>(session: Session, name: K, ...args: PayloadOf<K>): DataOf<K> | null {
  const reply = run(session, name, ...args);
  return reply.ok ? reply.data : null;
}

export const TEXTS = {
  ru: {
    severity: { error: 'ошибка', warning: 'внимание', info: 'сведения' } as Record<Severity, string>,
    findings: (n: number) => `замечаний ${n}`,
    nothingToCheck:
      'В книге не найден ни один календарный план (столбцы «Мероприятие» и «Сроки»), столбец ответственных, бюджет или чек-лист — проверять нечего.',
    notSaved: 'Книга не сохранена: укажите -o результат.xlsx',
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    findings: (n: number) => `${n} finding${n === 1 ? '' : 's'}`,
    nothingToCheck:
      'The book has no calendar plan (columns «Мероприятие» and «Сроки»), responsible column, budget or checklist: nothing to check.',
    notSaved: 'The book was not saved: give -o result.xlsx',
  },
};

export function cliTexts(args: CliArgs) {
  return TEXTS[args.locale];
}

/** Prints what `check` found, sheet by sheet; exit 1 when anything is an error or a warning. */
export function printChecked(context: CommandContext, checked: CheckedSheet[]): number {
  const { args, out } = context;
  const t = cliTexts(args);
  const flat = checked.flatMap((c) => c.findings);
  if (!checked.length) throw new CliError(t.nothingToCheck);
  if (args.json) out(JSON.stringify(flat, null, 2));
  else {
    for (const c of checked) {
      out(`${c.title}: ${c.summary}, ${t.findings(c.findings.length)}`);
      for (const f of c.findings)
        out(`  ${f.cell.padEnd(6)} ${t.severity[f.severity].padEnd(9)} ${f.message}${f.suggestion ? ` ${f.suggestion}` : ''}`);
    }
  }
  return flat.some((f) => f.severity !== 'info') ? 1 : 0;
}

export interface Built {
  sheet: string;
  message: string;
}

/** A command that builds sheets: prints each message, and says so when nothing will be saved. */
export function builder(name: string, synopsis: string, summary: Command['summary'], build: (c: CommandContext) => Built[]): Command {
  return {
    name,
    synopsis,
    summary,
    run(context) {
      const built = build(context);
      const { args, out } = context;
      if (args.json) out(JSON.stringify({ built, output: args.output ?? null }, null, 2));
      else {
        for (const b of built) out(b.message);
        if (!args.output) out(cliTexts(args).notSaved);
      }
      return 0;
    },
  };
}
