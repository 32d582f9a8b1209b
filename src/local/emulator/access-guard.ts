/** What a restricted execution (AuthMode.NONE, a custom function) may not call, with Sheets' messages. */
import { isSpreadsheetClass } from './call-counter';
import type { AccessMode } from './runtime';

const WRITE_METHOD = /^(set|insert|delete|clear|merge|breakApart|protect|add|remove|hide|show|activate|autoResize|append|toast|rename)/;
const NEEDS_AUTH = new Set(['PropertiesService', 'Properties', 'LockService', 'Lock', 'CacheService', 'Cache']);
const UI_CLASSES = new Set(['Ui', 'Menu', 'HtmlService']);
const DOCUMENT_CLASSES = new Set(['DocumentApp', 'Document', 'Body', 'Paragraph', 'ListItem', 'Table']);

/** Throws when `className.method` is not allowed in `mode`. */
export function checkAccess(mode: AccessMode, className: string, method: string): void {
  if (mode === 'full') return;
  if (mode === 'auth-none') {
    const allowed = className === 'SpreadsheetApp' && method === 'getUi';
    if (!allowed && (isSpreadsheetClass(className) || NEEDS_AUTH.has(className))) {
      throw new Error(`You do not have permission to call ${className}.${method} (AuthMode.NONE: onOpen may only build the menu)`);
    }
    return;
  }
  if (className === 'SpreadsheetApp' && method === 'getUi') {
    throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
  }
  if (UI_CLASSES.has(className)) throw new Error(`Cannot call ${className}.${method} from a custom function.`);
  // Custom functions run without the user's authorisation: only the services listed in the guide may be used
  // (developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services); DocumentApp is not one.
  if (DOCUMENT_CLASSES.has(className)) throw new Error(`You do not have permission to call ${className}.${method}`);
  if (isSpreadsheetClass(className) && WRITE_METHOD.test(method) && className !== 'DataValidationBuilder') {
    throw new Error(`You do not have permission to call ${method}`);
  }
}
