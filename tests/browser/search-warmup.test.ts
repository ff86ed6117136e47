/**
 * The engine's first files, fetched side by side as the engine starts: the
 * page asks for Pagefind's worker script, metadata and WebAssembly itself,
 * and the engine, asking after them one by one, gets them from the cache.
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
  initiator: string;
  transferred: number;
}

/** What a page or its worker read of the search bundle, from its own resource timings (run inside it). */
function bundleReads(): Read[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry as PerformanceResourceTiming)
    .filter((entry) => new URL(entry.name).pathname.includes('/pagefind/'))
    .map((entry) => ({ file: new URL(entry.name).pathname.replace(/^.*\/pagefind\//, ''), initiator: entry.initiatorType, transferred: entry.transferSize }));
}

const [meta = '', wasm = ''] = engineFiles(JSON.parse(readFileSync(`dist/pagefind/${ENGINE_ENTRY}`, 'utf8')), 'en');

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
    const page = await suite.browser.newPage();
    await search(page);
    await page
      .getByRole('status')
      .filter({ hasText: /passages?: classifiers/ })
      .first()
      .waitFor();
    const [worker] = page.workers();
    if (!worker) throw new Error('Pagefind started no worker.');
    const pageReads = await page.evaluate(bundleReads);
    const engineReads = await worker.evaluate(bundleReads);
    for (const file of [ENGINE_WORKER, meta, wasm])
      expect(
        pageReads.filter((read) => read.file === file && read.initiator === 'fetch'),
        file,
      ).toHaveLength(1);
    // The worker's own script, loaded by the page, and the files the worker fetched itself, all from the cache.
    expect(pageReads.filter((read) => read.file === ENGINE_WORKER && read.initiator !== 'fetch').map((read) => read.transferred)).toEqual([0]);
    for (const file of [meta, wasm])
      expect(
        engineReads.filter((read) => read.file === file).map((read) => read.transferred),
        file,
      ).toEqual([0]);
    await page.close();
  });
});
