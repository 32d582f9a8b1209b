/**
 * Where a result workbook may go, and writing it so that a failure leaves nothing half-written:
 * the file is written next to its target under a temporary name, then renamed over it.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync, renameSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './cli-error';
import type { OutputPath } from './flags';
import { cliMessages, type CliLocale } from './messages';

export type { OutputPath } from './flags';

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

/** True when two paths name one file: the same canonical path, or (both existing) the same device and inode. */
function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  const x = statOrUndefined(a);
  const y = statOrUndefined(b);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Refuses, before any work, an output that would replace the input or another output (however spelled: another
 * relative or absolute spelling, «./», a symbolic or a hard link, a path through a linked folder; whatever the
 * extension), an output that is a folder, and an output whose folder does not exist.
 */
export function checkOutputs(input: string, outputs: readonly OutputPath[], locale: CliLocale = 'ru'): void {
  const m = cliMessages(locale);
  for (const { flag, path, words } of outputs) {
    const named = words?.[locale] ?? m.result;
    const what = named.of;
    const folder = dirname(resolve(path));
    const folderStat = statOrUndefined(folder);
    if (!folderStat) throw new CliError(m.noFolder(what, folder));
    if (!folderStat.isDirectory()) throw new CliError(m.notAFolder(what, folder));
    if (statOrUndefined(path)?.isDirectory()) throw new CliError(m.isFolder(path, join(path, named.example)));
    if (sameFile(input, path)) throw new CliError(m.overInput(named.it, flag, path));
  }
  for (let i = 0; i < outputs.length; i++) {
    for (let j = i + 1; j < outputs.length; j++) {
      if (sameFile(outputs[i]!.path, outputs[j]!.path))
        throw new CliError(m.sameOutputs(outputs[i]!.flag, outputs[j]!.flag, outputs[j]!.path));
    }
  }
}

/** The one output of a command that writes only its workbook (kept for callers of the earlier name). */
export function checkOutput(input: string, output: string, locale: CliLocale = 'ru'): void {
  checkOutputs(input, [{ flag: '-o', path: output }], locale);
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
    if (err instanceof Error) {
      err.message = err.message.split(tmp).join(full);
      if ((err as { path?: string }).path === tmp) (err as { path?: string }).path = full;
    }
    throw err;
  }
}

/** Whether `path` names an existing file (not a folder); false for anything that cannot be read. */
export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
