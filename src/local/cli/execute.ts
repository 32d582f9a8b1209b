/**
 * Running one command: the book read into the emulator over dist/Code.js (rebuilt first when its sources are
 * newer), the command run, the result saved. Loaded only when a command runs (`klaster --help` never loads the
 * emulator, the .xlsx reader or the formula engine).
 */
import { resolve } from 'node:path';
import { createSession, type Session } from '../emulator';
import { ensureFreshDist } from '../fresh-dist';
import { CODE_PATH, DIST } from '../paths';
import type { CliArgs } from './flags';
import { CliError } from './cli-error';
import type { Command, CommandContext } from './command';
import { checkOutputs, isFile, writeAtomically, type OutputPath } from './output';
import { cliMessages } from './messages';

export async function execute(command: Command, args: CliArgs, out: (line: string) => void): Promise<number> {
  const m = cliMessages(args.locale);
  if (!args.input) throw new CliError(m.needsBook(command.name));
  const input = resolve(args.input);
  if (!isFile(input)) throw new CliError(m.notFound(args.input));
  const output = args.output;
  const outputs: OutputPath[] = [...(output ? [{ flag: '-o', path: output }] : []), ...args.outputs];
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
}
