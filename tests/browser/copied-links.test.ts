/**
 * Links copied from a page work where the page is served: the tests serve
 * the site from a random port, never the configured address, as a preview
 * or a mirror would. The static citation files keep the configured address.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../src/build/site-url.ts';
import { useBrowserSuite } from '../support/browser-suite.ts';

const REPORT = 'openai-has-reached-a-deal-to-deploy-its';
const suite = useBrowserSuite();

describe('copied links', () => {
  test('a copied citation links to the address the page is served from', async () => {
    expect(suite.site.url).not.toBe(new URL(siteUrl()).origin);
    const context = await suite.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}/reports/${REPORT}/`);
    await page.getByText('Cite this document').click();
    await page.getByRole('button', { name: 'Copy APA 7' }).click();
    await page.getByRole('button', { name: 'Copied ✓' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${suite.site.url}/reports/${REPORT}/`);
    expect(copied).not.toContain(new URL(siteUrl()).origin);
    await context.close();
  });

  test('the static citation file keeps the configured address', () => {
    const bibtex = readFileSync(`dist/cite/${REPORT}.bib`, 'utf8');
    expect(bibtex).toContain(`${new URL(siteUrl()).origin}/reports/${REPORT}/`);
  });
});
