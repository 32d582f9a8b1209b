/** The CLI commands: each calls the server function the sidebar calls, and prints its reply. */
import type { Session } from '../emulator';
import type { CliArgs } from './args';
import { CliError } from './args';

export interface CommandContext {
  session: Session;
  args: CliArgs;
  out: (line: string) => void;
}

export interface Command {
  name: string;
  synopsis: string;
  summary: string;
  run(context: CommandContext): Promise<number> | number;
}

type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

interface Finding { cell: string; severity: 'error' | 'warning' | 'info'; code: string; message: string; suggestion?: string }
interface SheetFindings { sheet: string; findings: Finding[]; rows: number }
interface Built { sheet: string; rows: number; message: string }

/** Calls a server function as google.script.run does; a reply with an error is the user's bad input. */
function call<T>(session: Session, name: string, payload: unknown): T {
  const reply = session.run(name, payload) as Reply<T>;
  if (!reply.ok) throw new CliError(reply.error);
  return reply.data;
}

const SEVERITY: Record<Finding['severity'], string> = { error: 'ошибка', warning: 'внимание', info: 'сведения' };

const check: Command = {
  name: 'check',
  synopsis: 'check <книга.xlsx>',
  summary: 'проверить календарные планы (код 1 — есть ошибки или предупреждения)',
  run({ session, args, out }) {
    const results = call<SheetFindings[]>(session, 'planCheck', { ...(args.sheet ? { sheet: args.sheet } : {}), limit: 1_000_000 });
    const flat = results.flatMap((r) => r.findings.map((f) => ({ sheet: r.sheet, ...f })));
    if (args.json) out(JSON.stringify(flat, null, 2));
    else {
      for (const r of results) {
        out(`${r.sheet}: мероприятий ${r.rows}, замечаний ${r.findings.length}`);
        for (const f of r.findings) out(`  ${f.cell.padEnd(6)} ${SEVERITY[f.severity].padEnd(9)} ${f.message}${f.suggestion ? ` ${f.suggestion}` : ''}`);
      }
    }
    return flat.some((f) => f.severity !== 'info') ? 1 : 0;
  },
};

function builder(name: string, synopsis: string, summary: string, build: (c: CommandContext) => Built[]): Command {
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
        if (!args.output) out('Книга не сохранена: укажите -o результат.xlsx');
      }
      return 0;
    },
  };
}

const sheetPayload = (args: CliArgs) => (args.sheet ? { sheet: args.sheet } : {});
const monthPayload = (args: CliArgs) => ({ ...sheetPayload(args), ...(args.month ? { month: args.month } : {}) });

/** The plan sheet to use when none is named: the first sheet that looks like a plan. */
function defaultSheet(session: Session, args: CliArgs): CliArgs {
  if (args.sheet) return args;
  const results = call<SheetFindings[]>(session, 'planCheck', {});
  return { ...args, sheet: results[0]!.sheet };
}

const calendar = builder('calendar', 'calendar <книга.xlsx> -o <результат.xlsx>', 'построить листы «Календарь» и «План на месяц»', ({ session, args }) => {
  const a = defaultSheet(session, args);
  return [call<Built>(session, 'planBuildCalendar', sheetPayload(a)), call<Built>(session, 'planMonthAgenda', monthPayload(a))];
});

const agenda = builder('agenda', 'agenda <книга.xlsx> -o <результат.xlsx>', 'только «План на месяц» (--month ГГГГ-ММ)', ({ session, args }) => [
  call<Built>(session, 'planMonthAgenda', monthPayload(defaultSheet(session, args))),
]);

export const COMMANDS: Command[] = [check, calendar, agenda];
