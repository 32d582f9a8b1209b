/**
 * npm run bench: one table of figures, ours beside the peer library's in the same run.
 * Not a test: it prints every figure, and exits 1 when any goal is missed (the ✓/✗ column says which), so a
 * missed goal cannot pass unnoticed. Goals are written beside the figures; they are what the job must meet,
 * not today's counts. The last published run's table is docs/bench.md (paste the new table there).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchPart, BenchRow } from './table';

/** Every bench/<name>.ts that exports SECTIONS, found from the folder, in order. */
const DIR = dirname(fileURLToPath(import.meta.url));
const modules = await Promise.all(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
    .sort()
    .map((f) => import(join(DIR, f)) as Promise<{ SECTIONS?: BenchPart[] }>),
);
const SECTIONS: BenchPart[] = modules.flatMap((m) => m.SECTIONS ?? []).sort((a, b) => a.order - b.order);

function table(rows: BenchRow[]): string {
  const header = ['Измерение', 'Кластер', 'Аналог', 'Цель', ''];
  const cells = rows.map((r) => [r.name, r.ours, r.peer, r.goal, r.ok === undefined ? '' : r.ok ? '✓' : '✗']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

const all: BenchRow[] = [];
for (const { title, run } of SECTIONS) {
  const rows = await run();
  all.push({ name: `— ${title}`, ours: '', peer: '', goal: '' }, ...rows);
}
console.log(`Кластер — npm run bench (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log(table(all));
const missed = all.filter((r) => r.ok === false);
if (missed.length) {
  console.log(`\nЦели не достигнуты (${missed.length}):\n${missed.map((r) => `- ${r.name}: ${r.ours} (цель ${r.goal})`).join('\n')}`);
  process.exitCode = 1;
}
