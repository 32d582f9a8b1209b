/**
 * OAuth scopes, as Apps Script enforces them (SHEETS-FACTS §9). With `oauthScopes` in the manifest Google adds
 * none of its own: a call whose scope is not in the manifest — or that the user did not grant — throws
 *   «You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email»
 * (the wording reported in github.com/hijonathan/google-scripts/issues/14, github.com/andrewroberts/BBLog/issues/4
 * for SpreadsheetApp.openById, github.com/ftomassetti/DriveInvoicing/issues/1 for DocumentApp.openById).
 * Where a method accepts either of two scopes the reference lists both; the emulator then writes them as
 * «(a || b)», the form seen in Apps Script's own messages for such methods (unverified: no public source found).
 *
 * Which method needs which scope comes from the «Authorization» section of each reference page
 * (developers.google.com/apps-script/reference/…): every Spreadsheet service method lists
 * spreadsheets.currentonly or spreadsheets; Session.getActiveUser/getEffectiveUser list userinfo.email
 * (User.getEmail itself lists none); Ui.showSidebar/showModalDialog/showModelessDialog list script.container.ui;
 * DocumentApp.create lists documents. Properties, Cache, Lock, Utilities, Logger, HtmlService and ScriptApp need none.
 * Not modelled (unverified): the scopes of Ui.alert/prompt and of the SpreadsheetApp builders.
 */
import { isSpreadsheetClass } from './call-counter';

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  userinfoEmail: `${AUTH}userinfo.email`,
  documentsCurrentOnly: `${AUTH}documents.currentonly`,
  documents: `${AUTH}documents`,
} as const;

/** The scopes the running script holds: a set, or 'all' (no explicit manifest scopes and no consent given: Google detects them). */
export type GrantedScopes = ReadonlySet<string> | 'all';

export function isGranted(granted: GrantedScopes, scope: string): boolean {
  return granted === 'all' || granted.has(scope);
}

/**
 * What the script holds: the manifest's `oauthScopes` (absent: Google detects every scope the code needs), narrowed
 * to what the user granted (absent: all of them, a fully authorised user; a list models granular consent).
 */
export function grantedScopes(manifest: readonly string[] | undefined, granted: readonly string[] | undefined): GrantedScopes {
  if (!manifest && !granted) return 'all';
  if (!manifest) return new Set(granted);
  if (!granted) return new Set(manifest);
  return new Set(manifest.filter((s) => granted.includes(s)));
}

const DOCUMENT_CLASSES = new Set(['Document', 'Body', 'Paragraph', 'ListItem', 'Table']);
const UI_SHOW = new Set(['showSidebar', 'showModalDialog', 'showModelessDialog']);

/** The scopes `className.method` accepts (any one will do), or [] when it needs none. */
export function requiredScopes(className: string, method: string): readonly string[] {
  if (isSpreadsheetClass(className)) {
    return className === 'SpreadsheetApp' && method === 'getUi' ? [] : [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets];
  }
  if (className === 'Session' && (method === 'getActiveUser' || method === 'getEffectiveUser')) return [SCOPE.userinfoEmail];
  if (className === 'Ui' && UI_SHOW.has(method)) return [SCOPE.containerUi];
  if (className === 'DocumentApp') return [SCOPE.documents];
  if (DOCUMENT_CLASSES.has(className)) return [SCOPE.documentsCurrentOnly, SCOPE.documents];
  return [];
}

/** Throws Apps Script's permission error when none of the scopes `className.method` accepts is held. */
export function checkScopes(granted: GrantedScopes, className: string, method: string): void {
  const needed = requiredScopes(className, method);
  if (needed.length === 0 || needed.some((s) => isGranted(granted, s))) return;
  const list = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
  throw new Error(`You do not have permission to call ${className}.${method}. Required permissions: ${list}`);
}

/** The `oauthScopes` of an appsscript.json text (undefined when it sets none). */
export function manifestScopes(json: string): string[] | undefined {
  const manifest: unknown = JSON.parse(json);
  const scopes = typeof manifest === 'object' && manifest !== null ? (manifest as { oauthScopes?: unknown }).oauthScopes : undefined;
  if (scopes === undefined) return undefined;
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string'))
    throw new Error('appsscript.json: oauthScopes must be a list of strings');
  return scopes;
}
