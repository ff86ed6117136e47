/**
 * Reading in Chromium: every page opens, ¶ numbers and sentence anchors take
 * the reader to the passage and highlight it, with and without JavaScript,
 * and no request ever leaves the site.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
const suite = useBrowserSuite();
const foreign: string[] = [];

const paths = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await suite.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(suite.site.url) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  const response = await page.goto(`${suite.site.url}${path}`);
  expect(response?.status(), `status of ${path}`).toBe(200);
  return page;
}

/** The highlight a targeted element gets, as the reader sees it. */
const background = (page: Page, id: string) => page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);

describe('reading the site in Chromium', () => {
  test('opens every page in the sitemap, each with one main heading', async () => {
    expect(paths.length).toBeGreaterThanOrEqual(5);
    for (const path of paths) {
      const page = await open(path);
      await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
      await page.context().close();
    }
  });

  test('follows a ¶ link to its passage and highlights it', async () => {
    const page = await open(POST);
    const before = await background(page, 'p12');
    await page.getByRole('link', { name: '¶ 12, link to this passage' }).click();
    expect(new URL(page.url()).hash).toBe('#p12');
    expect(await background(page, 'p12')).not.toBe(before);
    await page.context().close();
  });

  test('lands on a sentence anchor and highlights only that sentence, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open(`${POST}#p13-s2`, javaScriptEnabled);
      const highlighted = await background(page, 'p13-s2');
      expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
      expect(await background(page, 'p13-s1')).toBe('rgba(0, 0, 0, 0)');
      await expect(page.locator('#p13-s2').textContent()).resolves.toBe('We think our approach better protects against unacceptable use.');
      await page.context().close();
    }
  });

  test('answers an unknown address with the 404 page', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${suite.site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('shows the coverage of the text apart from its headings and the capture’s page furniture, without JavaScript', async () => {
    const page = await open(POST, false);
    await page.getByText(/^Coverage: the reports cite \d+ of \d+ passages of text$/).click();
    /** What each cell of a list points at: a heading, furniture of the capture, or text. */
    const targets = (name: string | RegExp) =>
      page
        .getByRole('group', { name })
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((link) => {
            const passage = document.getElementById(new URL((link as HTMLAnchorElement).href).hash.slice(1));
            if (passage?.closest('.artefact')) return 'furniture';
            return passage && /^H[1-6]$/.test(passage.tagName) ? 'heading' : 'text';
          }),
        );
    const [text, headings, furniture] = await Promise.all([targets('The text'), targets('Headings'), targets(/^Page furniture/)]);
    expect(text.length).toBeGreaterThan(30);
    expect(new Set(text)).toEqual(new Set(['text']));
    expect(headings.length).toBeGreaterThan(0);
    expect(new Set(headings)).toEqual(new Set(['heading']));
    expect(furniture.length).toBeGreaterThan(0);
    expect(new Set(furniture)).toEqual(new Set(['furniture']));
    await expect(page.locator('[data-passage]').count()).resolves.toBe(text.length + headings.length + furniture.length);
    await page.context().close();
  });

  test('made no request to any other origin', () => {
    expect(foreign).toEqual([]);
  });
});
