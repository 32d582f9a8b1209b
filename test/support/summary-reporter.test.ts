/** The closing line CI reads counts a suite that fails outside its tests as failed. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'reporter-fixture');

it('a failed beforeAll makes the closing line say 1 failed, and vitest exit non-zero', () => {
  const vitest = join(fixture, '../../../node_modules/vitest/vitest.mjs');
  const r = spawnSync(process.execPath, [vitest, 'run', '--root', fixture], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stdout).toMatch(/^tests: 1 passed, 1 failed, 1 skipped$/m);
  expect(r.status).not.toBe(0);
});
