/**
 * Job modules: a fifth job moves in by adding its own folders, and no central file is edited. A copy of the
 * repository gets the fixture job (test/fixtures/job: src/server/zz-fixture/ with a menu item, an endpoint and a
 * custom function; src/local/cli/zz-fixture-commands.ts with a command, a part of `check` and a flag of its own),
 * is built there, and the job shows in Code.js, in the bundle's globals, in the menu, in «О программе», in
 * `klaster --help` (its command and its flag) and in `klaster check`, its flag is read for its command — while every file the copy shares with the repository is byte for byte the same.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createContext, Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAll, serverJobs } from '../../src/local/build';
import { createSession } from '../../src/local/emulator';
import { ROOT } from '../../src/local/paths';
import { workbookFromSpec, writeXlsx } from '../../src/local/xlsx';
import { oneSheet } from '../support/bundle';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'job');
/** What the copy shares with the repository: the build and the CLI need these. */
const SHARED = ['src', 'bin', 'package.json', 'appsscript.json', 'tsconfig.json'];

let copy = '';
let code = '';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

const klaster = (...args: string[]) =>
  spawnSync(process.execPath, [join(copy, 'bin', 'klaster.mjs'), ...args], {
    encoding: 'utf8',
    cwd: copy,
    env: { ...process.env, KLASTER_ROOT: copy },
    timeout: 120_000,
  });

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'klaster-job-'));
  for (const name of SHARED) {
    if (statSync(join(ROOT, name)).isDirectory()) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
    else copyFileSync(join(ROOT, name), join(copy, name));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  cpSync(FIXTURE, copy, { recursive: true });
  await buildAll(copy);
  code = readFileSync(join(copy, 'dist', 'Code.js'), 'utf8');
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a job added as folders only (the fixture job)', () => {
  it('the build finds it beside the other jobs and the shell', () => {
    expect(serverJobs(ROOT)).toEqual(expect.arrayContaining(['budget', 'checklist', 'people', 'plan', 'shell']));
    expect(serverJobs(ROOT)).not.toContain('zz-fixture');
    expect(serverJobs(copy)).toEqual([...serverJobs(ROOT), 'zz-fixture'].sort());
  });

  it('Code.js has a top-level stub for its menu function, its endpoint and its custom function with @customfunction JSDoc', () => {
    expect(code).toMatch(/\nfunction menuFixtureSheets\(\) \{\n {2}return Klaster_\.menuFixtureSheets\.apply\(this, arguments\);\n\}/);
    expect(code).toMatch(/\nfunction fixtureSheets\(\) \{/);
    const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\nfunction FIXTURE_DOUBLE\(value\) \{/.exec(code);
    expect(doc).not.toBeNull();
    expect(doc![1]).toContain('Удваивает число (функция фикстуры).');
    expect(doc![1]).toContain('@param {number} value Число, которое удвоить');
    expect(doc![1]).toContain('@customfunction');
  });

  it('the bundle global has its exports, and its custom function runs in a bare context', () => {
    const context = createContext({}) as Record<string, unknown>;
    new Script(code, { filename: 'Code.js' }).runInContext(context);
    const exported = Object.keys(context.Klaster_ as object);
    expect(exported).toEqual(expect.arrayContaining(['fixtureSheets', 'menuFixtureSheets', 'FIXTURE_DOUBLE', 'planCheck', 'onOpen']));
    expect((context.FIXTURE_DOUBLE as (v: number) => number)(21)).toBe(42);
  });

  it('onOpen shows its menu item in its place (by its order, 50: after the other jobs, before «О программе»); the item and its endpoint run; «О программе» lists it', async () => {
    const s = await createSession({ code, workbook: oneSheet('Лист1', [['a']]), htmlDir: join(copy, 'dist'), locale: 'ru' });
    s.trigger('onOpen');
    const items = s.ui.menus[0]!.items.map((i) => (i.kind === 'item' ? `${i.caption} → ${i.functionName}` : i.kind));
    expect(items.slice(-4)).toEqual(['separator', 'Посчитать листы → menuFixtureSheets', 'separator', 'О программе → showAbout']);
    expect(items).toContain('Построить сводку мониторинга → menuChecklistSummary');
    expect(items.filter((i) => i === 'Посчитать листы → menuFixtureSheets')).toHaveLength(1);
    s.trigger('menuFixtureSheets');
    expect(s.ui.toasts.map((t) => t.message)).toEqual(['Листов: 1']);
    expect(s.run('fixtureSheets')).toEqual({ ok: true, data: { sheets: ['Лист1'] } });
    const about = s.run('getAboutInfo') as { ok: true; data: { jobs: string[]; functions: { name: string }[] } };
    expect(about.data.jobs.at(-1)).toBe('Фикстура: считает листы.');
    expect(about.data.functions.map((f) => f.name).at(-1)).toBe('FIXTURE_DOUBLE');
  });

  it('the CLI bundle built from the copy lists its command in --help and names it in what `check` checks', () => {
    const r = klaster('--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ {2}fixture-sheets <книга\.xlsx> \[--prefix ТЕКСТ\] +листы книги \(задача-фикстура\)$/m);
    expect(r.stdout).toContain('проверить планы, ответственных, бюджеты, чек-листы и листы фикстуры (код 1');
    const en = klaster('--help', '--locale', 'en');
    expect(en.stdout).toContain('check plans, responsible columns, budgets, checklists and fixture sheets (exit 1');
  });

  it('its flag is in --help in both languages, after the other jobs’ flags (by its order) and before --json', () => {
    const options = (locale: string) =>
      klaster('--help', '--locale', locale)
        .stdout.split('\n')
        .filter((l) => /^ {2}-/.test(l))
        .map((l) => l.trim());
    const ru = options('ru');
    expect(ru).toContain('--prefix ТЕКСТ    fixture-sheets: только листы, чьё имя начинается с ТЕКСТ');
    expect(ru.findIndex((l) => l.startsWith('--prefix'))).toBe(ru.findIndex((l) => l.startsWith('--roster')) + 1);
    expect(ru.findIndex((l) => l.startsWith('--json'))).toBe(ru.findIndex((l) => l.startsWith('--prefix')) + 1);
    expect(options('en')).toContain('--prefix TEXT     fixture-sheets: only the sheets whose names start with TEXT');
  });

  it('its flag is read for its command, checked as it says, and refused by another command', async () => {
    const book = join(copy, 'две.xlsx');
    await writeXlsx(
      workbookFromSpec({
        sheets: [
          { name: 'Лист1', rows: [['a']] },
          { name: 'Итоги', rows: [['b']] },
        ],
      }),
      book,
    );
    const all = klaster('fixture-sheets', book);
    expect(all.stdout.trim().split('\n')).toEqual(['Лист1', 'Итоги']);
    for (const argv of [['--prefix', 'Ит'], ['--prefix=Ит']]) {
      const r = klaster('fixture-sheets', book, ...argv);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim().split('\n')).toEqual(['Итоги']);
    }
    const long = klaster('fixture-sheets', book, '--prefix', 'я'.repeat(21));
    expect([long.status, long.stderr.trim()]).toEqual([2, '--prefix: не длиннее 20 знаков']);
    const empty = klaster('fixture-sheets', book, '--prefix=');
    expect([empty.status, empty.stderr.trim()]).toEqual([2, 'После --prefix нужно непустое значение']);
    const other = klaster('check', book, '--prefix', 'Ит');
    expect([other.status, other.stdout, other.stderr.trim()]).toEqual([
      2,
      '',
      'Параметр --prefix не относится к команде check: он для fixture-sheets. Справка: npx klaster --help',
    ]);
    const en = klaster('--locale', 'en', 'check', book, '--prefix', 'Ит');
    expect(en.stderr.trim()).toBe('--prefix is not an option of check: it is for fixture-sheets. Help: npx klaster --help');
    // in the repository itself (no fixture job) the flag is unknown
    const here = spawnSync(process.execPath, [join(ROOT, 'bin', 'klaster.mjs'), 'check', book, '--prefix', 'Ит'], { encoding: 'utf8' });
    expect([here.status, here.stderr.trim()]).toEqual([2, 'Неизвестный параметр --prefix. Справка: npx klaster --help']);
  });

  it('`klaster check` prints its section, and its own command runs', async () => {
    const book = join(copy, 'книга.xlsx');
    await writeXlsx(workbookFromSpec(oneSheet('Лист1', [['a']])), book);
    const r = klaster('check', book);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toContain('Фикстура: листов 1, замечаний 0');
    expect(r.status).toBe(0);
    const sheets = klaster('fixture-sheets', book);
    expect(sheets.status, sheets.stderr).toBe(0);
    expect(sheets.stdout.split('\n')[0]).toBe('Лист1');
  });

  it('its files typecheck in the copy, its endpoint typed for the CLI by its own `declare module` (a wrong name is an error)', () => {
    const probe = join(copy, 'src', 'local', 'cli', 'zz-probe.ts');
    writeFileSync(
      probe,
      [
        "import type { Session } from '../emulator';",
        "import { call } from './command';",
        "export const sheets = (s: Session): string[] => call(s, 'fixtureSheets').sheets;",
        '// @ts-expect-error -- no endpoint of that name',
        "export const typo = (s: Session) => call(s, 'fixtureSheetz');",
      ].join('\n'),
    );
    const config = join(copy, 'tsconfig.fixture.json');
    writeFileSync(
      config,
      JSON.stringify({
        extends: './tsconfig.json',
        include: ['src/import-meta-glob.d.ts', 'src/server/zz-fixture', 'src/local/cli/zz-*.ts'],
        exclude: [],
      }),
    );
    try {
      const tsc = spawnSync(process.execPath, [join(copy, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', config], {
        cwd: copy,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(tsc.stdout, tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(probe);
      rmSync(config);
    }
  }, 120_000);

  it('no file the copy shares with the repository was edited: the only difference is the fixture job’s new files', () => {
    const added: string[] = [];
    for (const name of SHARED) {
      const here = join(ROOT, name);
      const there = join(copy, name);
      if (!statSync(here).isDirectory()) {
        expect(readFileSync(there).equals(readFileSync(here)), name).toBe(true);
        continue;
      }
      const ours = new Set(files(here).map((f) => relative(ROOT, f)));
      for (const f of files(there).map((f) => relative(copy, f))) {
        if (ours.has(f)) expect(readFileSync(join(copy, f)).equals(readFileSync(join(ROOT, f))), f).toBe(true);
        else added.push(f);
      }
      for (const f of ours) expect(statSync(join(copy, f)).isFile(), f).toBe(true);
    }
    expect(added.sort()).toEqual(
      files(FIXTURE)
        .map((f) => relative(FIXTURE, f))
        .sort(),
    );
  });
});
