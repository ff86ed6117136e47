/**
 * The post's "Cited by" notes stay beside their own passages. On wide screens
 * each note sits in the margin level with its passage and no two notes
 * overlap, so a verdict is never shown beside text it does not judge; on a
 * phone each folds to one button that opens its list. Measured with and
 * without JavaScript, since the layout must not need it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
/** How far a note's top may sit from its passage's top: less than one line of text. */
const MAX_OFFSET = 24;
const suite = useBrowserSuite();

interface NoteBox {
  passage: string;
  offset: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

async function open(width: number, javaScriptEnabled: boolean): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${POST}`);
  return page;
}

/** Every visible note's box, with the distance from its passage's top. */
function noteBoxes(page: Page): Promise<NoteBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-cited-by]')].map((note) => {
      const passage = document.getElementById(note.dataset['citedBy'] ?? '') as HTMLElement;
      const host = passage.closest('.passage-heading') ?? passage;
      const box = note.getBoundingClientRect();
      return { passage: passage.id, offset: box.top - host.getBoundingClientRect().top, top: box.top, bottom: box.bottom, left: box.left, right: box.right };
    }),
  );
}

const overlap = (a: NoteBox, b: NoteBox) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

describe('margin notes on the post', () => {
  test.each([
    [1280, true],
    [1440, true],
    [1920, true],
    [1280, false],
    [1920, false],
  ])('at %i px (JavaScript %s) sit level with their passages and never overlap', async (width, javaScriptEnabled) => {
    const page = await open(width, javaScriptEnabled);
    const notes = await noteBoxes(page);
    expect(notes.length).toBeGreaterThan(30);
    const stray = notes.filter((note) => Math.abs(note.offset) > MAX_OFFSET).map((note) => `${note.passage}: ${Math.round(note.offset)} px`);
    expect(stray).toEqual([]);
    const collisions = notes.flatMap((a, i) =>
      notes
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${a.passage} × ${b.passage}`),
    );
    expect(collisions).toEqual([]);
    const footer = await page.getByRole('contentinfo').boundingBox();
    expect(Math.max(...notes.map((note) => note.bottom))).toBeLessThanOrEqual(footer?.y ?? 0);
    // Every note is in the margin, clear of the words of the text column.
    const text = await page.locator('#p6').boundingBox();
    for (const note of notes) expect(note.left).toBeGreaterThanOrEqual((text?.x ?? 0) + (text?.width ?? 0));
    await page.context().close();
  });

  test('on a phone each note folds to one button that opens its list, without JavaScript', async () => {
    const page = await open(390, false);
    const list = page.locator('#cited-p42');
    await expect(list.isVisible()).resolves.toBe(false);
    const toggle = page.locator('#p42').getByRole('button', { name: /^Cited by \d+ claims?: show them$/ });
    const box = await toggle.boundingBox();
    expect(box?.height).toBeLessThan(40);
    await toggle.click();
    await expect(list.isVisible()).resolves.toBe(true);
    // It opens just below its button, where the reader is looking, not in the middle of the screen.
    const [opened, button] = [await list.boundingBox(), await toggle.boundingBox()];
    const gap = (opened?.y ?? Infinity) - ((button?.y ?? 0) + (button?.height ?? 0));
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(16);
    await expect(list.getByRole('link', { name: /Misquote, c\d+/ }).count()).resolves.toBeGreaterThan(0);
    await list.getByRole('button', { name: 'Close' }).click();
    await expect(list.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  test('reads each claim’s link in the context of its report: a list item with the report’s title', async () => {
    const page = await open(1280, true);
    const list = page.locator('#p6').getByRole('list');
    const items = list.getByRole('listitem');
    await expect(items.count()).resolves.toBeGreaterThan(1);
    const titles = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('.cited-by-title')?.textContent ?? ''));
    expect(new Set(titles).size).toBe(titles.length);
    for (const [i, title] of titles.entries()) {
      expect(title).toMatch(/\S+:$/);
      await expect(items.nth(i).getByRole('link').count()).resolves.toBeGreaterThan(0);
    }
    await page.context().close();
  });
});
