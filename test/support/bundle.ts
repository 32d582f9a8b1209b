/** The built bundle, built once per test run (vitest globalSetup would be overkill: build takes ~0.3 s). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { buildAll } from '../../scripts/build';
import { createSession, type Session, type WorkbookSpec } from '../../src/local/emulator';
import { CODE_PATH, DIST, ROOT } from '../../src/local/paths';
import { join } from 'node:path';

let built: Promise<void> | undefined;

/** Builds dist/ unless it is newer than every source file the test run started with. */
export function ensureBuilt(): Promise<void> {
  built ??= (async () => {
    if (!existsSync(CODE_PATH) || statSync(CODE_PATH).mtimeMs < statSync(join(ROOT, 'src')).mtimeMs) await buildAll();
  })();
  return built;
}

export async function bundleCode(): Promise<string> {
  await ensureBuilt();
  return readFileSync(CODE_PATH, 'utf8');
}

/** A session over a workbook given as a spec, on a fixed "today" unless told otherwise. */
export async function sessionOver(
  workbook: WorkbookSpec | string,
  options: { now?: Date; locale?: 'ru' | 'en' } = {},
): Promise<Session> {
  const code = await bundleCode();
  const now = options.now ?? new Date(2024, 2, 15, 10, 0, 0);
  return createSession({ code, workbook, htmlDir: DIST, now: () => now, locale: options.locale ?? 'ru' });
}

/** A one-sheet workbook spec. */
export function oneSheet(name: string, rows: unknown[][]): WorkbookSpec {
  return { sheets: [{ name, rows: rows as WorkbookSpec['sheets'][number]['rows'] }] };
}
