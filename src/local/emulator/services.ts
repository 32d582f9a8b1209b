/** Builds the Apps Script globals over one workbook: every service object, proxied for counting. */
import { CacheServiceImpl } from './cache-service';
import { CallCounter } from './call-counter';
import { HtmlServiceImpl } from './html-service';
import { expose, type ServiceObject } from './instrument';
import { LockServiceImpl } from './lock-service';
import { LoggerImpl, recordingConsole, type LogEntry } from './log-recorder';
import { PropertiesServiceImpl } from './properties-service';
import type { FileSharing } from './protection';
import { Runtime } from './runtime';
import { ScriptAppImpl } from './script-app';
import { grantedScopes } from './scopes';
import { DocumentAppImpl, type DocumentRecord } from './document-app';
import { FormulaEngine } from './formulas';
import type { FaultInjector } from './faults';
import { SessionImpl } from './session';
import { SpreadsheetImpl } from './spreadsheet';
import { SpreadsheetAppImpl } from './spreadsheet-app';
import { UiImpl } from './ui';
import { UiRecorder } from './ui-recorder';
import { UtilitiesImpl } from './utilities';
import type { Workbook } from './workbook';
import { checkTimeZone, DateBridge, DEFAULT_TIME_ZONE } from './zones';

/** Settings of an emulated environment. Everything but the workbook has a sensible default. */
export interface EnvironmentOptions {
  workbook: Workbook;
  /** Session.getActiveUserLocale(): 'ru' (default) or 'en'. */
  locale?: 'ru' | 'en';
  /** The signed-in user (default 'coordinator@example.com'): the one running the script. */
  userEmail?: string;
  /**
   * Who the spreadsheet file is shared with; a new protection mirrors it until the script changes its editors.
   * Default: owned by the user, shared with nobody. `groups` gives the members of Google Groups named in `editors`.
   */
  sharing?: Partial<FileSharing>;
  /** Where HtmlService.createHtmlOutputFromFile / createTemplateFromFile read `name.html` (dist/ in practice). */
  htmlDir?: string;
  /** The clock of the script (`new Date()`, `Date.now()`, cache expiry). Default: the real clock. */
  now?: () => Date;
  /**
   * The script's time zone (Session.getScriptTimeZone; default 'Europe/Moscow', the manifest's).
   * The process time zone plays this part (`new Date(y, m, d)` in the script), so run Node with TZ set to it.
   */
  timeZone?: string;
  /**
   * The spreadsheet's own time zone (getSpreadsheetTimeZone; default: the script's). Date cells show wall
   * clocks in this zone; the script reads and writes them as instants, as in Sheets.
   */
  spreadsheetTimeZone?: string;
  /** Spreadsheet locale (default 'ru_RU'); decides getDisplayValues formatting. */
  spreadsheetLocale?: string;
  /** Caption recorded for createAddonMenu() (default 'Кластер'). */
  addonName?: string;
  /** Initial user / script properties (copied). Document properties come from the workbook. */
  userProperties?: Record<string, string>;
  scriptProperties?: Record<string, string>;
  /**
   * The manifest's `oauthScopes` (appsscript.json; createSession reads it next to the bundle). A call outside them
   * throws Apps Script's «You do not have permission to call …» (scopes.ts). Absent: no explicit scopes, so
   * Google detects every scope the code needs and nothing is refused.
   */
  oauthScopes?: readonly string[];
  /**
   * The scopes the user has granted, of those (ScriptApp.getAuthorizationInfo, every call). Default: all of
   * them (a fully authorised user); give a list to model granular consent, e.g. without the documents scope.
   */
  grantedScopes?: readonly string[];
  /**
   * The script runs outside a containing document (a standalone script, a web app): LockService.getDocumentLock()
   * returns null there, as Google documents. Default false: an add-on runs in its spreadsheet.
   */
  outsideDocument?: boolean;
  /** Also print the script's console output to the host console. */
  echoLogs?: boolean;
  /** Share counters/recorders between environments (e.g. two loads of the same bundle). */
  calls?: CallCounter;
  ui?: UiRecorder;
}

/** The Apps Script globals, typed as @types/google-apps-script (only part of each interface is implemented). */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>;
}

/** One emulated environment: the globals plus everything tests inspect. */
export interface Environment {
  globals: AppsScriptGlobals;
  calls: CallCounter;
  ui: UiRecorder;
  workbook: Workbook;
  logs: LogEntry[];
  runtime: Runtime;
  /** The active spreadsheet object as the script sees it (proxied, counted). */
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Date cells ↔ the Dates the script sees (custom-function arguments and results cross it too). */
  dates: DateBridge;
  /** Google Docs the script created (DocumentApp.create). */
  documents: DocumentRecord[];
  /** Who the file is shared with (for `protectionAllows`). */
  sharing: FileSharing;
  /** Computes the workbook's formulas; the sandbox gives it the bundle's custom functions. */
  formulas: FormulaEngine;
  /** Failures a test injects: `faults.arm({ at: 3 })` makes the third spreadsheet write throw as Google does. */
  faults: FaultInjector;
}

export const DEFAULT_USER_EMAIL = 'coordinator@example.com';
export { DEFAULT_TIME_ZONE };

/**
 * Creates the services over `options.workbook`. Without `runtime` they run in the host realm,
 * so Node code (tests of server modules) can call them directly.
 */
export function createEnvironment(options: EnvironmentOptions, runtime?: Runtime): Environment {
  const calls = runtime?.calls ?? options.calls ?? new CallCounter();
  const rt = runtime ?? new Runtime(calls, undefined, options.now);
  rt.faults.documentId = options.workbook.id;
  const ui = options.ui ?? new UiRecorder();
  const logs: LogEntry[] = [];
  const userEmail = options.userEmail ?? DEFAULT_USER_EMAIL;
  const timeZone = checkTimeZone(options.timeZone ?? DEFAULT_TIME_ZONE, 'Часовой пояс скрипта');
  const dates = new DateBridge(checkTimeZone(options.spreadsheetTimeZone ?? timeZone, 'Часовой пояс таблицы'));
  const sharing: FileSharing = {
    owner: options.sharing?.owner ?? userEmail,
    editors: [...(options.sharing?.editors ?? [])],
    groups: Object.fromEntries(Object.entries(options.sharing?.groups ?? {}).map(([g, members]) => [g.toLowerCase(), [...members]])),
    domainEdit: options.sharing?.domainEdit ?? false,
  };
  const formulas = new FormulaEngine(options.workbook);
  const spreadsheet = new SpreadsheetImpl(options.workbook, {
    formulas,
    userEmail,
    sharing,
    spreadsheetLocale: options.spreadsheetLocale ?? 'ru_RU',
    dates,
    recorder: ui,
    now: rt.now,
  });
  const uiService = new UiImpl(ui, options.addonName ?? 'Кластер');
  const wrap = <T>(service: ServiceObject) => expose(service, rt) as unknown as T;
  const granted = grantedScopes(options.oauthScopes, options.grantedScopes);
  rt.scopes = granted;
  const documents: DocumentRecord[] = [];
  const globals: AppsScriptGlobals = {
    SpreadsheetApp: wrap(new SpreadsheetAppImpl(spreadsheet, uiService)),
    HtmlService: wrap(new HtmlServiceImpl(options.htmlDir)),
    PropertiesService: wrap(
      new PropertiesServiceImpl({
        document: options.workbook.documentProperties,
        user: { ...options.userProperties },
        script: { ...options.scriptProperties },
      }),
    ),
    LockService: wrap(new LockServiceImpl(!options.outsideDocument)),
    CacheService: wrap(new CacheServiceImpl(rt.now)),
    Session: wrap(new SessionImpl({ userEmail, userLocale: options.locale ?? 'ru', timeZone }, () => rt.access === 'full')),
    Utilities: wrap(new UtilitiesImpl(timeZone)),
    Logger: wrap(new LoggerImpl(logs)),
    ScriptApp: wrap(new ScriptAppImpl(granted)),
    DocumentApp: wrap(new DocumentAppImpl(documents)),
    console: recordingConsole(logs, options.echoLogs ?? false),
  };
  return {
    globals,
    calls,
    ui,
    workbook: options.workbook,
    logs,
    runtime: rt,
    spreadsheet: wrap(spreadsheet),
    dates,
    documents,
    sharing,
    formulas,
    faults: rt.faults,
  };
}
