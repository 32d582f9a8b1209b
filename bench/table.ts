/** One row of the `npm run bench` table: our figure beside the peer's where there is a peer. */
export interface BenchRow {
  /** What is measured, e.g. "RUB: 100 000 ячеек". */
  name: string;
  /** Our figure, already formatted with its unit, e.g. "41 ms", "97.3 %". */
  ours: string;
  /** The peer library's figure in the same run, or "—". */
  peer: string;
  /** The goal we hold ourselves to, e.g. "≥ 95 %", or "—". */
  goal: string;
  /** Whether our figure meets the goal (undefined when there is no goal). */
  ok?: boolean;
}

export type BenchSection = () => Promise<BenchRow[]>;

/**
 * A titled part of the table. Each bench/<name>.ts that measures something exports `SECTIONS: BenchPart[]`,
 * and bench/run.ts finds them from the folder (a new job adds bench/<job>.ts and edits no list): smaller
 * `order` first (plan 10, people 20, budget 30, checklist 40 — the menu's order).
 */
export interface BenchPart {
  order: number;
  title: string;
  run: BenchSection;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of `run` over `runs` runs, after two warm-up runs. */
export function timeMedian(run: () => unknown, runs: number): number {
  run();
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
