/** The add-on shell through the emulator: the menu, «О программе», custom functions as Sheets calls them, bad requests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptRunError } from '../../src/local/emulator';
import { ROOT } from '../../src/local/paths';
import { oneSheet, sessionOver } from '../support/bundle';

describe('menu and sidebars', () => {
  it('onOpen builds the Кластер add-on menu, even in AuthMode.NONE', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]));
    s.trigger('onOpen', { authMode: 'NONE' });
    const menu = s.ui.menus[0]!;
    expect(menu.kind).toBe('addon');
    expect(menu.items.map((i) => (i.kind === 'item' ? `${i.caption} → ${i.functionName}` : i.kind))).toEqual([
      'Календарный план… → showPlanSidebar',
      'Построить календарь → menuBuildCalendar',
      'План на месяц → menuMonthAgenda',
      'separator',
      'Ответственные… → showPeopleSidebar',
      'Нагрузка и матрица ответственности → menuPeopleSheets',
      'separator',
      'Бюджет… → showBudgetSidebar',
      'Свести бюджеты → menuConsolidateBudgets',
      'separator',
      'Мониторинг… → showChecklistSidebar',
      'Построить сводку мониторинга → menuChecklistSummary',
      'separator',
      'Импорт из Word… → showImportSidebar',
      'separator',
      'О программе → showAbout',
    ]);
    // nothing but the menu: no spreadsheet, sheet or range is touched
    expect(Object.keys(s.calls.snapshot()).filter((k) => /^(Spreadsheet|Sheet|Range)\./.test(k))).toEqual([]);
  });

  it('onInstall builds the same menu', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]));
    s.trigger('onInstall');
    expect(s.ui.menus).toHaveLength(1);
  });

  it('the menu speaks English to an English user', async () => {
    const s = await sessionOver(oneSheet('Лист1', [['a']]), { locale: 'en' });
    s.trigger('onOpen');
    const captions = s.ui.menus[0]!.items.flatMap((i) => (i.kind === 'item' ? [i.caption] : []));
    expect(captions).toEqual([
      'Calendar plan…',
      'Build the calendar',
      'Month agenda',
      'Responsible people…',
      'Workload and responsibility matrix',
      'Budget…',
      'Consolidate budgets',
      'Monitoring…',
      'Build the monitoring summary',
      'Import from Word…',
      'About',
    ]);
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
    expect(reply.data.functions.map((f) => f.name)).toEqual([
      'PLAN_DATES',
      'CHECK_RESPONSIBLE',
      'RESPONSIBLE_PEOPLE',
      'BUDGET_CHECK',
      'BUDGET_ROLLUP',
      'BUDGET_TOTAL',
      'RUB',
      'CHECKLIST_SCORE',
      'TARGET_MET',
    ]);
    // only the jobs that are built are listed
    expect(reply.data.jobs).toEqual([
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
