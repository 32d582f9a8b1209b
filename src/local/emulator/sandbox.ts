/**
 * Runs the built Code.js as Apps Script does: one plain script in a fresh V8 context whose
 * globals are the emulated services. Not a security boundary: the bundle is our own code.
 *
 * Realms: the script has its own Date/Array/Object. Values the services return are rebuilt in
 * the script realm, so `value instanceof Date` holds inside the script for dates read from cells
 * and for dates passed to custom functions. Results handed back to the host are rebuilt as host
 * values (host Dates, host arrays), so host code can use `instanceof` too.
 */
import { createContext, runInContext, Script, type Context } from 'node:vm';
import { AuthMode, type AuthModeName } from './enums';
import { toHost, toScript, unwrap } from './instrument';
import { contextRealm, isDate } from './realm';
import { Runtime } from './runtime';
import { createEnvironment, type Environment, type EnvironmentOptions } from './services';
import { transportProblem } from './transport';
import type { CellValue } from './workbook';
import type { DateBridge } from './zones';

export interface SandboxOptions extends EnvironmentOptions {
  /** Time limit of run()/trigger() in ms (Apps Script: 6 minutes). */
  timeoutMs?: number;
  /** Time limit of customFunction() in ms (Apps Script: 30 seconds). */
  customFunctionTimeoutMs?: number;
  /** File name shown in stack traces. */
  filename?: string;
}

/** Why a call through the sandbox failed. */
export type ScriptRunErrorKind = 'not-callable' | 'not-transportable' | 'exception' | 'timeout';

/** A refused or failed call: unknown/private function, a value google.script.run cannot carry, a script exception. */
export class ScriptRunError extends Error {
  override name = 'ScriptRunError';

  constructor(
    message: string,
    readonly kind: ScriptRunErrorKind,
    /** The script's own stack, for an exception. */
    readonly scriptStack?: string,
  ) {
    super(message);
  }
}

/** What Sheets shows for a custom function: a value, a 2D array, or #ERROR! with a message. */
export type CustomFunctionResult = CellValue | CellValue[][] | { error: string };

/** An argument of a custom function as Sheets passes it: a cell value, or a range as a 2D array. */
export type CustomFunctionArg = CellValue | CellValue[][];

/** Event fields a trigger may receive; `source` is always the active spreadsheet. */
export interface TriggerEvent {
  authMode?: AuthModeName;
  [field: string]: unknown;
}

export interface Sandbox extends Pick<Environment, 'calls' | 'ui' | 'workbook' | 'logs' | 'globals' | 'documents' | 'sharing' | 'faults'> {
  /** google.script.run.name(...args): public top-level functions only; transportable values only. */
  run(name: string, ...args: unknown[]): unknown;
  /**
   * Calls a trigger or a menu handler directly. onOpen/onInstall get `{ authMode, source }`
   * (authMode LIMITED for onOpen, FULL for onInstall unless given; NONE restricts the script
   * to building the menu). Other functions get `event` only when one is passed.
   */
  trigger(name: string, event?: TriggerEvent): unknown;
  /**
   * Calls a custom function as a formula would; a thrown error becomes `{ error: message }`.
   * A Date argument stands for a date cell (its local fields are what the cell shows): the script gets the
   * instant of that wall clock in the spreadsheet's zone. A Date in the result comes back as the wall clock
   * the cell would show.
   */
  customFunction(name: string, ...args: CustomFunctionArg[]): CustomFunctionResult;
  /** Names of the script's top-level functions, sorted. */
  globalNames(): string[];
  /**
   * Recalculates every formula of the workbook, the bundle's functions in cells included (Sheets does it after
   * each change; here before the workbook is shown or saved).
   */
  recalculate(): void;
}

type ScriptFunction = (...args: unknown[]) => unknown;

/** Loads `code` (the built Code.js) in a fresh context over `options.workbook`. */
export function loadBundle(code: string, options: SandboxOptions): Sandbox {
  const context = createContext({}, { name: 'Apps Script (emulated)', codeGeneration: { strings: true, wasm: false } });
  if (options.now) installClock(context, options.now);
  const runtime = new Runtime(options.calls, contextRealm(context), options.now);
  const env = createEnvironment(options, runtime);
  Object.assign(context, env.globals);
  const injected = new Set(Object.keys(context));

  let pending: (() => unknown) | undefined;
  Object.defineProperty(context, '__klasterInvoke', { value: () => pending?.(), enumerable: false });
  const invokeScript = new Script('__klasterInvoke()', { filename: 'klaster-invoke' });
  const invoke = (fn: ScriptFunction, args: unknown[], timeout: number): unknown => {
    pending = () => fn(...args);
    try {
      return invokeScript.runInContext(context, { timeout });
    } finally {
      pending = undefined;
    }
  };

  // Apps Script evaluates the script afresh for every execution (a menu click, a google.script.run call,
  // each custom-function call): module state never survives from one to the next. So does the emulator,
  // so a cache that only works because the bundle stayed loaded fails here, and call counts stay honest.
  // Top-level let/const cannot be declared twice in one V8 context; a script that has them (not our bundle:
  // esbuild's IIFE declares only var and function) is then evaluated once and keeps its state.
  let script: Script;
  try {
    script = new Script(code, { filename: options.filename ?? 'Code.js' });
  } catch (err) {
    throw new ScriptRunError(`Код надстройки не загрузился: ${messageOf(err)}`, 'exception', stackOf(err));
  }
  let evaluations = 0;
  let lexical = false;
  /** The evaluation at load is the first execution's own: the first call does not evaluate the script again. */
  let fresh = false;
  const evaluate = (): void => {
    if (fresh) {
      fresh = false;
      return;
    }
    if (lexical) return;
    try {
      script.runInContext(context);
      evaluations++;
    } catch (err) {
      if (evaluations > 0 && /has already been declared/.test(messageOf(err))) {
        lexical = true;
        return;
      }
      throw new ScriptRunError(`Код надстройки не загрузился: ${messageOf(err)}`, 'exception', stackOf(err));
    }
  };
  evaluate();
  fresh = true;
  const names = Object.keys(context)
    .filter((n) => !injected.has(n) && typeof (context as Record<string, unknown>)[n] === 'function')
    .sort();

  const functionNamed = (name: string): ScriptFunction => {
    const fn = (context as Record<string, unknown>)[name];
    if (!names.includes(name) || name.endsWith('_') || typeof fn !== 'function') {
      throw new ScriptRunError(`Функция ${name} недоступна`, 'not-callable');
    }
    return fn as ScriptFunction;
  };
  const runTimeout = options.timeoutMs ?? 360_000;
  const call = (name: string, _fn: ScriptFunction, args: unknown[], timeout: number): unknown => {
    runtime.executing++;
    try {
      evaluate();
      const fn = functionNamed(name);
      return invoke(fn, args, timeout);
    } catch (err) {
      if (err instanceof ScriptRunError) throw err;
      if ((err as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
        throw new ScriptRunError(`Функция ${name} не уложилась в ${timeout} мс`, 'timeout');
      }
      throw new ScriptRunError(messageOf(err), 'exception', stackOf(err));
    } finally {
      runtime.executing--;
    }
  };

  const sandbox: Sandbox = {
    calls: env.calls,
    documents: env.documents,
    sharing: env.sharing,
    faults: env.faults,
    ui: env.ui,
    workbook: env.workbook,
    logs: env.logs,
    globals: env.globals,

    run(name, ...args) {
      const fn = functionNamed(name);
      args.forEach((arg, i) => refuse(transportProblem(arg, `${name}: аргумент ${i + 1}`)));
      const result = runtime.withAccess('full', () =>
        call(
          name,
          fn,
          args.map((a) => toScript(a, runtime)),
          runTimeout,
        ),
      );
      refuse(transportProblem(result, `${name}: результат`));
      return toHost(result);
    },

    trigger(name, event) {
      const fn = functionNamed(name);
      const isSimple = name === 'onOpen' || name === 'onInstall';
      const authMode = event?.authMode ?? (name === 'onInstall' ? AuthMode.FULL : AuthMode.LIMITED);
      const args = isSimple || event ? [toScript({ ...event, authMode, source: unwrap(env.spreadsheet) }, runtime)] : [];
      const access = authMode === AuthMode.NONE ? 'auth-none' : 'full';
      return toHost(runtime.withAccess(access, () => call(name, fn, args, runTimeout)));
    },

    customFunction(name, ...args) {
      const fn = functionNamed(name);
      args.forEach((arg, i) => checkCustomArg(arg, `${name}: аргумент ${i + 1}`));
      try {
        const result = runtime.withAccess('custom-function', () =>
          call(
            name,
            fn,
            args.map((a) => toScript(cellDates(a, env.dates), runtime)),
            options.customFunctionTimeoutMs ?? 30_000,
          ),
        );
        return sheetResult(result, env.dates);
      } catch (err) {
        if (err instanceof ScriptRunError && err.kind === 'exception') return { error: err.message };
        if (err instanceof ScriptRunError && err.kind === 'timeout') {
          return { error: 'Exceeded maximum execution time' };
        }
        throw err;
      }
    },

    globalNames: () => [...names],

    recalculate: () => env.formulas.recalculate(),
  };
  // Any public top-level function can be called from a cell, by its name in any case (Sheets: [CF]).
  env.formulas.custom = {
    names: new Map(names.filter((n) => !n.endsWith('_')).map((n) => [n.toUpperCase(), n])),
    call: (name, args) => sandbox.customFunction(name, ...(args as CustomFunctionArg[])),
    canRun: () => runtime.executing === 0,
  };
  return sandbox;
}

function refuse(problem: string | undefined): void {
  if (problem) throw new ScriptRunError(`Нельзя передать через google.script.run — ${problem}`, 'not-transportable');
}

function checkCustomArg(arg: unknown, where: string): void {
  const scalar = (v: unknown) => ['string', 'number', 'boolean'].includes(typeof v) || isDate(v);
  const ok = scalar(arg) || (Array.isArray(arg) && arg.every((row) => Array.isArray(row) && row.every(scalar)));
  if (!ok) throw new ScriptRunError(`${where}: ожидается значение ячейки или двумерный массив`, 'not-transportable');
}

/** Date cells of a custom-function argument → the instants the script receives. */
function cellDates(arg: CustomFunctionArg, dates: DateBridge): CustomFunctionArg {
  if (Array.isArray(arg)) return arg.map((row) => row.map((v) => (isDate(v) ? dates.toScript(v) : v)));
  return isDate(arg) ? dates.toScript(arg) : arg;
}

/** A custom function's return value as Sheets shows it. A 1D array fills a column. */
function sheetResult(value: unknown, dates: DateBridge): CustomFunctionResult {
  const cell = (v: unknown): CellValue => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (isDate(v)) return dates.toCell(v);
    throw new ScriptRunError('Результат должен быть значением или массивом значений', 'exception');
  };
  try {
    if (!Array.isArray(value)) return cell(value);
    if (value.length === 0) return { error: 'Result was not automatically expanded, please insert more rows' };
    return value.map((row: unknown) => (Array.isArray(row) ? row.map(cell) : [cell(row)]));
  } catch (err) {
    return { error: messageOf(err) };
  }
}

/** Makes `new Date()` and `Date.now()` in the script follow the session clock. */
function installClock(context: Context, now: () => Date): void {
  const install = runInContext(
    `(function (nowMs) {
      const RealDate = Date;
      function ClockDate(...args) {
        if (!new.target) return new RealDate(nowMs()).toString();
        return args.length ? new RealDate(...args) : new RealDate(nowMs());
      }
      ClockDate.prototype = RealDate.prototype;
      ClockDate.now = () => nowMs();
      ClockDate.UTC = RealDate.UTC;
      ClockDate.parse = RealDate.parse;
      globalThis.Date = ClockDate;
    })`,
    context,
  ) as (nowMs: () => number) => void;
  install(() => now().getTime());
}

function messageOf(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'message' in err) return String((err as Error).message);
  return String(err);
}

function stackOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'stack' in err ? String((err as Error).stack) : undefined;
}
