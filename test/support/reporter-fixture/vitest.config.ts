import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['*.suite.ts'], reporters: ['../summary-reporter.ts'], pool: 'forks' },
});
