/**
 * The local Sheets emulator (Node only; never bundled into Code.js).
 *
 * - {@link createSession}: load the built bundle over a workbook (from .xlsx, a spec, or in memory)
 *   and drive it as Sheets would: sidebar calls, triggers, menu items, custom functions.
 * - {@link loadBundle}: the same, synchronous, over a workbook you already have.
 * - {@link createEnvironment}: just the Apps Script globals, for calling them from Node.
 * - {@link readXlsx} / {@link writeXlsx} / {@link workbookFromSpec}: workbook IO.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readXlsx, workbookFromSpec, writeXlsx, WorkbookError, type WorkbookSpec } from '../xlsx';
import { loadBundle, type Sandbox, type SandboxOptions } from './sandbox';
import { manifestScopes } from './scopes';
import { Workbook } from './workbook';

export { loadBundle, ScriptRunError } from './sandbox';
export type { Sandbox, SandboxOptions, CustomFunctionArg, CustomFunctionResult, TriggerEvent, ScriptRunErrorKind } from './sandbox';
export { createEnvironment, DEFAULT_TIME_ZONE, DEFAULT_USER_EMAIL } from './services';
export { isTimeZone } from './zones';
export { manifestScopes, SCOPE } from './scopes';
export { fileAllows, protectionAllows, type FileSharing } from './protection';
export type { AppsScriptGlobals, Environment, EnvironmentOptions } from './services';
export { CallCounter } from './call-counter';
export { FaultInjector, GOOGLE_FAILURES, isWriteCall, sameState, sweepWriteFaults, workbookState } from './faults';
export type { Fault, FaultRun, FaultSweep, SweepOptions, WorkbookState, SheetState } from './faults';
export { UiRecorder } from './ui-recorder';
export type { MenuRecord, MenuEntry, SidebarRecord, DialogRecord, AlertRecord, PromptRecord, ToastRecord } from './ui-recorder';
export type { LogEntry } from './log-recorder';
export { Workbook, SheetModel } from './workbook';
export type { Cell, CellValue, ValidationRule, MetadataEntry, ProtectionEntry } from './workbook';
export { readXlsx, writeXlsx, writeXlsxBuffer, workbookFromSpec, WorkbookError, META_SHEET_NAME } from '../xlsx';
export type { WorkbookSpec, SheetSpec, CellSpec } from '../xlsx';

export interface SessionOptions extends Omit<SandboxOptions, 'workbook'> {
  /** The bundle source, or… */
  code?: string;
  /** …the path of the built bundle (dist/Code.js). */
  codeFile?: string;
  /** The workbook: in memory, a path to an .xlsx, or a spec. Default: one empty sheet «Лист1». */
  workbook?: Workbook | string | WorkbookSpec;
  /**
   * The manifest whose `oauthScopes` the session enforces, as Apps Script does. Default: the appsscript.json
   * beside `codeFile`, else in `htmlDir` (dist/ holds both); none found (or `false`): no explicit scopes.
   * An `oauthScopes` option wins over the file.
   */
  manifest?: string | false;
}

/** A loaded bundle over a workbook, able to save the workbook back to .xlsx. */
export interface Session extends Sandbox {
  /** Saves the current workbook (document properties and metadata included). */
  save(path: string): Promise<void>;
}

/**
 * Loads the bundle over a workbook. Throws WorkbookError for a bad workbook file,
 * ScriptRunError when the bundle itself fails to load.
 */
export async function createSession(options: SessionOptions): Promise<Session> {
  const { code, codeFile, workbook, manifest, ...rest } = options;
  const source = code ?? (codeFile ? await readCode(codeFile) : undefined);
  if (source === undefined) throw new Error('createSession: pass `code` or `codeFile`');
  const book = await resolveWorkbook(workbook);
  const oauthScopes = rest.oauthScopes ?? (await readManifestScopes(manifest, codeFile, rest.htmlDir));
  const sandbox = loadBundle(source, { ...rest, ...(oauthScopes ? { oauthScopes } : {}), workbook: book });
  return {
    ...sandbox,
    save: (path) => {
      // an .xlsx keeps each formula with its result, so any program shows the numbers before it recalculates
      sandbox.recalculate();
      return writeXlsx(book, path);
    },
  };
}

async function readCode(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new WorkbookError(`Файл не найден: ${path} (соберите надстройку: npm run build)`);
  }
}

/** The oauthScopes of the manifest given, or found beside the bundle; undefined when there is none. */
async function readManifestScopes(
  manifest: string | false | undefined,
  codeFile?: string,
  htmlDir?: string,
): Promise<string[] | undefined> {
  if (manifest === false) return undefined;
  const candidates = manifest
    ? [manifest]
    : [codeFile && join(dirname(codeFile), 'appsscript.json'), htmlDir && join(htmlDir, 'appsscript.json')];
  for (const path of candidates) {
    if (!path) continue;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      if (manifest) throw new WorkbookError(`Файл не найден: ${path}`);
      continue;
    }
    return manifestScopes(text);
  }
  return undefined;
}

async function resolveWorkbook(workbook: SessionOptions['workbook']): Promise<Workbook> {
  if (workbook === undefined) return workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [] }] });
  if (typeof workbook === 'string') return readXlsx(workbook);
  return workbook instanceof Workbook ? workbook : workbookFromSpec(workbook);
}
