/**
 * Where a passage's ¶ link sits on a wide screen: in one column of the
 * margin for every paragraph, a capture artefact's included, and level with
 * the first line of its passage, a heading of two lines included, so that
 * no ¶ link looks like the label of the passage below it.
 */
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
/** How far a link's top may sit from its passage's first line: less than one line of text. */
const MAX_OFFSET = 24;
const suite = useBrowserSuite();

describe('passage links on a wide screen', () => {
  test('sit level with the first line of their passage, and paragraphs’ in one column of the margin', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}${POST}`);
    const links = await page.locator('a.pilcrow').evaluateAll((anchors) =>
      anchors.map((a) => {
        const id = (a.getAttribute('href') ?? '').slice(1);
        const passage = document.getElementById(id) as HTMLElement;
        const heading = passage.closest('.passage-heading') !== null;
        return { id, heading, offset: Math.abs(a.getBoundingClientRect().top - passage.getBoundingClientRect().top), left: a.getBoundingClientRect().left };
      }),
    );
    expect(links.length).toBeGreaterThan(40);
    expect(links.filter((l) => l.offset > MAX_OFFSET).map((l) => l.id)).toEqual([]);
    const lefts = links.filter((l) => !l.heading).map((l) => Math.round(l.left));
    expect(Math.max(...lefts) - Math.min(...lefts)).toBeLessThanOrEqual(1);
    await context.close();
  });
});
