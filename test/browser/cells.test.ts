/**
 * The playground's grid in real Chromium as a spreadsheet user meets it: computed values (formulas shown only in
 * the formula bar and the editor), the bundle's functions typed in cells, the multi-line editor that writes only
 * what changed, column widths, note markers, the keyboard, and sidebars that reload after a menu action.
 */
import type { Page, Request } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openMenu, useSamplePlayground } from '../support/browser';

const env = useSamplePlayground();
const errors = env.errors;
let page: Page;

beforeEach(async () => {
  page = await env.newPage();
});

const cell = (r: number, c: number) => page.locator(`#grid td[data-r="${r}"][data-c="${c}"]`);
const editor = () => page.locator('#grid td textarea');

async function showSheet(name: string): Promise<void> {
  await page.locator('footer [role=tab]', { hasText: name }).first().click();
  await expect.poll(() => page.locator('footer [aria-selected=true]').textContent()).toBe(name);
}

/** Types text into a cell through the editor (Enter saves), as a user does. */
async function typeInto(r: number, c: number, text: string): Promise<void> {
  await cell(r, c).dblclick();
  await editor().fill(text);
  await editor().press('Enter');
  await expect.poll(() => editor().count()).toBe(0);
}

/** The edit requests the page sends from now on. */
function editsSent(): string[] {
  const sent: string[] = [];
  page.on('request', (r: Request) => void (r.url().endsWith('/api/edit') && sent.push(r.postData() ?? '')));
  return sent;
}

describe('formulas in the playground', () => {
  it('«Свести бюджеты»: the summary shows numbers; the formula is in the formula bar', async () => {
    await openMenu(page, 'Свести бюджеты');
    await expect.poll(() => page.locator('footer [role=tab]').allTextContents()).toContain('Бюджет — свод');
    await showSheet('Бюджет — свод');
    const texts = await page.locator('#grid td[data-r]').allTextContents();
    expect(texts.filter((t) => t.startsWith('='))).toEqual([]);
    // «Всего по всем источникам», 2023: 250 000 + 80 000 + 60 000
    await expect.poll(() => cell(11, 2).textContent()).toBe('390\u00a0000');
    await cell(11, 2).click();
    expect(await page.locator('#cell-name').textContent()).toBe('C12');
    expect(await page.locator('#cell-input').textContent()).toBe('=C10+C11');
    await cell(2, 2).click();
    expect(await page.locator('#cell-input').textContent()).toBe("='Бюджет'!C2");
    expect(errors).toEqual([]);
  });

  it('=1+2 shows 3; =BUDGET_TOTAL(…; 2024) as typed in a Russian spreadsheet shows the add-on’s total', async () => {
    await showSheet('Участники'); // columns A–G hold the roster; H is free
    await typeInto(0, 7, '=1+2');
    await expect.poll(() => cell(0, 7).textContent()).toBe('3');
    await cell(0, 7).click();
    expect(await page.locator('#cell-input').textContent()).toBe('=1+2');
    await cell(0, 7).dblclick();
    expect(await editor().inputValue()).toBe('=1+2');
    await editor().press('Escape');

    await typeInto(1, 7, '=BUDGET_TOTAL(Бюджет!A1:E7; 2024)');
    // 2024: 30 000 + 20 000 + 120 000 + 120 000
    await expect.poll(() => cell(1, 7).textContent()).toBe('290000');
    await cell(1, 7).click();
    expect(await page.locator('#cell-input').textContent()).toBe('=BUDGET_TOTAL(Бюджет!A1:E7; 2024)');
    await typeInto(2, 7, '=СУММ(Бюджет!C2:C3; 0,5)');
    await expect.poll(() => cell(2, 7).textContent()).toBe('50000,5');
    await cell(2, 7).click();
    expect(await page.locator('#cell-input').textContent()).toBe('=SUM(Бюджет!C2:C3; 0,5)');
    expect(errors).toEqual([]);
  });

  it('=PLAN_DATES(A6:A8) spills start, end and kind; data in the way turns it into #REF! with Sheets’ reason', async () => {
    await showSheet('Академия 2023-2025');
    await typeInto(5, 7, '=PLAN_DATES(A6:A8)');
    await expect.poll(() => cell(5, 7).textContent()).toBe('01.06.2023');
    expect(await cell(5, 8).textContent()).toBe('31.12.2023');
    expect(await cell(7, 8).textContent()).toBe('31.12.2023');
    expect(await cell(7, 9).textContent()).toMatch(/\S/);
    await cell(6, 8).click();
    expect(await page.locator('#cell-input').textContent()).toBe(''); // a spilled value has no formula

    await typeInto(7, 9, 'занято');
    await expect.poll(() => cell(5, 7).textContent()).toBe('#REF!');
    expect(await cell(5, 7).getAttribute('title')).toBe('Array result was not expanded because it would overwrite data in J8.');
    expect(await cell(6, 8).textContent()).toBe('');
    expect(errors).toEqual([]);
  });
});

describe('the cell editor', () => {
  it('opening a multi-line cell and clicking away writes nothing; Alt+Enter adds a line; Escape cancels', async () => {
    await showSheet('Академия 2023-2025');
    const sent = editsSent();
    const term = cell(5, 0);
    expect(await term.textContent()).toBe('Июнь 2023 – \nдекабрь 2023');
    await term.dblclick();
    expect(await editor().inputValue()).toBe('Июнь 2023 – \nдекабрь 2023');
    await cell(3, 2).click(); // away: the editor closes
    await expect.poll(() => editor().count()).toBe(0);
    expect(sent).toEqual([]);
    expect(await term.textContent()).toBe('Июнь 2023 – \nдекабрь 2023');

    await term.dblclick();
    await editor().press('End');
    await editor().press('Alt+Enter');
    await editor().pressSequentially('(по плану)');
    await editor().press('Enter');
    await expect.poll(() => term.textContent()).toBe('Июнь 2023 – \nдекабрь 2023\n(по плану)');
    expect(sent).toHaveLength(1);
    const state = await (await fetch(new URL('/api/state', env.pg.url))).json();
    expect(state.sheets.find((s: { name: string }) => s.name === 'Академия 2023-2025').values[5][0]).toBe(
      'Июнь 2023 – \nдекабрь 2023\n(по плану)',
    );

    await term.dblclick();
    await editor().fill('не сохранять');
    await editor().press('Escape');
    await expect.poll(() => term.textContent()).toBe('Июнь 2023 – \nдекабрь 2023\n(по плану)');
    expect(sent).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('arrows move the selection, Enter edits the selected cell, typing starts an edit', async () => {
    await showSheet('Участники');
    await cell(0, 0).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#grid td.sel').getAttribute('data-r')).toBe('2');
    expect(await page.locator('#grid td.sel').getAttribute('data-c')).toBe('1');
    expect(await page.locator('#cell-name').textContent()).toBe('B3');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // stays in column A
    expect(await page.locator('#cell-name').textContent()).toBe('A2');
    await page.keyboard.press('Enter');
    expect(await editor().inputValue()).toBe(await cell(1, 0).textContent());
    await editor().press('Escape');
    await expect.poll(() => editor().count()).toBe(0);
    await page.locator('#grid').focus();
    await page.keyboard.press('5');
    expect(await editor().inputValue()).toBe('5');
    await editor().press('Escape');
    expect(errors).toEqual([]);
  });
});

describe('what the grid shows', () => {
  it('column widths set by the add-on, and a note marker on a filled cell', async () => {
    await showSheet('Участники');
    // the sample's roster: 280, 150, 110, 260 px
    const widths = await page
      .locator('#grid th')
      .evaluateAll((ths) => ths.slice(1, 5).map((th) => Math.round(th.getBoundingClientRect().width)));
    expect(widths).toEqual([280, 150, 110, 260]);

    // «Отметить ошибки» fills the cell and adds a note: both show
    const origin = new URL(env.pg.url).origin;
    const marked = await fetch(new URL('/api/run', env.pg.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ fn: 'budgetMark', args: [{ sheet: 'Бюджет СОШ № 117' }] }),
    });
    expect(marked.status).toBe(200);
    await page.reload();
    await page.locator('footer [role=tab]').first().waitFor();
    await showSheet('Бюджет СОШ № 117');
    const e8 = cell(7, 4);
    expect(await e8.getAttribute('class')).toMatch(/\bnote\b/);
    const look = await e8.evaluate((td) => ({
      fill: getComputedStyle(td).backgroundColor,
      marker: getComputedStyle(td, '::after').borderTopColor,
    }));
    expect(look).toEqual({ fill: 'rgb(244, 204, 204)', marker: 'rgb(242, 153, 0)' });
    expect(errors).toEqual([]);
  });
});

describe('menus, dialogs and sidebars', () => {
  it('Escape closes the menu and an alert', async () => {
    await page.click('#menu-button');
    await expect.poll(() => page.locator('#menu').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#menu').isVisible()).toBe(false);

    await showSheet('Участники');
    await openMenu(page, 'Построить календарь');
    await expect.poll(() => page.locator('#alert').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#alert').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('«Бюджет…» lists only the budget sheets for «Свести», all ticked; a menu action reloads the open sidebar', async () => {
    await showSheet('Участники');
    await openMenu(page, 'Бюджет…');
    const sb = page.frameLocator('#sidebar-frame');
    await expect.poll(() => sb.locator('#tabs input').count()).toBe(3);
    const ticked = () => sb.locator('#tabs input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await ticked()).toEqual(['Бюджет', 'Бюджет СОШ № 117', 'Бюджет Лицей № 130']);

    const frame = () => page.frames().find((f) => f.url().includes('/sidebar'))!;
    await frame().evaluate(() => ((window as unknown as { before: boolean }).before = true));
    await openMenu(page, 'Свести бюджеты');
    // the sidebar is loaded again: not the page it was before the action
    await expect
      .poll(() =>
        frame()
          ?.evaluate(() => (window as unknown as { before?: boolean }).before ?? false)
          .catch(() => true),
      )
      .toBe(false);
    await expect.poll(() => sb.locator('#tabs input:checked').count()).toBe(3);
    await sb.locator('#consolidate').click();
    await expect
      .poll(() => sb.locator('#status').textContent(), { timeout: 15_000 })
      .toBe('Свод «Бюджет — свод» собран: 3 таблицы с 3 листов.');
    expect(errors).toEqual([]);
  });
});
