#!/usr/bin/env node
// npx klaster …: the CLI (src/local/cli) bundled by esbuild into .cache/cli/, rebuilt when a source is newer.
// Starting from the bundle costs no TypeScript compile; the heavy parts (emulator, .xlsx, formulas) load in a
// chunk of their own only when a command runs, so `klaster --help` stays well under 0.3 s of CPU.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The emulator's process plays the script's time zone (appsscript.json: Europe/Moscow).
process.env.TZ = 'Europe/Moscow';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// the bundle lives in .cache/: it finds the repository (dist/, appsscript.json) by this, not by its own place
process.env.KLASTER_ROOT ||= root;
const out = join(root, '.cache', 'cli');
const entry = join(out, 'main.mjs');
const SOURCES = ['src', 'package.json', 'appsscript.json', 'bin/klaster.mjs'];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = st.mtimeMs;
  for (const name of readdirSync(path)) n = Math.max(n, newest(join(path, name)));
  return n;
}

function stale() {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  return SOURCES.some((s) => existsSync(join(root, s)) && newest(join(root, s)) > built);
}

if (stale()) {
  const { build } = await import('esbuild');
  // the jobs' commands are found from the files (import.meta.glob in src/local/cli/commands.ts)
  const { globPlugin } = await import(pathToFileURL(join(root, 'src/local/glob-plugin.mjs')).href);
  // built beside, then moved in place: a second klaster started meanwhile never sees half a bundle
  const tmp = `${out}.${process.pid}`;
  await build({
    entryPoints: { main: join(root, 'src/local/cli/main.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    plugins: [globPlugin()],
  });
  rmSync(out, { recursive: true, force: true });
  try {
    renameSync(tmp, out);
  } catch (err) {
    // another klaster put its bundle in place first: use that one
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(entry)) throw err;
  }
}
const { runCli } = await import(pathToFileURL(entry).href);
process.exit(await runCli(process.argv.slice(2)));
