/** The add-on shell through the emulator: the menu, «О программе», custom functions as Sheets calls them, bad requests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ScriptRunError } from '../../src/local/emulator';
import { ROOT } from '../../src/local/paths';
import { CUSTOM_FUNCTIONS, JOBS } from '../../src/server/entry-points';
import type { Lang } from '../../src/core/i18n';
import { bundleCode, oneSheet, sessionOver } from '../support/bundle';

/**
 * What the menu should be, derived from the jobs' own lists (src/server/<job>/entries.ts, found by entry-points.ts),
 * so a new job edits nothing here: the jobs sorted by their `order` here (not trusting the shell's sort), each
 * job's items in its order, a separator between jobs, the shell's «О программе» last.
 */
function expectedMenu(lang: Lang): string[] {
  const jobs = [...JOBS].sort((a, b) => a.order - b.order).filter((j) => j.menu.length);
  return jobs.flatMap((j, i) => [...(i ? ['separator'] : []), ...j.menu.map((m) => `${m.label(lang)} → ${m.fn}`)]);
}

describe('menu and sidebars', () => {
  it('the jobs found: every built job with its menu, the plan first and the shell («О программе») last', () => {
    const fns = JOBS.flatMap((j) => j.menu.map((m) => m.fn));
    expect(fns).toEqual(expect.arrayContaining(['showPlanSidebar', 'showPeopleSidebar', 'showBudgetSidebar', 'showChecklistSidebar']));
    expect(fns).toEqual(expect.arrayContaining(['showImportSidebar', 'menuChecklistSummary']));
    expect(expectedMenu('ru')[0]).toBe('Календарный план… → showPlanSidebar');
    expect(expectedMenu('ru').at(-1)).toBe('О программе → showAbout');
    expect(new Set(fns).size).toBe(fns.length);
  });

  it('onOpen builds the Кластер add-on menu from the jobs, in their order, even in AuthMode.NONE', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]));
    s.trigger('onOpen', { authMode: 'NONE' });
    const menu = s.ui.menus[0]!;
    expect(menu.kind).toBe('addon');
    const items = menu.items.map((i) => (i.kind === 'item' ? `${i.caption} → ${i.functionName}` : i.kind));
    expect(items).toEqual(expectedMenu('ru'));
    // the known items stand in this order (a job sorted out of its place fails here too)
    const known = ['showPlanSidebar', 'showPeopleSidebar', 'showBudgetSidebar', 'showChecklistSidebar', 'showImportSidebar', 'showAbout'];
    const at = known.map((fn) => items.findIndex((i) => i.endsWith(` → ${fn}`)));
    expect(at.every((n, k) => n >= 0 && (k === 0 || n > at[k - 1]!))).toBe(true);
    // nothing but the menu: no spreadsheet, sheet or range is touched
    expect(Object.keys(s.calls.snapshot()).filter((k) => /^(Spreadsheet|Sheet|Range)\./.test(k))).toEqual([]);
  });

  it('every menu item calls a top-level function of Code.js that calls the bundle', async () => {
    const code = await bundleCode();
    const context = createContext({}) as Record<string, unknown>;
    new Script(code, { filename: 'Code.js' }).runInContext(context);
    const bundle = context.Klaster_ as Record<string, unknown>;
    const s = await sessionOver(oneSheet('Лист1', [['a']]));
    s.trigger('onOpen');
    const fns = s.ui.menus[0]!.items.flatMap((i) => (i.kind === 'item' ? [i.functionName] : []));
    expect(fns.length).toBe(JOBS.flatMap((j) => j.menu).length);
    for (const fn of fns) {
      expect([fn, typeof context[fn]]).toEqual([fn, 'function']);
      expect([fn, typeof bundle[fn]]).toEqual([fn, 'function']);
      expect(code).toContain(`\nfunction ${fn}() {\n  return Klaster_.${fn}.apply(this, arguments);\n}`);
    }
  });

  it('onInstall builds the same menu', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]));
    s.trigger('onInstall');
    expect(s.ui.menus).toHaveLength(1);
  });

  it('the menu speaks English to an English user', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]), { locale: 'en' });
    s.trigger('onOpen');
    const items = s.ui.menus[0]!.items.map((i) => (i.kind === 'item' ? `${i.caption} → ${i.functionName}` : i.kind));
    expect(items).toEqual(expectedMenu('en'));
    expect(items).toEqual(
      expect.arrayContaining(['Calendar plan… → showPlanSidebar', 'Import from Word… → showImportSidebar', 'About → showAbout']),
    );
    // every label is translated: no Russian caption in the English menu
    expect(items.filter((i) => /[а-яё]/i.test(i.split(' → ')[0]!))).toEqual([]);
  });

  it('«О программе» opens a self-contained sidebar that is told the language', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]));
    s.trigger('showAbout');
    const sidebar = s.ui.sidebar!;
    expect(sidebar.title).toBe('О программе');
    expect(sidebar.html).toContain('<meta name="klaster-locale" content="ru">');
    expect(sidebar.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const reply = s.run('getAboutInfo') as { ok: boolean; data: { version: string; functions: { name: string }[]; jobs: string[] } };
    expect(reply.ok).toBe(true);
    // one version number: the one in package.json, put into the bundle by the build
    expect(reply.data.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(reply.data.version).toMatch(/^\d+\.\d+\.\d+$/);
    // the custom functions and the jobs' lines, in the jobs' order, as the jobs declare them
    const functions = reply.data.functions.map((f) => f.name);
    expect(functions).toEqual(CUSTOM_FUNCTIONS.map((f) => f.name));
    expect(functions).toEqual(expect.arrayContaining(['PLAN_DATES', 'CHECK_RESPONSIBLE', 'BUDGET_TOTAL', 'RUB', 'CHECKLIST_SCORE']));
    expect(functions.indexOf('PLAN_DATES')).toBeLessThan(functions.indexOf('BUDGET_TOTAL'));
    // only the jobs that are built are listed, each with its line in Russian
    expect(reply.data.jobs).toEqual(JOBS.flatMap((j) => (j.about ? [j.about('ru')] : [])));
    expect(reply.data.jobs.slice(0, 4)).toEqual([
      expect.stringMatching(/^Календарные планы/),
      expect.stringMatching(/^Ответственные/),
      expect.stringMatching(/^Бюджет/),
      expect.stringMatching(/^Мониторинг по чек-листам/),
    ]);
  });

  it('sidebars cannot call hidden or unknown functions, nor pass dates', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]));
    expect(() => s.run('Klaster_')).toThrow(ScriptRunError);
    expect(() => s.run('nothing')).toThrow(/недоступна|not/i);
    expect(() => s.run('planCheck', { when: new Date() })).toThrow(ScriptRunError);
  });
});

describe('LockService.getDocumentLock() is null outside a containing document', () => {
  it('a write action says where to run it and changes nothing, in Russian and in English', async () => {
    const plan = oneSheet('План', [
      ['Мероприятие', 'Сроки'],
      ['Педсовет', 'Сентябрь 2024'],
      ['Семинар', 'Октябрь 2024'],
    ]);
    const s = await sessionOver(plan, { outsideDocument: true });
    const reply = s.run('planBuildCalendar', { sheet: 'План' }) as { ok: boolean; error: string };
    expect(reply).toEqual({
      ok: false,
      error:
        'Кластер меняет таблицу только изнутри неё: откройте таблицу и запустите действие из меню «Расширения → Кластер». Ничего не изменено.',
    });
    expect(s.workbook.sheets.map((x) => x.name)).toEqual(['План']);
    const en = await sessionOver(plan, { outsideDocument: true, locale: 'en' });
    expect((en.run('planMonthAgenda', { sheet: 'План' }) as { error: string }).error).toMatch(
      /^Кластер changes a spreadsheet only from inside it: open the spreadsheet/,
    );
    // in its spreadsheet the same action runs
    expect((await sessionOver(plan)).run('planBuildCalendar', { sheet: 'План' })).toMatchObject({ ok: true });
  });
});

describe('custom functions as Sheets calls them', () => {
  it('RUB turns a whole column in one call, with a message in a bad cell', async () => {
    const s = await sessionOver(oneSheet('Бюджет', [['x']]));
    expect(s.customFunction('RUB', [['30 000'], ['20\u00a0000 руб.'], ['—'], ['abc'], ['']])).toEqual([
      [30000],
      [20000],
      [0],
      ['Не число: «abc» не похоже на число'],
      [''],
    ]);
    expect(s.customFunction('RUB', 'тридцать')).toEqual({ error: 'Не число: «тридцать» не похоже на число' });
    expect(s.calls.total()).toBe(0);
  });

  it('PLAN_DATES gives [Начало, Окончание, Тип] rows, years from the context', async () => {
    const s = await sessionOver(oneSheet('План', [['x']]));
    const rows = s.customFunction(
      'PLAN_DATES',
      [['Сентябрь – декабрь'], ['Январь'], ['1 раз в четверть'], ['когда-нибудь'], ['']],
      '2023-09-01 – 2024-05-31',
    ) as unknown[][];
    const iso = (d: unknown) => (d instanceof Date ? `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}` : d);
    expect(rows.map((r) => r.map(iso))).toEqual([
      ['2023-9-1', '2023-12-31', 'период'],
      ['2024-1-1', '2024-1-31', 'период'],
      ['2023-9-1', '2024-5-31', 'повторяется, ежеквартально'],
      ['', '', expect.stringMatching(/^не распознано: /)],
      ['', '', ''],
    ]);
  });

  it('PLAN_DATES takes a context per row, and two date cells as a context', async () => {
    const s = await sessionOver(oneSheet('План', [['x']]));
    const perRow = s.customFunction(
      'PLAN_DATES',
      [['Январь'], ['Январь']],
      [['2023-2024 учебный год'], ['2024-2025 учебный год']],
    ) as Date[][];
    expect(perRow.map((r) => r[0]!.getFullYear())).toEqual([2024, 2025]);
    const twoDates = s.customFunction('PLAN_DATES', 'Май', [[new Date(2024, 8, 1), new Date(2025, 4, 31)]]) as Date[][];
    expect(twoDates[0]![0]!.getFullYear()).toBe(2025);
  });
});
