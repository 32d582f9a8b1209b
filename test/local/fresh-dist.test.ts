/** The CLI never runs a dist/ older than its sources. */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distIsStale } from '../../src/local/fresh-dist';

function tree(): { root: string; code: string; source: string } {
  const root = mkdtempSync(join(tmpdir(), 'klaster-dist-'));
  mkdirSync(join(root, 'src/server/plan'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  const source = join(root, 'src/server/plan/endpoints.ts');
  const code = join(root, 'dist/Code.js');
  writeFileSync(source, 'export {}');
  writeFileSync(code, '// built');
  return { root, code, source };
}

describe('distIsStale', () => {
  it('is fresh when the bundle is newer than every source', () => {
    const { root, code, source } = tree();
    utimesSync(source, new Date(2026, 0, 1), new Date(2026, 0, 1));
    utimesSync(join(root, 'src/server/plan'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    utimesSync(join(root, 'src/server'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    utimesSync(code, new Date(2026, 0, 2), new Date(2026, 0, 2));
    expect(distIsStale(root, code)).toBe(false);
  });

  it('is stale when a source deep in src/ was edited after the build, or the bundle is missing', () => {
    const { root, code, source } = tree();
    utimesSync(code, new Date(2026, 0, 2), new Date(2026, 0, 2));
    utimesSync(source, new Date(2026, 0, 3), new Date(2026, 0, 3));
    expect(distIsStale(root, code)).toBe(true);
    expect(distIsStale(root, join(root, 'dist/none.js'))).toBe(true);
  });
});
