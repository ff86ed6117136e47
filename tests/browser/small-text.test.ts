/**
 * No text a reader can open is set below 12 px: every page of the sitemap
 * and every cite page, at phone width, with every closed box opened first.
 * Lighthouse's `font-size` audit counts text in closed boxes too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { distFiles } from '../support/dist.ts';

/** The smallest size a reader is asked to read, in CSS pixels. */
const SMALLEST_PX = 12;
const sitemap = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
const citePages = distFiles()
  .filter((file) => /^cite\/.+\/index\.html$/.test(file))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);
const suite = useBrowserSuite();

describe('text size', () => {
  test(`no text on any page is under ${SMALLEST_PX} px, with every closed box open`, async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const small: string[] = [];
    for (const path of [...new Set([...sitemap, ...citePages, '/search/?q=Anthropic'])]) {
      const page = await context.newPage();
      await page.goto(`${suite.site.url}${path}`);
      if (path.includes('?q=')) await page.locator('.search-result').first().waitFor();
      const found = await page.evaluate((smallest) => {
        for (const details of document.querySelectorAll('details')) details.open = true;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const tiny: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !node.textContent?.trim() || parent.closest('script, style, noscript, template')) continue;
          const size = Number.parseFloat(getComputedStyle(parent).fontSize);
          if (size < smallest)
            tiny.push(`${size.toFixed(1)} px: “${node.textContent.trim().slice(0, 40)}” in <${parent.tagName.toLowerCase()} class="${parent.className}">`);
        }
        return tiny;
      }, SMALLEST_PX);
      small.push(...[...new Set(found)].slice(0, 5).map((line) => `${path} ${line}`));
      await page.close();
    }
    await context.close();
    expect(small).toEqual([]);
  });
});
