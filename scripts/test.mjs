#!/usr/bin/env node
// npm test: the static checks (tsc --noEmit, then eslint, then prettier --check) side by side with vitest run.
// The test files spend much of their time waiting on Chromium and on child processes, so on a 2-core machine the
// static checks fit in the cores' idle time instead of adding their ~40 s before the first test. vitest's output
// streams as it runs; the static checks' output is printed when they end (a failure in full). Exit code: the
// first failure's, else 0.
import { spawn } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Runs a command; its output either streams or is kept for later. */
function run(args, { stream }) {
  return new Promise((resolve) => {
    const child = spawn(npx, args, { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let out = '';
    if (!stream) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    child.on('error', (err) => resolve({ code: 1, out: `${args.join(' ')}: ${err.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });
}

async function staticChecks() {
  for (const args of [
    ['tsc', '--noEmit'],
    ['eslint', '.'],
    ['prettier', '--check', '.'],
  ]) {
    const started = Date.now();
    const r = await run(args, { stream: false });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (r.code !== 0) return { code: r.code, report: `\n✗ ${args.join(' ')} (${seconds} s)\n${r.out}` };
    process.stdout.write(`✓ ${args.join(' ')} (${seconds} s)\n`);
  }
  return { code: 0, report: '' };
}

const [checks, tests] = await Promise.all([staticChecks(), run(['vitest', 'run'], { stream: true })]);
if (checks.report) process.stdout.write(checks.report);
process.exitCode = checks.code || tests.code;
