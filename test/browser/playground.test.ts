/**
 * The playground in real Chromium: the menu, the «О программе» sidebar, and the «Календарный план»
 * sidebar calling dist/Code.js in the emulator through the google.script.run shim.
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../support/browser';
import { samplePlayground } from '../support/playground';

let pg: Awaited<ReturnType<typeof samplePlayground>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (.ci/run does it)`);
  pg = await samplePlayground();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pg.url);
  await page.locator('footer [role=tab]').first().waitFor();
});

async function openMenu(item: string): Promise<void> {
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: item }).click();
}

const sidebar = () => page.frameLocator('#sidebar-frame');

describe('playground in Chromium', () => {
  it('opens the menu, then «О программе», and sees the sidebar with the functions', async () => {
    await openMenu('О программе');
    await expect.poll(() => page.locator('#sidebar-title').textContent()).toBe('О программе');
    await sidebar().locator('#functions li').first().waitFor();
    expect(await sidebar().locator('#functions code').allTextContents()).toEqual(['=PLAN_DATES(D2:D120; "2023-2024 учебный год")', '=RUB(C2:C40)']);
    // only the jobs that are built are listed
    expect(await sidebar().locator('#jobs li').allTextContents()).toEqual([expect.stringMatching(/^Календарные планы/), expect.stringMatching(/^Бюджет/)]);
    expect(errors).toEqual([]);
  });

  it('«Календарный план»: check, click a finding to select its cell, build the calendar', async () => {
    await openMenu('Календарный план…');
    const sb = sidebar();
    await sb.locator('#sheet').selectOption('Академия 2023-2025');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия, 3\sэтапа/);

    await sb.locator('#check').click();
    await sb.locator('#findings li.finding').first().waitFor();
    expect(await sb.locator('#findings-title').textContent()).toBe('3\u00a0замечания');
    await sb.locator('#findings li.finding').first().click();
    await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe('Академия 2023-2025');
    await expect.poll(() => page.locator('td.sel').getAttribute('data-r')).toBe('12'); // E13, the first finding

    await sb.locator('#calendar').click();
    await expect.poll(() => sb.locator('#status').textContent(), { timeout: 15_000 }).toMatch(/^Календарь построен по листу «Академия 2023-2025»/);
    await expect.poll(() => page.locator('footer [role=tab]').allTextContents()).toContain('Календарь');
    expect(errors).toEqual([]);
  });

  it('a bad column choice gets a Russian message and the sidebar stays usable', async () => {
    await openMenu('Календарный план…');
    const sb = sidebar();
    await sb.locator('#sheet').selectOption('План 2022-2023');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия/);
    await sb.locator('#mapping-box summary').click();
    await sb.locator('#map-term').selectOption('1'); // the same column as «Мероприятие»
    await sb.locator('#save-mapping').click();
    await expect.poll(() => sb.locator('#status').textContent()).toMatch(/выбран для двух полей/);
    expect(await sb.locator('#status').getAttribute('role')).toBe('alert');
    await sb.locator('#sheet').selectOption('Реестр');
    await expect.poll(() => sb.locator('#status').textContent()).toMatch(/Не найдена строка заголовков плана/);
    await sb.locator('#sheet').selectOption('Академия 2023-2025');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия/);
  });
});

describe('playground in Chromium: month agenda and a new plan', () => {
  it('«План на месяц» for a picked month, then «Новый план» from the sidebar', async () => {
    await openMenu('Календарный план…');
    const sb = sidebar();
    await sb.locator('#sheet').selectOption('Академия 2023-2025');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия/);
    await sb.locator('#month').fill('2024-03');
    await sb.locator('#agenda').click();
    await expect.poll(() => sb.locator('#status').textContent()).toMatch(/^План на март 2024 г\.: \d+\sмероприяти[еяй]\.$/);
    await expect.poll(() => page.locator('footer [role=tab]').allTextContents()).toContain('План на месяц');

    await sb.locator('#new-plan-box summary').click();
    await sb.locator('#project').fill('Академия инженерных практик');
    await sb.locator('.stage-name').fill('Организационный');
    await sb.locator('.stage-start').fill('2023-06-01');
    await sb.locator('.stage-end').fill('2023-12-31');
    await sb.locator('#create-plan').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Создан лист «Новый план».');
    expect(await sb.locator('#sheet').inputValue()).toBe('Новый план');
    await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe('Новый план');
    expect(errors).toEqual([]);
  });
});
