/**
 * Claims in Chromium, as a reader meets them: open a note by click and by
 * keyboard, follow it to the post's passage, come back through "cited by",
 * and open notes with JavaScript turned off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const REPORT = '/reports/openai-has-reached-a-deal-to-deploy-its/';
const suite = useBrowserSuite();

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const context = await suite.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  return page;
}

const misquoteButton = (page: Page) => page.getByRole('button', { name: /^Misquote: open the note on claim c\d+$/ });

describe('claims in Chromium', () => {
  test('name each claim’s button after its claim, so that no two read the same', async () => {
    const page = await open(REPORT);
    const names = await page
      .getByRole('button', { name: /: open the note on claim c\d+$/ })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names.length).toBe(await page.locator('.claim[id^="c"]').count());
    expect(new Set(names).size).toBe(names.length);
    await page.close();
  });

  test('open by click, show the post’s words and diff, lead to the passage and back', async () => {
    const page = await open(REPORT);
    await misquoteButton(page).click();
    const note = page.locator('#c12-note');
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(note.getByText('What the post says, ¶ 42, sentence 3:').isVisible()).resolves.toBe(true);
    await expect(note.locator('del').first().textContent()).resolves.toContain('do not');
    await note.getByRole('link', { name: 'Read in context: ¶ 42, sentence 3' }).click();
    await page.waitForURL(/\/sources\/our-agreement-with-the-department-of-war\/#p42-s3$/);
    const highlighted = await page.locator('[id="p42-s3"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
    await page
      .locator('#p42')
      .getByRole('link', { name: /Misquote/ })
      .filter({ hasText: 'Misquote' })
      .first()
      .click();
    await page.waitForURL(new RegExp(`${REPORT}#c12$`));
    await page.context().close();
  });

  test('open by keyboard: Tab to a claim, Enter opens its note, Escape closes it', async () => {
    const page = await open(REPORT);
    let focused = '';
    for (let i = 0; i < 40 && !focused.includes('Misquote'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toContain('Misquote');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('#c12-note').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#c12-note').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  test('tells screen readers where each claim’s words begin and end, as marked text', async () => {
    const page = await open(REPORT);
    const snapshot = await page.locator('[data-source-text]').ariaSnapshot();
    const buttons = await page.getByRole('button', { name: /open the note on claim c\d+$/ }).count();
    expect(buttons).toBeGreaterThan(0);
    expect(snapshot.match(/^\s*- mark\b/gm)?.length ?? 0).toBe(buttons);
    await page.context().close();
  });

  test('a note that Tab leaves closes, so it never covers the control focus moved to', async () => {
    const page = await open(REPORT);
    const note = page.locator('#c12-note');
    await page.getByRole('button', { name: /open the note on claim c12$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(note.isVisible()).resolves.toBe(true);
    // Tab through the note's links and on, out of it.
    const inNote = () => note.evaluate((n) => n.contains(document.activeElement) || document.activeElement?.getAttribute('popovertarget') === n.id);
    for (let i = 0; i < 10 && (await inNote()); i++) await page.keyboard.press('Tab');
    await expect(note.evaluate((n) => n.contains(document.activeElement))).resolves.toBe(false);
    await expect(note.isVisible()).resolves.toBe(false);
    const covered = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !(top && (el === top || el.contains(top)));
    });
    expect(covered).toBe(false);
    await page.context().close();
  });

  test('keyboard journey: Tab to a claim, open its note, follow it to the passage and come back, focus always visible', async () => {
    const page = await open(REPORT);
    const focusVisible = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el && el !== document.body ? getComputedStyle(el).outlineStyle !== 'none' && getComputedStyle(el).outlineWidth !== '0px' : false;
      });
    const tabTo = async (text: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        expect(await focusVisible()).toBe(true);
        if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(text)) return;
      }
      throw new Error(`never reached “${text}” with Tab`);
    };
    await tabTo('Misquote');
    await page.keyboard.press('Enter');
    await tabTo('Read in context');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#p42-s3$/);
    await page.goBack();
    await page.waitForURL(new RegExp(`${REPORT}$`));
    await expect(page.getByRole('button', { name: /Misquote: open the note/ }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('opens notes without JavaScript', async () => {
    const page = await open(REPORT, false);
    await expect(page.locator('#c12-note').isVisible()).resolves.toBe(false);
    await misquoteButton(page).click();
    await expect(page.locator('#c12-note').isVisible()).resolves.toBe(true);
    await expect(
      page
        .locator('#c12-note')
        .getByRole('link', { name: /Read in context/ })
        .isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });
});
