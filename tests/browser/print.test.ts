/**
 * A printed report, rendered with Chromium's print stylesheet: the text with
 * each claim's endnote number, then every claim's verdict and note as
 * numbered endnotes, the post's words once per cited passage, and none of the
 * controls (search, Cite links and boxes, Close buttons).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const REPORT = '/reports/openai-has-reached-a-deal-to-deploy-its/';
const suite = useBrowserSuite();

async function printed(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await suite.browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  await page.emulateMedia({ media: 'print', colorScheme });
  return page;
}

/** The colours of a page's text, verdicts, diffs and boxes, as printed. */
async function printedColours(page: Page): Promise<string[]> {
  const selectors = ['body', '.claim-notes .verdict', '.claim-marker', '.scorecard', '.provenance', '.claim-diff del', '.claim-diff ins'];
  return Promise.all(
    selectors.map((s) =>
      page
        .locator(s)
        .first()
        .evaluate((el) => `${getComputedStyle(el).color} on ${getComputedStyle(el).backgroundColor}`),
    ),
  );
}

describe('a printed report', () => {
  test('leaves out the search box and the citation controls', async () => {
    const page = await printed(REPORT);
    await expect(page.getByRole('search').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Cite ¶ 4' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText('Cite this document').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Close' }).first().isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  test('leaves out the header box’s results, even when they are open', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.site.url}${REPORT}`);
    await page.getByRole('searchbox', { name: 'Search the documents' }).fill('Anthropic');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Search results' });
    await panel.locator('.search-result').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(panel.isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('ends with every claim’s verdict and note as numbered endnotes, the post’s words once per passage', async () => {
    const page = await printed(REPORT);
    await expect(page.getByRole('heading', { name: 'Notes on the claims' }).isVisible()).resolves.toBe(true);
    const notes = page.getByRole('listitem').filter({ hasText: /Claim c\d+/ });
    await expect(notes.count()).resolves.toBeGreaterThan(1);
    const misquote = notes.filter({ hasText: 'Claim c12' });
    await expect(misquote.isVisible()).resolves.toBe(true);
    await expect(misquote.getByText('≠ Misquote').isVisible()).resolves.toBe(true);
    await expect(misquote.getByText(/capture 002, the only one held, reads “We do not know”/).isVisible()).resolves.toBe(true);
    // The markers are numbered by a CSS counter in the text's order; the endnotes come in that same order.
    const markers = page.getByRole('button', { name: /: open the note on claim c\d+$/ });
    const targets = await markers.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('popovertarget')));
    const ids = await notes.evaluateAll((items) => items.map((item) => item.id));
    expect(targets).toEqual(ids);
    expect(ids).toHaveLength(await notes.count());
    await expect(markers.nth(11).evaluate((b) => getComputedStyle(b, '::after').content)).resolves.toBe('counter(claim)');
    // ¶ 42, sentence 3 is cited by two notes: its words are printed once, and the later note refers back.
    const words = page.locator('.claim-notes q').filter({ hasText: 'We do not know why Anthropic could not reach this deal' });
    const shown = await words.evaluateAll((qs) => qs.filter((q) => (q as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(1);
    await expect(misquote.getByText(/^ Quoted in note 2 \(claim c\d+\)\.$/).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test.each([REPORT, '/reports/openai-reaches-classified-deployment-agreement-with-pentagon-sets/'])(
    'prints every endnote of %s at the left of the column, a short one with no passage too',
    async (path) => {
      const page = await printed(path);
      const notes = page.getByRole('listitem').filter({ hasText: /Claim c\d+/ });
      const lefts = await notes.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
      await expect(notes.filter({ hasText: 'The post has no passage on this.' }).count()).resolves.toBeGreaterThan(0);
      expect(new Set(lefts)).toEqual(new Set([lefts[0]]));
      await page.context().close();
    },
  );

  test('prints the provenance open, and each note’s link with its address', async () => {
    const page = await printed(REPORT);
    await expect(page.getByRole('term').filter({ hasText: 'SHA-256' }).isVisible()).resolves.toBe(true);
    const link = page
      .locator('#c2-note')
      .getByRole('link', { name: /^Read in context/ })
      .first();
    const [href, after] = await link.evaluate((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]);
    expect(href).toMatch(/^\/sources\/our-agreement-with-the-department-of-war\/#p\d+/);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(after).toBe(`" (${new URL(canonical).origin}${href})"`);
    await page.context().close();
  });

  test('prints a passage’s ¶ without its fragment, which leads nowhere on paper', async () => {
    const page = await printed(REPORT);
    const pilcrow = page.getByRole('link', { name: '¶ 4, link to this passage' });
    await expect(pilcrow.isVisible()).resolves.toBe(true);
    await expect(pilcrow.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe('none');
    await page.context().close();
  });

  test('prints the same colours from a dark screen as from a light one', async () => {
    const light = await printed(REPORT);
    const dark = await printed(REPORT, 'dark');
    const colours = await printedColours(light);
    expect(new Set(colours).size).toBeGreaterThan(1);
    await expect(printedColours(dark)).resolves.toEqual(colours);
    await light.context().close();
    await dark.context().close();
  });

  test('prints the search page’s results without its form and filters', async () => {
    const page = await printed('/search/?q=Anthropic');
    await page
      .getByRole('status')
      .filter({ hasText: /passage/ })
      .waitFor();
    await expect(page.getByRole('search', { name: 'Passages' }).isVisible()).resolves.toBe(false);
    await expect(page.getByText('Filter by document').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('status').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('prints to PDF', async () => {
    const page = await printed(REPORT);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.context().close();
  });
});
