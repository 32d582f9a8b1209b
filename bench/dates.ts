/**
 * «Сроки» bench: our parseTerm against chrono-node's Russian parser, in one run.
 * (1) share of the seeds' «Сроки» cells read with the right start AND end; (2) the
 * share with the right end alone, giving chrono the benefit of month-level results;
 * (3) throughput on 100 000 terms (seed texts and general cases, cycled), in CPU time, against chrono's casual
 *     and strict parsers.
 * chrono gets the stage's start as its reference date, so a yearless month can resolve.
 */
import * as chrono from 'chrono-node/ru';
import { parseTerm, toIso, type DateRange, type TermContext } from '../src/core/dates';
import { HELD_TERMS } from './support/fixtures/heldout-terms';
import { SEED_TERMS } from './support/fixtures/seed-terms';
import type { BenchRow, BenchSection, BenchPart } from './table';

const TERMS = 100_000;
const WARMUP = 20_000;
const ROUNDS = 20;
/** Reference day for chrono when a cell has no context: deterministic, in the seeds' era. */
const DEFAULT_REF = new Date(2023, 0, 1);

const GENERAL: string[] = [
  '26.09.2022',
  '30.06. 2023',
  '26.09.2022 г.',
  'До 26.09.2022',
  'не позднее 01.03.2023',
  'к 1 сентября 2023',
  'до конца сентября 2023',
  'До 1 октября',
  '1 сентября 2023',
  '15 марта 2024 г.',
  '10-14 октября 2022',
  'с 1 по 15 марта 2024',
  '10.10.2022 – 14.10.2022',
  '15.03.2023 30.03.2023',
  'Май, 2021',
  'Март – апрель 2021 г.',
  'Сентябрь 2014 – май 2015',
  'Февраль, 2022, 2023 гг.',
  'Весна 2024',
  'летом 2023',
  'осень 2022 г.',
  'I квартал 2024',
  'IV кв. 2023',
  'II полугодие',
  'I полугодие 2024',
  '2023-2024 учебный год',
  '2022/2023 уч. г.',
  'в 2022-2023 учебном году',
  '2023-2025 годы',
  'с 2017 по 2020',
  '2024 год',
  'В течение года',
  'Постоянно',
  'ежемесячно',
  '1 раз в четверть',
  'Один раз в месяц',
  'раз в полгода',
  '2 раза в год',
  'По отдельному графику',
  'По мере необходимости',
  'В течение практического этапа',
  'на протяжении всего проекта',
  '31.02.2023',
];

interface Case {
  text: string;
  /** The stage's range, built once, as parseTerm takes it. */
  ctx?: TermContext;
  /** chrono's reference date, built once. */
  ref: Date;
}

function localIso(d: Date): string {
  return toIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function lastDayOfMonth(d: Date): string {
  return localIso(new Date(d.getFullYear(), d.getMonth() + 1, 0));
}

/** chrono's reading: first result's start, its end or the start again; month-level ends widened when asked. */
function chronoRange(c: Case, widenMonths: boolean): { start?: string; end?: string } {
  const r = chrono.parse(c.text, c.ref)[0];
  if (!r) return {};
  const last = r.end ?? r.start;
  const end = widenMonths && !last.isCertain('day') ? lastDayOfMonth(last.date()) : localIso(last.date());
  return { start: localIso(r.start.date()), end };
}

function percent(n: number, total: number): string {
  return ((100 * n) / total).toFixed(1) + ' %';
}

function rate(perSecond: number): string {
  return (
    Math.round(perSecond)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + ' терм/с'
  );
}

/** Right start and end on the held-back set of terms from other plans, ours and chrono's. */
function heldRows(): BenchRow[] {
  let ours = 0;
  let peer = 0;
  for (const h of HELD_TERMS) {
    const c = makeCase(h.text, h.context);
    const t = parseTerm(c.text, c.ctx);
    if (t.start === h.start && t.end === h.end) ours++;
    const p = chronoRange(c, true);
    if (p.start === h.start && p.end === h.end) peer++;
  }
  const n = HELD_TERMS.length;
  return [
    {
      name: `Сроки: верные начало и конец (${n} сроков других планов, отложенная выборка)`,
      ours: percent(ours, n),
      peer: percent(peer, n),
      goal: '≥ 97 %',
      ok: ours / n >= 0.97,
    },
  ];
}

function accuracyRows(): BenchRow[] {
  let ours = 0;
  let peer = 0;
  let oursEnd = 0;
  let peerEnd = 0;
  for (const s of SEED_TERMS) {
    const c = makeCase(s.text, s.context);
    const t = parseTerm(c.text, c.ctx);
    if (t.start === s.expected.start && t.end === s.expected.end) ours++;
    if (t.end === s.expected.end) oursEnd++;
    const p = chronoRange(c, false);
    if (p.start === s.expected.start && p.end === s.expected.end) peer++;
    if (chronoRange(c, true).end === s.expected.end) peerEnd++;
  }
  const n = SEED_TERMS.length;
  return [
    ...heldRows(),
    {
      name: `Сроки: верные начало и конец (${n} ячеек семян)`,
      ours: percent(ours, n),
      peer: percent(peer, n),
      goal: '≥ 95 %',
      ok: ours / n >= 0.95,
    },
    {
      name: 'Сроки: верное окончание (chrono: месяц до последнего дня)',
      ours: percent(oursEnd, n),
      peer: percent(peerEnd, n),
      goal: '—',
    },
  ];
}

function makeCase(text: string, context: DateRange | undefined): Case {
  return context ? { text, ctx: { range: context }, ref: new Date(context.start + 'T12:00:00') } : { text, ref: DEFAULT_REF };
}

function corpus(): Case[] {
  const cases = SEED_TERMS.map((s) => makeCase(s.text, s.context));
  for (const h of HELD_TERMS) cases.push(makeCase(h.text, h.context));
  for (const text of GENERAL) cases.push(makeCase(text, undefined));
  return cases;
}

/** CPU milliseconds (user + system) for `count` calls cycling the corpus from `from`: other processes do not count. */
function timeRun(cases: Case[], from: number, count: number, run: (c: Case) => unknown): number {
  const t0 = process.cpuUsage();
  for (let i = from; i < from + count; i++) run(cases[i % cases.length]!);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * Terms per CPU second for our parser and both of chrono's Russian parsers (casual, and strict, which reads
 * only fully written dates and so does less work), over TERMS terms each after a warm-up. The runs alternate
 * in ROUNDS slices so that a busy machine slows all alike.
 */
function throughput(cases: Case[]): { ours: number; casual: number; strict: number } {
  const ours = (c: Case): unknown => parseTerm(c.text, c.ctx);
  const casual = (c: Case): unknown => chrono.parse(c.text, c.ref);
  const strict = (c: Case): unknown => chrono.strict.parse(c.text, c.ref);
  timeRun(cases, 0, WARMUP, ours);
  timeRun(cases, 0, WARMUP / 10, casual);
  timeRun(cases, 0, WARMUP / 10, strict);
  const slice = TERMS / ROUNDS;
  let oursMs = 0;
  let casualMs = 0;
  let strictMs = 0;
  for (let r = 0; r < ROUNDS; r++) {
    oursMs += timeRun(cases, r * slice, slice, ours);
    casualMs += timeRun(cases, r * slice, slice, casual);
    strictMs += timeRun(cases, r * slice, slice, strict);
  }
  return { ours: TERMS / (oursMs / 1000), casual: TERMS / (casualMs / 1000), strict: TERMS / (strictMs / 1000) };
}

export const datesBench: BenchSection = async () => {
  const rows = accuracyRows();
  const cases = corpus();
  const { ours, casual, strict } = throughput(cases);
  rows.push(
    {
      name: `Сроки: скорость (время процессора), ${TERMS.toLocaleString('ru-RU')} терминов; аналог — chrono.parse`,
      ours: rate(ours),
      peer: rate(casual),
      goal: '≥ 10× chrono',
      ok: ours >= 10 * casual,
    },
    {
      name: 'Сроки: во сколько раз быстрее chrono.parse (время процессора)',
      ours: (ours / casual).toFixed(1) + '×',
      peer: '1×',
      goal: '≥ 10×',
      ok: ours >= 10 * casual,
    },
    {
      name: 'Сроки: во сколько раз быстрее chrono.strict (время процессора)',
      ours: (ours / strict).toFixed(1) + '×',
      peer: '1×',
      goal: '≥ 5×',
      ok: ours >= 5 * strict,
    },
  );
  return rows;
};

/** Its part of the `npm run bench` table (bench/run.ts finds it). */
export const SECTIONS: BenchPart[] = [{ order: 8, title: 'Сроки (parseTerm против chrono-node/ru)', run: datesBench }];
