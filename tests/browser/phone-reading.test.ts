/**
 * Reading a report straight through on a phone (and on a desktop): a key
 * explains the underlines, each verdict button stays on its claim's line,
 * an open note never covers the claim it judges, and headings carry their ¶
 * and Cite links above them, not on a stray line below.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const REPORTS = [
  '/reports/openai-has-reached-a-deal-to-deploy-its/',
  '/reports/openai-reaches-classified-deployment-agreement-with-pentagon-sets/',
  '/reports/openai-secures-pentagon-partnership-for-classified-ai-deployment/',
];
const suite = useBrowserSuite();

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  return page;
}

const markers = (page: Page) => page.getByRole('button', { name: /: open the note on claim c\d+$/ });

/** Buttons that are not on the line of their claim's last words. */
function strayMarkers(page: Page): Promise<string[]> {
  return markers(page).evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const claim = document.getElementById(button.getAttribute('popovertarget')?.replace(/-note$/, '') ?? '');
      const last = [...(claim?.getClientRects() ?? [])].at(-1);
      const box = button.getBoundingClientRect();
      return last && box.top < last.bottom && box.bottom > last.top && box.left >= last.right - 1 ? [] : [claim?.id ?? '?'];
    }),
  );
}

describe('reading a report on a phone', () => {
  test('a key says what the underlines and symbols mean', async () => {
    const page = await open(REPORTS[0] ?? '', 390);
    const key = page.getByRole('list', { name: /claims by verdict/ });
    await expect(key.getByRole('listitem').filter({ hasText: 'Misquote' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/each claim is underlined in its verdict’s style/).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test.each([390, 1280])('at %i px every verdict button sits on its claim’s last line, never at the start of the next', async (width) => {
    for (const path of REPORTS) {
      const page = await open(path, width);
      await expect(markers(page).count()).resolves.toBeGreaterThan(10);
      expect(await strayMarkers(page), path).toEqual([]);
      await page.context().close();
    }
  });

  test.each([true, false])('an open note leaves its claim in view (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await open(REPORTS[0] ?? '', 390, javaScriptEnabled);
    // A claim low on the screen, where a centred or upward note would cover it.
    await page.locator('#c12').evaluate((claim) => scrollBy(0, claim.getBoundingClientRect().top - innerHeight + 150));
    await page.getByRole('button', { name: 'Misquote: open the note on claim c12' }).click();
    const note = page.locator('#c12-note');
    await expect(note.isVisible()).resolves.toBe(true);
    const covered = await page.evaluate(() => {
      const box = (document.getElementById('c12-note') as HTMLElement).getBoundingClientRect();
      return [...(document.getElementById('c12') as HTMLElement).getClientRects()].filter(
        (line) => line.bottom > 0 && line.top < innerHeight && line.left < box.right && box.left < line.right && line.top < box.bottom && box.top < line.bottom,
      ).length;
    });
    expect(covered).toBe(0);
    if (javaScriptEnabled) {
      // The claim is scrolled up first, so the whole note fits on the screen below it.
      const box = await note.boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    }
    await page.context().close();
  });

  test.each([true, false])('on a screen too short for a note below its claim, the note fills the screen (JavaScript %s)', async (javaScriptEnabled) => {
    // A 1280 × 1024 window at 400 % zoom: 320 × 256 CSS pixels.
    const context = await suite.browser.newContext({ viewport: { width: 320, height: 256 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}${REPORTS[1]}`);
    await page.getByRole('button', { name: /open the note on claim c10$/ }).click();
    const box = await page.locator('#c10-note').boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? Infinity)).toBeLessThanOrEqual(256);
    expect(box?.height ?? 0).toBeGreaterThan(256 / 2);
    await context.close();
  });

  test('headings carry their ¶ and Cite links above them, and only a verdict symbol', async () => {
    const page = await open(REPORTS[1] ?? '', 390);
    const heading = page.getByRole('heading', { level: 1 });
    const pilcrow = page.getByRole('link', { name: '¶ 1, link to this passage' });
    const [h, p] = [await heading.boundingBox(), await pilcrow.boundingBox()];
    expect((p?.y ?? 0) + (p?.height ?? 0)).toBeLessThanOrEqual((h?.y ?? 0) + 2);
    const badge = heading.getByRole('button', { name: /: open the note on claim c\d+$/ }).first();
    await expect(badge.innerText()).resolves.toMatch(/^\S$/);
    await page.context().close();
  });
});
