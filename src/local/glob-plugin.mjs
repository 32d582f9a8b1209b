// import.meta.glob for esbuild: the sources find the job modules from the folders with Vite's
// `import.meta.glob('./*/entries.ts', { eager: true, import: 'ENTRIES' })` (vitest runs it natively);
// this plugin turns each such call into static imports of the matching files, sorted by path, for the
// bundles esbuild makes (Code.js in src/local/build.ts, the CLI in bin/klaster.mjs).
// Plain JavaScript, so bin/klaster.mjs can use it without a TypeScript compile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CALL =
  /import\.meta\.glob(?:<[^>()]*>)?\(\s*(['"])([^'"]+)\1\s*,\s*\{\s*eager:\s*true\s*,\s*import:\s*(['"])([A-Za-z_$][\w$]*)\3\s*,?\s*\}\s*\)/g;

/** The files a pattern such as `./*\/entries.ts` or `./*-commands.ts` matches, relative to `dir`, sorted. */
export function globFiles(dir, pattern) {
  if (!pattern.startsWith('./')) throw new Error(`import.meta.glob: only patterns starting with "./" are supported: ${pattern}`);
  const segments = pattern.slice(2).split('/');
  let found = ['.'];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const re = new RegExp(
      `^${segment
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`,
    );
    found = found.flatMap((base) => {
      let names;
      try {
        names = readdirSync(join(dir, base));
      } catch {
        return [];
      }
      return names
        .filter((n) => re.test(n) && !n.startsWith('.'))
        .filter((n) => {
          const st = statSync(join(dir, base, n));
          return last ? st.isFile() : st.isDirectory();
        })
        .map((n) => (base === '.' ? `./${n}` : `${base}/${n}`));
    });
  });
  return found.sort();
}

/** The source with every eager import.meta.glob call replaced by static imports; null when it has none. */
export function rewriteGlobs(source, dir) {
  if (!source.includes('import.meta.glob')) return null;
  const imports = [];
  let n = 0;
  const contents = source.replace(CALL, (_call, _q, pattern, _q2, name) => {
    const entries = globFiles(dir, pattern).map((file) => {
      const local = `__glob_${n++}`;
      imports.push(`import { ${name} as ${local} } from ${JSON.stringify(file)};`);
      return `${JSON.stringify(file)}: ${local}`;
    });
    return `{ ${entries.join(', ')} }`;
  });
  if (/import\.meta\.glob\s*(<[^>()]*>)?\(/.test(contents)) {
    throw new Error("import.meta.glob: only the form import.meta.glob('./pattern', { eager: true, import: 'NAME' }) is supported");
  }
  return `${imports.join('\n')}\n${contents}`;
}

/** The esbuild plugin. */
export function globPlugin() {
  return {
    name: 'klaster-import-meta-glob',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const contents = rewriteGlobs(source, dirname(args.path));
        return contents === null ? undefined : { contents, loader: 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}
