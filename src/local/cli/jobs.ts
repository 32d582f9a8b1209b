/**
 * The jobs of the CLI, found from the files: every src/local/cli/<job>-commands.ts exports `JOB` (the CLI bundle
 * gets them from src/local/glob-plugin.mjs), in the jobs' order. commands.ts joins their commands, args.ts their
 * flags, so a new job edits no list.
 */
import type { CliJob } from './command';

const FOUND = import.meta.glob<CliJob>('./*-commands.ts', { eager: true, import: 'JOB' });

export const JOBS: CliJob[] = Object.keys(FOUND)
  .sort()
  .map((path) => FOUND[path]!)
  .sort((a, b) => a.order - b.order);
