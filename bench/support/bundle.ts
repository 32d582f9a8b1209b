/** The built bundle (test/support/global-setup.ts builds dist/ once before the tests, `npm run bench` before the bench) and sessions over it. */
import { readFileSync } from 'node:fs';
import { createSession, type Session, type SessionOptions, type Workbook, type WorkbookSpec } from '../../src/local/emulator';
import { CODE_PATH, DIST } from '../../src/local/paths';

let code: string | undefined;

export async function bundleCode(): Promise<string> {
  code ??= readFileSync(CODE_PATH, 'utf8');
  return code;
}

/** A session over a workbook (a spec, an .xlsx path, or one in memory), on a fixed "today" unless told otherwise (script zone: the process's, Moscow). */
export async function sessionOver(
  workbook: WorkbookSpec | string | Workbook,
  options: { now?: Date; locale?: 'ru' | 'en' } & Pick<
    SessionOptions,
    'spreadsheetTimeZone' | 'userEmail' | 'sharing' | 'grantedScopes' | 'outsideDocument' | 'customFunctionTimeoutMs'
  > = {},
): Promise<Session> {
  const code = await bundleCode();
  const { now: fixed, locale, ...rest } = options;
  const now = fixed ?? new Date(2024, 2, 15, 10, 0, 0);
  return createSession({ code, workbook, htmlDir: DIST, now: () => now, locale: locale ?? 'ru', ...rest });
}

/** A one-sheet workbook spec. */
export function oneSheet(name: string, rows: unknown[][]): WorkbookSpec {
  return { sheets: [{ name, rows: rows as WorkbookSpec['sheets'][number]['rows'] }] };
}

/** A sheet's stored values, as the emulator holds them (row 1 first; '' for an empty cell). */
export function sheetValues(s: Session, name: string): unknown[][] {
  const sheet = s.workbook.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}
