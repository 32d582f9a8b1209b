/**
 * npm run bench: one table of figures, ours beside the peer library's in the same run.
 * Not a test: it prints every figure, and exits 1 when any goal is missed (the ✓/✗ column says which), so a
 * missed goal cannot pass unnoticed. Goals are written beside the figures; they are what the job must meet,
 * not today's counts. The last published run's table is docs/bench.md (paste the new table there).
 */
import { benchBudget } from './budget';
import { callsBench } from './calls';
import { corpusBench } from './corpus';
import { benchCustomFunctions } from './custom-functions';
import { benchChecklist } from './checklist';
import { datesBench } from './dates';
import { benchPeople, benchPeopleActions } from './people';
import { planBench } from './plan';
import { shellBench } from './shell';
import { timeZonesBench } from './time-zones';
import type { BenchRow, BenchSection } from './table';

const SECTIONS: [string, BenchSection][] = [
  ['Настоящие документы (../shared/corpus)', corpusBench],
  ['Надстройка', shellBench],
  ['Сроки (parseTerm против chrono-node/ru)', datesBench],
  ['Календарные планы', planBench],
  ['Часовые пояса', timeZonesBench],
  ['Ответственные (наш сопоставитель против Fuse.js)', benchPeople],
  ['Ответственные: действия на большом плане', benchPeopleActions],
  ['Бюджеты', benchBudget],
  ['Чек-листы', benchChecklist],
  ['Функции формул на самом большом допустимом вводе (бандл в эмуляторе, время процессора)', benchCustomFunctions],
  ['Вызовы Таблиц на действие (пример, эмулятор)', callsBench],
];

function table(rows: BenchRow[]): string {
  const header = ['Измерение', 'Кластер', 'Аналог', 'Цель', ''];
  const cells = rows.map((r) => [r.name, r.ours, r.peer, r.goal, r.ok === undefined ? '' : r.ok ? '✓' : '✗']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

const all: BenchRow[] = [];
for (const [title, section] of SECTIONS) {
  const rows = await section();
  all.push({ name: `— ${title}`, ours: "", peer: "", goal: "" }, ...rows);
}
console.log(`Кластер — npm run bench (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log(table(all));
const missed = all.filter((r) => r.ok === false);
if (missed.length) {
  console.log(`\nЦели не достигнуты (${missed.length}):\n${missed.map((r) => `- ${r.name}: ${r.ours} (цель ${r.goal})`).join('\n')}`);
  process.exitCode = 1;
}
