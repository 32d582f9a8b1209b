/**
 * npm run build (scripts/build.ts) → dist/: what `clasp push` uploads.
 *   Code.js          src/server bundled by esbuild into one IIFE (`Klaster_`, hidden from google.script.run
 *                    by its trailing underscore) plus one top-level `function` stub per entry point.
 *   <sidebar>.html   src/ui/<sidebar>/body.html in the shared page (src/ui/shared/page.html), with its
 *                    script and styles inlined (no CDN).
 *   appsscript.json  the manifest.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { CUSTOM_FUNCTIONS, ENTRY_POINTS, type EntryPoint } from '../server/entry-points';
import { DIST, ROOT } from './paths';

const root = ROOT;
const dist = DIST;
export const BUNDLE_GLOBAL = 'Klaster_';

export class BuildError extends Error {}

function fail(message: string): never {
  throw new BuildError(`build: ${message}`);
}

async function bundleServer(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/server/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { KLASTER_VERSION: JSON.stringify(packageVersion()) },
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/** The version «О программе» shows: package.json's, the one source of the number. */
export function packageVersion(): string {
  const version: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json has no version x.y.z: ${String(version)}`);
  return version;
}

function jsdoc(lines: string[]): string {
  return ['/**', ...lines.map((l) => ` * ${l}`), ' */'].join('\n');
}

function stub(entry: EntryPoint): string {
  const custom = CUSTOM_FUNCTIONS.find((f) => f.name === entry.name);
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

function checkExports(bundle: string): void {
  const sandbox: Record<string, unknown> = {};
  new Script(`${bundle}\nthis.exported = Object.keys(${BUNDLE_GLOBAL});`).runInNewContext(sandbox);
  const exported = new Set(sandbox.exported as string[]);
  const declared = new Set(ENTRY_POINTS.map((e) => e.name));
  const missing = [...declared].filter((n) => !exported.has(n));
  const undeclared = [...exported].filter((n) => !declared.has(n));
  if (missing.length) fail(`entry points without an export in src/server/index.ts: ${missing.join(', ')}`);
  if (undeclared.length) fail(`exports not listed in src/server/entry-points.ts: ${undeclared.join(', ')}`);
  const bad = [...declared].filter((n) => n.endsWith('_'));
  if (bad.length) fail(`entry points must not end in "_": ${bad.join(', ')}`);
}

async function buildServer(): Promise<void> {
  const bundle = await bundleServer();
  checkExports(bundle);
  const code = [
    '// Кластер — built by src/local/build.ts from src/server. Do not edit: edit the sources and rebuild.',
    bundle.trimEnd(),
    '',
    ...ENTRY_POINTS.map(stub),
  ].join('\n');
  if (/^\s*export\s/m.test(code)) fail('Code.js contains a top-level export, which clasp cannot push');
  new Script(code, { filename: 'Code.js' }); // syntax check
  writeFileSync(join(dist, 'Code.js'), code);
}

async function buildSidebar(name: string): Promise<void> {
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
  writeFileSync(join(dist, `${name}.html`), html);
}

function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function sidebarNames(): string[] {
  return readdirSync(join(root, 'src/ui')).filter((d) => d !== 'shared' && existsFile(join(root, 'src/ui', d, 'body.html')));
}

/** Builds dist/ and returns a one-line summary. */
export async function buildAll(): Promise<string> {
  const started = Date.now();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  await buildServer();
  const sidebars = sidebarNames();
  await Promise.all(sidebars.map(buildSidebar));
  writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
  const size = statSync(join(dist, 'Code.js')).size;
  return `build: dist/Code.js ${size} B, ${ENTRY_POINTS.length} entry points, sidebars: ${sidebars.join(', ')} (${Date.now() - started} ms)`;
}
