import type { Plugin } from 'esbuild';

export function globFiles(dir: string, pattern: string): string[];
export function rewriteGlobs(source: string, dir: string): string | null;
export function globPlugin(): Plugin;
