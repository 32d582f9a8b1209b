/**
 * npx klaster <command> <in.xlsx> [-o out.xlsx] [--json]: the add-on's actions without a browser.
 * Each command runs the same server function the sidebar and the menu run, in the emulator over dist/Code.js.
 * Exit codes: 0 done, 1 done with findings (check), 2 bad input.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSession, DEFAULT_TIME_ZONE, ScriptRunError, WorkbookError, type Session } from '../emulator';
import { ensureFreshDist } from '../fresh-dist';
import { CODE_PATH, DIST } from '../paths';
import { COMMANDS, type CommandContext } from './commands';
import { CliError, parseArgs, usage } from './args';
import { checkOutputs, writeAtomically, type OutputPath } from './output';
import { cliMessages, localeOf, oneLine } from './messages';

export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  let m = cliMessages(localeOf(argv));
  try {
    const args = parseArgs(argv);
    m = cliMessages(args.locale);
    if (args.help || !args.command) {
      out(usage(args.locale));
      return args.help ? 0 : 2;
    }
    const command = COMMANDS.find((c) => c.name === args.command);
    if (!command) throw new CliError(m.unknownCommand(args.command));
    if (!args.input) throw new CliError(m.needsBook(command.name));
    const input = resolve(args.input);
    if (!isFile(input)) throw new CliError(m.notFound(args.input));
    const output = args.output;
    const outputs: OutputPath[] = [...(output ? [{ flag: '-o' as const, path: output }] : []), ...(args.note ? [{ flag: '--note' as const, path: args.note }] : [])];
    checkOutputs(input, outputs, args.locale);
    await ensureFreshDist();
    const session: Session = await createSession({
      codeFile: CODE_PATH,
      workbook: input,
      htmlDir: DIST,
      locale: args.locale,
      ...(args.timeZone ? { spreadsheetTimeZone: args.timeZone } : {}),
    });
    // what the command prints waits until the result is saved: nothing reads as done before it is
    const lines: string[] = [];
    const context: CommandContext = { session, args, out: (line) => lines.push(line) };
    const code = await command.run(context);
    if (output) await writeAtomically(output, (tmp) => session.save(tmp));
    for (const line of lines) out(line);
    if (output && !args.json) out(m.saved(output));
    return code;
  } catch (err) {
    console.error(oneLine(errorMessage(err, m)));
    return 2;
  }
}

/** What the user reads for an error: one line in their language, never a stack trace. */
function errorMessage(err: unknown, m: ReturnType<typeof cliMessages>): string {
  if (err instanceof CliError || err instanceof WorkbookError) return err.message;
  if (err instanceof ScriptRunError) return m.addOnFailed(err.message);
  const code = (err as { code?: string } | null)?.code;
  const path = (err as { path?: string } | null)?.path;
  if (code && path && m.fsReasons[code]) return m.notWritten(path, m.fsReasons[code]!);
  return m.unexpected(err instanceof Error ? err.message : String(err));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.env.TZ = DEFAULT_TIME_ZONE; // the process plays the script's zone (see the emulator README)
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
