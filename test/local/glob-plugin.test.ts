/** src/local/glob-plugin.mjs: import.meta.glob as the esbuild bundles (Code.js, the CLI) see it. */
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { globFiles, globPlugin, rewriteGlobs } from '../../src/local/glob-plugin.mjs';
import { ROOT } from '../../src/local/paths';

const SERVER = join(ROOT, 'src', 'server');

describe('import.meta.glob for esbuild', () => {
  it('a pattern matches the files of every folder, sorted; a file is not a folder and a folder is not a file', () => {
    const found = globFiles(SERVER, './*/entries.ts');
    expect(found).toEqual([...found].sort());
    expect(found).toEqual(
      expect.arrayContaining([
        './budget/entries.ts',
        './checklist/entries.ts',
        './people/entries.ts',
        './plan/entries.ts',
        './shell/entries.ts',
      ]),
    );
    expect(globFiles(join(ROOT, 'src', 'local', 'cli'), './*-commands.ts')).toEqual(
      expect.arrayContaining(['./plan-commands.ts', './budget-commands.ts']),
    );
    expect(globFiles(SERVER, './*/nothing-here.ts')).toEqual([]);
    expect(globFiles(SERVER, './*')).not.toContain('./plan');
  });

  it('rewrites the call into static imports of one named export each, keyed as Vite keys them', () => {
    const out = rewriteGlobs("const FOUND = import.meta.glob<JobEntries>('./*/entries.ts', { eager: true, import: 'ENTRIES' });", SERVER)!;
    expect(out).toContain('import { ENTRIES as __glob_');
    expect(out).toMatch(/"\.\/plan\/entries\.ts": __glob_\d+/);
    expect(out).not.toContain('import.meta.glob');
    expect(rewriteGlobs('const x = 1;', SERVER)).toBeNull();
  });

  it('refuses the forms it does not rewrite (lazy, no import name), with a message saying which form it takes', () => {
    expect(() => rewriteGlobs("const m = import.meta.glob('./*/entries.ts');", SERVER)).toThrow(
      /only the form import\.meta\.glob\('\.\/pattern', \{ eager: true, import: 'NAME' \}\)/,
    );
    expect(() => rewriteGlobs("const m = import.meta.glob('../*/entries.ts', { eager: true, import: 'ENTRIES' });", SERVER)).toThrow(
      /starting with "\.\/"/,
    );
  });

  it('bundles src/server/entry-points.ts with every job in it', async () => {
    const result = await build({
      entryPoints: [join(SERVER, 'entry-points.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      plugins: [globPlugin()],
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]!.text;
    for (const fn of ['showPlanSidebar', 'showBudgetSidebar', 'showChecklistSidebar', 'showPeopleSidebar', 'showAbout'])
      expect(text).toContain(`"${fn}"`);
  });
});
