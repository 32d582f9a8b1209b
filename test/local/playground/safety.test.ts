/**
 * The playground is safe to leave running: only its own page may call it (Host and Origin), bad cells
 * are 400, an endless body is 413, a failed save breaks nothing after it, a script exception is one log line.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, readXlsx, workbookFromSpec } from '../../../src/local/emulator';
import { MAX_BODY_BYTES, startPlayground, type Playground } from '../../../src/local/playground/server';
import { samplePlayground } from '../../support/playground';
import { sessionOver } from '../../support/bundle';
import { sampleTemplate, templateSheet, TEMPLATE_SHEET } from '../../../src/core/checklist';
import { ROSTER_HEADER, ROSTER_SHEET } from '../../../src/core/people/roster';

let pg: Awaited<ReturnType<typeof samplePlayground>>;
let port: number;

beforeAll(async () => {
  pg = await samplePlayground();
  port = Number(new URL(pg.url).port);
});
afterAll(() => pg.close());

interface Reply {
  status: number;
  body: string;
}

/** A raw HTTP request, so that Host and Origin can be anything a hostile page or a rebound name would send. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string | ((write: (chunk: string) => boolean) => void),
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { connection: 'close', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (typeof body === 'function') body((chunk) => req.write(chunk));
    else {
      if (body !== undefined) req.write(body);
      req.end();
    }
  });
}

const own = () => ({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' });
const post = (path: string, body: unknown, headers: Record<string, string> = own()) => raw('POST', path, headers, JSON.stringify(body));

describe('only the playground page may call the playground', () => {
  it.each([
    ['127.0.0.1 with the port', `127.0.0.1:PORT`, 200],
    ['localhost with the port', `localhost:PORT`, 200],
    ['a rebound name with the port', `attacker.example:PORT`, 403],
    ['127.0.0.1 on another port', `127.0.0.1:1`, 403],
    ['no port', `127.0.0.1`, 403],
  ])('GET /api/state with Host %s (%s) → %i', async (_, host, status) => {
    const r = await raw('GET', '/api/state', { host: host.replace('PORT', String(port)) });
    expect(r.status).toBe(status);
    if (status === 403) {
      expect(JSON.parse(r.body).error).toMatch(/^Запрос отклонён: песочница отвечает только по адресу http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(r.body).not.toMatch(/План 2022-2023/);
    }
  });

  it('the page and the sidebar are refused under a rebound name too', async () => {
    expect((await raw('GET', '/', { host: `rebind.example:${port}` })).status).toBe(403);
    expect((await raw('GET', '/sidebar', { host: `rebind.example:${port}` })).status).toBe(403);
  });

  it.each<[string, Record<string, string>]>([
    ['no Origin', {}],
    ['another site', { origin: 'https://evil.example' }],
    ['a look-alike origin', { origin: 'http://127.0.0.1.evil.example' }],
    ['the null origin of a sandboxed frame', { origin: 'null' }],
  ])('POST with %s → 403, nothing run', async (_, extra) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', host: `127.0.0.1:${port}`, ...extra };
    const r = await post('/api/edit', { sheet: 'Участники', row: 0, col: 0, value: 'взлом' }, headers);
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error).toBe('Запрос отклонён: действия принимаются только со страницы песочницы');
    const state = JSON.parse((await raw('GET', '/api/state', { host: `127.0.0.1:${port}` })).body);
    expect(state.sheets.find((s: { name: string }) => s.name === 'Участники').values[0][0]).not.toBe('взлом');
  });

  it('POST from http://localhost:PORT is the page too', async () => {
    const r = await post(
      '/api/select',
      { sheet: 'Участники' },
      { ...own(), host: `localhost:${port}`, origin: `http://localhost:${port}` },
    );
    expect(r.status).toBe(200);
  });
});

describe('bad cells and bodies', () => {
  it.each([
    [
      '/api/edit',
      { sheet: 'Участники', row: 10_000_000, col: 0, value: 'x' },
      /^Ячейка вне листа «Участники»: в нём \d+ строк и \d+ столбцов$/,
    ],
    ['/api/edit', { sheet: 'Участники', row: 0, col: 20_000, value: 'x' }, /^Ячейка вне листа «Участники»/],
    ['/api/edit', { sheet: 'Участники', row: 1.5, col: 0, value: 'x' }, /^Неверная ячейка/],
    ['/api/edit', { sheet: 'Участники', row: -1, col: 0, value: 'x' }, /^Неверная ячейка/],
    ['/api/edit', { sheet: 'Нет такого', row: 0, col: 0, value: 'x' }, /^Лист «Нет такого» не найден$/],
    ['/api/select', { sheet: 'Участники', row: 1e9, col: 0 }, /^Ячейка вне листа/],
    ['/api/select', { sheet: 'Участники', row: 'x', col: 0 }, /^Неверная ячейка/],
  ])('%s %j → 400', async (path, body, message) => {
    const r = await post(path, body);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatch(message);
  });

  it.each<[string, string, unknown, RegExp]>([
    [
      'row null (once wrote A1)',
      '/api/edit',
      { sheet: 'Участники', row: null, col: 0, value: 'x' },
      /^Неверная ячейка: строка и столбец — целые числа от 0$/,
    ],
    ['row missing', '/api/edit', { sheet: 'Участники', col: 0, value: 'x' }, /^Неверная ячейка/],
    ['row as text', '/api/edit', { sheet: 'Участники', row: '3', col: 0, value: 'x' }, /^Неверная ячейка/],
    ['row true', '/api/edit', { sheet: 'Участники', row: true, col: 0, value: 'x' }, /^Неверная ячейка/],
    ['col an empty string', '/api/edit', { sheet: 'Участники', row: 0, col: '', value: 'x' }, /^Неверная ячейка/],
    [
      'row Infinity as 1e999',
      '/api/edit',
      JSON.parse('{"sheet":"Участники","row":0,"col":0,"value":"x"}'.replace('"row":0', '"row":1e999')),
      /^Неверная ячейка/,
    ],
    ['sheet null', '/api/edit', { sheet: null, row: 0, col: 0, value: 'x' }, /^Неверный запрос: sheet — текст$/],
    ['sheet an object', '/api/select', { sheet: { toString: 'x' } }, /^Неверный запрос: sheet — текст$/],
    ['value a number', '/api/edit', { sheet: 'Участники', row: 0, col: 0, value: 5 }, /^Неверный запрос: value — текст$/],
    [
      "value past a cell's 50 000 characters",
      '/api/edit',
      { sheet: 'Участники', row: 0, col: 0, value: 'я'.repeat(50_001) },
      /^Неверный запрос: value длиннее 50000 знаков$/,
    ],
    [
      'a sheet name of 101 characters',
      '/api/edit',
      { sheet: 'я'.repeat(101), row: 0, col: 0, value: 'x' },
      /^Неверный запрос: sheet длиннее 100 знаков$/,
    ],
    ['fn a number', '/api/run', { fn: 5, args: [] }, /^Неверный запрос: fn — текст$/],
    ['args an object', '/api/run', { fn: 'planCheck', args: { 0: {} } }, /^Неверный запрос: args — список аргументов$/],
    ['a menu fn not in the menu', '/api/menu', { fn: 'я'.repeat(100) }, /^Функция я{100} не входит в меню$/],
    ['a menu fn of 800 KB (never echoed)', '/api/menu', { fn: 'я'.repeat(400_000) }, /^Неверный запрос: fn длиннее 100 знаков$/],
  ])('%s → 400, nothing written', async (_, path, body, message) => {
    const before = JSON.parse((await raw('GET', '/api/state', { host: `127.0.0.1:${port}` })).body).sheets.find(
      (x: { name: string }) => x.name === 'Участники',
    ).values[0];
    const r = await post(path, body);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatch(message);
    const after = JSON.parse((await raw('GET', '/api/state', { host: `127.0.0.1:${port}` })).body).sheets.find(
      (x: { name: string }) => x.name === 'Участники',
    ).values[0];
    expect(after).toEqual(before);
  });

  it('a deeply nested body → 400 in Russian, no RangeError in the log', async () => {
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
    try {
      const deep = `{"fn":"planCheck","args":[${'['.repeat(200_000)}${']'.repeat(200_000)}]}`;
      const r = await raw('POST', '/api/run', own(), deep);
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body).error).toBe('Тело запроса вложено глубже 32 уровней');
      const edge = `{"fn":"planCheck","args":[${'['.repeat(29)}${']'.repeat(29)}]}`;
      expect((await raw('POST', '/api/run', own(), edge)).status).not.toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(logged.join('\n')).not.toMatch(/RangeError/);
  });

  it('an endless chunked body gets 413 before the connection closes', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const r = await raw('POST', '/api/run', { ...own(), 'transfer-encoding': 'chunked' }, (write) => {
      write('{"fn":"planCheck","args":["');
      // keep sending well past the limit; the server answers and closes the connection
      for (let i = 0; i < Math.ceil((MAX_BODY_BYTES * 3) / chunk.length); i++) write(chunk);
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toMatch(/^Слишком большой запрос/);
    // and the server still answers
    expect((await raw('GET', '/api/state', { host: `127.0.0.1:${port}` })).status).toBe(200);
  });

  it('the favicon is there (no 404)', async () => {
    const r = await raw('GET', '/favicon.ico', { host: `127.0.0.1:${port}` });
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/^<svg /);
  });
});

describe('saves and script errors', () => {
  it('a failed save answers with a clear message; once the folder is back, the next save works', async () => {
    const folder = dirname(pg.workingCopy);
    rmSync(folder, { recursive: true, force: true });
    const failed = await post('/api/edit', { sheet: 'Участники', row: 13, col: 0, value: 'Первая правка' });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body).error).toMatch(/^Изменение сделано, но рабочая копия не сохранена: /);
    mkdirSync(folder);
    const next = await post('/api/edit', { sheet: 'Участники', row: 14, col: 0, value: 'Вторая правка' });
    expect(next.status).toBe(200);
    const saved = await readXlsx(pg.workingCopy);
    expect([saved.sheet('Участники')!.cell(14, 1)?.value, saved.sheet('Участники')!.cell(15, 1)?.value]).toEqual([
      'Первая правка',
      'Вторая правка',
    ]);
  });

  it('«Разослать» with school names .xlsx cannot hold saves, and every later change saves too (issue 14, item 3)', async () => {
    const template = templateSheet(sampleTemplate());
    const schools = [
      'Муниципальное бюджетное общеобразовательное учреждение № 117',
      'СОШ 1/2',
      'Школа?',
      'ОУ: лицей',
      'Гимназия имени А. С. Пушкина №12',
    ];
    const session = await sessionOver({
      sheets: [
        { name: TEMPLATE_SHEET, rows: template.values },
        { name: ROSTER_SHEET, rows: [[...ROSTER_HEADER], ...schools.map((s) => [s, '', 'Школа', '', '', '', ''])] },
      ],
    });
    const workingCopy = `${pg.workingCopy}.names.xlsx`;
    const other = await startPlayground({ session, workingCopy, port: 0 });
    try {
      const url = new URL('/api/run', other.url);
      const call = (path: string, body: unknown) =>
        fetch(new URL(path, other.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: url.origin },
          body: JSON.stringify(body),
        });
      const sent = await call('/api/run', { fn: 'checklistDistribute', args: [{}] });
      expect(sent.status).toBe(200);
      expect((await sent.json()).value.ok).toBe(true);
      const edit = await call('/api/edit', { sheet: ROSTER_SHEET, row: 10, col: 0, value: 'после рассылки' });
      expect(edit.status).toBe(200);
      const saved = await readXlsx(workingCopy);
      expect(saved.sheets.map((s) => s.name)).toEqual(
        expect.arrayContaining(['Муниципальное бюджетное… № 117', 'СОШ 1-2', 'Школа', 'ОУ лицей', 'Гимназия имени А. С… № 12']),
      );
      expect(saved.sheet(ROSTER_SHEET)!.cell(11, 1)?.value).toBe('после рассылки');
    } finally {
      await other.close();
    }
  });

  it('a sheet named as .xlsx cannot hold (by a script) does not stop the saves', async () => {
    const session = await sessionOver({ sheets: [{ name: 'Лист1', rows: [['a']] }] });
    const workingCopy = `${pg.workingCopy}.renamed.xlsx`;
    const other = await startPlayground({ session, workingCopy, port: 0 });
    try {
      session.globals.SpreadsheetApp.getActive().getSheetByName('Лист1')!.setName('План/факт: 2024–2025 учебный год, все школы кластера');
      const url = new URL('/api/edit', other.url);
      const edit = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url.origin },
        body: JSON.stringify({ sheet: 'План/факт: 2024–2025 учебный год, все школы кластера', row: 1, col: 0, value: 'b' }),
      });
      expect(edit.status).toBe(200);
      const saved = await readXlsx(workingCopy);
      expect(saved.sheets.map((s) => s.name)).toEqual(['План/факт: 2024–2025 учебный год, все школы кластера']);
      expect(saved.sheets[0]!.cell(2, 1)?.value).toBe('b');
    } finally {
      await other.close();
    }
  });

  it('an exception inside a one-line script is logged in one short line, not the script', async () => {
    const filler = `var padding = "${'x'.repeat(200_000)}";`;
    const code = `${filler} function onOpen() {} function boom() { null.field; }`;
    const session = await createSession({ code, workbook: workbookFromSpec({ sheets: [{ name: 'Лист1', rows: [['a']] }] }) });
    const other: Playground = await startPlayground({ session, workingCopy: `${pg.workingCopy}.other.xlsx`, port: 0 });
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
    try {
      const url = new URL('/api/run', other.url);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url.origin },
        body: JSON.stringify({ fn: 'boom', args: [] }),
      });
      expect(res.status).toBe(500);
      expect((await res.json()).error).toBe('Внутренняя ошибка песочницы');
    } finally {
      spy.mockRestore();
      await other.close();
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^песочница: POST \/api\/run: .*null/);
    expect(logged[0]!.length).toBeLessThan(400);
    expect(logged[0]).not.toContain('xxxxxxxxxx');
  });
});
