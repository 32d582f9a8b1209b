/**
 * `npx klaster` as a user runs it: a fresh node process over bin/klaster.mjs, which bundles the CLI into
 * .cache/cli (once, and again when a source is newer) and runs the bundle. The help needs no emulator: its
 * chunk is not loaded (the CPU time is a bench figure, not a test).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../src/local/paths';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'klaster.mjs'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });

describe('bin/klaster.mjs', () => {
  it('prints the help from the bundle, which keeps the emulator in a chunk of its own', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Кластер — действия надстройки без браузера/);
    const files = readdirSync(join(ROOT, '.cache', 'cli'));
    expect(files).toContain('main.mjs');
    expect(files.some((f) => f.startsWith('execute-'))).toBe(true);
  });

  it('runs a command: a missing book is one Russian line and exit 2', () => {
    const r = run('check', 'нет-такой-книги.xlsx');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/нет-такой-книги\.xlsx/);
    expect(existsSync(join(ROOT, '.cache', 'cli', 'main.mjs'))).toBe(true);
  });
});
