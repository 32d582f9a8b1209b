/**
 * The «Мониторинг» sidebar in real Chromium through the playground: send out the checklists (progress), check
 * the tabs, record a round, build the summary.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMenu, useSamplePlayground } from '../support/browser';

const env = useSamplePlayground();
const errors = env.errors;
let page: Page;

beforeAll(async () => {
  page = await env.newPage({ acceptDialogs: true });
});

const sidebar = () => page.frameLocator('#sidebar-frame');
const tabs = () => page.locator('footer [role=tab]').allTextContents();

describe('«Мониторинг» in Chromium', () => {
  it('sends out the checklists, checks them, records a round and builds the summary', async () => {
    await openMenu(page, 'Мониторинг…');
    await expect.poll(() => page.locator('#sidebar-title').textContent()).toBe('Мониторинг');
    const sb = sidebar();
    await expect.poll(() => sb.locator('#state').textContent()).toBe('Критериев в шаблоне: 22. Школ в «Участниках»: 3, листов школ: 2. Срезов: 0.');
    expect(await sb.locator('#create-template').isHidden()).toBe(true);

    await sb.locator('#distribute').click();
    await expect.poll(() => sb.locator('#status').textContent(), { timeout: 15_000 }).toBe('Листов школ создано: 1; уже были: 2.');
    expect(await sb.locator('#progress-text').textContent()).toBe('3 / 3');
    await expect.poll(tabs).toContain('Лицей № 130');

    await sb.locator('#check').click();
    await sb.locator('#findings li.finding').first().waitFor();
    expect(await sb.locator('#findings li.finding').allTextContents()).toEqual([expect.stringContaining('Ответ «+» прочитан как «Да».')]);

    await sb.locator('#round-name').fill('Входной, октябрь 2022');
    await sb.locator('#fix-round').click();
    await expect.poll(() => sb.locator('#status').textContent(), { timeout: 15_000 }).toBe('Срез «Входной, октябрь 2022» зафиксирован: 3 школы, заполнили 2.');
    await expect.poll(() => sb.locator('#based-on option').allTextContents()).toEqual(['Текущие ответы', 'Входной, октябрь 2022']);

    await sb.locator('#summary').click();
    await expect.poll(() => sb.locator('#status').textContent(), { timeout: 15_000 }).toBe('Сводка построена: 3 школы, средний балл 72%.');
    await expect.poll(tabs).toContain('Мониторинг — сводка');

    // the playground has no Google Docs: the note is downloaded as .docx or Markdown for the chosen round
    await sb.locator('#based-on').selectOption('Входной, октябрь 2022');
    await sb.locator('#note-doc').click();
    const href = await sb.locator('#note-docx').getAttribute('href');
    expect(href).toBe('/note.docx?round=%D0%92%D1%85%D0%BE%D0%B4%D0%BD%D0%BE%D0%B9%2C%20%D0%BE%D0%BA%D1%82%D1%8F%D0%B1%D1%80%D1%8C%202022');
    const docx = await page.request.get(new URL(href!, env.pg.url).href);
    expect(docx.headers()['content-type']).toMatch(/wordprocessingml/);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    const md = await page.request.get(new URL((await sb.locator('#note-md').getAttribute('href'))!, env.pg.url).href);
    expect(await md.text()).toMatch(/^# Аналитическая справка по результатам мониторинга «Входной, октябрь 2022»/);
    expect(errors).toEqual([]);
  });

  it('an empty round name gets a Russian message', async () => {
    const sb = sidebar();
    await sb.locator('#round-name').fill('');
    await sb.locator('#fix-round').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Укажите название среза, например «Входной, октябрь 2022».');
    expect(await sb.locator('#status').getAttribute('role')).toBe('alert');
  });
});
