/**
 * «Импорт из Word…» in real Chromium through the playground: a .docx chosen in the sidebar's file input is
 * previewed, imported on the user's click, summarised with each sheet's findings (a click selects the sheet); a
 * second import of the same document says what would change; a damaged file gets the Russian message and adds
 * no sheet. Then the plan sidebar's «Скачать .ics» downloads a file that ical.js parses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMenu, settled, useSamplePlayground } from '../support/browser';

const FIX = join(__dirname, '..', 'fixtures', 'word');
const PLAN_SHEET = 'План работы по… 2023';

const env = useSamplePlayground();
let page: Page;

beforeAll(async () => {
  page = await env.newPage();
});

const sidebar = () => page.frameLocator('#sidebar-frame');
const tabs = () => page.locator('footer [role=tab]').allTextContents();
const selectedTab = () => page.locator('footer [aria-selected=true]').textContent();

describe('«Импорт из Word…» in Chromium', () => {
  it('seed-001.docx: preview, import, the summary with the plan and its findings; a click opens the sheet', async () => {
    const before = await tabs();
    await openMenu(page, 'Импорт из Word…');
    await expect.poll(() => page.locator('#sidebar-title').textContent()).toBe('Импорт из Word');
    const sb = sidebar();
    await sb.locator('#file').setInputFiles(join(FIX, 'seed-001.docx'));
    await sb.locator('#preview').waitFor({ state: 'visible', timeout: 30_000 });
    const found = await sb.locator('#found').textContent();
    const count = Number(/Найдено таблиц: (\d+)/.exec(found ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    const items = await sb.locator('#sheets li').allTextContents();
    expect(items).toHaveLength(count);
    expect(items.find((t) => t.startsWith(PLAN_SHEET))).toMatch(/— план, мероприятий 33.*новый лист/s);
    expect(await tabs()).toEqual(before); // the preview writes nothing

    await sb.locator('#apply').click();
    await expect.poll(() => sb.locator('#status').textContent(), { timeout: 30_000 }).toBe('Готово.');
    expect(await sb.locator('#done').textContent()).toBe(`Импортировано листов: ${count}`);
    const results = await sb.locator('#results li').allTextContents();
    const plan = results.find((t) => t.startsWith(PLAN_SHEET));
    expect(plan).toMatch(/план, мероприятий 33 — замечаний: \d+/);
    await expect.poll(tabs).toEqual(expect.arrayContaining([...before, PLAN_SHEET]));
    expect((await tabs()).length).toBe(before.length + count);

    await sb.getByRole('link', { name: PLAN_SHEET }).click();
    await expect.poll(selectedTab).toBe(PLAN_SHEET);
    expect(env.errors).toEqual([]);
  }, 90_000);

  it('the same document again: «без изменений» for every sheet, no sheet added; after the user’s edit, what would change', async () => {
    const before = await tabs();
    const sb = sidebar();
    await sb.locator('#file').setInputFiles([]);
    await sb.locator('#file').setInputFiles(join(FIX, 'seed-001.docx'));
    await sb.locator('#preview').waitFor({ state: 'visible', timeout: 30_000 });
    const items = await sb.locator('#sheets li').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/без изменений$/);
    await sb.locator('#apply').click();
    await expect.poll(() => sb.locator('#status').textContent(), { timeout: 30_000 }).toBe('Готово.');
    await settled(page);
    expect(await tabs()).toEqual(before);

    // the user edits a cell of the imported plan: the next preview says what the import would change
    await expect.poll(selectedTab).toBe(PLAN_SHEET);
    const cell = page.locator('#grid td[data-r="6"][data-c="1"]');
    await cell.dblclick();
    await page.locator('#grid td textarea').fill('Правка пользователя');
    await page.locator('#grid td textarea').press('Enter');
    await settled(page);
    await sb.locator('#file').setInputFiles([]);
    await sb.locator('#file').setInputFiles(join(FIX, 'seed-001.docx'));
    await sb.locator('#preview').waitFor({ state: 'visible', timeout: 30_000 });
    const changed = await sb.locator('#sheets li').allTextContents();
    expect(changed.find((t) => t.startsWith(PLAN_SHEET))).toMatch(/обновление: изменится строк 1, добавится 0, удалится 0$/);
  }, 90_000);

  it('a damaged file: the Russian message, nothing imported, no sheet added', async () => {
    const before = await tabs();
    const sb = sidebar();
    await sb.locator('#file').setInputFiles(join(FIX, 'damaged.docx'));
    await expect.poll(() => sb.locator('#status').textContent(), { timeout: 30_000 }).toMatch(/повреждён.*Ничего не импортировано/);
    expect(await sb.locator('#preview').isHidden()).toBe(true);
    await settled(page);
    expect(await tabs()).toEqual(before);
  }, 60_000);

  it('seed-004.docx: the preview names the budget the passport repeats word for word, imported once', async () => {
    const sb = sidebar();
    await sb.locator('#file').setInputFiles(join(FIX, 'seed-004.docx'));
    await sb.locator('#preview').waitFor({ state: 'visible', timeout: 30_000 });
    const items = await sb.locator('#sheets li').allTextContents();
    expect(items.filter((t) => /— бюджет, /.test(t))).toHaveLength(1);
    expect(items.at(-1)).toBe(
      'Финансовое обеспечение реализации проекта — повторяет таблицу листа «Финансовое обеспечение…» слово в слово — второй раз не импортируется',
    );
  }, 60_000);

  it('«Скачать .ics» in the plan sidebar: a download whose text ical.js parses, one event per dated activity', async () => {
    await openMenu(page, 'Календарный план…');
    await expect.poll(() => page.locator('#sidebar-title').textContent()).toBe('Календарный план');
    const sb = sidebar();
    await expect.poll(() => sb.locator('#sheet option').allTextContents(), { timeout: 30_000 }).toContain(PLAN_SHEET);
    await sb.locator('#sheet').selectOption(PLAN_SHEET);
    await expect.poll(() => sb.locator('#summary').textContent(), { timeout: 30_000 }).toMatch(/33/);
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await sb.locator('#ics').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${PLAN_SHEET}.ics`);
    const text = readFileSync((await file.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(32); // 33 activities, «По отдельному графику» has no dates of its own
    await expect.poll(() => sb.locator('#status').textContent()).toBe(`«${PLAN_SHEET}»: событий 32; без даты, не выгружено: 1.`);
    // the copy-text fallback holds the same text
    await sb.locator('#ics-show').click();
    expect(await sb.locator('#ics-text').inputValue()).toBe(text.replace(/\r\n/g, '\n')); // a textarea keeps LF only
    expect(env.errors).toEqual([]);
  }, 90_000);
});
