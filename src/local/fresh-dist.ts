/**
 * The CLI and the playground run dist/Code.js; a dist/ older than the sources would run yesterday's add-on.
 * ensureFreshDist rebuilds it when any source it is made from is newer (or it is missing).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build';
import { CODE_PATH, ROOT } from './paths';

/** Folders and files dist/ is built from. */
const SOURCES = ['src/server', 'src/core', 'src/ui', 'src/local/build.ts', 'appsscript.json', 'package.json'];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/Code.js is missing or older than a source it is built from. */
export function distIsStale(root = ROOT, code = CODE_PATH): boolean {
  if (!existsSync(code)) return true;
  const built = statSync(code).mtimeMs;
  return SOURCES.some((s) => existsSync(join(root, s)) && newestMtime(join(root, s)) > built);
}

/** Rebuilds dist/ when it is stale; returns whether it did. */
export async function ensureFreshDist(): Promise<boolean> {
  if (!distIsStale()) return false;
  await buildAll();
  return true;
}
