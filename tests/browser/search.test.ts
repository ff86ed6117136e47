/**
 * Search in Chromium, with real queries against the built index: the first
 * result and its anchor, exact phrases, pasted sentences, misquotes,
 * filters, shareable URLs and the highlight on arrival.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
const suite = useBrowserSuite();
const requests: string[] = [];

async function search(query: string, extra = ''): Promise<Page> {
  const page = await suite.browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${suite.site.url}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.getByRole('status').filter({ hasText: /passage/ }).waitFor();
  return page;
}

const results = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
const firstLink = (page: Page) => results(page).first().getByRole('link').first();


describe('search in Chromium', () => {
  test('finds a quoted phrase from the post at its passage', async () => {
    const page = await search('"Deploy via cloud only"');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p17-s1:~:text=`));
    await expect(page.getByRole('status').textContent()).resolves.toContain('exact phrase');
    await page.close();
  });

  test('puts the passage of a whole unquoted sentence first', async () => {
    const page = await search('We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p42-s3:~:`));
    await page.close();
  });

  test('finds a word that only one document uses', async () => {
    const page = await search('imprudent');
    await expect(results(page).count()).resolves.toBe(1);
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(/^\/reports\/openai-reaches-classified-deployment-agreement-with-pentagon-sets\/#p10-s\d+:~:text=imprudent$/);
    await page.close();
  });

  test('finds a misquoted phrase in the report and leads on to the post passage it distorts', async () => {
    const page = await search('“we hope that they and more labs will consider it”');
    const first = results(page).first();
    await expect(first.getByRole('link').first().getAttribute('href')).resolves.toMatch(/^\/reports\/openai-has-reached-a-deal-to-deploy-its\/#p4-s\d+:~:/);
    const compare = first.getByRole('link', { name: 'the post, ¶ 42, sentence 3' });
    await expect(compare.getAttribute('href')).resolves.toBe(`${POST}#p42-s3`);
    await page.close();
  });

  test('narrows results with a filter, and the URL keeps the filter', async () => {
    const page = await search('Anthropic');
    const all = await results(page).count();
    await page.getByText('Filter by document, kind, verdict or speaker').click();
    await page.getByRole('checkbox', { name: 'Primary source' }).check();
    await page.waitForURL(/kind=Primary\+source/);
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length < n, all);
    const narrowed = await page.locator('.search-result a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((href) => href.startsWith(POST))).toBe(true);
    await page.close();
  });

  test('follows the query in the URL, reloads it, and goes Back to the previous search', async () => {
    const page = await search('classifiers');
    await page.getByLabel(/Search every passage/).fill('Posse Comitatus');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=Posse\+Comitatus/);
    await page.reload();
    await page.getByRole('status').filter({ hasText: /Posse Comitatus/ }).waitFor();
    await expect(page.getByLabel(/Search every passage/).inputValue()).resolves.toBe('Posse Comitatus');
    await page.goBack();
    await page.waitForURL(/q=classifiers/);
    await page.getByRole('status').filter({ hasText: /classifiers/ }).waitFor();
    await page.close();
  });

  test('lands on a result with the matched words highlighted', async () => {
    const page = await search('"running and updating classifiers"');
    const href = (await firstLink(page).getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^${POST}#p27-s\\d+:~:text=running%20and%20updating%20classifiers$`));
    await firstLink(page).click();
    await page.waitForURL(new RegExp(`${POST}#p27`));
    const highlighted = await page.evaluate(() => {
      const target = document.getElementById('p27');
      const rect = target?.getBoundingClientRect();
      return { targeted: document.querySelector(':target')?.id ?? null, inView: rect ? rect.top < innerHeight && rect.bottom > 0 : false };
    });
    // Chromium targets the element holding the fragment's text: the passage or, here, its sentence.
    expect(highlighted.targeted).toMatch(/^p27(-s1)?$/);
    expect(highlighted.inView).toBe(true);
    await expect(page.locator('#p27').textContent()).resolves.toContain('running and updating classifiers');
    await page.close();
  });

  test('says that search needs JavaScript, and lists every document, when it is off', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}/search/?q=Anthropic`);
    // Playwright's text locators skip <noscript>, so read what the reader sees instead.
    await expect(page.getByRole('main').innerText()).resolves.toContain('Search needs JavaScript, which is turned off.');
    await expect(page.getByRole('link', { name: 'Our agreement with the Department of War' }).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  test('reading pages load nothing of search until it is used', async () => {
    const page = await suite.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(`${suite.site.url}${POST}`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    expect(loaded.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });
});
