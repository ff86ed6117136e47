/**
 * A link naming an anchor the page lacks (mistyped, cut short, or meant for
 * another document) says so at the top of the page, with what the page has
 * instead, rather than landing silently at the top.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { axeViolations } from '../support/axe.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
const REPORT = '/reports/openai-has-reached-a-deal-to-deploy-its/';
const suite = useBrowserSuite();

async function open(path: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  return page;
}

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'The address names' });

describe('a link to an anchor the page lacks', () => {
  test('names the missing sentence, takes focus, and leads to its passage', async () => {
    const page = await open(`${POST}#p42-s9`);
    await expect(notice(page).textContent()).resolves.toBe(
      'The address names ¶ 42, sentence 9, which this page does not have: ¶ 42 has 3 sentences. Go to ¶ 42.',
    );
    await expect(notice(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await notice(page).getByRole('link', { name: 'Go to ¶ 42' }).click();
    await page.waitForURL(/#p42$/);
    await notice(page).waitFor({ state: 'detached' });
    await page.context().close();
  });

  test('gives the range of passages the page has for a passage past its end', async () => {
    const page = await open(`${REPORT}#p999`);
    const last = await page.locator('[data-passage]').count();
    await expect(notice(page).textContent()).resolves.toBe(`The address names ¶ 999, which this page does not have: its passages run from ¶ 1 to ¶ ${last}.`);
    await page.context().close();
  });

  test('says nothing, and loads nothing to say it, when the page has the anchor', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => void scripts.push(request.url()));
    await page.goto(`${suite.site.url}${POST}#p42-s3`, { waitUntil: 'networkidle' });
    await page.locator('#p42-s3.is-target').waitFor();
    expect(scripts.filter((url) => url.includes('missing-anchor'))).toEqual([]);
    await expect(notice(page).count()).resolves.toBe(0);
    await page.context().close();
  });
});
