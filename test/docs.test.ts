/**
 * The documentation a newcomer reads: README.md and README.en.md (front pages), docs/**. Checked against what
 * the code really has: the front pages stay short with the two commands on the first screen; every relative
 * link reaches a file (and a heading); every `klaster` command and flag is one the CLI's help lists; every
 * playground flag is one sample/start-playground.ts reads; every custom function named exists in the built
 * dist/Code.js with the parameters written; the scopes tables list exactly appsscript.json's oauthScopes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleCode } from './support/bundle';

const ROOT = resolve(import.meta.dirname, '..');
const FRONT_PAGES = ['README.md', 'README.en.md'];
const FRONT_PAGE_LIMIT = 12 * 1024;

function markdownUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

const DOCS = [...FRONT_PAGES, ...markdownUnder('docs')];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The text outside fenced code blocks (links inside code are not links). */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped (letters of any script, digits, «-», «_» kept), spaces → «-». */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(path: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of prose(read(path)).matchAll(/^#{1,6}\s+(.+)$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

/** Every relative link of a page: [text](target) and <a href>, as «target» with its «#anchor». */
function relativeLinks(path: string): string[] {
  const text = prose(read(path)).replace(/`[^`\n]*`/g, '');
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return targets.filter((t) => !/^[a-z]+:/i.test(t));
}

/** The code of a page: fenced blocks and inline code spans. */
function codeOf(text: string): string[] {
  const blocks = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].flatMap((m) => m[1]!.split('\n'));
  const spans = [...prose(text).matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return [...blocks, ...spans];
}

/** `klaster …` invocations in the docs' code, each cut at a comment or a shell separator. */
function klasterCalls(): { page: string; call: string }[] {
  return DOCS.flatMap((page) =>
    codeOf(read(page)).flatMap((line) =>
      [...line.matchAll(/(?:^|\s)klaster(?=\s|$)([^#&|;]*)/g)].map((m) => ({ page, call: m[1]!.trim() })),
    ),
  );
}

/** Options of a command line: `--flag`, `--flag=value` and `-o`, never a value in quotes or after «--». */
function flagsOf(call: string): string[] {
  const words = call.match(/"[^"]*"|\S+/g) ?? [];
  const flags: string[] = [];
  for (const w of words) {
    if (w === '--') break;
    const m = /^\[?(--?[a-z][a-z-]*)/.exec(w);
    if (m) flags.push(m[1]!);
  }
  return flags;
}

describe('front pages', () => {
  for (const page of FRONT_PAGES) {
    it(`${page} is at most 12 KB`, () => {
      expect(Buffer.byteLength(read(page), 'utf8')).toBeLessThanOrEqual(FRONT_PAGE_LIMIT);
    });

    it(`${page} shows the two commands in its first 40 lines`, () => {
      const first = read(page).split('\n').slice(0, 40).join('\n');
      expect(first).toMatch(/^npm ci && npm start\b/m);
      expect(first).toMatch(/^npm ci && npm test\b/m);
    });

    it(`${page} links the other language and every job page, the install, bench and CLI pages`, () => {
      const lang = page === 'README.md' ? 'ru' : 'en';
      const links = new Set(relativeLinks(page).map((l) => l.split('#')[0]));
      expect(links).toContain(page === 'README.md' ? 'README.en.md' : 'README.md');
      for (const job of ['plans', 'people', 'budget', 'checklist', 'import', 'cli', 'playground'])
        expect(links).toContain(`docs/${lang}/${job}.md`);
      expect(links).toContain('docs/bench.md');
      expect(links).toContain(lang === 'ru' ? 'docs/install.md' : 'docs/install.en.md');
    });
  }

  it('the commands the front pages give are the ones package.json runs', () => {
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts.start).toMatch(/sample\/start-playground\.ts/);
    // npm test runs scripts/test.mjs: vitest beside the static checks the front pages name
    expect(scripts.test).toBe('node scripts/test.mjs');
    const runner = read('scripts/test.mjs');
    for (const command of ["'vitest', 'run'", "'tsc', '--noEmit'", "'eslint', '.'", "'prettier', '--check', '.'"])
      expect(runner).toContain(command);
  });
});

describe('links', () => {
  for (const page of DOCS) {
    it(`every relative link of ${page} reaches a file and its heading`, () => {
      const broken: string[] = [];
      for (const link of relativeLinks(page)) {
        const [file, anchor] = link.split('#') as [string, string | undefined];
        const target = file ? relative(ROOT, resolve(ROOT, dirname(page), file)) : page;
        if (!existsSync(join(ROOT, target))) {
          broken.push(`${link}: no file ${target}`);
          continue;
        }
        if (anchor && target.endsWith('.md') && !anchorsOf(target).has(decodeURIComponent(anchor)))
          broken.push(`${link}: no heading #${anchor} in ${target}`);
      }
      expect(broken).toEqual([]);
    });
  }
});

describe('the command line as documented', () => {
  const help = execFileSync(process.execPath, [join(ROOT, 'bin/klaster.mjs'), '--help'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const commands = new Set([...help.matchAll(/^ {2}([a-z]+) </gm)].map((m) => m[1]!));
  // the options the help lists, and the one that printed it
  const listed = new Set([...help.matchAll(/(?:^|[\s,])(--?[a-z][a-z-]*)/gm)].map((m) => m[1]!));
  const flags = new Set([...listed, '--help']);
  const calls = klasterCalls();

  it('the help lists the commands, and the docs name each of them', () => {
    expect([...commands].sort()).toEqual(['agenda', 'budget', 'calendar', 'check', 'ics', 'import', 'monitoring', 'template', 'workload']);
    const named = new Set(calls.map((c) => c.call.split(/\s+/)[0]));
    for (const command of commands) expect(named, command).toContain(command);
  });

  it('every `klaster` command in the docs is one the help lists', () => {
    const unknown = calls.filter((c) => c.call && !c.call.startsWith('-') && !commands.has(c.call.split(/\s+/)[0]!));
    expect(unknown).toEqual([]);
  });

  it('every flag of a `klaster` call in the docs is one the help lists', () => {
    const unknown = calls.flatMap((c) =>
      flagsOf(c.call)
        .filter((f) => !flags.has(f))
        .map((f) => `${c.page}: ${f} in «klaster ${c.call}»`),
    );
    expect(unknown).toEqual([]);
    // and the docs' CLI pages list every flag the help lists
    for (const page of ['docs/ru/cli.md', 'docs/en/cli.md']) {
      const text = read(page);
      for (const flag of listed) expect(text, `${page} lacks ${flag}`).toContain(`\`${flag}`);
    }
  });

  it('every playground flag in the docs (`npm start -- …`) is one the playground reads', () => {
    const main = read('sample/start-playground.ts');
    const read_ = new Set([...main.matchAll(/argv\.(?:includes|indexOf)\('(--[a-z]+)'\)/g)].map((m) => m[1]!));
    expect([...read_].sort()).toEqual(['--fresh', '--locale', '--port', '--tz']);
    const used = DOCS.flatMap((page) =>
      codeOf(read(page)).flatMap((line) => [...line.matchAll(/npm start -- (.*)/g)].flatMap((m) => flagsOf(m[1]!.split('#')[0]!))),
    );
    expect(used.filter((f) => !read_.has(f))).toEqual([]);
    for (const page of FRONT_PAGES) expect(read(page)).toContain('--port');
  });
});

describe('custom functions as documented', () => {
  /** NAME → its parameters as the built Code.js declares them («[name]» when optional). */
  async function builtFunctions(): Promise<Map<string, string[]>> {
    const code = await bundleCode();
    const found = new Map<string, string[]>();
    for (const m of code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction[\s\S]*?)\*\/\s*function ([A-Z_]+)\(/g)) {
      const params = [...m[1]!.matchAll(/@param \{[^}]*\} (\[?\w+\]?)/g)].map((p) => p[1]!);
      found.set(m[2]!, params);
    }
    return found;
  }

  /** Sheets' own functions the docs mention beside the add-on's. */
  const SHEETS_FUNCTIONS = new Set(['SUM', 'SUMIFS']);

  it('every function named in the docs exists in the build, with the parameters written', async () => {
    const built = await builtFunctions();
    expect(built.size).toBeGreaterThanOrEqual(9);
    const problems: string[] = [];
    for (const page of DOCS) {
      if (page === 'docs/bench.md') continue; // bench rows name functions by the bench's own words
      for (const m of read(page).matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\(([^()`]*)\)/g)) {
        const [, name, args] = m as unknown as [string, string, string];
        if (SHEETS_FUNCTIONS.has(name)) continue;
        const params = built.get(name);
        if (!params) {
          problems.push(`${page}: ${name} is no custom function of dist/Code.js`);
          continue;
        }
        // a signature («TARGET_MET(target; actual; [direction])») must be the build's; examples hold ranges
        const words = args.split(/[;,]/).map((a) => a.trim());
        if (words.every((w) => /^\[?[a-z]+\]?$/.test(w))) {
          if (words.join(';') !== params.join(';'))
            problems.push(`${page}: ${name}(${args}) but the build has ${name}(${params.join('; ')})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every job page of both languages documents each of its functions with a signature and an example', async () => {
    const built = await builtFunctions();
    const byPage: Record<string, string[]> = {
      plans: ['PLAN_DATES'],
      people: ['CHECK_RESPONSIBLE', 'RESPONSIBLE_PEOPLE'],
      budget: ['BUDGET_CHECK', 'BUDGET_ROLLUP', 'BUDGET_TOTAL', 'RUB'],
      checklist: ['CHECKLIST_SCORE', 'TARGET_MET'],
    };
    expect(Object.values(byPage).flat().sort()).toEqual([...built.keys()].sort());
    for (const lang of ['ru', 'en']) {
      for (const [job, names] of Object.entries(byPage)) {
        const text = read(`docs/${lang}/${job}.md`);
        for (const name of names) {
          expect(text).toContain(`\`${name}(${built.get(name)!.join('; ')})\``);
          expect(text).toMatch(new RegExp(`\`=${name}\\(`));
        }
      }
    }
  });
});

describe('scopes', () => {
  const manifest = JSON.parse(read('appsscript.json')) as { oauthScopes: string[] };
  const scopes = manifest.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', '')).sort();

  for (const page of ['docs/install.md', 'docs/install.en.md']) {
    it(`the scopes table of ${page} lists exactly appsscript.json's oauthScopes`, () => {
      const rows = [...read(page).matchAll(/^\| `([a-z.]+)` \|/gm)].map((m) => m[1]!);
      expect(rows.sort()).toEqual(scopes);
    });
  }
});
