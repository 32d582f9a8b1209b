/**
 * Fault injection: a test makes the n-th spreadsheet write (or the n-th call of one method) throw, as a
 * failing Google service does half-way through an action, and sweeps an action over every write it makes.
 *
 * What Google throws (texts as Apps Script reports them; the error's name is «Exception», so the log shows
 * «Exception: Service error: Spreadsheets»):
 * - «Service Spreadsheets timed out while accessing document with id <id>.» — transient, widely reported
 *   (e.g. retry policies of Apps Script projects list it as their transient sample; a time-out may come after
 *   the write landed, so `applied: true` models a write that took effect and still threw);
 * - «Service error: Spreadsheets» — e.g. a bulk setValues over a merge-heavy range;
 * - «Service Spreadsheets failed while accessing document with id <id>.».
 * Sources: public Apps Script projects that catch these texts (found with the code search of this project's
 * tools); Google documents no list.
 */
import type { Cell, Workbook } from './workbook';

/** Google's error texts for a failing Sheets service. */
export const GOOGLE_FAILURES = {
  timedOut: (documentId: string) => `Service Spreadsheets timed out while accessing document with id ${documentId}.`,
  serviceError: 'Service error: Spreadsheets',
  failed: (documentId: string) => `Service Spreadsheets failed while accessing document with id ${documentId}.`,
} as const;

/** What to break. */
export interface Fault {
  /** The n-th matching call fails (1-based). `Infinity` fails nothing and only records the matching calls. */
  at: number;
  /** Which calls count: 'write' (default), every call that changes the spreadsheet; or one method, 'Range.setValues'. */
  calls?: 'write' | string;
  /** The error's message (default: Google's time-out text with the spreadsheet's id). */
  message?: string;
  /** The failing call takes effect and then throws (a time-out after the write landed). Default false: nothing changes. */
  applied?: boolean;
  /** Every matching call from the n-th on fails (the service stays down). Default: only the n-th. */
  persist?: boolean;
}

/** A call that changes the spreadsheet (as opposed to reads, builders, selection and toasts). */
const WRITE_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection', 'DeveloperMetadata']);
const WRITE_METHOD = /^(set|insert|delete|clear|merge|breakApart|protect|add|remove|hide|show|append|rename|copyTo|update|autoResize)/;
const NOT_WRITES = new Set(['Spreadsheet.setActiveSheet', 'Spreadsheet.setActiveRange']);

/** True for a call that changes the spreadsheet: `Range.setValues`, `Sheet.insertRowsAfter`, `Protection.addEditors`… */
export function isWriteCall(className: string, method: string): boolean {
  return WRITE_CLASSES.has(className) && WRITE_METHOD.test(method) && !NOT_WRITES.has(`${className}.${method}`);
}

/** The calls of one execution environment that may be made to fail. */
export class FaultInjector {
  private fault: Fault | undefined;
  private seen = 0;
  /** The matching calls since the fault was armed, in order ('Range.setValues', …). */
  readonly matched: string[] = [];
  /** The calls that were made to fail. */
  readonly fired: string[] = [];

  /** The id the time-out message names (the spreadsheet's). */
  documentId = 'local';

  /** Arms a fault; counting starts now. */
  arm(fault: Fault): void {
    if (!(fault.at >= 1)) throw new Error(`FaultInjector.arm: at must be 1 or more, not ${fault.at}`);
    this.fault = { ...fault };
    this.seen = 0;
    this.matched.length = 0;
    this.fired.length = 0;
  }

  /** No more failures (what was recorded stays). */
  disarm(): void {
    this.fault = undefined;
  }

  /**
   * Called for every service call before it runs: the error to throw for it and whether the call takes
   * effect first, or undefined when it runs as usual.
   */
  onCall(className: string, method: string): { error: Error; applied: boolean } | undefined {
    const f = this.fault;
    if (!f) return undefined;
    const key = `${className}.${method}`;
    const matches = f.calls === undefined || f.calls === 'write' ? isWriteCall(className, method) : f.calls === key;
    if (!matches) return undefined;
    this.seen++;
    this.matched.push(key);
    if (this.seen < f.at || (this.seen > f.at && !f.persist)) return undefined;
    this.fired.push(key);
    const error = new Error(f.message ?? GOOGLE_FAILURES.timedOut(this.documentId));
    error.name = 'Exception';
    return { error, applied: f.applied === true };
  }
}

// ---- the state of a workbook, for «is it as before?» -------------------------------------------------

/** A cell as compared: its fields, without the empty ones. */
type CellState = Partial<Cell>;

export interface SheetState {
  name: string;
  id: number;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  /** Rows of cells, trailing empty cells and rows left out; null for an empty cell. */
  cells: (CellState | null)[][];
  merges: string[];
  columnWidths: (number | null)[];
  tabColor: string | null;
  /** Developer metadata, protections and charts without their ids (ids are new on every write). */
  metadata: { key: string; value: string | null }[];
  protections: unknown[];
  charts: unknown[];
}

export interface WorkbookState {
  sheets: SheetState[];
  documentProperties: Record<string, string>;
  metadata: { key: string; value: string | null }[];
}

const isEmptyCell = (cell: Cell | undefined) => !cell || Object.keys(cell).every((k) => k === 'value' && cell.value === '');

function trimEnd<T>(list: T[], empty: (x: T) => boolean): T[] {
  let end = list.length;
  while (end > 0 && empty(list[end - 1]!)) end--;
  return list.slice(0, end);
}

/**
 * Everything of a workbook a user could see change (values, formulas, formats, notes, validations, sheets and
 * their order, names, ids, protections, charts, developer metadata, document properties), as plain data that
 * `toEqual` compares. An empty cell and a cell never written are the same; ids of metadata entries are left out.
 */
export function workbookState(workbook: Workbook): WorkbookState {
  const withoutId = <T extends { id: number }>(x: T) => {
    const { id: _id, ...rest } = structuredClone(x);
    return rest;
  };
  return {
    sheets: workbook.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      hidden: s.hidden,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      cells: trimEnd(
        s.rows.map((line) =>
          trimEnd(
            Array.from(line, (cell) => (isEmptyCell(cell) ? null : structuredClone(cell!))),
            (c) => c === null,
          ),
        ),
        (row) => row.length === 0,
      ),
      merges: [...s.merges].sort(),
      columnWidths: trimEnd(
        Array.from(s.columnWidths, (w) => w ?? null),
        (w) => w === null,
      ),
      tabColor: s.tabColor ?? null,
      metadata: s.metadata.map((m) => ({ key: m.key, value: m.value })),
      protections: s.protections.map(withoutId),
      charts: s.charts.map(withoutId),
    })),
    documentProperties: { ...workbook.documentProperties },
    metadata: workbook.metadata.map((m) => ({ key: m.key, value: m.value })),
  };
}

// ---- sweeping an action over its writes --------------------------------------------------------------

export interface FaultRun<R> {
  /** The write that failed (1-based) and its method. */
  at: number;
  call: string;
  /** What the action returned (a sidebar reply), or undefined when it threw. */
  result: R | undefined;
  /** The message of what the action threw, when it threw. */
  thrown?: string;
  /** The workbook before the action and after the failed run. */
  before: WorkbookState;
  after: WorkbookState;
  /** True when the workbook is exactly as before. */
  unchanged: boolean;
}

export interface FaultSweep<R> {
  /** The writes the action makes when nothing fails, in order. */
  writes: string[];
  /** The run without a failure. */
  clean: { result: R | undefined; thrown?: string; before: WorkbookState; after: WorkbookState };
  /** One run per write, with that write failing. */
  runs: FaultRun<R>[];
}

export interface SweepOptions<S> {
  /** Done first on every fresh session, not counted (e.g. a first build before a rebuild). */
  before?: (session: S) => unknown;
  /** The error text (default: Google's time-out). */
  message?: string;
  /** The failing write takes effect, then throws. */
  applied?: boolean;
  /** Every write from the failing one on fails too. */
  persist?: boolean;
  /** At most this many runs (default 500): a sweep over an action of thousands of writes is refused. */
  maxRuns?: number;
}

/** What a sweep needs of a session (a Sandbox or a Session has it): its workbook and its fault injector. */
export interface FaultSession {
  workbook: Workbook;
  faults: FaultInjector;
}

/**
 * Runs `action` once on a fresh session to record its writes, then once per write on a fresh session with
 * that write failing, and returns the workbook after each run: so a test can assert, for every write, that the
 * sheet is as before or that the message says what was changed.
 */
export async function sweepWriteFaults<S extends FaultSession, R>(
  open: () => S | Promise<S>,
  action: (session: S) => R,
  options: SweepOptions<S> = {},
): Promise<FaultSweep<R>> {
  const runOnce = async (fault: Fault) => {
    const session = await open();
    options.before?.(session);
    const before = workbookState(session.workbook);
    session.faults.arm(fault);
    let result: R | undefined;
    let thrown: string | undefined;
    try {
      result = action(session);
    } catch (err) {
      thrown = err instanceof Error ? err.message : String(err);
    } finally {
      session.faults.disarm();
    }
    return { session, result, ...(thrown !== undefined ? { thrown } : {}), before, after: workbookState(session.workbook) };
  };
  const common = {
    ...(options.message !== undefined ? { message: options.message } : {}),
    ...(options.applied ? { applied: true } : {}),
    ...(options.persist ? { persist: true } : {}),
  };
  const clean = await runOnce({ at: Infinity });
  const writes = [...clean.session.faults.matched];
  const max = options.maxRuns ?? 500;
  if (writes.length > max) throw new Error(`sweepWriteFaults: the action makes ${writes.length} writes, more than maxRuns (${max})`);
  const runs: FaultRun<R>[] = [];
  for (let n = 1; n <= writes.length; n++) {
    const { session: _s, ...run } = await runOnce({ at: n, ...common });
    runs.push({ at: n, call: writes[n - 1]!, ...run, unchanged: sameState(run.before, run.after) });
  }
  const { session: _s, ...cleanRun } = clean;
  return { writes, clean: cleanRun, runs };
}

/** Deep equality of two states (plain data, Dates included). */
export function sameState(a: WorkbookState, b: WorkbookState): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { date: raw.getTime() };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    }
    return v;
  });
}
