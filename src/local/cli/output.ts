/**
 * Where a result workbook may go, and writing it so that a failure leaves nothing half-written:
 * the file is written next to its target under a temporary name, then renamed over it.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync, renameSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './args';

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The canonical path of a file that may not exist yet: its folder resolved through links. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/**
 * Refuses an output that would replace the input (the same path, another path to it, a symbolic or a
 * hard link), an output that is a folder, and an output whose folder does not exist. Runs before any work.
 */
export function checkOutput(input: string, output: string): void {
  const folder = dirname(resolve(output));
  const folderStat = statOrUndefined(folder);
  if (!folderStat) throw new CliError(`Папка для результата не найдена: ${folder}`);
  if (!folderStat.isDirectory()) throw new CliError(`Папка для результата — не папка: ${folder}`);
  const target = statOrUndefined(output);
  if (target?.isDirectory()) throw new CliError(`Результат нельзя записать: ${output} — это папка. Укажите имя файла, например ${join(output, 'результат.xlsx')}`);
  const source = statOrUndefined(input);
  const sameFile = target && source && target.dev === source.dev && target.ino === source.ino;
  if (sameFile || canonical(input) === canonical(output)) {
    throw new CliError(`Результат нельзя записать поверх исходной книги (${output}): укажите другой файл, исходная книга не меняется`);
  }
}

/**
 * Writes `target` through `write(tmp)` on a temporary file in the same folder, then renames it over
 * the target in one step. If writing fails, the temporary file is removed and the target stays as it was.
 */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const full = resolve(target);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, full);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    // a message about the temporary file names the file the user asked for
    if (err instanceof Error) err.message = err.message.split(tmp).join(full);
    throw err;
  }
}
