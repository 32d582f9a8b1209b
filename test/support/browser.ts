/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

/** Registers beforeAll/afterAll: the sample playground and Chromium, closed at the end. */
export function useSamplePlayground(): SamplePlaygroundInBrowser {
  let pg: (Playground & { workingCopy: string }) | undefined;
  let browser: Browser | undefined;
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
  return {
    get pg() {
      return pg!;
    },
    get browser() {
      return browser!;
    },
    errors,
    async newPage(options = {}) {
      const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('pageerror', (e) => errors.push(e.message));
      if (options.acceptDialogs) page.on('dialog', (d) => void d.accept());
      await page.goto(pg!.url);
      await page.locator('footer [role=tab]').first().waitFor();
      return page;
    },
  };
}

/** Opens an item of the playground's Кластер menu. */
export async function openMenu(page: Page, item: string): Promise<void> {
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: item }).click();
}
