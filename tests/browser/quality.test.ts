/**
 * Quality gates in Chromium over every page of the sitemap: no WCAG 2.2 A or
 * AA violation (axe-core) in light or dark mode, no Content-Security-Policy
 * violation, no request to another origin, and a readable page without
 * JavaScript.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { watchContext } from '../support/watch-page.ts';
import { axeViolations, WCAG_AA_TAGS } from '../support/axe.ts';

const paths = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
const suite = useBrowserSuite();
const POST = '/sources/our-agreement-with-the-department-of-war/';
/**
 * The time a check of every page may take, one page after another: the axe runs take about a minute under the full
 * suite's load, and the landmark and CSP runs took over 60 s when the machine was busier still.
 */
const EVERY_PAGE_TIMEOUT = 180_000;
/** The most named regions a page may have: enough for its parts, never one for each passage. */
const MAX_REGIONS = 8;

/** Opens each path in a tab of its own in `context`, one after another, and runs `visit` on it before closing it. */
async function visitEach(context: BrowserContext, pathList: readonly string[], visit: (page: Page, path: string) => Promise<void>): Promise<void> {
  for (const path of pathList) {
    const page = await context.newPage();
    await page.goto(`${suite.site.url}${path}`);
    await visit(page, path);
    await page.close();
  }
}

describe('quality gates', () => {
  test.each(['light', 'dark'] as const)(
    'axe finds no WCAG 2.2 A/AA violation on any page in %s mode',
    async (colorScheme) => {
      // axe is injected by the test, so this context alone may run a script the site's policy would refuse.
      const context = await suite.browser.newContext({ colorScheme, bypassCSP: true });
      const failures: string[] = [];
      // Pages a citation lands on, their passage or line highlighted; the last, a reading page with the header box's results open.
      const REPORT = '/reports/openai-reaches-classified-deployment-agreement-with-pentagon-sets/';
      const landings = [`${POST}#p6`, `${REPORT}#p2`, `/cite${REPORT.slice('/reports'.length)}#p2`, '/seeds/002_b1635164cf9d6a8a/#L12'];
      await visitEach(context, [...paths, '/search/?q=Anthropic', '/404.html', ...landings, `${POST}#search-panel`], async (page, path) => {
        if (path.endsWith('#search-panel')) {
          await page.getByRole('searchbox', { name: 'Search the documents' }).fill('Anthropic');
          await page.keyboard.press('Enter');
        }
        if (/\?q=|#search-panel/.test(path)) await page.locator('.search-result').first().waitFor();
        const violations = await axeViolations(page, { type: 'tag', values: WCAG_AA_TAGS });
        for (const v of violations)
          failures.push(
            `${path} ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
      });
      await context.close();
      expect(failures).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  test(
    'gives every landmark of a kind on a page its own name, and keeps them few, so a screen reader can move between them',
    async () => {
      const context = await suite.browser.newContext({ bypassCSP: true });
      const failures: string[] = [];
      await visitEach(context, [...paths, '/search/?q=Anthropic'], async (page, path) => {
        const violations = await axeViolations(page, { type: 'rule', values: ['landmark-unique'] });
        failures.push(...violations.map((v) => `${path}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`));
        // Landmarks are for moving between a page's few parts; dozens of named regions bury them.
        const regions = await page.getByRole('region').count();
        if (regions > MAX_REGIONS) failures.push(`${path}: ${regions} named regions`);
      });
      await context.close();
      expect(failures).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  test(
    'no page breaks its Content-Security-Policy or asks another origin for anything, search included',
    async () => {
      const context = await suite.browser.newContext();
      const watch = watchContext(context, suite.site.url);
      await visitEach(context, paths, async () => {});
      const search = await context.newPage();
      await search.goto(`${suite.site.url}/search/?q=${encodeURIComponent('"Deploy via cloud only"')}`);
      await search.locator('.search-result').first().waitFor();
      const meta = await search.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(meta).toContain("default-src 'self'");
      expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // The header box's search, loaded on a reading page when the reader reaches for it.
      const reading = await context.newPage();
      await reading.goto(`${suite.site.url}${POST}`);
      await reading.getByRole('searchbox', { name: 'Search the documents' }).fill('Anthropic');
      await reading.keyboard.press('Enter');
      await reading.locator('.search-result').first().waitFor();
      await context.close();
      expect(watch).toEqual({ foreignRequests: [], cspViolations: [] });
    },
    EVERY_PAGE_TIMEOUT,
  );

  test(
    'no page scrolls sideways on a 320 px wide screen',
    async () => {
      const context = await suite.browser.newContext({ viewport: { width: 320, height: 800 } });
      const overflowing: string[] = [];
      await visitEach(context, paths, async (page, path) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        if (overflow > 0) overflowing.push(`${path} (${overflow} px)`);
      });
      await context.close();
      expect(overflowing).toEqual([]);
    },
    EVERY_PAGE_TIMEOUT,
  );

  test(
    'every page is readable without JavaScript',
    async () => {
      const context = await suite.browser.newContext({ javaScriptEnabled: false });
      await visitEach(context, paths, async (page, path) => {
        await expect(page.getByRole('heading', { level: 1 }).isVisible(), path).resolves.toBe(true);
        await expect(
          page
            .locator('main')
            .innerText()
            .then((t) => t.length),
          path,
        ).resolves.toBeGreaterThan(100);
      });
      await context.close();
    },
    EVERY_PAGE_TIMEOUT,
  );
});
