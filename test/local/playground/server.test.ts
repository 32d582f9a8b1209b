/** The playground server over HTTP: loopback only, the add-on's rules for sidebar calls, edits saved to the working copy. */
import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src/local/emulator';
import { MAX_BODY_BYTES } from '../../../src/local/playground/server';
import { samplePlayground } from '../../support/playground';

let pg: Awaited<ReturnType<typeof samplePlayground>>;

beforeAll(async () => {
  pg = await samplePlayground();
});
afterAll(() => pg.close());

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const headers = { 'content-type': 'application/json', origin: new URL(pg.url).origin };
  const res = await fetch(new URL(path, pg.url), { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

describe('playground server', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = pg.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('shows the sample workbook and the menu onOpen built', async () => {
    const state = await (await fetch(new URL('/api/state', pg.url))).json();
    expect(state.sheets.map((s: { name: string }) => s.name)).toEqual([
      'План 2022-2023',
      'Академия 2023-2025',
      'Участники',
      'Бюджет',
      'Бюджет СОШ № 117',
      'Бюджет Лицей № 130',
      'Чек-лист (шаблон)',
      'СОШ № 117',
      'СОШ № 27',
    ]);
    expect(state.menu.map((m: { caption?: string }) => m.caption ?? '—')).toEqual([
      'Календарный план…',
      'Построить календарь',
      'План на месяц',
      '—',
      'Ответственные…',
      'Нагрузка и матрица ответственности',
      '—',
      'Бюджет…',
      'Свести бюджеты',
      '—',
      'Мониторинг…',
      'Построить сводку мониторинга',
      '—',
      'Импорт из Word…',
      '—',
      'О программе',
    ]);
  });

  it('runs a public server function like google.script.run', async () => {
    const r = await post('/api/run', { fn: 'planMapping', args: [{ sheet: 'Академия 2023-2025' }] });
    expect(r.status).toBe(200);
    expect(r.json.value.data.stats.rows).toBe(33);
  });

  it.each([
    [{ fn: 'Klaster_', args: [] }, /недоступна/],
    [{ fn: 'doesNotExist', args: [] }, /недоступна/],
    [{ fn: 'eval', args: ['1'] }, /недоступна/],
  ])('refuses %j', async (body, message) => {
    const r = await post('/api/run', body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatch(message);
  });

  it('refuses a menu call that is not in the menu', async () => {
    const r = await post('/api/menu', { fn: 'planCreate' });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatch(/не входит в меню/);
  });

  it('refuses an oversized body and malformed JSON with a clear message', async () => {
    const big = await post('/api/run', JSON.stringify({ fn: 'planCheck', args: ['x'.repeat(MAX_BODY_BYTES)] }));
    expect(big.status).toBe(413);
    expect(big.json.error).toMatch(/Слишком большой запрос/);
    const bad = await post('/api/run', '{not json');
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/JSON/);
  });

  it('a menu action and an edit land in the working copy; the sample stays as it was', async () => {
    expect((await post('/api/menu', { fn: 'menuBuildCalendar', sheet: 'Академия 2023-2025' })).status).toBe(200);
    expect((await post('/api/edit', { sheet: 'Участники', row: 12, col: 0, value: 'Новикова Анна Сергеевна' })).status).toBe(200);
    expect(existsSync(pg.workingCopy)).toBe(true);
    const saved = await readXlsx(pg.workingCopy);
    expect(saved.sheet('Календарь')).toBeDefined();
    expect(saved.sheet('Участники')!.cell(13, 1)!.value).toBe('Новикова Анна Сергеевна');
    const state = await (await fetch(new URL('/api/state', pg.url))).json();
    expect(state.toasts.at(-1)).toMatch(/Календарь построен по листу «Академия 2023-2025»/);
  });

  it('an edit is typed as in a Russian spreadsheet: a formula kept in the file’s form, an unchanged cell not written', async () => {
    const formula = await post('/api/edit', { sheet: 'Бюджет', row: 9, col: 2, value: '=СУММ(C2:C3; 0,5)' });
    expect(formula.json).toEqual({ ok: true, changed: true });
    const saved = await readXlsx(pg.workingCopy);
    expect(saved.sheet('Бюджет')!.cell(10, 3)).toMatchObject({ formula: '=SUM(C2:C3, 0.5)', value: 50000.5 });
    const state = await (await fetch(new URL('/api/state', pg.url))).json();
    const sheet = state.sheets.find((s: { name: string }) => s.name === 'Бюджет');
    expect([sheet.values[9][2], sheet.inputs[9][2]]).toEqual(['50000,5', '=SUM(C2:C3; 0,5)']);

    // the text the editor started with, sent back: nothing is written, a multi-line cell keeps its lines
    const before = statSync(pg.workingCopy).mtimeMs;
    const same = await post('/api/edit', { sheet: 'Академия 2023-2025', row: 5, col: 0, value: 'Июнь 2023 – \nдекабрь 2023' });
    expect(same.json).toEqual({ ok: true, changed: false });
    expect(statSync(pg.workingCopy).mtimeMs).toBe(before);
  });
});
