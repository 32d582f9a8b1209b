/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Playground } from '../../src/local/playground/server';
import { samplePlayground } from './playground';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The sample playground in Chromium, as every browser test file needs it (hooks registered by `useSamplePlayground`). */
export interface SamplePlaygroundInBrowser {
  readonly pg: Playground & { workingCopy: string };
  readonly browser: Browser;
  /** Script errors of every page opened. */
  readonly errors: string[];
  /** A new page on the playground, its tabs drawn; dialogs accepted when `acceptDialogs`. */
  newPage(options?: { acceptDialogs?: boolean }): Promise<Page>;
}

/**
 * Registers beforeAll/afterAll: Chromium for the file, closed at the end. Every `newPage` starts its own
 * playground over a fresh sample workbook with its own working copy (the previous one is closed), so no
 * test sees what another left behind, whatever the order.
 */
export function useSamplePlayground(): SamplePlaygroundInBrowser {
  let pg: (Playground & { workingCopy: string }) | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  const pages: Page[] = [];
  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH))
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (.ci/run does it)`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await pg?.close();
  });
  return {
    get pg() {
      return pg!;
    },
    get browser() {
      return browser!;
    },
    errors,
    async newPage(options = {}) {
      // the pages of the previous playground go with it
      await Promise.all(pages.splice(0).map((p) => p.close()));
      await pg?.close();
      pg = await samplePlayground();
      const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
      pages.push(page);
      page.on('pageerror', (e) => errors.push(e.message));
      trackRequests(page);
      if (options.acceptDialogs) page.on('dialog', (d) => void d.accept());
      await page.goto(pg!.url);
      await page.locator('footer [role=tab]').first().waitFor();
      return page;
    },
  };
}

/**
 * Runs `act` and waits until the playground has answered the request to `path` it made (a click on a cell
 * sends /api/select: the selection is on the server once this returns). No fixed sleeps.
 */
export async function answered(page: Page, path: string, act: () => Promise<unknown>): Promise<void> {
  const response = page.waitForResponse((r) => new URL(r.url()).pathname === path);
  await act();
  await response;
}

const inFlight = new WeakMap<Page, number>();

/** Counts the page's requests still waiting for an answer (for `settled`). */
export function trackRequests(page: Page): void {
  inFlight.set(page, 0);
  const done = () => inFlight.set(page, (inFlight.get(page) ?? 1) - 1);
  page.on('request', () => inFlight.set(page, (inFlight.get(page) ?? 0) + 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/** Waits until every request the page has made has been answered (what a fixed sleep used to hope for). */
export async function settled(page: Page): Promise<void> {
  await expect.poll(() => inFlight.get(page) ?? 0).toBe(0);
}

/** Opens an item of the playground's Кластер menu. */
export async function openMenu(page: Page, item: string): Promise<void> {
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: item }).click();
}
