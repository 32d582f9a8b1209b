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
