/**
 * The engine's first files, fetched side by side as the engine starts: the
 * page asks for Pagefind's worker script, entry, metadata and WebAssembly
 * itself, and the engine, asking after them one by one, gets them from the
 * cache.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ENGINE_ENTRY, ENGINE_WORKER, engineFiles } from '../../src/lib/search/engine-files.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
const suite = useBrowserSuite();

/** One file of the search bundle as a page or worker read it: how, and how many bytes came over the network (0 from the cache). */
interface Read {
  file: string;
  query: string;
  initiator: string;
  transferred: number;
}

/** What a page or its worker read of the search bundle, from its own resource timings (run inside it). */
function bundleReads(): Read[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry as PerformanceResourceTiming)
    .filter((entry) => new URL(entry.name).pathname.includes('/pagefind/'))
    .map((entry) => {
      const url = new URL(entry.name);
      return { file: url.pathname.replace(/^.*\/pagefind\//, ''), query: url.search, initiator: entry.initiatorType, transferred: entry.transferSize };
    });
}

const [meta = '', wasm = ''] = engineFiles(JSON.parse(readFileSync(`dist/pagefind/${ENGINE_ENTRY}`, 'utf8')), 'en');

/** Runs `search` in a fresh tab and returns what the tab and Pagefind's worker read of the search bundle. */
async function readsOf(search: (page: Page) => Promise<void>): Promise<{ page: Read[]; engine: Read[] }> {
  const page = await suite.browser.newPage();
  await search(page);
  await page
    .getByRole('status')
    .filter({ hasText: /passages?: classifiers/ })
    .first()
    .waitFor();
  const [worker] = page.workers();
  if (!worker) throw new Error('Pagefind started no worker.');
  const reads = { page: await page.evaluate(bundleReads), engine: await worker.evaluate(bundleReads) };
  await page.close();
  return reads;
}

/** Tabs tried before the cache must have answered: Chromium may fetch a file again rather than wait for a copy still arriving. */
const TRIES = 3;

describe('the engine’s first files', () => {
  test.each([
    [
      'the header box of a reading page',
      async (page: Page) => {
        await page.goto(`${suite.site.url}${POST}`, { waitUntil: 'networkidle' });
        await page.getByRole('searchbox', { name: 'Search the documents' }).fill('classifiers');
        await page.keyboard.press('Enter');
      },
    ],
    ['the search page opened with a query', (page: Page) => page.goto(`${suite.site.url}/search/?q=classifiers`).then(() => undefined)],
  ])('are fetched side by side for %s, and the engine reads them from the cache', async (_name, search) => {
    const fromCache: string[][] = [];
    for (let tab = 0; tab < TRIES; tab++) {
      const reads = await readsOf(search);
      for (const file of [ENGINE_WORKER, ENGINE_ENTRY, meta, wasm])
        expect(
          reads.page.filter((read) => read.file === file && read.initiator === 'fetch'),
          file,
        ).toHaveLength(1);
      // The engine asks for the entry at the very address the page fetched it from.
      const entry = (reads: Read[]) => reads.filter((read) => read.file === ENGINE_ENTRY).map((read) => read.query);
      expect(entry(reads.engine)).toEqual(entry(reads.page));
      // The worker's own script, loaded by the page, and the files the worker fetched itself.
      const engineReads = [...reads.page.filter((read) => read.file === ENGINE_WORKER && read.initiator !== 'fetch'), ...reads.engine];
      fromCache.push([ENGINE_WORKER, ENGINE_ENTRY, meta, wasm].filter((file) => engineReads.some((read) => read.file === file && read.transferred === 0)));
      if (fromCache.at(-1)?.length === 4) break;
    }
    expect(fromCache.at(-1), `what the cache answered in each tab: ${JSON.stringify(fromCache)}`).toEqual([ENGINE_WORKER, ENGINE_ENTRY, meta, wasm]);
  });
});

describe('the entry’s address', () => {
  test('is the one fetched ahead even when the search page’s own script starts the engine first', async () => {
    const page = await suite.browser.newPage();
    // The header box's script (which fetches ahead) arrives late, so the search page's script starts the engine.
    await page.route('**/_astro/SearchForm.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${suite.site.url}/search/?q=classifiers`);
    await page
      .getByRole('status')
      .filter({ hasText: /passages?: classifiers/ })
      .first()
      .waitFor();
    await expect.poll(() => page.evaluate(bundleReads).then((reads) => reads.some((read) => read.file === ENGINE_ENTRY))).toBe(true);
    const [worker] = page.workers();
    if (!worker) throw new Error('Pagefind started no worker.');
    const entry = (reads: Read[]) => reads.filter((read) => read.file === ENGINE_ENTRY).map((read) => read.query);
    const [engine, ahead] = [entry(await worker.evaluate(bundleReads)), entry(await page.evaluate(bundleReads))];
    await page.close();
    expect(ahead).toHaveLength(1);
    expect(engine).toEqual(ahead);
  });
});
