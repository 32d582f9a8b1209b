/** What a restricted execution (AuthMode.NONE, a custom function) may not call, with Sheets' messages. */
import { isSpreadsheetClass } from './call-counter';
import type { AccessMode } from './runtime';

const WRITE_METHOD =
  /^(set|insert|delete|clear|merge|breakApart|protect|add|remove|hide|show|activate|autoResize|append|toast|rename)/;
const NEEDS_AUTH = new Set(['PropertiesService', 'Properties', 'LockService', 'Lock', 'CacheService', 'Cache']);
const UI_CLASSES = new Set(['Ui', 'Menu', 'HtmlService']);

/** Throws when `className.method` is not allowed in `mode`. */
export function checkAccess(mode: AccessMode, className: string, method: string): void {
  if (mode === 'full') return;
  if (mode === 'auth-none') {
    const allowed = className === 'SpreadsheetApp' && method === 'getUi';
    if (!allowed && (isSpreadsheetClass(className) || NEEDS_AUTH.has(className))) {
      throw new Error(
        `You do not have permission to call ${className}.${method} (AuthMode.NONE: onOpen may only build the menu)`,
      );
    }
    return;
  }
  if (className === 'SpreadsheetApp' && method === 'getUi') {
    throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
  }
  if (UI_CLASSES.has(className)) throw new Error(`Cannot call ${className}.${method} from a custom function.`);
  if (isSpreadsheetClass(className) && WRITE_METHOD.test(method) && className !== 'DataValidationBuilder') {
    throw new Error(`You do not have permission to call ${method}`);
  }
}
