/**
 * The «Бюджет» sidebar in real Chromium through the playground: tables and findings, a click to the cell,
 * marks on and off, «Свести» with the chart drawn on the summary tab.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openMenu, useSamplePlayground } from '../support/browser';

const env = useSamplePlayground();
const errors = env.errors;
let page: Page;

beforeEach(async () => {
  page = await env.newPage();
});

const sidebar = () => page.frameLocator('#sidebar-frame');

describe('«Бюджет» sidebar in Chromium', () => {
  it('finds the planted slip, selects its cell, marks it and takes the mark off', async () => {
    await openMenu(page, 'Бюджет…');
    await expect.poll(() => page.locator('#sidebar-title').textContent()).toBe('Бюджет');
    const sb = sidebar();
    await sb.locator('#sheet').selectOption('Бюджет СОШ № 117');
    await expect.poll(() => sb.locator('#tables li').first().textContent()).toMatch(/«Бюджет СОШ № 117», A2:G8 — 2 ошибки/);
    expect(await sb.locator('#tables .info').first().textContent()).toBe('4 статьи; годы: 2023 год, 2024 год, 2025 год; тыс. руб.');
    await sb.locator('#findings li.finding').first().click();
    await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe('Бюджет СОШ № 117');
    await expect.poll(() => page.locator('td.sel').getAttribute('data-r')).toBe('7'); // E8
    expect(await page.locator('td.sel').getAttribute('data-c')).toBe('4');

    await sb.locator('#mark').click();
    await expect.poll(() => sb.locator('#status').textContent()).toMatch(/отмечены 2 ячейки/);
    await expect
      .poll(() => page.locator('td[data-r="7"][data-c="4"]').getAttribute('title'))
      .toMatch(/^Кластер: «Итого» \(Внебюджетные средства ОО\), 2024 год/);
    expect(await page.locator('td[data-r="7"][data-c="4"]').getAttribute('style')).toMatch(/background-color:\s*#f4cccc/);
    await sb.locator('#unmark').click();
    await expect.poll(() => sb.locator('#status').textContent()).toMatch(/сняты отметки: 2 ячейки/);
    await expect.poll(() => page.locator('td[data-r="7"][data-c="4"]').getAttribute('title')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('all sheets: the three budget tabs ticked; «Свести» builds the summary and the chart is drawn', async () => {
    await openMenu(page, 'Бюджет…');
    const sb = sidebar();
    await sb.locator('input[name="scope"][value="all"]').check();
    await expect.poll(() => sb.locator('#tables li').count()).toBe(3);
    expect(await sb.locator('#tabs input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
      'Бюджет',
      'Бюджет СОШ № 117',
      'Бюджет Лицей № 130',
    ]);
    await sb.locator('#consolidate').click();
    await expect
      .poll(() => sb.locator('#status').textContent(), { timeout: 15_000 })
      .toBe('Свод «Бюджет — свод» собран: 3 таблицы с 3 листов.');
    expect(await sb.locator('#notes li').first().textContent()).toMatch(/суммы в тыс\. руб\. пересчитаны в руб\./);
    await page.locator('footer [role=tab]', { hasText: 'Бюджет — свод' }).click();
    await page.locator('figure.chart svg').waitFor();
    expect(await page.locator('figure.chart svg rect.bar').count()).toBe(6);
    expect(await page.locator('figure.chart svg').getAttribute('aria-label')).toBe('Бюджет по годам и источникам, руб.');
    expect(errors).toEqual([]);
  });

  it('«Столбцы»: the form opens on a question (no unit stated), a unit chosen is remembered and read, reset forgets it', async () => {
    await openMenu(page, 'Бюджет…');
    const sb = sidebar();
    await sb.locator('#sheet').selectOption('Бюджет');
    await expect.poll(() => sb.locator('#mapping .questions li').first().textContent()).toMatch(/^Единица сумм не указана/);
    expect(await sb.locator('#mapping-box').getAttribute('open')).not.toBeNull();
    expect(await sb.locator('#mapping-read').textContent()).toBe('A1:E7: 2023, 2024, 2025; руб.');
    expect(await sb.locator('#map-item').inputValue()).toBe('0');
    expect(await sb.locator('#map-source').inputValue()).toBe('1');
    await sb.locator('#map-unit').selectOption('тыс. руб.');
    await sb.locator('#save-mapping').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Выбор для листа «Бюджет» запомнен.');
    // the form is drawn again from the new reading after the status line: poll, not one look
    await expect.poll(() => sb.locator('#mapping .questions').count()).toBe(0);
    await expect
      .poll(() => sb.locator('#tables .info').first().textContent())
      .toBe('4 статьи; годы: 2023 год, 2024 год, 2025 год; тыс. руб.');
    expect(await sb.locator('#reset-mapping').isHidden()).toBe(false);
    await sb.locator('#reset-mapping').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Выбор для листа «Бюджет» сброшен: таблица читается сама.');
    await expect.poll(() => sb.locator('#tables .info').first().textContent()).toBe('4 статьи; годы: 2023 год, 2024 год, 2025 год; руб.');
    expect(errors).toEqual([]);
  });
});
