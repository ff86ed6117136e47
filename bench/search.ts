/**
 * Search figures in Chromium: the time from opening the search page with a
 * query to the first result, and the bytes the search fetched on the way.
 */
import type { Browser } from 'playwright-core';

/** Search figures for one query. */
export interface SearchFigures {
  query: string;
  firstResultMs: number;
  pagefindBytes: number;
  pagefindRequests: number;
}

/** Measures one query on a fresh page (cold cache). */
export async function measureSearch(browser: Browser, siteUrl: string, query: string): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('/pagefind/')) sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const started = Date.now();
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-result').first().waitFor();
  const firstResultMs = Date.now() - started;
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { query, firstResultMs, pagefindBytes: bytes, pagefindRequests: sizes.length };
}
