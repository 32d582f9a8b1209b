/** What ships (src/, sample/) never imports from test/, and core never touches an Apps Script service. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/local/paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('layout', () => {
  it('nothing in src/ or sample/ imports from test/', () => {
    const offenders = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'sample'))].filter((f) =>
      /from\s+['"](\.\.\/)+test\//.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('src/core uses no Apps Script service', () => {
    const offenders = files(join(ROOT, 'src/core')).filter((f) =>
      /\b(SpreadsheetApp|HtmlService|PropertiesService|CacheService|LockService|Session|Utilities|ScriptApp|DocumentApp)\./.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
