/**
 * Under `npm run dev` the site follows every edit without a restart: a cite
 * changed in a report moves the claim between the post's "Cited by" notes,
 * a broken cite shows its content error, then goes away once fixed, and a
 * report's cite page follows an edit to its frontmatter. Scripts that load
 * when first needed load from their sources.
 */

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
const REPORT = 'content/reports/000_265bca5c0a58c33e.mdx';
const DRAFT_PAGE = '/reports/openai-has-reached-a-deal-to-deploy-its/';
const DRAFT_REPORT = 'content/reports/003_3604921ae2a8460e.mdx';
let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDevServer(), launchChromium()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The post's "Cited by" button label at a passage, as a reader on a phone sees it (wide screens show the list instead). */
const citedBy = (page: Page, passage: string) =>
  page
    .locator(`#${passage}`)
    .getByRole('button', { name: /^Cited by \d+ claims?/ })
    .textContent({ timeout: 2_000 });

/** A navigation waits for the document, not for every script: a dev server busy with a rebuild may hold one back. */
const NAVIGATION = { waitUntil: 'domcontentloaded', timeout: 10_000 } as const;

/** Opens a page; a navigation the dev server's own reload of the previous page cuts short is made again by `reloadUntil`. */
const visit = (page: Page, path: string) => page.goto(`${server.url}${path}`, NAVIGATION).catch(() => undefined);

/** Opens `path` again until it shows what is expected, as a reader pressing reload would, for at most 25 s. */
async function reloadUntil(page: Page, path: string, read: () => Promise<string | null>, expected: string | RegExp): Promise<void> {
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline) {
    const value = await read().catch(() => null);
    if (value !== null && (typeof expected === 'string' ? value === expected : expected.test(value))) return;
    await page.waitForTimeout(500);
    // Not page.reload(): when the dev server's reload of the previous page cut the first visit short, that page is
    // still open, and reloading it would never reach this one.
    await visit(page, path);
  }
  const seen = await page
    .evaluate(() => `${document.title}; overlay: ${document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.slice(0, 300) ?? 'none'}`)
    .catch(() => 'no page');
  throw new Error(`the page never showed ${String(expected)} within 25 s; last read: ${await read().catch(() => 'nothing')}; page: ${seen}`);
}

describe('the dev server', () => {
  test('moves a claim between the post’s “Cited by” notes when its cite changes', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    await visit(page, POST);
    // The first visit may reload once while Vite prepares the page's scripts.
    await reloadUntil(page, POST, () => citedBy(page, 'p2'), 'Cited by 2 claims');
    expect(await citedBy(page, 'p6')).toBe('Cited by 10 claims');
    server.edit(REPORT, (t) => t.replace('<Claim id="c1" verdict="accurate" cites="p6"', '<Claim id="c1" verdict="accurate" cites="p2"'));
    await reloadUntil(page, POST, () => citedBy(page, 'p2'), 'Cited by 3 claims');
    expect(await citedBy(page, 'p6')).toBe('Cited by 9 claims');
    await page.close();
  }, 60_000);

  test('shows a content error as soon as a cite breaks, and the page again once it is fixed', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    server.edit(REPORT, (t) => t.replace(/<Claim id="c1" verdict="accurate" cites="p\d+"/, '<Claim id="c1" verdict="accurate" cites="p99"'));
    await visit(page, POST);
    // The dev server shows the error in its overlay, whose text lives in a shadow root.
    const overlay = async () => {
      await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 3_000 });
      return page.evaluate(() => (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    };
    await reloadUntil(
      page,
      POST,
      overlay,
      /content\/reports\/000_265bca5c0a58c33e\.mdx:11:\d+: Claim c1 cites unknown passage p99\. Use an id from the post, p1 to p65, or a sentence of one, e\.g\. p1-s1\. \[claims:unknown-passage\]/,
    );
    server.edit(REPORT, (t) => t.replace('cites="p99"', 'cites="p6"'));
    await reloadUntil(page, POST, () => citedBy(page, 'p6'), 'Cited by 10 claims');
    await page.close();
  }, 60_000);

  test('changes a claim’s marker and its note together when its verdict changes', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    // The claim's button names its verdict; the note, rendered apart from the text, must follow the same edit.
    const verdicts = async () => {
      const marker = await page.locator('#c2 + .claim-mark').getByRole('button').getAttribute('aria-label', { timeout: 2_000 });
      const note = await page.locator('#c2-note .verdict').first().textContent({ timeout: 2_000 });
      return `${marker?.split(':')[0]} / ${note?.replace(/^\W+/, '')}`;
    };
    await visit(page, DRAFT_PAGE);
    await reloadUntil(page, DRAFT_PAGE, verdicts, 'Partial / Partial');
    server.edit(DRAFT_REPORT, (t) => t.replace('<Claim id="c2" verdict="partial"', '<Claim id="c2" verdict="accurate"'));
    await reloadUntil(page, DRAFT_PAGE, verdicts, 'Accurate / Accurate');
    await page.close();
  }, 60_000);

  test('cites a report with the details its editor has just recorded', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const citePage = `/cite/openai-has-reached-a-deal-to-deploy-its/`;
    // The whole document's APA 7 entry: the format that says "n.d." for a report with no stated date.
    const apa = () => page.locator('#document').getByRole('definition').filter({ hasText: '(n.d.)' }).textContent({ timeout: 2_000 });
    await visit(page, citePage);
    await reloadUntil(page, citePage, apa, /^\[OpenAI has reached a deal[^\]]*\]\. \(n\.d\.\)\. Red Lines, Annotated \(verbatim copy\)\. Retrieved/);
    server.edit(DRAFT_REPORT, (t) => t.replace('titleSource: "', 'outlet: "The Test Gazette"\ntitleSource: "'));
    await reloadUntil(
      page,
      citePage,
      apa,
      /^\[OpenAI has reached a deal[^\]]*\]\. \(n\.d\.\)\. The Test Gazette\. Red Lines, Annotated \(verbatim copy\)\. Retrieved/,
    );
    await page.close();
  }, 60_000);

  test('loads the citation tools and the header box’s search when asked, and without a search index opens the search page', async () => {
    const page = await browser.newPage();
    await visit(page, POST);
    const dialog = page.getByRole('dialog', { name: 'Cite ¶ 42' });
    const cite = async () => {
      await page.getByRole('link', { name: 'Cite ¶ 42' }).click({ timeout: 2_000 });
      await dialog.waitFor({ timeout: 2_000 });
      return 'opened';
    };
    await reloadUntil(page, POST, cite, 'opened');
    await expect(dialog.getByRole('button', { name: 'Copy APA 7' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    // The dev server builds no Pagefind index, so the header box's search cannot start and the form does its plain work.
    await page.getByRole('searchbox', { name: 'Search the documents' }).fill('Anthropic');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Anthropic$/, { timeout: 10_000 });
    await page.close();
  }, 60_000);

  test('shows a draft with unfinished claims, while the other pages keep working', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    server.edit(DRAFT_REPORT, (t) =>
      t.replace('titleSource: "', 'draft: true\ntitleSource: "').replace('<Claim id="c1" verdict="accurate"', '<Claim id="c?" verdict="CHOOSE"'),
    );
    await visit(page, DRAFT_PAGE);
    const heading = () => page.getByRole('heading', { level: 1 }).textContent({ timeout: 2_000 });
    await reloadUntil(page, DRAFT_PAGE, heading, /OpenAI has reached a deal/);
    await visit(page, POST);
    await reloadUntil(page, POST, () => citedBy(page, 'p6'), /^Cited by \d+ claims$/);
    await page.close();
  }, 60_000);
});
