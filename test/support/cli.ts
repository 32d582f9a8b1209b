/** Runs `klaster` in-process, as the CLI tests need it: exit code, what it printed, and what went to stderr. */
import { vi } from 'vitest';
import { runCli } from '../../src/local/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runKlaster(...argv: string[]): Promise<CliRun> {
  const lines: string[] = [];
  const errors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
  try {
    const code = await runCli(argv, (line) => lines.push(line));
    return { code, out: lines.join('\n'), err: errors.join('\n') };
  } finally {
    spy.mockRestore();
  }
}
