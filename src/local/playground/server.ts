/**
 * The local playground: the sample workbook as tabs of tables, the Кластер menu, and the real sidebars
 * (dist/*.html) with google.script.run wired to the emulator running dist/Code.js.
 * Listens on 127.0.0.1 only. Every change is saved to the working copy (.xlsx); the sample stays pristine.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScriptRunError, type Session } from '../emulator';
import { writeAtomically } from '../cli/output';
import { toStoredFormula } from '../emulator/formula-locale';
import { inputText, menuFunctions, menuItems, sheetViews, type PageState } from './state';
import { NOTE_PATHS, sendNote } from './note-download';
import { quoteCell } from '../../core/table/grid';

const here = dirname(fileURLToPath(import.meta.url));
/** Requests larger than this are refused (413). */
export const MAX_BODY_BYTES = 1_000_000;
/** JSON nested deeper than this is refused (400): the transport checks walk it recursively. */
export const MAX_BODY_DEPTH = 32;
/** Google's limits on what the page sends: a cell holds at most 50 000 characters, a sheet name 100. */
export const MAX_CELL_TEXT = 50_000;
export const MAX_NAME = 100;

export interface PlaygroundOptions {
  session: Session;
  /** Where every change is saved. */
  workingCopy: string;
  port?: number;
  locale?: 'ru' | 'en';
}

export interface Playground {
  url: string;
  server: Server;
  close(): Promise<void>;
}

class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { session, workingCopy } = options;
  const locale = options.locale ?? 'ru';
  const page = readFileSync(join(here, 'page.html'), 'utf8');
  const shim = readFileSync(join(here, 'script-run-shim.js'), 'utf8');
  let sidebarVersion = 0;
  let lastSidebar = session.ui.sidebar;
  let sidebarOpen = false;
  let saving = Promise.resolve();

  session.trigger('onOpen', { authMode: 'LIMITED' });

  // One save at a time, each after the last one settled: a failed save is reported for its request
  // and does not poison the ones after it. Each writes a temporary file and renames it over the copy.
  const save = (): Promise<void> => {
    const next = saving.catch(() => undefined).then(() => writeAtomically(workingCopy, (tmp) => session.save(tmp)));
    saving = next;
    return next.catch((err: unknown) => {
      throw new HttpError(500, `Изменение сделано, но рабочая копия не сохранена: ${oneLine(err)}`);
    });
  };

  function state(): PageState {
    if (session.ui.sidebar !== lastSidebar) {
      lastSidebar = session.ui.sidebar;
      sidebarVersion++;
      sidebarOpen = true;
    }
    // Sheets keeps every formula current; here each view recalculates (the bundle's functions in cells too)
    session.recalculate();
    const ss = session.globals.SpreadsheetApp.getActive();
    const range = ss.getActiveRange();
    const activeSheet = ss.getActiveSheet().getName();
    return {
      file: workingCopy,
      sheets: sheetViews(session, locale),
      menu: menuItems(session),
      sidebar: sidebarOpen && session.ui.sidebar ? { title: session.ui.sidebar.title, version: sidebarVersion } : null,
      alerts: session.ui.alerts.map((a) => [a.title, a.prompt].filter(Boolean).join('\n\n')),
      toasts: session.ui.toasts.map((t) => t.message),
      activeSheet,
      active: range
        ? {
            sheet: activeSheet,
            row: range.getRow() - 1,
            col: range.getColumn() - 1,
            numRows: range.getNumRows(),
            numCols: range.getNumColumns(),
          }
        : null,
    };
  }

  function sidebarHtml(): string {
    const sb = session.ui.sidebar;
    if (!sb) throw new HttpError(404, 'Боковая панель не открыта');
    return sb.html.replace(/<head>/i, () => `<head><script>${shim}</script>`);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    checkCaller(req, port());
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, page, 'text/html; charset=utf-8');
    if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(res, 200, FAVICON, 'image/svg+xml');
    if (req.method === 'GET' && url.pathname === '/sidebar') return send(res, 200, sidebarHtml(), 'text/html; charset=utf-8');
    if (req.method === 'GET' && url.pathname === '/api/state') return json(res, 200, state());
    if (req.method === 'GET' && NOTE_PATHS.has(url.pathname)) return sendNote(res, session, url);
    if (req.method !== 'POST') throw new HttpError(404, `Нет такой страницы: ${url.pathname}`);
    const body = await readJson(req);
    switch (url.pathname) {
      case '/api/run': {
        const fn = text(body, 'fn', MAX_NAME);
        if (body.args !== undefined && !Array.isArray(body.args)) throw new HttpError(400, 'Неверный запрос: args — список аргументов');
        const args = (body.args as unknown[] | undefined) ?? [];
        let value: unknown;
        try {
          value = session.run(fn, ...args);
        } catch (err) {
          if (err instanceof ScriptRunError && err.kind !== 'exception') throw new HttpError(400, err.message);
          throw err;
        }
        await save();
        return json(res, 200, { ok: true, value });
      }
      case '/api/menu': {
        const fn = text(body, 'fn', MAX_NAME);
        if (!menuFunctions(session).has(fn)) throw new HttpError(400, `Функция ${quoteCell(fn) || '(пусто)'} не входит в меню`);
        if (body.sheet !== undefined) activate(text(body, 'sheet', MAX_NAME));
        const shown = session.ui.sidebar;
        session.trigger(fn);
        // a sidebar left open shows data the action may have changed: it is loaded again (a new one is loaded anyway)
        if (sidebarOpen && shown && session.ui.sidebar === shown) sidebarVersion++;
        await save();
        return json(res, 200, { ok: true });
      }
      case '/api/select': {
        activate(text(body, 'sheet', MAX_NAME), body.row, body.col);
        return json(res, 200, { ok: true });
      }
      case '/api/edit': {
        const name = text(body, 'sheet', MAX_NAME);
        const sheet = session.globals.SpreadsheetApp.getActive().getSheetByName(name);
        if (!sheet) throw new HttpError(400, `Лист «${quoteCell(name)}» не найден`);
        if (body.row === undefined || body.col === undefined)
          throw new HttpError(400, 'Неверная ячейка: строка и столбец — целые числа от 0');
        const [row, col] = cellOn(sheet, body.row, body.col);
        const typed = text(body, 'value', MAX_CELL_TEXT, true);
        const model = session.workbook.sheet(sheet.getName())!.cell(row + 1, col + 1);
        // what the user did not change is not written: a value kept as typed stays the value it was
        if (typed === (model ? inputText(model, locale) : '')) return json(res, 200, { ok: true, changed: false });
        const range = sheet.getRange(row + 1, col + 1);
        // typed as in Sheets: «=…» is a formula in the locale's syntax (text in a plain-text cell), anything else is
        // read as typed input
        if (typed.startsWith('=') && typed.length > 1 && model?.numberFormat !== '@') range.setFormula(toStoredFormula(typed, locale));
        else range.setValue(typed);
        await save();
        return json(res, 200, { ok: true, changed: true });
      }
      case '/api/close-sidebar': {
        sidebarOpen = false;
        return json(res, 200, { ok: true });
      }
      default:
        throw new HttpError(404, `Нет такого действия: ${url.pathname}`);
    }
  }

  function activate(name: string, row?: unknown, col?: unknown): void {
    const sheet = session.globals.SpreadsheetApp.getActive().getSheetByName(name);
    if (!sheet) throw new HttpError(400, `Лист «${quoteCell(name)}» не найден`);
    if (row === undefined && col === undefined) return void sheet.activate();
    const [r, c] = cellOn(sheet, row, col);
    sheet.getRange(r + 1, c + 1).activate();
  }

  /** A 0-based cell inside the sheet's grid, or 400: numbers only (null, '', true or '3' are no cell; null once wrote A1). */
  function cellOn(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: unknown, col: unknown): [number, number] {
    if (typeof row !== 'number' || typeof col !== 'number')
      throw new HttpError(400, 'Неверная ячейка: строка и столбец — целые числа от 0');
    const r = row;
    const c = col;
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0)
      throw new HttpError(400, 'Неверная ячейка: строка и столбец — целые числа от 0');
    if (r >= sheet.getMaxRows() || c >= sheet.getMaxColumns()) {
      throw new HttpError(
        400,
        `Ячейка вне листа «${sheet.getName()}»: в нём ${sheet.getMaxRows()} строк и ${sheet.getMaxColumns()} столбцов`,
      );
    }
    return [r, c];
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof HttpError ? err.message : 'Внутренняя ошибка песочницы';
      // one line: an exception inside the one-line minified Code.js must not print the whole bundle
      if (!(err instanceof HttpError) || status >= 500) console.error(`песочница: ${req.method} ${req.url}: ${oneLine(err)}`);
      if (status === 413) {
        // the rest of the body is not read: answer, then close the connection
        res.setHeader('connection', 'close');
        res.on('finish', () => req.destroy());
      }
      if (res.headersSent) return void res.destroy();
      json(res, status, { ok: false, error: message });
    });
  });
  const port = () => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port()}/`,
    server,
    // close ends the open keep-alive connections too: a browser tab left open must not keep the server alive
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The tab icon: «К» on the add-on's blue. */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1a73e8"/>' +
  '<text x="16" y="23" font-family="Arial,sans-serif" font-size="20" font-weight="bold" fill="#fff" text-anchor="middle">К</text></svg>';

/**
 * Only this playground's own page may call it: the Host must be 127.0.0.1 or localhost with our port
 * (a DNS-rebound name is refused), and a POST must come from that origin (no other web page can
 * run actions or send edits, even "blind"). Anything else is 403.
 */
export function checkCaller(req: IncomingMessage, port: number): void {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowed.includes(host)) throw new HttpError(403, `Запрос отклонён: песочница отвечает только по адресу http://127.0.0.1:${port}/`);
  if (req.method === 'GET' || req.method === 'HEAD') return;
  const origin = (req.headers.origin ?? '').toLowerCase();
  if (!allowed.some((h) => origin === `http://${h}`))
    throw new HttpError(403, 'Запрос отклонён: действия принимаются только со страницы песочницы');
}

/** The first line of an error, at most 300 characters. */
function oneLine(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const line = text.split('\n', 1)[0]!;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/**
 * A text field of the request body: a string of at most `max` characters, or 400 (a missing one is '' only
 * where `optional`). Nothing else is taken for text: `String(null)` once made the sheet «null».
 */
function text(body: Record<string, unknown>, field: string, max: number, optional = false): string {
  const value = body[field];
  if (value === undefined && optional) return '';
  if (typeof value !== 'string') throw new HttpError(400, `Неверный запрос: ${field} — текст`);
  if (value.length > max) throw new HttpError(400, `Неверный запрос: ${field} длиннее ${max} знаков`);
  return value;
}

/** The nesting depth of a parsed JSON value, counted without recursion (a deep body must not overflow the stack). */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, `Слишком большой запрос: ${declared} байт (не больше ${MAX_BODY_BYTES})`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // stop collecting; the 413 goes out first, then the connection is closed (see the server)
        chunks.length = 0;
        req.pause();
        reject(new HttpError(413, `Слишком большой запрос (не больше ${MAX_BODY_BYTES} байт)`));
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const body = Buffer.concat(chunks).toString('utf8');
        let value: unknown;
        try {
          value = body ? JSON.parse(body) : {};
        } catch {
          throw new HttpError(400, 'Тело запроса должно быть объектом JSON');
        }
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'Тело запроса должно быть объектом JSON');
        if (jsonDepth(value, MAX_BODY_DEPTH) > MAX_BODY_DEPTH)
          throw new HttpError(400, `Тело запроса вложено глубже ${MAX_BODY_DEPTH} уровней`);
        resolve(value as Record<string, unknown>);
      } catch (err) {
        reject(err instanceof HttpError ? err : new HttpError(400, 'Тело запроса должно быть объектом JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}
