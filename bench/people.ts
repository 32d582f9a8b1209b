/**
 * Responsibility columns in `npm run bench`: a generated 20 000-cell column against a 2 000-person roster
 * with injected mistakes (a letter replaced, dropped, doubled or swapped in a surname; Latin look-alikes;
 * initials spacing; declined surnames). Our matcher beside a Fuse.js matcher over the same names and the
 * same roster: recall on the injected mistakes, false alarms on untouched names, time. Also the whole
 * column check (reading every cell, matching, findings) on the same column. Figures, never a timed test.
 */
import Fuse from 'fuse.js';
import { checkResponsibleColumn } from '../src/core/people/check';
import { buildRosterIndex, matchPerson, type RosterIndex } from '../src/core/people/match';
import { findPeople, type PersonName } from '../src/core/people/parse';
import { readRoster } from '../src/core/people/roster';
import { generateColumn, TYPO_KINDS, type Injection } from './support/people-columns';
import type { BenchRow, BenchPart } from './table';

const ROSTER = 2000;
const CELLS = 20_000;
const RUNS = 5;
/** Fuse.js scans the whole roster for every name: it is timed on this many names (warmed up first). */
const PEER_SAMPLE = 2000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeMedian(run: () => unknown, runs = RUNS): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const fmt = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const ms = (x: number) => `${fmt.format(x)} мс`;
const pct = (x: number) => `${fmt.format(x * 100)} %`;

interface Query {
  written: string;
  name: PersonName | null;
  person: number;
  injection: Injection;
}

interface Score {
  typoHits: number;
  typos: number;
  otherHits: number;
  others: number;
  alarms: number;
  untouched: number;
}

function score(queries: Query[], identify: (q: Query, i: number) => { person: number | null; alarm: boolean }): Score {
  const s: Score = { typoHits: 0, typos: 0, otherHits: 0, others: 0, alarms: 0, untouched: 0 };
  queries.forEach((q, i) => {
    const r = identify(q, i);
    if (q.injection === 'none') {
      s.untouched++;
      if (r.alarm || r.person !== q.person) s.alarms++;
    } else if (TYPO_KINDS.includes(q.injection)) {
      s.typos++;
      if (r.person === q.person) s.typoHits++;
    } else {
      s.others++;
      if (r.person === q.person) s.otherHits++;
    }
  });
  return s;
}

export async function benchPeople(): Promise<BenchRow[]> {
  const gen = generateColumn(ROSTER, CELLS, { seed: 11, injectRate: 0.2 });
  const read = readRoster(gen.rosterValues);
  if (!read.ok) throw new Error('bench: the generated roster was not read');
  const roster = read.roster;
  let index: RosterIndex = buildRosterIndex(roster);
  const indexMs = timeMedian(() => (index = buildRosterIndex(roster)));
  const rowToPerson = (row: number) => row - 1; // header on row 0

  const queries: Query[] = gen.names
    .flat()
    .map((n) => ({ written: n.written, name: findPeople(n.written)[0]?.name ?? null, person: n.person, injection: n.injection }));

  // Ours: matchPerson on each name.
  let ours: (ReturnType<typeof matchPerson> | null)[] = [];
  const oursMs = timeMedian(() => (ours = queries.map((q) => (q.name ? matchPerson(index, q.name) : null))));
  const oursScore = score(queries, (q, i) => {
    const m = ours[i];
    const person = m?.person ? rowToPerson(m.person.row) : null;
    const alarm = !m || m.status !== 'exact' || m.person!.display !== q.written;
    return { person, alarm };
  });

  // The peer: Fuse.js over the roster's «Фамилия И.О.», the best hit taken as the match. Fuse scans the whole
  // roster for every name (milliseconds each), so both are timed in CPU time on the same even sample of
  // PEER_SAMPLE names, after a warm-up of each: the figures compare like with like, nothing is scaled.
  const displays = gen.people.map((p) => p.display);
  let fuse = new Fuse(displays, { includeScore: true, threshold: 0.4 });
  const peerBuildMs = timeMedian(() => (fuse = new Fuse(displays, { includeScore: true, threshold: 0.4 })), 3);
  const step = Math.max(1, Math.floor(queries.length / PEER_SAMPLE));
  const sample = queries.filter((_, i) => i % step === 0).slice(0, PEER_SAMPLE);
  const fuseSearch = (q: Query) => fuse.search(q.written, { limit: 1 })[0] ?? { refIndex: -1 };
  const ourMatch = (q: Query) => (q.name ? matchPerson(index, q.name) : null);
  for (const q of sample.slice(0, 200)) {
    fuseSearch(q);
    ourMatch(q);
  }
  const cpu = (run: () => unknown): number => {
    const c0 = process.cpuUsage();
    run();
    const d = process.cpuUsage(c0);
    return (d.user + d.system) / 1000;
  };
  let peer: ReturnType<typeof fuseSearch>[] = [];
  const peerMs = cpu(() => (peer = sample.map(fuseSearch)));
  const oursSampleMs = median([0, 1, 2].map(() => cpu(() => sample.map(ourMatch))));
  const peerScore = score(sample, (q, i) => {
    const hit = peer[i]!;
    return { person: hit.refIndex >= 0 ? hit.refIndex : null, alarm: hit.refIndex < 0 || displays[hit.refIndex] !== q.written };
  });
  const oursOnSample = score(sample, (q, i) => {
    const m = ours[i * step];
    return { person: m?.person ? rowToPerson(m.person.row) : null, alarm: !m || m.status !== 'exact' || m.person!.display !== q.written };
  });

  // The whole column check: read every cell, match, findings; untouched cells must get none.
  let findingsOnClean = 0;
  const column = gen.cells.map((c) => [c]);
  // CPU time beside wall time: on a busy machine the wall clock also counts other processes.
  const cpus: number[] = [];
  const checkMs = timeMedian(() => {
    const c0 = process.cpuUsage();
    const r = checkResponsibleColumn(column, index, { empty: 'none' });
    if (!r.ok) throw new Error(r.error.message);
    cpus.push(process.cpuUsage(c0).user / 1000);
    findingsOnClean = r.report.cells.filter((c, i) => gen.names[i]!.every((n) => n.injection === 'none') && c.findings.length > 0).length;
  }, 3);
  const checkCpuMs = median(cpus);
  const missedNames = queries.filter((q) => !q.name).length;

  const recall = (s: Score) => s.typoHits / s.typos;
  const speedup = peerMs / oursSampleMs;
  return [
    {
      name: `Ответственные: сопоставление ${fmt.format(sample.length)} имён с реестром ${fmt.format(ROSTER)}, время процессора после разогрева (аналог — Fuse.js на тех же именах)`,
      ours: ms(oursSampleMs),
      peer: ms(peerMs),
      goal: '≥ 10× быстрее',
      ok: speedup >= 10,
    },
    {
      name: `Ответственные: сопоставление всех ${fmt.format(queries.length)} имён`,
      ours: ms(oursMs),
      peer: '—',
      goal: '< 1 000 мс',
      ok: oursMs < 1000,
    },
    {
      name: `Ответственные: полнота на ${fmt.format(oursScore.typos)} опечатках`,
      ours: pct(recall(oursScore)),
      peer: '—',
      goal: '≥ 99 %',
      ok: recall(oursScore) >= 0.99,
    },
    {
      name: `Ответственные: полнота на опечатках выборки (${fmt.format(peerScore.typos)})`,
      ours: pct(recall(oursOnSample)),
      peer: pct(recall(peerScore)),
      goal: '≥ 99 %',
      ok: recall(oursOnSample) >= 0.99,
    },
    {
      name: 'Ответственные: латиница, пробелы в инициалах, падежи — узнаны (аналог — на выборке)',
      ours: pct(oursScore.otherHits / oursScore.others),
      peer: pct(peerScore.otherHits / peerScore.others),
      goal: '—',
    },
    {
      name: `Ответственные: ложные тревоги на ${fmt.format(oursScore.untouched)} нетронутых именах (у аналога — на ${fmt.format(peerScore.untouched)})`,
      ours: String(oursScore.alarms),
      peer: String(peerScore.alarms),
      goal: '0',
      ok: oursScore.alarms === 0,
    },
    { name: 'Ответственные: индекс реестра / индекс Fuse', ours: ms(indexMs), peer: ms(peerBuildMs), goal: '—' },
    {
      name: `Ответственные: проверка столбца ${fmt.format(CELLS)} ячеек целиком (процессор ${ms(checkCpuMs)}; замечаний на чистых: ${findingsOnClean}, имён не прочитано: ${missedNames})`,
      ours: ms(checkMs),
      peer: '—',
      goal: '< 1 000 мс',
      ok: checkMs < 1000 && findingsOnClean === 0,
    },
  ];
}

/** The same rows as a BenchSection, for bench/run.ts. */

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchPeople())
    console.log(`${r.name}: ${r.ours} | ${r.peer} | ${r.goal} ${r.ok === undefined ? '' : r.ok ? '✓' : '✗'}`);
}

/**
 * The job's actions through the real bundle in the emulator, on a generated 50 000-row plan (the size the
 * issue names): «Проверить», «Исправить все надёжные», «Нагрузка», and CHECK_RESPONSIBLE on 20 000 cells.
 * Node is faster than Apps Script's V8: the goal keeps a wide margin under its 6 minutes and 30 seconds.
 */
export async function benchPeopleActions(): Promise<BenchRow[]> {
  const { sessionOver } = await import('./support/bundle');
  const ROWS = 50_000;
  const names = [
    'Третьякова Т.В.',
    'Петухов Е.А.',
    'Мельникова Т. В.',
    'Гумбатов С.А., Руководители ОО',
    'Третьякова Т. В.',
    'Ланская Н.В.',
  ];
  const months = ['Сентябрь 2024', 'Октябрь 2024', 'До 15.11.2024', 'Декабрь 2024 – январь 2025', 'Март 2025'];
  const rows = [
    ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
    ...Array.from({ length: ROWS }, (_, i) => [String(i + 1), `Мероприятие ${i + 1}`, months[i % 5]!, names[i % 6]!]),
  ];
  const time = async (action: (s: Awaited<ReturnType<typeof sessionOver>>) => unknown): Promise<number> => {
    const s = await sessionOver({ sheets: [{ name: 'План', rows }] });
    const t0 = performance.now();
    const reply = action(s) as { ok?: boolean; error?: string } | unknown[][];
    const t = performance.now() - t0;
    if (!Array.isArray(reply) && reply && reply.ok === false) throw new Error(`bench: ${reply.error}`);
    return t;
  };
  const check = await time((s) => s.run('peopleCheck', { sheet: 'План' }));
  const fix = await time((s) => s.run('peopleFixSafe', { sheet: 'План' }));
  const load = await time((s) => s.run('peopleWorkload', { sheet: 'План' }));
  const column = rows.slice(1, 20_001).map((r) => [r[3]!]);
  const custom = await time((s) => s.customFunction('CHECK_RESPONSIBLE', column));
  const row = (name: string, value: number, goal: number) => ({
    name,
    ours: ms(value),
    peer: '—',
    goal: `< ${fmt.format(goal)} мс`,
    ok: value < goal,
  });
  return [
    row(`Ответственные: «Проверить» план на ${fmt.format(ROWS)} строк (бандл в эмуляторе)`, check, 10_000),
    row(`Ответственные: «Исправить все надёжные» на ${fmt.format(ROWS)} строк`, fix, 20_000),
    row(`Ответственные: «Нагрузка» по ${fmt.format(ROWS)} строкам`, load, 20_000),
    row('Ответственные: CHECK_RESPONSIBLE на 20 000 ячеек', custom, 3_000),
  ];
}

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [
  { order: 20, title: 'Ответственные (наш сопоставитель против Fuse.js)', run: benchPeople },
  { order: 21, title: 'Ответственные: действия на большом плане', run: benchPeopleActions },
];
