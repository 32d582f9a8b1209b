/**
 * The project's own import graph: every relative import between our .ts/.mjs/.js files
 * (static, `export … from`, dynamic `import()`, `import.meta.glob` and `import('…')` types), each marked type-only or not.
 * test/local/imports.test.ts finds cycles and backward arrows with it; `tsx src/local/import-graph.ts`
 * prints them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { globFiles } from './glob-plugin.mjs';
import { ROOT } from './paths';

export interface ImportEdge {
  /** importing file, relative to the root, with forward slashes */
  from: string;
  /** imported file, same form */
  to: string;
  /** `import type`, all names `type`, or an `import('…')` type: nothing at run time */
  typeOnly: boolean;
}

const SOURCE = /\.(ts|mts|mjs|js)$/;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(fromFile: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), spec);
  const stem = base.replace(/\.(js|mjs)$/, '');
  const candidates = [base, `${base}.ts`, `${stem}.ts`, `${base}.mts`, `${base}.mjs`, `${base}.js`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypes =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      found.push({ spec: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const allTypes =
        node.isTypeOnly ||
        (!!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
      found.push({ spec: node.moduleSpecifier.text, typeOnly: allTypes });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isMetaProperty(node.expression.expression) &&
      node.expression.name.text === 'glob' &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      // import.meta.glob('./*/entries.ts', …): an import of every file it matches (src/local/glob-plugin.mjs)
      for (const spec of globFiles(dirname(file), node.arguments[0].text)) found.push({ spec, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const rel = (path: string): string => relative(ROOT, path).split('\\').join('/');

/** Every edge between our files under the given top folders (default: src, bench, sample, scripts, test, bin). */
export function importGraph(folders: readonly string[] = ['src', 'bench', 'sample', 'scripts', 'test', 'bin']): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const folder of folders) {
    for (const file of sourceFiles(join(ROOT, folder))) {
      const seen = new Map<string, boolean>();
      for (const { spec, typeOnly } of importsOf(file)) {
        const target = resolveImport(file, spec);
        if (!target) continue;
        const to = rel(target);
        // a file importing the same module twice (once for types) counts as a run-time import
        seen.set(to, (seen.get(to) ?? true) && typeOnly);
      }
      for (const [to, typeOnly] of seen) edges.push({ from: rel(file), to, typeOnly });
    }
  }
  return edges;
}

/**
 * Strongly connected components of more than one file (or a file importing itself), each given as one
 * concrete cycle `a → b → … → a`, so a failing test shows exactly which imports to break.
 */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  // one shortest cycle through the first file of each component, by breadth-first search inside it
  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    const parent = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of next.get(v) ?? []) {
        if (!members.has(w)) continue;
        if (w === start) {
          const path = [start];
          for (let u = v; u !== start; u = parent.get(u)!) path.splice(1, 0, u);
          return [...path, start];
        }
        if (!parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start, start];
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, 'src/local/import-graph.ts')) {
  const edges = importGraph();
  const cycles = importCycles(edges.filter((e) => !e.typeOnly));
  for (const cycle of cycles) console.log(cycle.join(' → '));
  console.log(`${cycles.length} run-time cycle(s) (test/local/imports.test.ts wants none)`);
  const typeCycles = importCycles(edges).filter((c) => !cycles.some((r) => r[0] === c[0]));
  for (const cycle of typeCycles) console.log(`  through a type-only import: ${cycle.join(' → ')}`);
}
