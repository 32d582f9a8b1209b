/**
 * npx klaster <command> <in.xlsx> [-o out.xlsx] [--json]: the add-on's actions without a browser.
 * Each command runs the same server function the sidebar and the menu run, in the emulator over dist/Code.js.
 * Exit codes: 0 done, 1 done with findings (check), 2 bad input.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createSession, DEFAULT_TIME_ZONE, ScriptRunError, WorkbookError, type Session } from '../emulator';
import { ensureFreshDist } from '../fresh-dist';
import { CODE_PATH, DIST } from '../paths';
import { COMMANDS, type CommandContext } from './commands';
import { CliError, parseArgs, usage } from './args';
import { checkOutput, writeAtomically } from './output';

export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help || !args.command) {
      out(usage(args.locale));
      return args.help ? 0 : 2;
    }
    const command = COMMANDS.find((c) => c.name === args.command);
    if (!command) throw new CliError(`Неизвестная команда «${args.command}». Список команд: npx klaster --help`);
    if (!args.input) throw new CliError(`Укажите книгу: npx klaster ${command.name} <книга.xlsx>`);
    const input = resolve(args.input);
    if (!existsSync(input)) throw new CliError(`Файл не найден: ${args.input}`);
    const output = args.output;
    if (output) checkOutput(input, output);
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
    if (output && !args.json) out(`Сохранено: ${output}`);
    return code;
  } catch (err) {
    if (err instanceof CliError || err instanceof WorkbookError) {
      console.error(err.message);
      return 2;
    }
    if (err instanceof ScriptRunError) {
      console.error(`Надстройка не смогла выполнить команду: ${err.message}`);
      return 2;
    }
    console.error(`Непредвиденная ошибка: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}

if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) {
  process.env.TZ = DEFAULT_TIME_ZONE; // the process plays the script's zone (see the emulator README)
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
