/** Core never touches an Apps Script service, no import goes round in a circle, and every arrow points down the layers. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, type ImportEdge } from '../../src/local/import-graph';
import { ROOT } from '../../src/local/paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

/** Every import between our files, read once for the tests below. */
const EDGES = importGraph();
const show = (e: ImportEdge): string => `${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`;
const arrows = (test: (e: ImportEdge) => boolean): string[] => EDGES.filter(test).map(show);
const under = (path: string, ...folders: string[]): boolean => folders.some((f) => path.startsWith(`${f}/`));

describe('layout', () => {
  it('src/core uses no Apps Script service', () => {
    const offenders = files(join(ROOT, 'src/core')).filter((f) =>
      /\b(SpreadsheetApp|HtmlService|PropertiesService|CacheService|LockService|Session|Utilities|ScriptApp|DocumentApp)\./.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

describe('imports', () => {
  it('the graph is read: entry-points.ts finds its jobs by import.meta.glob, type-only imports are told apart', () => {
    expect(EDGES.length).toBeGreaterThan(500);
    expect(EDGES.some((e) => e.from === 'src/server/entry-points.ts' && e.to === 'src/server/plan/entries.ts' && !e.typeOnly)).toBe(true);
    expect(EDGES.some((e) => e.from === 'src/local/cli/jobs.ts' && e.to === 'src/local/cli/plan-commands.ts' && !e.typeOnly)).toBe(true);
    expect(EDGES.some((e) => e.from === 'src/server/entry-points.ts' && e.to === 'src/server/job.ts' && e.typeOnly)).toBe(true);
  });

  it('the cycle finder finds a cycle and shows it', () => {
    const e = (from: string, to: string): ImportEdge => ({ from, to, typeOnly: false });
    expect(importCycles([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')])).toEqual([['a', 'b', 'c', 'a']]);
    expect(importCycles([e('a', 'b'), e('b', 'c')])).toEqual([]);
  });

  it('no import cycle anywhere (src/, bench/, sample/, scripts/, test/), counting run-time imports', () => {
    const cycles = importCycles(EDGES.filter((e) => !e.typeOnly)).map((c) => c.join(' → '));
    expect(cycles).toEqual([]);
  });

  it("no import cycle through type-only imports either, but the emulator's own classes (Sheet, its charts and ranges)", () => {
    // one component of strongly connected files is shown by one shortest cycle through its first file. The emulator's
    // SpreadsheetImpl, SheetImpl, RangeImpl and charts refer to each other by type (a range knows its sheet, a sheet
    // makes its ranges and charts): the one circle left, named here so that any other, or a change of it, fails.
    const cycles = importCycles(EDGES).map((c) => c.join(' → '));
    expect(cycles).toEqual(['src/local/emulator/charts.ts → src/local/emulator/sheet.ts → src/local/emulator/charts.ts']);
  });

  it('the type-only cycle finder sees a cycle closed by a type import', () => {
    const e = (from: string, to: string, typeOnly = false): ImportEdge => ({ from, to, typeOnly });
    expect(importCycles([e('a', 'b'), e('b', 'a', true)])).toEqual([['a', 'b', 'a']]);
  });

  it('src/core imports nothing from server/, local/ or ui/', () => {
    expect(arrows((e) => under(e.from, 'src/core') && under(e.to, 'src/server', 'src/local', 'src/ui'))).toEqual([]);
  });

  it('core/table, the layer every job reads through, imports no job and not core/dates', () => {
    expect(
      arrows((e) => under(e.from, 'src/core/table') && under(e.to, 'src/core') && !under(e.to, 'src/core/table', 'src/core/i18n')),
    ).toEqual([]);
  });

  it('src/ never imports test/, bench/, scripts/ or sample/', () => {
    expect(arrows((e) => under(e.from, 'src') && under(e.to, 'test', 'bench', 'scripts', 'sample'))).toEqual([]);
  });

  it('bench/, sample/ and scripts/ never import test/', () => {
    expect(arrows((e) => under(e.from, 'bench', 'sample', 'scripts') && under(e.to, 'test'))).toEqual([]);
  });

  it('src/ui imports only types from src/server', () => {
    expect(arrows((e) => under(e.from, 'src/ui') && under(e.to, 'src/server') && !e.typeOnly)).toEqual([]);
  });
});
