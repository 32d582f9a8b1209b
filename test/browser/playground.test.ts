/**
 * The playground in real Chromium: the menu, the «О программе» sidebar, and the «Календарный план»
 * sidebar calling dist/Code.js in the emulator through the google.script.run shim.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openMenu, settled, useSamplePlayground } from '../support/browser';

const env = useSamplePlayground();
const errors = env.errors;
let page: Page;

beforeEach(async () => {
  page = await env.newPage();
});

const sidebar = () => page.frameLocator('#sidebar-frame');

/** Opens «Календарный план…» and waits until it has read its first sheet (so a choice made next is not undone by its start). */
async function openPlanSidebar(): Promise<ReturnType<typeof sidebar>> {
  await openMenu(page, 'Календарный план…');
  const sb = sidebar();
  await expect
    .poll(async () => `${await sb.locator('#summary').textContent()}${await sb.locator('#hint').textContent()}`, { timeout: 15_000 })
    .not.toBe('');
  return sb;
}

describe('playground in Chromium', () => {
  it('opens the menu, then «О программе», and sees the sidebar with the functions', async () => {
    await openMenu(page, 'О программе');
    await expect.poll(() => page.locator('#sidebar-title').textContent(), { timeout: 15_000 }).toBe('О программе');
    await sidebar().locator('#functions li').first().waitFor();
    expect(await sidebar().locator('#functions code').allTextContents()).toEqual([
      '=PLAN_DATES(D2:D120; "2023-2024 учебный год")',
      '=CHECK_RESPONSIBLE(E5:E40; Участники!A1:G200)',
      '=RESPONSIBLE_PEOPLE(E5:E40)',
      '=BUDGET_CHECK(A1:E7)',
      '=BUDGET_ROLLUP(A1:E7; "источник")',
      '=BUDGET_TOTAL(A1:E7; 2024; "Внебюджетные средства ОО")',
      '=RUB(C2:C40)',
      '=CHECKLIST_SCORE(F4:F25; D4:D25)',
      '=TARGET_MET(B2:B10; C2:C10)',
    ]);
    // only the jobs that are built are listed
    expect(await sidebar().locator('#jobs li').allTextContents()).toEqual([
      expect.stringMatching(/^Календарные планы/),
      expect.stringMatching(/^Ответственные/),
      expect.stringMatching(/^Бюджет/),
      expect.stringMatching(/^Мониторинг по чек-листам/),
    ]);
    expect(errors).toEqual([]);
  });

  it('«Календарный план»: check, click a finding to select its cell, build the calendar', async () => {
    const sb = await openPlanSidebar();
    await sb.locator('#sheet').selectOption('Академия 2023-2025');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия, 3\sэтапа/);

    await sb.locator('#check').click();
    await sb.locator('#findings li.finding').first().waitFor();
    expect(await sb.locator('#findings-title').textContent()).toBe('3\u00a0замечания');
    await sb.locator('#findings li.finding').first().click();
    await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe('Академия 2023-2025');
    await expect.poll(() => page.locator('td.sel').getAttribute('data-r')).toBe('12'); // E13, the first finding

    await sb.locator('#calendar').click();
    await expect
      .poll(() => sb.locator('#status').textContent(), { timeout: 15_000 })
      .toMatch(/^Календарь построен по листу «Академия 2023-2025»/);
    await expect.poll(() => page.locator('footer [role=tab]').allTextContents()).toContain('Календарь');
    expect(errors).toEqual([]);
  });

  it('a bad column choice gets a Russian message and the sidebar stays usable', async () => {
    const sb = await openPlanSidebar();
    await sb.locator('#sheet').selectOption('План 2022-2023');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия/);
    await sb.locator('#mapping-box summary').click();
    await sb.locator('#map-term').selectOption('1'); // the same column as «Мероприятие»: a plan of lines, which B is not
    await sb.locator('#save-mapping').click();
    await expect
      .poll(() => sb.locator('#status').textContent())
      .toMatch(/выбран один столбец B, но ни одна его строка не начинается со срока/);
    expect(await sb.locator('#status').getAttribute('role')).toBe('alert');
    // a sheet that is not a plan: a short hint, not a red error
    await sb.locator('#sheet').selectOption('Участники');
    await expect.poll(() => sb.locator('#hint').textContent()).toMatch(/^Лист «Участники» не похож на календарный план/);
    expect(await sb.locator('#status').textContent()).toBe('');
    expect(await sb.locator('#status').getAttribute('role')).toBe('status');
    expect(await sb.locator('#period-box').isHidden()).toBe(true);
    await sb.locator('#sheet').selectOption('Академия 2023-2025');
    await expect.poll(() => sb.locator('#hint').isHidden()).toBe(true);
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия/);
  });
});

describe('playground in Chromium: month agenda and a new plan', () => {
  it('«План на месяц» for a picked month, then «Новый план» from the sidebar', async () => {
    const sb = await openPlanSidebar();
    await sb.locator('#sheet').selectOption('Академия 2023-2025');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия/);
    await sb.locator('#month').fill('2024-03');
    await sb.locator('#agenda').click();
    await expect
      .poll(() => sb.locator('#status').textContent())
      .toMatch(/^План на март 2024 г\. \(лист «Академия 2023-2025»\): \d+\sмероприяти[еяй]\.$/);
    await expect.poll(() => page.locator('footer [role=tab]').allTextContents()).toContain('План на месяц');

    await sb.locator('#new-plan-box summary').click();
    await sb.locator('#project').fill('Академия инженерных практик');
    await sb.locator('.stage-name').fill('Организационный');
    await sb.locator('.stage-start').fill('2023-06-01');
    await sb.locator('.stage-end').fill('2023-12-31');
    await sb.locator('#create-plan').click();
    // the confirmation is where the user is looking: beside the button, and at the top with the new sheet chosen
    await expect
      .poll(() => sb.locator('#new-plan-status').textContent())
      .toBe('Создан лист «Новый план». Он открыт: впишите мероприятия под этапами.');
    expect(await sb.locator('#status').textContent()).toBe('Создан лист «Новый план». Он открыт: впишите мероприятия под этапами.');
    expect(await sb.locator('#new-plan-status').isVisible()).toBe(true);
    expect(await sb.locator('#sheet').inputValue()).toBe('Новый план');
    await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe('Новый план');
    expect(errors).toEqual([]);
  });
});

describe('playground in Chromium: findings by keyboard, «Период плана», cleanup', () => {
  it('Enter on a finding selects its cell; «Очистить» cleans the Word markup out of 001’s C9', async () => {
    const sb = await openPlanSidebar();
    await sb.locator('#sheet').selectOption('План 2022-2023');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия/);
    await sb.locator('#check').click();
    const markup = sb.locator('#findings li.finding', { hasText: 'разметка из Word' });
    await markup.waitFor();
    await markup.focus();
    await markup.press('Enter');
    await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe('План 2022-2023');
    await expect.poll(() => page.locator('td.sel').getAttribute('data-r')).toBe('8'); // C9
    expect(await page.locator('td.sel').getAttribute('data-c')).toBe('2');

    await markup.locator('button.fix').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Ячейка C9 на листе «План 2022-2023» очищена: остался только текст.');
    expect(await sb.locator('#findings li.finding', { hasText: 'разметка из Word' }).count()).toBe(0);
    const state = await (await fetch(new URL('/api/state', env.pg.url))).json();
    const c9 = state.sheets.find((x: { name: string }) => x.name === 'План 2022-2023').values[8][2] as string;
    expect(c9).toMatch(
      /^Направлены в ОО инструктивно-методические письма:\n1\. «Об организации работы специализированного класса в школе»/,
    );
    expect(c9).not.toMatch(/<|&nbsp;/);
    expect(errors).toEqual([]);
  });

  it('«Период плана» shows where the period comes from, takes the user’s, and refuses nonsense in Russian', async () => {
    const sb = await openPlanSidebar();
    await sb.locator('#sheet').selectOption('План 2022-2023');
    await expect.poll(() => sb.locator('#period-info').textContent()).toBe('в 2022-2023 учебном году — из заголовка плана');
    expect(await sb.locator('#period').getAttribute('placeholder')).toBe('в 2022-2023 учебном году');
    await sb.locator('#period').fill('когда-нибудь');
    await sb.locator('#apply-period').click();
    await expect.poll(() => sb.locator('#status').textContent()).toMatch(/^Период «когда-нибудь» не распознан/);
    await sb.locator('#period').fill('2022/2023 учебный год');
    await sb.locator('#period').press('Enter');
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Период плана запомнен.');
    expect(await sb.locator('#period-info').textContent()).toBe('2022/2023 учебный год — указан вручную');
    await sb.locator('#reset-period').click();
    await expect.poll(() => sb.locator('#period-info').textContent()).toBe('в 2022-2023 учебном году — из заголовка плана');
    expect(errors).toEqual([]);
  });
});

describe('playground in Chromium: editing, messages, no failed requests', () => {
  it('a double-click opens an editor that stays; Enter saves the cell to the workbook', async () => {
    const failed: string[] = [];
    page.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
    await page.locator('footer [role=tab]', { hasText: 'Участники' }).click();
    await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe('Участники');
    const cell = page.locator('#grid td[data-r="2"][data-c="0"]');
    const before = await cell.textContent();
    expect(before).toMatch(/\S/);
    await cell.dblclick();
    const input = page.locator('#grid td textarea');
    await input.waitFor();
    await settled(page); // the select requests of the clicks have come back
    expect(await input.isVisible()).toBe(true);
    await input.fill('Новикова Анна Сергеевна');
    await input.press('Enter');
    await expect.poll(() => cell.textContent()).toBe('Новикова Анна Сергеевна');
    expect(await page.locator('#grid td textarea').count()).toBe(0);
    const state = await (await fetch(new URL('/api/state', env.pg.url))).json();
    expect(state.sheets.find((s: { name: string }) => s.name === 'Участники').values[2][0]).toBe('Новикова Анна Сергеевна');

    // Escape leaves the cell as it was
    await cell.dblclick();
    await page.locator('#grid td textarea').fill('не сохранять');
    await page.locator('#grid td textarea').press('Escape');
    await expect.poll(() => cell.textContent()).toBe('Новикова Анна Сергеевна');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an alert is shown once: a reload does not show it again', async () => {
    await page.locator('footer [role=tab]', { hasText: 'Участники' }).click();
    await openMenu(page, 'Построить календарь');
    await expect.poll(() => page.locator('#alert').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.locator('#alert-text').textContent()).toMatch(/\S/);
    await page.locator('#alert button').click();
    await page.reload();
    await page.locator('footer [role=tab]').first().waitFor();
    await settled(page); // the state with the alert list has come back
    expect(await page.locator('#alert').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('the favicon is served (no 404 in the console)', async () => {
    const status = await page.evaluate(async () => (await fetch('/favicon.ico')).status);
    expect(status).toBe(200);
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe('/favicon.ico');
  });
});
