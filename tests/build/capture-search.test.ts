/**
 * Search across the captures of a source, on a scratch copy of the project
 * with the post's two test captures (tests/support/capture-copy.ts): the
 * built index holds a passage that several captures share once, and the
 * passages only another capture has, linked to that capture's page; the
 * capture filter has its values. Then, in Chromium, a word only the
 * revision has is found there, and ticking a capture narrows the results.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { passageSpans, type DocumentFragment } from '../../src/lib/search/passage-hits.ts';
import { VOCABULARY_FILE } from '../../src/lib/search/spelling.ts';
import { recordData } from '../../src/lib/search/passage-data.ts';
import { buildCaptureCopy, POST, type CaptureCopy } from '../support/capture-copy.ts';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic, type StaticSite } from '../support/static-site.ts';
import { REVISION_SECTION } from '../support/test-captures.ts';

/** Pagefind's files are gzipped, then start with this signature. */
const SIGNATURE = 'pagefind_dcd';
const REVISED = 'capture 903, revised 2026-03-02';
/** ¶ 42's words in capture 002 and in the revision; capture 902 words them otherwise. */
const SHARED_42 = 'We do not know why Anthropic could not reach this deal';

let copy: CaptureCopy;
let fragments: DocumentFragment[] = [];
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  copy = buildCaptureCopy();
  if (copy.build.status !== 0) throw new Error(copy.build.output);
  const folder = join(copy.dir, 'dist/pagefind/fragment');
  fragments = readdirSync(folder).map((name) =>
    JSON.parse(
      gunzipSync(readFileSync(join(folder, name)))
        .subarray(SIGNATURE.length)
        .toString('utf8'),
    ),
  );
  [site, browser] = await Promise.all([serveStatic(join(copy.dir, 'dist')), launchChromium()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  copy?.remove();
});

const post = () => fragments.find((f) => f.url === `/sources/${POST}/`);
/** The captures the post's record carries. */
const postCaptures = () => {
  const fragment = post();
  return fragment ? recordData(fragment).captures : undefined;
};
/** Each passage of the post's record: its anchor and its words. */
const passages = () => {
  const words = post()?.content.split(/\s+/) ?? [];
  return passageSpans(post()?.anchors ?? [], words.length).map((span) => ({ id: span.id, text: words.slice(span.start, span.end).join(' ') }));
};

describe('the search index of a source with three captures', () => {
  test('holds a passage that two captures word alike once, as the reading text’s, knowing both captures hold it', () => {
    expect(
      passages()
        .filter((p) => p.text.includes(SHARED_42))
        .map((p) => p.id),
    ).toEqual(['p42']);
    expect(postCaptures()?.held['p42']).toEqual(['capture 002', REVISED]);
    // The revision words every passage of the reading text alike: of its own, the record holds only what it adds.
    expect(
      passages()
        .filter((p) => p.id.startsWith('903_revised/'))
        .map((p) => p.text),
    ).toEqual(REVISION_SECTION);
  });

  test('holds a passage only the revision has, linked to the revision’s page at its anchor, labelled with the capture', () => {
    const added = passages().find((p) => p.text === REVISION_SECTION[1]);
    const place = postCaptures()?.at[added?.id ?? ''];
    const anchor = /#(p\d+)$/.exec(place?.url ?? '')?.[1] ?? '';
    expect(place).toEqual({ url: `/sources/${POST}/captures/903_revised/#${anchor}`, label: `¶ ${anchor.slice(1)} · ${REVISED}` });
    expect(copy.page(`sources/${POST}/captures/903_revised/index.html`)).toMatch(
      new RegExp(`<li class="capture-passage" id="${anchor}">.*?${REVISION_SECTION[1]?.slice(0, 30)}`, 's'),
    );
  });

  test('gives the source’s record the capture filter’s values, one per capture, and no report any', () => {
    expect(post()?.filters['capture']).toEqual(['capture 002', 'capture 902', REVISED]);
    expect(fragments.filter((f) => f.filters['capture'])).toHaveLength(1);
  });

  test('puts the words only another capture has in the vocabulary “Did you mean …?” draws on', () => {
    const vocabulary = JSON.parse(copy.page(`pagefind/${VOCABULARY_FILE}`)) as Array<[string, number]>;
    expect(vocabulary).toContainEqual(['update', 1]);
  });
});

async function search(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page
    .getByRole('status')
    .filter({ hasText: /passage/ })
    .waitFor();
  return page;
}

const hrefs = (page: Page) => page.locator('.search-result a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

describe('search in Chromium across captures', () => {
  test('finds a word only the revision has, and its result opens the revision’s page at the passage', async () => {
    const page = await search('Update');
    const link = page.getByRole('link', { name: new RegExp(`¶ \\d+ · ${REVISED}`) });
    await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^/sources/${POST}/captures/903_revised/#p\\d+:~:text=[^&]*Update[^&]*$`));
    await expect(page.getByRole('listitem').filter({ has: link }).getByText(`Only in ${REVISED}.`).count()).resolves.toBe(1);
    await link.click();
    await expect(page.locator(':target').textContent()).resolves.toContain(REVISION_SECTION[0]);
    await page.close();
  });

  test('narrows results to the passages a ticked capture holds, and the URL keeps the filter', async () => {
    const page = await search('Anthropic');
    await expect(page.getByText('In capture 002, capture 902 and capture 903, revised 2026-03-02.').count()).resolves.toBeGreaterThan(0);
    const all = await hrefs(page);
    expect(all.some((href) => href.startsWith(`/sources/${POST}/#p42-`))).toBe(true);
    await page.getByText('Filter by document, kind, verdict, speaker or capture').click();
    await page.getByRole('checkbox', { name: 'capture 902' }).check();
    await page.waitForURL(/capture=capture\+902/);
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length < n, all.length);
    const narrowed = await hrefs(page);
    // No report, and ¶ 42 as capture 902 words it, not as the reading text does.
    expect(narrowed.every((href) => href.startsWith(`/sources/${POST}/`))).toBe(true);
    expect(narrowed.some((href) => href.startsWith(`/sources/${POST}/#p42-`))).toBe(false);
    await expect(page.getByRole('link', { name: /^¶ 42 · capture 902/ }).getAttribute('href')).resolves.toMatch(
      new RegExp(`^/sources/${POST}/captures/902_prose/#p42:~:`),
    );
    await page.close();
  });
});
