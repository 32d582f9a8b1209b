import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/support/reporter-fixture/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Apps Script runs in the script's time zone; so do the tests.
    env: { TZ: 'Europe/Moscow' },
    testTimeout: 60_000,
    // the browser tests poll the sidebars; a loaded 2-core machine needs more than the default second
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default on a 2-core machine is one worker (cores − 1); the browser and CLI tests spend much of
    // their time waiting on Chromium and child processes, so three workers keep both cores busy (measured on
    // 2 cores: 4 min 56 s and 4 min 59 s with three, 5 min 0 s and 5 min 1 s with two, the static checks beside)
    maxWorkers: 3,
    isolate: false,
  },
});
