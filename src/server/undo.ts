/**
 * All-or-nothing actions. Every write of sheets-io records, while an action runs under the document lock,
 * what it changed and how to take it back. When the action fails half-way the changes are taken back, newest
 * first; what cannot be taken back (a generated sheet already cleared, a protection half-updated, an undo that
 * itself failed) is said to the user, each with how to finish, in place of «Данные не изменены».
 *
 * One journal per execution (module state does not outlive one); nested actions share the outer journal.
 * This module imports nothing of the add-on's, so runtime and sheets-io can both use it.
 */

/** One change an action made. */
export interface Change {
  /**
   * The sheet it is on, as the action holds it (the same Sheet object: no call to ask its id; a write through
   * another object for the same sheet is merely recorded again).
   */
  sheet: object;
  /** What changed and how to finish, in the user's language, for the message when it stays (asked only then). */
  said: () => string;
  /** Takes the change back; none when it cannot be (the message then says `said`). */
  undo?: () => void;
  /**
   * The change stands for the whole sheet (the sheet was created, or cleared to be rebuilt): later writes on
   * it need no record of their own.
   */
  whole?: boolean;
  /** 1-based columns inserted by the change: writes inside them need no record of their own. */
  columns?: { first: number; last: number };
}

let journal: Change[] | null = null;

/** Whether an action is recording its changes now. */
export function journaling(): boolean {
  return journal !== null;
}

/** Records a change an action has just made (nothing when no action is recording). */
export function recordChange(change: Change): void {
  journal?.push(change);
}

/** Whether a write on `sheet` (at 1-based columns first..last, when given) is already covered by a change recorded before. */
export function covered(sheet: object, first?: number, last?: number): boolean {
  if (!journal) return true;
  return journal.some(
    (c) =>
      c.sheet === sheet &&
      (c.whole ||
        (c.columns !== undefined && first !== undefined && last !== undefined && first >= c.columns.first && last <= c.columns.last)),
  );
}

/** Forgets the changes recorded on a sheet the action has itself deleted again (nothing of them is left to undo). */
export function forgetSheet(sheet: object): void {
  if (!journal) return;
  for (let i = journal.length - 1; i >= 0; i--) if (journal[i]!.sheet === sheet) journal.splice(i, 1);
}

/** Forgets what the action recorded so far: it stays, whatever happens next (e.g. a sheet made before a message that stops the action). */
export function keepChanges(): void {
  if (journal) journal.length = 0;
}

/** What a change says; a failure to say it (the sheet gone) still leaves a line. */
function said(c: Change): string {
  try {
    return c.said();
  } catch (err) {
    console.error(err);
    return '?';
  }
}

/** An action failed after changes that could not all be taken back. */
export class PartlyDone extends Error {
  override name = 'PartlyDone';
  constructor(
    /** What the action threw. */
    readonly original: unknown,
    /** What stays changed, each with how to finish, oldest first. */
    readonly left: readonly string[],
  ) {
    super(`partly done: ${left.join('; ')}`);
  }
}

/**
 * Runs `action` recording its changes; when it throws, takes them back newest first and rethrows — the same
 * error when everything was taken back, a PartlyDone listing what stays otherwise.
 */
export function undoable<T>(action: () => T): T {
  if (journal) return action();
  const changes: Change[] = [];
  journal = changes;
  try {
    return action();
  } catch (err) {
    journal = null;
    const left: string[] = [];
    for (let i = changes.length - 1; i >= 0; i--) {
      const c = changes[i]!;
      if (!c.undo) {
        left.push(said(c));
        continue;
      }
      try {
        c.undo();
      } catch (undoErr) {
        console.error(undoErr);
        left.push(said(c));
      }
    }
    if (!left.length) throw err;
    throw new PartlyDone(err, [...new Set(left.reverse())]);
  } finally {
    journal = null;
  }
}
