/**
 * npm run build (scripts/build.ts) → dist/: what `clasp push` uploads.
 *   Code.js          src/server bundled by esbuild into one IIFE (`Klaster_`, hidden from google.script.run
 *                    by its trailing underscore) plus one top-level `function` stub per entry point. The jobs
 *                    are found from the folders: every src/server/<job>/ with entries.ts and index.ts.
 * Every function takes the repository's root (default: ROOT), so a test can build a copy of it.
 *   <sidebar>.html   src/ui/<sidebar>/body.html in the shared page (src/ui/shared/page.html), with its
 *                    script and styles inlined (no CDN).
 *   appsscript.json  the manifest.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import type { CustomFunctionDoc, EntryPoint } from '../server/entry-points';
import { globPlugin } from './glob-plugin.mjs';
import { ROOT } from './paths';

export const BUNDLE_GLOBAL = 'Klaster_';

export class BuildError extends Error {}

function fail(message: string): never {
  throw new BuildError(`build: ${message}`);
}

/** The job folders of src/server: those with both entries.ts (what they declare) and index.ts (what they export). */
export function serverJobs(root = ROOT): string[] {
  const server = join(root, 'src/server');
  return readdirSync(server)
    .filter((d) => existsFile(join(server, d, 'entries.ts')) && existsFile(join(server, d, 'index.ts')))
    .sort();
}

/** The entry of Code.js, made from the folders: the menu's triggers and every job's exports. */
function serverEntry(root: string): string {
  return [
    "'use strict';",
    "export { onOpen, onInstall } from './menu';",
    ...serverJobs(root).map((job) => `export * from './${job}';`),
  ].join('\n');
}

async function bundleServer(root: string): Promise<string> {
  const result = await build({
    stdin: { contents: serverEntry(root), resolveDir: join(root, 'src/server'), sourcefile: 'jobs.ts', loader: 'ts' },
    plugins: [globPlugin()],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minifySyntax: true,
    minifyWhitespace: true,
    // Local names shortened too: Apps Script compiles the whole file at every custom-function call, so its
    // size is load time (docs/bench.md: ≤ 600 000 bytes). The exports keep their names (the stubs call them),
    // and errors reach the user as Russian messages, not as stack traces, so nothing a user sees changes.
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { KLASTER_VERSION: JSON.stringify(packageVersion(root)) },
    write: false,
  });
  return result.outputFiles[0]!.text;
}

interface Entries {
  ENTRY_POINTS: readonly EntryPoint[];
  CUSTOM_FUNCTIONS: readonly CustomFunctionDoc[];
}

/**
 * The entry points as src/server/entry-points.ts joins them from the folders: bundled with the same plugin
 * and evaluated in a bare vm context (the jobs' lists are pure data), so no list of jobs lives here.
 */
export async function entryPoints(root = ROOT): Promise<Entries> {
  const result = await build({
    entryPoints: [join(root, 'src/server/entry-points.ts')],
    plugins: [globPlugin()],
    bundle: true,
    format: 'iife',
    globalName: 'entries',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    charset: 'utf8',
    write: false,
  });
  const sandbox: { entries?: Entries } = {};
  new Script(result.outputFiles[0]!.text).runInNewContext(sandbox);
  return sandbox.entries!;
}

/** The version «О программе» shows: package.json's, the one source of the number. */
export function packageVersion(root = ROOT): string {
  const version: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json has no version x.y.z: ${String(version)}`);
  return version;
}

function jsdoc(lines: string[]): string {
  return ['/**', ...lines.map((l) => ` * ${l}`), ' */'].join('\n');
}

function stub(entry: EntryPoint, customFunctions: Entries['CUSTOM_FUNCTIONS']): string {
  const custom = customFunctions.find((f) => f.name === entry.name);
  const doc = custom
    ? jsdoc([
        custom.summary,
        ...custom.params.map((p) => `@param {${p.type}} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`),
        `@return ${custom.returns}`,
        '@customfunction',
      ])
    : jsdoc([`${entry.summary} (${entry.kind})`]);
  const params = entry.params.join(', ');
  return `${doc}\nfunction ${entry.name}(${params}) {\n  return ${BUNDLE_GLOBAL}.${entry.name}.apply(this, arguments);\n}\n`;
}

function checkExports(bundle: string, ENTRY_POINTS: Entries['ENTRY_POINTS']): void {
  const sandbox: Record<string, unknown> = {};
  new Script(`${bundle}\nthis.exported = Object.keys(${BUNDLE_GLOBAL});`).runInNewContext(sandbox);
  const exported = new Set(sandbox.exported as string[]);
  const declared = new Set(ENTRY_POINTS.map((e) => e.name));
  const missing = [...declared].filter((n) => !exported.has(n));
  const undeclared = [...exported].filter((n) => !declared.has(n));
  if (missing.length) fail(`entry points without an export in a src/server/<job>/index.ts: ${missing.join(', ')}`);
  if (undeclared.length) fail(`exports not listed in any src/server/<job>/entries.ts: ${undeclared.join(', ')}`);
  const bad = [...declared].filter((n) => n.endsWith('_'));
  if (bad.length) fail(`entry points must not end in "_": ${bad.join(', ')}`);
}

async function buildServer(root: string, entries: Entries): Promise<void> {
  const bundle = await bundleServer(root);
  checkExports(bundle, entries.ENTRY_POINTS);
  const code = [
    '// Кластер — built by src/local/build.ts from src/server. Do not edit: edit the sources and rebuild.',
    bundle.trimEnd(),
    '',
    ...entries.ENTRY_POINTS.map((e) => stub(e, entries.CUSTOM_FUNCTIONS)),
  ].join('\n');
  if (/^\s*export\s/m.test(code)) fail('Code.js contains a top-level export, which clasp cannot push');
  new Script(code, { filename: 'Code.js' }); // syntax check
  writeFileSync(join(root, 'dist', 'Code.js'), code);
}

async function buildSidebar(root: string, name: string): Promise<void> {
  const dir = join(root, 'src/ui', name);
  const result = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
  });
  const script = result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  if (script.includes('<?')) fail(`sidebar ${name}: the script contains "<?", which HtmlService would read as a scriptlet`);
  const css = [join(root, 'src/ui/shared/style.css'), join(dir, 'style.css')]
    .filter((f) => existsFile(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const html = readFileSync(join(root, 'src/ui/shared/page.html'), 'utf8')
    .replace('<!-- inline:body -->', () => readFileSync(join(dir, 'body.html'), 'utf8').trimEnd())
    .replace('<!-- inline:style -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${script}</script>`);
  if (/<script[^>]+src=|<link[^>]+href=["']https?:/i.test(html)) fail(`sidebar ${name} loads something from outside`);
  writeFileSync(join(root, 'dist', `${name}.html`), html);
}

function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function sidebarNames(root = ROOT): string[] {
  return readdirSync(join(root, 'src/ui')).filter((d) => d !== 'shared' && existsFile(join(root, 'src/ui', d, 'body.html')));
}

/**
 * Every `showSidebar('<name>', …)` in src/server names a sidebar the build makes (src/ui/<name>/): the name is a
 * plain string in the code, so a job adds its sidebar without editing a list.
 */
function checkSidebarCalls(root: string, sidebars: string[]): void {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
  const named = files(join(root, 'src/server')).flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/showSidebar\(\s*'([\w-]+)'/g)].map((m) => m[1]!),
  );
  const missing = [...new Set(named)].filter((n) => !sidebars.includes(n));
  if (missing.length) fail(`showSidebar names a sidebar with no src/ui/<name>/body.html: ${missing.join(', ')}`);
}

/** Builds dist/ and returns a one-line summary. */
export async function buildAll(root = ROOT): Promise<string> {
  const started = Date.now();
  const dist = join(root, 'dist');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const entries = await entryPoints(root);
  await buildServer(root, entries);
  const sidebars = sidebarNames(root);
  checkSidebarCalls(root, sidebars);
  await Promise.all(sidebars.map((name) => buildSidebar(root, name)));
  writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
  const size = statSync(join(dist, 'Code.js')).size;
  return `build: dist/Code.js ${size} B, ${entries.ENTRY_POINTS.length} entry points, sidebars: ${sidebars.join(', ')} (${Date.now() - started} ms)`;
}
