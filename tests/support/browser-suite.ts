/**
 * The set-up every browser test file shares: the built site served on
 * loopback and one headless Chromium, started before the file's tests and
 * closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-site.ts';

/** The served site and the browser, filled in before the tests run. */
export interface BrowserSuite {
  site: StaticSite;
  browser: Browser;
}

/** Registers the shared set-up for the calling test file and returns its handles. */
export function useBrowserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.site = await serveStatic();
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.site?.close();
  });
  return suite;
}
