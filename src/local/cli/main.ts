/**
 * npx klaster <command> <in.xlsx> [-o out.xlsx] [--json]: the add-on's actions without a browser.
 * Each command runs the same server function the sidebar and the menu run, in the emulator over dist/Code.js.
 * Exit codes: 0 done, 1 done with findings (check), 2 bad input.
 *
 * Only the arguments, the help and the commands' names are loaded up front; the emulator and everything it
 * needs (the .xlsx reader, the formula engine) come with the first command that runs (./execute).
 */
import { checkFlagsOf, CliError, parseArgs } from './args';
import { usage } from './usage';
import { COMMANDS } from './commands';
import { DEFAULT_TIME_ZONE } from '../emulator/zones';
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
    checkFlagsOf(args, command.name);
    if ('standalone' in command) return await (command as import('./import-commands').StandaloneCommand).standalone(args, out);
    const { execute } = await import('./execute');
    return await execute(command, args, out);
  } catch (err) {
    console.error(oneLine(errorMessage(err, m)));
    return 2;
  }
}

/** What the user reads for an error: one line in their language, never a stack trace. */
function errorMessage(err: unknown, m: ReturnType<typeof cliMessages>): string {
  const name = err instanceof Error ? err.name : '';
  if (err instanceof CliError || name === 'WorkbookError') return (err as Error).message;
  if (name === 'ScriptRunError') return m.addOnFailed((err as Error).message);
  const code = (err as { code?: string } | null)?.code;
  const path = (err as { path?: string } | null)?.path;
  if (code && path && m.fsReasons[code]) return m.notWritten(path, m.fsReasons[code]!);
  return m.unexpected(err instanceof Error ? err.message : String(err));
}

if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.env.TZ = DEFAULT_TIME_ZONE; // the process plays the script's zone (see the emulator README)
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
