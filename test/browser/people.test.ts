/**
 * The «Ответственные» sidebar in real Chromium through the playground: check the sample plan against the
 * sample roster, fix one finding, fix all safe ones, insert a person with the picker, build «Нагрузка».
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { answered, openMenu, useSamplePlayground } from '../support/browser';

const env = useSamplePlayground();
const errors = env.errors;
let page: Page;

beforeAll(async () => {
  page = await env.newPage({ acceptDialogs: true });
});

const sidebar = () => page.frameLocator('#sidebar-frame');

async function state(): Promise<{ sheets: { name: string; values: unknown[][] }[] }> {
  return (await fetch(new URL('/api/state', env.pg.url))).json();
}

describe('«Ответственные» in Chromium', () => {
  it('check, fix one finding, then all safe ones; each fix lands in the workbook', async () => {
    await openMenu(page, 'Ответственные…');
    await expect.poll(() => page.locator('#sidebar-title').textContent()).toBe('Ответственные');
    const sb = sidebar();
    await sb.locator('#sheet').selectOption('План 2022-2023');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/^33\sмероприятия, ответственные в столбце E\./);
    expect(await sb.locator('#roster-status').textContent()).toMatch(/^Реестр «Участники»: 12 человек, групп и организаций: \d+\.$/);

    await sb.locator('#check').click();
    await sb.locator('#findings li.finding').first().waitFor();
    expect(await sb.locator('#findings-title').textContent()).toBe('20 замечаний');
    expect(await sb.locator('#fix-safe').isVisible()).toBe(true);
    const first = sb.locator('#findings li.finding').first();
    expect(await first.textContent()).toMatch(/E10.*Третьякова Т\. В\. → Третьякова Т\.В\./);

    await first.locator('button.fix').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Исправлено: 1 ячейка.');
    expect(await sb.locator('#findings-title').textContent()).toBe('19 замечаний');
    const plan = (await state()).sheets.find((s) => s.name === 'План 2022-2023')!;
    expect(String(plan.values[9]![4])).toMatch(/Третьякова Т\.В\./);

    await sb.locator('#fix-safe').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Исправлено: 18 ячеек.');
    // the typo in the activity text is left for a look: one click fixes it
    expect(await sb.locator('#findings-title').textContent()).toBe('1 замечание');
    expect(await sb.locator('#fix-safe').isVisible()).toBe(false);
    await sb.locator('#findings li.finding button.fix').click();
    await expect.poll(() => sb.locator('#findings-title').textContent()).toBe('Замечаний нет');
    const fixed = (await state()).sheets.find((s) => s.name === 'План 2022-2023')!;
    expect(String(fixed.values[24]![1])).toMatch(/\(Шкуратская М\.В\.\)/);
    expect(errors).toEqual([]);
  });

  it('the picker adds a roster name to the selected cell; «Нагрузка» is built', async () => {
    const sb = sidebar();
    await page.locator('footer [role=tab]', { hasText: 'План 2022-2023' }).click();
    await answered(page, '/api/select', () => page.locator('#grid td[data-r="8"][data-c="4"]').click()); // E9: «Третьякова Т.В.»
    await sb.locator('#picker-box summary').click();
    await sb.locator('#names li[data-name]').first().waitFor();
    await sb.locator('#filter').fill('Пету');
    expect(await sb.locator('#names li[data-name]').allTextContents()).toEqual(['Петухов Е.А.Руководитель ОО']);
    await sb.locator('#names li[data-name]').first().click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Петухов Е.А. → E9.');
    expect((await state()).sheets.find((s) => s.name === 'План 2022-2023')!.values[8]![4]).toBe('Третьякова Т.В.;\nПетухов Е.А.');

    await sb.locator('#workload').click();
    await expect.poll(() => sb.locator('#status').textContent()).toMatch(/^«Нагрузка»: 6 участников/);
    await expect.poll(() => page.locator('footer [role=tab]').allTextContents()).toContain('Нагрузка');
    expect(errors).toEqual([]);
  });

  it('the column form: the header row and the columns are chosen, remembered for the sheet, and reset', async () => {
    const sb = sidebar();
    await sb.locator('#sheet').selectOption('План 2022-2023');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/ответственные в столбце E\.$/);
    await sb.locator('#mapping-box summary').click();
    // the header row is row 4 of the sheet (0-based 3), offered with the rows above it
    expect(await sb.locator('#map-header-row').inputValue()).toBe('3');
    expect(await sb.locator('#map-responsible').inputValue()).toBe('4');
    expect(await sb.locator('#map-executors').inputValue()).toBe('');
    await sb.locator('#map-responsible').selectOption('2');
    await sb.locator('#save-mapping').click();
    await expect.poll(() => sb.locator('#status').textContent()).toBe('Выбор столбцов запомнен.');
    expect(await sb.locator('#summary').textContent()).toMatch(/ответственные в столбце C\. Столбцы выбраны вручную\.$/);

    // another sheet and back: the choice is the sheet's
    await sb.locator('#sheet').selectOption('Академия 2023-2025');
    await expect.poll(() => sb.locator('#summary').textContent()).not.toMatch(/столбце C\. Столбцы выбраны вручную/);
    await sb.locator('#sheet').selectOption('План 2022-2023');
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/ответственные в столбце C\. Столбцы выбраны вручную\.$/);
    expect(await sb.locator('#map-header-row').inputValue()).toBe('3');

    await sb.locator('#reset-mapping').click();
    await expect.poll(() => sb.locator('#summary').textContent()).toMatch(/ответственные в столбце E\.$/);
    expect(errors).toEqual([]);
  });
});
