/** One action of the add-on with its call budget, and the check that its reply succeeded (shared by every job's list). */
import type { Session } from '../../../src/local/emulator';

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

/** A reply that must have succeeded: its data (one helper for the tests, the bench and the CLI). */
export { ok } from '../../../src/local/client';
