/**
 * The judge of the all-or-nothing tests: an action is run once per spreadsheet write with that write failing
 * (sweepWriteFaults), and every failed run must leave the workbook exactly as before, or reply with a message
 * that is true: it names every sheet that changed, and never says nothing changed.
 */
import { sameState, sweepWriteFaults, workbookState, type Session, type WorkbookState, type FaultRun } from '../../src/local/emulator';
import { sampleWorkbook } from '../../sample/workbook';
import type { Action } from '../../bench/support/actions/action';
import { sessionOver } from '../support/bundle';

/** The names of the sheets that differ between two states (added, removed or changed), with what differs. */
export function changedSheets(before: WorkbookState, after: WorkbookState): string[] {
  const key = (s: WorkbookState['sheets'][number]) =>
    JSON.stringify({ ...s, name: undefined, id: undefined }, (_k, v: unknown) => (v instanceof Date ? v.getTime() : v));
  const out: string[] = [];
  const beforeById = new Map(before.sheets.map((s) => [s.id, s]));
  const afterIds = new Set(after.sheets.map((s) => s.id));
  for (const s of after.sheets) {
    const old = beforeById.get(s.id);
    if (!old || old.name !== s.name || key(old) !== key(s)) out.push(s.name);
  }
  for (const s of before.sheets) if (!afterIds.has(s.id)) out.push(s.name);
  return out;
}

/** The message of a failed run: the sidebar's error reply, or what a wrapped call threw. */
export function failureMessage(run: Pick<FaultRun<unknown>, 'result' | 'thrown'>): string {
  const r = run.result as { ok?: boolean; error?: string } | undefined;
  if (r && r.ok === false && r.error) return r.error;
  return (run.thrown ?? '').replace(/^action failed: /, '');
}

const SAYS_NOTHING_CHANGED = /не изменен|ничего не изменено|nothing was changed/i;

export interface Verdict {
  at: number;
  call: string;
  unchanged: boolean;
  changed: string[];
  message: string;
  /** Empty when the run is fine. */
  problem: string;
}

/**
 * A state as the user and the API can tell it: a cell set to Sheets' automatic number format reads exactly as
 * an unformatted one (getNumberFormat gives '0.###############' for both, and both show the same), and the list
 * of sheets recognised as plans is a hint every read of a plan remembers (the check writes it too), not a change.
 */
export function observable(state: WorkbookState): WorkbookState {
  const { ['klaster.plan.sheets']: _hint, ...documentProperties } = state.documentProperties;
  return {
    ...state,
    documentProperties,
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: trimEnd(
        s.cells.map((row) =>
          trimEnd(
            row.map((cell) => {
              if (!cell || cell.numberFormat !== '0.###############') return cell;
              const { numberFormat: _f, ...rest } = cell;
              return Object.keys(rest).every((k) => k === 'value') && (rest.value ?? '') === '' ? null : rest;
            }),
            (c) => c === null,
          ),
        ),
        (row) => row.length === 0,
      ),
    })),
  };
}

function trimEnd<T>(list: T[], empty: (x: T) => boolean): T[] {
  let end = list.length;
  while (end > 0 && empty(list[end - 1]!)) end--;
  return list.slice(0, end);
}

/** Why a failed run breaks the promise, or '' when it keeps it. */
export function judge(raw: FaultRun<unknown>): Verdict {
  const before = observable(raw.before);
  const after = observable(raw.after);
  const run = { ...raw, before, after, unchanged: sameState(before, after) };
  const message = failureMessage(run);
  const changed = run.unchanged ? [] : changedSheets(run.before, run.after);
  const docChanged = !run.unchanged && changed.length === 0;
  let problem = '';
  const succeeded = (run.result as { ok?: boolean } | undefined)?.ok === true && run.thrown === undefined;
  if (run.unchanged) problem = '';
  else if (succeeded)
    problem = ''; // a failure caught and recovered from: the result is the clean one (checked by the caller)
  else if (SAYS_NOTHING_CHANGED.test(message)) problem = `says nothing changed, but ${changed.join(', ') || 'the document'} changed`;
  else if (docChanged && !/таблиц|документ/i.test(message)) problem = 'the document properties changed, the message does not say so';
  else {
    const unnamed = changed.filter((name) => !message.includes(`«${name}»`));
    if (unnamed.length) problem = `changed ${unnamed.map((n) => `«${n}»`).join(', ')}, not named in: ${message}`;
  }
  return { at: run.at, call: run.call, unchanged: run.unchanged, changed, message, problem };
}

/** Runs an action; a menu item's alert becomes its error reply. */
function runWithAlerts(action: Action, s: Session): unknown {
  const alerts = s.ui.alerts.length;
  const result = action.run(s);
  const alert = s.ui.alerts[alerts];
  return alert ? { ok: false, error: alert.prompt } : result;
}

/**
 * Sweeps one action on the sample workbook (or `open`) and judges every failed run. `persist`: every write from
 * the failing one on fails too, so the undo itself fails and the message must say what stays.
 */
export async function sweepAction(action: Action, options: { open?: () => Promise<Session>; persist?: boolean } = {}) {
  const open = options.open ?? (() => sessionOver(sampleWorkbook()));
  const sweep = await sweepWriteFaults(open, (s) => runWithAlerts(action, s), {
    ...(action.before ? { before: action.before } : {}),
    ...(options.persist ? { persist: true } : {}),
  });
  const goal = JSON.stringify(withoutIds(observable(sweep.clean.after)));
  const verdicts = sweep.runs.map((run) => {
    const v = judge(run);
    // a run that replied «done» despite the failure must have done what a clean run does
    const succeeded = (run.result as { ok?: boolean } | undefined)?.ok === true && run.thrown === undefined;
    if (succeeded && JSON.stringify(withoutIds(observable(run.after))) !== goal)
      v.problem = `replied ok, but the workbook is not what a clean run leaves`;
    return v;
  });
  return { sweep, verdicts, problems: verdicts.filter((v) => v.problem) };
}

/** One line per action for the report: writes, runs left as before, runs with a true message, problems. */
export function summary(name: string, verdicts: readonly Verdict[]): string {
  const same = verdicts.filter((v) => !v.problem && (v.unchanged || v.changed.length === 0)).length;
  const told = verdicts.filter((v) => !v.problem && !(v.unchanged || v.changed.length === 0)).length;
  return `${name}: ${verdicts.length} failures injected, ${same} left the workbook as before, ${told} said what stays, ${verdicts.length - same - told} broke the promise`;
}

export { workbookState };

/** A state with sheet ids left out (a sheet made again gets a new id) and ids inside marker values masked. */
function withoutIds(state: WorkbookState): unknown {
  const mask = (v: string | null) => (v === null ? v : v.replace(/"sheet":\d+/g, '"sheet":#'));
  // document properties keyed by a sheet's id (the budget marks): the id replaced by the sheet's name
  let props = JSON.stringify(state.documentProperties);
  for (const sh of state.sheets) props = props.split(String(sh.id)).join(`#${sh.name}`);
  return {
    ...state,
    documentProperties: JSON.parse(props) as unknown,
    sheets: state.sheets.map(({ id: _id, ...s }) => ({ ...s, metadata: s.metadata.map((m) => ({ ...m, value: mask(m.value) })) })),
  };
}

/**
 * «A re-run repairs»: for each write, the action is run with that write failing, then run again with nothing
 * failing; the workbook must end as a clean run leaves it. Returns the writes whose re-run ended elsewhere.
 */
export async function sweepRepair(
  action: Action,
  open: () => Promise<Session> = () => sessionOver(sampleWorkbook()),
): Promise<{ writes: number; broken: string[] }> {
  const fresh = async () => {
    const s = await open();
    action.before?.(s);
    return s;
  };
  const clean = await fresh();
  clean.faults.arm({ at: Infinity });
  action.run(clean);
  const writes = [...clean.faults.matched];
  clean.faults.disarm();
  const goal = JSON.stringify(withoutIds(observable(workbookState(clean.workbook))));
  const broken: string[] = [];
  for (let n = 1; n <= writes.length; n++) {
    const s = await fresh();
    s.faults.arm({ at: n });
    try {
      action.run(s);
    } catch {
      // the failure itself is judged by sweepAction
    }
    s.faults.disarm();
    try {
      action.run(s);
    } catch (err) {
      broken.push(`#${n} ${writes[n - 1]}: the re-run failed: ${(err as Error).message}`);
      continue;
    }
    if (JSON.stringify(withoutIds(observable(workbookState(s.workbook)))) !== goal)
      broken.push(`#${n} ${writes[n - 1]}: the re-run left another workbook`);
  }
  return { writes: writes.length, broken };
}
