/**
 * Citing in Chromium: copy a citation (read back from the clipboard), use a
 * passage's Cite control with and without JavaScript, make a quote link from
 * a selection, and follow quote links on the real pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
const REPORT = '/reports/openai-has-reached-a-deal-to-deploy-its/';
const suite = useBrowserSuite();

async function open(path: string, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ javaScriptEnabled, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}`);
  return { context, page };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Selects from the first of `from`'s words (in the element with its id) to the last of `to`'s, as a reader's mouse would. */
async function select(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  await page.evaluate(
    ([[startId, startWords], [endId, endWords]]) => {
      const textOf = (id: string, words: string) => {
        const walker = document.createTreeWalker(document.getElementById(id) as Node, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent?.includes(words)) return node;
        throw new Error(`${words} not found in ${id}`);
      };
      const start = textOf(startId, startWords);
      const end = textOf(endId, endWords);
      const range = document.createRange();
      range.setStart(start, start.textContent?.indexOf(startWords) ?? 0);
      range.setEnd(end, (end.textContent?.indexOf(endWords) ?? 0) + endWords.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.querySelector('[data-cite-article]')?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [from, to] as const,
  );
}

/** Selects as `select` does and copies the selection as a quote with link. */
async function copySelection(page: Page, from: [string, string], to: [string, string]): Promise<string> {
  await select(page, from, to);
  await page.getByRole('button', { name: 'Copy quote with link' }).click();
  await page.getByRole('button', { name: 'Copied ✓' }).waitFor();
  return clipboard(page);
}

/** The id of the element a page opened at `path` and `hash` in `context` takes as its :target, or null. */
async function targetOf(context: BrowserContext, path: string, hash: string): Promise<string | null> {
  const page = await context.newPage();
  await page.goto(`${suite.site.url}${path}${hash}`);
  return page.evaluate(() => document.querySelector(':target')?.id ?? null);
}

describe('citing in Chromium', () => {
  test('copies a passage citation in one click, with a visible and announced confirmation', async () => {
    const { context, page } = await open(POST);
    await page.getByRole('link', { name: 'Cite ¶ 42' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite ¶ 42' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Copy APA 7' }).click();
    await dialog.getByRole('button', { name: 'Copied ✓' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'APA 7 copied to the clipboard.' }).waitFor({ state: 'attached' });
    const text = await clipboard(page);
    expect(text).toBe(
      `OpenAI. (2026, February 28). Our agreement with the Department of War. OpenAI Blog. Red Lines, Annotated (verbatim copy of capture 002, a re-published copy). ${suite.site.url}/sources/our-agreement-with-the-department-of-war/#p42\nIn text: (OpenAI, 2026, para. 42)`,
    );
    // Beside the text, the same as HTML, for editors that keep the style's italics.
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain(`Department of War. <i>OpenAI Blog</i>. Red Lines, Annotated`);
    expect(html).toContain(`${suite.site.url}/sources/our-agreement-with-the-department-of-war/#p42<br>In text: (OpenAI, 2026, para. 42)`);
    await expect(dialog.getByText(/^The accessed date is today, \d{4}-\d{2}-\d{2}, the day you read this\.$/).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('copies a passage’s link from the keyboard with one key once its Cite dialog is open', async () => {
    const { context, page } = await open(POST);
    await page.getByRole('link', { name: 'Cite ¶ 42' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cite ¶ 42' });
    await dialog.waitFor();
    await expect(dialog.getByRole('button', { name: 'Copy link to ¶ 42' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Link to ¶ 42 copied to the clipboard.' }).waitFor({ state: 'attached' });
    expect(await clipboard(page)).toBe(`${suite.site.url}${POST}#p42`);
    await context.close();
  });

  test('says in a passage’s Cite dialog, before anything to copy, that a copy not held words it otherwise, and leads to what is known', async () => {
    const { context, page } = await open(POST);
    await page.getByRole('link', { name: 'Cite ¶ 17' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite ¶ 17' });
    await dialog.waitFor();
    // Said first, and again in the note of each citation file's format below.
    const caveat = dialog.getByText('A copy not held here words ¶ 15–19 otherwise; the words cited are capture 002’s.');
    await expect(caveat.count()).resolves.toBe(4);
    await expect(caveat.first().isVisible()).resolves.toBe(true);
    const [said, copyLink] = await Promise.all([caveat.first().boundingBox(), dialog.getByRole('button', { name: 'Copy link to ¶ 17' }).boundingBox()]);
    expect(said!.y).toBeLessThan(copyLink!.y);
    await dialog.getByRole('link', { name: 'What is known of it' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.waitForURL(/#differs-p15$/);
    await expect(page.getByRole('listitem').filter({ hasText: 'The publisher’s copy gives the introduction' }).isVisible()).resolves.toBe(true);
    // A passage no caveat touches has none.
    await page.getByRole('link', { name: 'Cite ¶ 42' }).click();
    await page.getByRole('dialog', { name: 'Cite ¶ 42' }).waitFor();
    await expect(page.getByRole('dialog', { name: 'Cite ¶ 42' }).getByText('not held here').count()).resolves.toBe(0);
    await context.close();
  });

  test('copies any format from a document’s cite page in one click, italics and all', async () => {
    const { context, page } = await open('/cite/our-agreement-with-the-department-of-war/#document');
    const whole = page.getByRole('region', { name: 'The whole document' });
    await whole.getByRole('button', { name: 'Copy Harvard' }).click();
    await whole.getByRole('button', { name: 'Copied ✓' }).waitFor();
    await expect(clipboard(page)).resolves.toMatch(
      /^OpenAI \(2026\) ‘Our agreement with the Department of War’, OpenAI Blog, .*\(Accessed: \d{1,2} [A-Z][a-z]+ \d{4}\)\.\nIn text: \(OpenAI, 2026\)$/,
    );
    const html = await page.evaluate(async () => (await (await navigator.clipboard.read())[0]?.getType('text/html'))?.text());
    expect(html).toContain('Department of War’, <i>OpenAI Blog</i>, verbatim copy in Red Lines, Annotated');
    // Each passage's formats have their buttons too.
    await expect(page.locator('section#p42').getByRole('button', { name: 'Copy BibTeX' }).count()).resolves.toBe(1);
    await context.close();
  });

  test('gives every citation the day its reader reads it as the accessed date, shown and copied, and leaves the post’s date alone', async () => {
    const context = await suite.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.clock.setFixedTime(new Date(2027, 2, 15, 10, 0));
    const page = await context.newPage();
    await page.goto(`${suite.site.url}/cite/our-agreement-with-the-department-of-war/#document`);
    const whole = page.getByRole('region', { name: 'The whole document' });
    await whole.getByRole('button', { name: 'Copy Harvard' }).waitFor();
    await expect(page.getByText('The accessed date is today, 2027-03-15, the day you read this.').isVisible()).resolves.toBe(true);
    await expect(whole.getByText('(Accessed: 15 March 2027)').isVisible()).resolves.toBe(true);
    await whole.getByRole('button', { name: 'Copy Harvard' }).click();
    await expect
      .poll(() => clipboard(page))
      .toMatch(/^OpenAI \(2026\) ‘Our agreement with the Department of War’, .*28 February\. .*\(Accessed: 15 March 2027\)\.\n/);
    await whole.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^@online/);
    const bibtex = await clipboard(page);
    expect(bibtex).toContain('  date = {2026-02-28},\n');
    expect(bibtex).toContain('  urldate = {2027-03-15},\n');
    // The Cite dialog on the document's page says and does the same.
    await page.goto(`${suite.site.url}${POST}`);
    await page.getByRole('link', { name: 'Cite ¶ 42' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite ¶ 42' });
    await dialog.waitFor();
    await expect(dialog.getByText('The accessed date is today, 2027-03-15, the day you read this.').isVisible()).resolves.toBe(true);
    await expect(dialog.getByText('[cited 2027 Mar 15]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('without JavaScript, the Cite control leads to the passage’s citations, ready to select', async () => {
    const { context, page } = await open(POST, false);
    await page.getByRole('link', { name: 'Cite ¶ 42' }).click();
    await page.waitForURL(/\/cite\/our-agreement-with-the-department-of-war\/#p42$/);
    const section = page.locator('section#p42');
    await expect(section.getByText('(OpenAI, 2026, para. 42)').first().isVisible()).resolves.toBe(true);
    await expect(section.getByText('TY  - BLOG').isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('cites a selection running on from one passage into the next by both ¶ numbers, without the layout’s bullets', async () => {
    const { context, page } = await open(POST);
    const copied = (from: [string, string], to: [string, string]) => copySelection(page, from, to);
    await expect(copied(['p41', 'Did you sign'], ['p42', 'Based on what we know'])).resolves.toMatch(
      /^“Did you sign the deal they wouldn’t\? Based on what we know” \(OpenAI, 2026, paras\. 41–42\) \S+#p41:~:text=/,
    );
    await expect(copied(['p16', 'Retain full'], ['p17', 'cloud only'])).resolves.toMatch(
      /^“Retain full discretion over our safety stack\. Deploy via cloud only” \(OpenAI, 2026, paras\. 16–17\) /,
    );
    await context.close();
  });

  test('copies a selection as a quote with a link that highlights it, even across a claim marker', async () => {
    const { context, page } = await open(REPORT);
    await page.evaluate(() => {
      const start = document.getElementById('p4-s2')?.firstChild;
      const end = [...document.querySelectorAll('[data-sentence="p4-s3"]')].at(-1)?.firstChild;
      if (!start || !end) throw new Error('sentences not found');
      const range = document.createRange();
      range.setStart(start, 12);
      range.setEnd(end, 9);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.querySelector('[data-cite-article]')?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.getByRole('button', { name: 'Copy quote with link' }).click();
    await page.getByRole('button', { name: 'Copied ✓' }).waitFor();
    const text = await clipboard(page);
    expect(text).toMatch(
      /^“stated it retains full discretion over its safety stack and deployment via cloud API\. ‘We don’t know why .* consider it,’ the blog” \(\[OpenAI has reached a deal to deploy its artificial intelligence…\], n\.d\., para\. 4\) \S+$/i,
    );
    // The link is on the address the page is served from, not the configured one.
    expect(text.split(' ').at(-1)).toBe(
      `${suite.site.url}/reports/openai-has-reached-a-deal-to-deploy-its/#p4:~:text=stated%20it%20retains%20full%20discretion,the%20blog`,
    );
    expect(text).not.toContain('Partial');
    const url = new URL(text.split(' ').at(-1) ?? '');
    // Without the element id, only a matching text fragment can give the page a :target.
    const directive = url.hash.split(':~:')[1] ?? '';
    await expect(targetOf(context, url.pathname, `#:~:${directive}`)).resolves.toBe('p4');
    await expect(targetOf(context, url.pathname, '#:~:text=words%20not%20on%20the%20page')).resolves.toBeNull();
    await context.close();
  });

  test('quotes whole words when a selection starts and ends inside words, so its link still highlights them', async () => {
    const { context, page } = await open(POST);
    // Why: a browser matches a text fragment only at word boundaries, so half a word highlights nothing.
    await expect(targetOf(context, POST, '#:~:text=e%20hope%20they%20and%20more%20la')).resolves.toBeNull();
    const text = await copySelection(page, ['p42-s3', 'e hope they'], ['p42-s3', 'more la']);
    expect(text).toMatch(/^“we hope they and more labs” \(OpenAI, 2026, para\. 42\) \S+#p42(-s3)?:~:text=we%20hope%20they%20and%20more%20labs$/);
    await expect(targetOf(context, POST, `#:~:${text.split(':~:').at(-1) ?? ''}`)).resolves.toBe('p42-s3');
    await context.close();
  });

  test('closes a quotation within the copied one where the selection stops inside it, and links the words alone', async () => {
    const { context, page } = await open(POST);
    const text = await copySelection(page, ['p12', 'systems such as'], ['p12', '“social']);
    expect(text).toMatch(/^“systems such as ‘social’” \(OpenAI, 2026, para\. 12\) \S+#p12[^ ]*:~:text=systems%20such%20as%20%E2%80%9Csocial$/);
    await expect(targetOf(context, POST, `#:~:${text.split(':~:').at(-1) ?? ''}`)).resolves.toMatch(/^p12/);
    await context.close();
  });

  test('names on the quote-link button the caveat marks of the passages a selection covers', async () => {
    const { context, page } = await open(POST);
    await select(page, ['p16', 'Retain full'], ['p17', 'cloud only']);
    const button = page.getByRole('button', { name: /^Copy quote with link/ });
    await expect(button.textContent()).resolves.toBe('Copy quote with link (¶ 16, 17: differs in a copy not held)');
    await select(page, ['p42', 'we hope they'], ['p42', 'more labs']);
    // The label is set once the tools load after the mouse is released: wait for it, or fail on the timeout.
    await page.getByRole('button', { name: 'Copy quote with link', exact: true }).waitFor({ timeout: 5000 });
    await context.close();
  });

  test('gives a long quote-link label the phone’s width to wrap in, centred and on screen', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}${POST}`);
    await select(page, ['p16', 'Retain full'], ['p17', 'cloud only']);
    const box = await page.getByRole('button', { name: /^Copy quote with link/ }).boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    // Pinned at the middle of the screen by its left edge, it would have had half the width at most.
    expect(box?.width).toBeGreaterThan(390 / 2);
    await context.close();
  });

  test('lands on a quoted sentence of the post through a text-fragment link', async () => {
    const { context, page } = await open(`${POST}#:~:text=we%20hope%20they%20and%20more%20labs`);
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('p42-s3');
    await context.close();
  });

  test('serves the citation files with their content types', async () => {
    for (const [ext, type, start] of [
      ['bib', 'application/x-bibtex', '@online{'],
      ['ris', 'application/x-research-info-systems', 'TY  - BLOG'],
      ['json', 'application/vnd.citationstyles.csl+json', '['],
    ] as const) {
      const response = await fetch(`${suite.site.url}/cite/our-agreement-with-the-department-of-war.${ext}`);
      expect(response.headers.get('content-type')).toContain(type);
      expect((await response.text()).startsWith(start)).toBe(true);
    }
  });
});
