/**
 * Vite's `import.meta.glob`, in the one form the sources use (vitest runs it natively; the esbuild bundles
 * turn it into static imports with src/local/glob-plugin.mjs): every module a pattern matches, eagerly, with
 * one named export each, keyed by the path relative to the importing file.
 */
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true; import: string }): Record<string, T>;
}
