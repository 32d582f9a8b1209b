/** One action of the add-on with the spreadsheet calls it may cost (each job's list is in ./actions/<job>.ts). */
import type { Session } from '../../src/local/emulator';

export interface Action {
  /** What the user does, as the docs (docs/ru/<job>.md) and the bench name it. */
  name: string;
  /** Anything the action needs done first (not counted). */
  before?: (s: Session) => void;
  run: (s: Session) => unknown;
  /** The most spreadsheet service calls it may make, and why that many. */
  max: number;
  why: string;
}

/** A reply that must be `{ ok: true }`. */
export function ok(reply: unknown): unknown {
  const r = reply as { ok: boolean; error?: string };
  if (!r || r.ok !== true) throw new Error(`action failed: ${r?.error ?? JSON.stringify(reply)}`);
  return reply;
}
