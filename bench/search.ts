/**
 * Search figures in Chromium, each on a fresh browser context (cold cache),
 * the median of several runs: the first search from the header box of a
 * reading page (Enter to the first result painted) and the search page
 * opened with a query. Pagefind's own cold query is timed by the peer's
 * search.mjs on both sites (bench/peer.ts), so that both get the same clock.
 */
import type { Browser, Page } from 'playwright-core';
import type { CountingServer } from './counting-server.ts';
import { sentSince } from './counting-server.ts';

/** Runs of each measurement; the median is reported. */
const RUNS = 5;

/** A timing and what Pagefind's files cost on the wire (gzip where a host compresses). */
export interface SearchFigures {
  measure: string;
  query: string;
  medianMs: number;
  runsMs: number[];
  pagefindBytes: number;
  pagefindRequests: number;
}

/** The middle of several runs, which one slow run cannot move. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Records, in every page of the context, when the first search result is painted. */
async function watchFirstResult(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.search-result')) return;
      observer.disconnect();
      requestAnimationFrame(() => Object.assign(window, { firstResultAt: Date.now() }));
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Longest pause a reader is given before Enter, in milliseconds: typing a few words takes longer. */
const LONGEST_PAUSE = 3000;

/** Waits, as a reader types on, until the search the header box started ahead is stored, or LONGEST_PAUSE has passed. */
async function readerPause(page: Page): Promise<void> {
  await page
    .waitForFunction(() => Object.keys(sessionStorage).some((key) => key.startsWith('red-lines:search:')), undefined, { timeout: LONGEST_PAUSE })
    .catch(() => undefined);
}

async function repeat(measure: string, query: string, server: CountingServer, run: () => Promise<{ ms: number; from: number }>): Promise<SearchFigures> {
  const runs: Array<{ ms: number; from: number; to: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const { ms, from } = await run();
    runs.push({ ms, from, to: server.sent.length });
  }
  const last = runs.at(-1) ?? { from: 0, to: 0 };
  const cost = sentSince({ ...server, sent: server.sent.slice(0, last.to) }, last.from, '/pagefind/');
  return {
    measure,
    query,
    medianMs: Math.round(median(runs.map((r) => r.ms))),
    runsMs: runs.map((r) => Math.round(r.ms)),
    pagefindBytes: cost.bytes,
    pagefindRequests: cost.requests,
  };
}

/** Adds `ms` to every request of the page and its workers (Chromium's network emulation), as a connection further away than loopback would. */
async function addRoundTrip(page: Page, ms: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', { offline: false, latency: ms, downloadThroughput: -1, uploadThroughput: -1 });
}

/** How the reader searches from the header box: after a pause in typing or not, and over loopback or a connection with `roundTripMs` per request. */
export interface HeaderSearchWay {
  pause?: boolean;
  roundTripMs?: number;
}

/** Enter in the header search box of a reading page to the first result painted; the box is focused and typed in first, as a reader does. */
export function headerSearch(browser: Browser, server: CountingServer, readingPath: string, query: string, way: HeaderSearchWay = {}): Promise<SearchFigures> {
  const { pause = false, roundTripMs = 0 } = way;
  const measure = `header box, Enter ${pause ? 'after a pause' : 'at once'}${roundTripMs ? `, ${roundTripMs} ms a request` : ''}`;
  return repeat(measure, query, server, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchFirstResult(page);
    if (roundTripMs) await addRoundTrip(page, roundTripMs);
    await page.goto(`${server.url}${readingPath}`, { waitUntil: 'networkidle' });
    const from = server.sent.length;
    await page.getByRole('searchbox', { name: 'Search the documents' }).click();
    await page.keyboard.insertText(query);
    if (pause) await readerPause(page);
    await page.evaluate(() =>
      addEventListener('keydown', (e) => e.key === 'Enter' && sessionStorage.setItem('enterAt', String(Date.now())), { capture: true }),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => 'firstResultAt' in window);
    const ms = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt - Number(sessionStorage.getItem('enterAt')));
    await context.close();
    return { ms, from };
  });
}

/** Opening the search page with a query to the first result painted. */
export function searchPageSearch(browser: Browser, server: CountingServer, query: string): Promise<SearchFigures> {
  return repeat('search page opened with the query', query, server, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await watchFirstResult(page);
    const from = server.sent.length;
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => 'firstResultAt' in window);
    const ms = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt - performance.timeOrigin);
    await context.close();
    return { ms, from };
  });
}
