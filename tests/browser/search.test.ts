/**
 * Search in Chromium, with real queries against the built index: the first
 * result and its anchor, exact phrases, pasted sentences, misquotes, the
 * post first, words not titles, queries that find only some words, hostile
 * and overlong input, misspellings, filters, shareable URLs, the highlight
 * on arrival, the keyboard, a phone, and a reader without JavaScript.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { loadCorpus } from '../../src/build/load-corpus.ts';
import { projectPaths } from '../../src/build/project-paths.ts';
import { reportClaims } from '../../src/lib/corpus/corpus.ts';
import { VERDICT_INFO } from '../../src/lib/claims/verdicts.ts';

const POST = '/sources/our-agreement-with-the-department-of-war/';
/** How long a landing page is given to scroll its highlighted words into view. */
const LANDING_WAIT = 5_000;
const suite = useBrowserSuite();

async function search(query: string, extra = '', page?: Page): Promise<Page> {
  const tab = page ?? (await suite.browser.newPage());
  await tab.goto(`${suite.site.url}/search/?q=${encodeURIComponent(query)}${extra}`);
  await tab
    .getByRole('status')
    .filter({ hasText: /passage/ })
    .waitFor();
  return tab;
}

const results = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
const firstLink = (page: Page) => results(page).first().getByRole('link').first();
const hrefs = (page: Page) => page.locator('.search-result a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const status = (page: Page) => page.getByRole('status').first().textContent();
const headerBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the documents' });
const resultsPanel = (page: Page) => page.getByRole('region', { name: 'Search results' });

/** The post, with `query` typed in its header box and Enter pressed; the panel its results show in. */
async function headerSearch(query: string, page?: Page): Promise<{ page: Page; panel: Locator }> {
  const tab = page ?? (await suite.browser.newPage());
  await tab.goto(`${suite.site.url}${POST}`, { waitUntil: 'networkidle' });
  await headerBox(tab).fill(query);
  await tab.keyboard.press('Enter');
  return { page: tab, panel: resultsPanel(tab) };
}

describe('search in Chromium', () => {
  test('finds a quoted phrase from the post at its passage', async () => {
    const page = await search('"Deploy via cloud only"');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p17-s1:~:text=`));
    await expect(status(page)).resolves.toContain('exact phrase');
    await page.close();
  });

  test('says in a result of the post whose words a copy not held words otherwise that they are capture 002’s, and in no other', async () => {
    const page = await search('"Deploy via cloud only"');
    await expect(results(page).first().getByText('A copy not held here words ¶ 15–19 otherwise; the words shown are capture 002’s.').isVisible()).resolves.toBe(
      true,
    );
    await search('"We believe strongly in democracy"', '', page);
    await expect(results(page).first().getByText('not held here').count()).resolves.toBe(0);
    await page.close();
  });

  test('reads words joined by a slash as two words, finding the passages that have both', async () => {
    const page = await search('Anthropic/safety');
    await expect(hrefs(page)).resolves.not.toEqual([]);
    await expect(status(page)).resolves.not.toMatch(/^No passage/);
    await page.close();
  });

  test.each(['safety stack', 'cleared OpenAI personnel', 'red lines'])(
    'finds every passage holding the phrase "%s", not only the first of each document',
    async (phrase) => {
      const { documents } = loadCorpus(projectPaths(), { drafts: false, lock: true }).corpus;
      const plain = (text: string) =>
        ` ${text
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s]/gu, '')
          .replace(/\s+/g, ' ')} `;
      const holding = documents.flatMap((doc) => doc.passages.filter((p) => plain(p.text).includes(plain(phrase))).map((p) => `${doc.meta.slug} ${p.id}`));
      expect(holding.length).toBeGreaterThan(1);
      const page = await search(`"${phrase}"`);
      const found = (await hrefs(page)).map((href) => `${href.split('/')[2]} ${/#(p\d+)/.exec(href)?.[1]}`);
      // Pagefind also reads a phrase through another form of a word (“safety stacks”), so there may be more.
      expect(found).toEqual(expect.arrayContaining(holding));
      await expect(status(page)).resolves.toContain(`${found.length} passages with this exact phrase`);
      await page.close();
    },
  );

  test('finds a quoted stretch of the post read across a dash standing alone, and shows the dash as the page does', async () => {
    const post = loadCorpus(projectPaths(), { drafts: false, lock: true }).corpus.documents.find((doc) => doc.meta.kind === 'source');
    // Three words either side of each dash or bullet the post sets between words.
    const stretches = (post?.passages ?? []).flatMap((p) => {
      const words = p.text.split(/\s+/).filter(Boolean);
      return words.flatMap((word, i) =>
        i >= 3 && i + 3 < words.length && !/[\p{L}\p{N}]/u.test(word) ? [{ id: p.id, text: words.slice(i - 3, i + 4).join(' ') }] : [],
      );
    });
    expect(stretches.length).toBeGreaterThan(0);
    for (const stretch of stretches) {
      const page = await search(`"${stretch.text}"`);
      await expect(status(page), stretch.text).resolves.toContain('1 passage with this exact phrase');
      await expect(status(page)).resolves.not.toContain('runs on into the next passage');
      await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#${stretch.id}[-:]`));
      await expect(results(page).first().locator('mark').first().textContent()).resolves.toBe(stretch.text);
      await page.close();
    }
  });

  test('finds each part of a word joined by a hyphen or dash, and a phrase read across the join, showing the word whole', async () => {
    const post = loadCorpus(projectPaths(), { drafts: false, lock: true }).corpus.documents.find((doc) => doc.meta.kind === 'source');
    // Each word the post joins with a hyphen or dash, with the word after it: “national‑security work”.
    const joined = (post?.passages ?? []).flatMap((p) =>
      [...p.text.matchAll(/([\p{L}\p{N}]+)([\u2011\u2013\u2014-])([\p{L}\p{N}]+)\s+([\p{L}\p{N}]+)/gu)].map((m) => ({
        id: p.id,
        whole: `${m[1]}${m[2]}${m[3]}`,
        first: m[1] ?? '',
        second: m[3] ?? '',
        next: m[4] ?? '',
      })),
    );
    expect(joined.length).toBeGreaterThan(2);
    for (const word of joined.slice(0, 3)) {
      const part = await search(`"${word.second} ${word.next}"`);
      expect(await hrefs(part), word.whole).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${POST}#${word.id}[-:]`))]));
      await part.close();
      // Typed with a plain hyphen, across the join: the page's own hyphen or dash shows in the excerpt, marked whole.
      const across = await search(`"${word.first}-${word.second} ${word.next}"`);
      await expect(status(across)).resolves.toContain('with this exact phrase');
      const marks = await across.locator('.search-result mark').allTextContents();
      expect(
        marks.some((mark) => mark.startsWith(`${word.whole} ${word.next}`)),
        `${word.whole}: ${marks.join(' | ')}`,
      ).toBe(true);
      await across.close();
    }
  });

  test('finds a quoted stretch that runs from one of the post’s bullet points into the next, in both passages', async () => {
    const post = loadCorpus(projectPaths(), { drafts: false, lock: true }).corpus.documents.find((doc) => doc.meta.kind === 'source');
    const passages = post?.passages ?? [];
    const at = passages.findIndex((p, i) => p.text.startsWith('•') && passages[i + 1]?.text.startsWith('•'));
    const [first, second] = [passages[at], passages[at + 1]];
    if (!first || !second) throw new Error('The post has no two bullet points in a row.');
    // The last two words of one bullet point, then the next one's bullet and first two words, as the page reads them.
    const stretch = [...first.text.split(/\s+/).slice(-2), ...second.text.split(/\s+/).slice(0, 3)].join(' ');
    const page = await search(`"${stretch}"`);
    await expect(status(page)).resolves.toContain('2 passages with this exact phrase, or part of it where it runs on into the next passage');
    // In reading order.
    expect((await hrefs(page)).map((href) => /#(p\d+)/.exec(href)?.[1])).toEqual([first.id, second.id]);
    await page.close();
  });

  test('says no passage holds a misquoted phrase in quotes, and leads to the passage with its words', async () => {
    // The post's bullet point, with a word it does not have.
    const misquote = '"Deploy via the cloud only"';
    const page = await search(misquote);
    await expect(status(page)).resolves.toContain(
      `No passage has this exact phrase: ${misquote}. Searched as words instead: ${await results(page).count()} passages.`,
    );
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p17-s1:~:text=`));
    const { page: reading, panel } = await headerSearch(misquote);
    await expect(panel.getByRole('status').filter({ hasText: 'No passage has this exact phrase' }).textContent()).resolves.toContain(
      'Searched as words instead',
    );
    await page.close();
    await reading.close();
  });

  test('says no passage holds a pasted sentence with a word changed, and which of its words were searched', async () => {
    // The post's red line, with its last word changed: nine different words, one more than are searched one by one.
    const page = await search('No use of OpenAI technology for mass domestic spying.');
    const text = (await status(page)) ?? '';
    expect(text).toContain('No passage has this exact phrase: "No use of OpenAI technology for mass domestic spying."');
    expect(text).toContain('Only 8 of its different words were searched one by one, words like “the” and “to” left out first.');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p10-s1:~:`));
    await page.close();
  });

  test('says when the filters chosen keep out every passage with the word', async () => {
    const page = await search('Anthropic', '&kind=Report&verdict=Verbatim&speaker=Nobody');
    await expect(status(page)).resolves.toBe('No passage matches Anthropic. Filters chosen: kind “Report”; verdict “Verbatim”; speaker “Nobody”.');
    await page.close();
  });

  test.each(['AI', 'de-escalate', 'or'])('finds %s, a word of two letters or one joined to one, in passages that have all of it', async (query) => {
    const page = await search(query);
    await expect(status(page)).resolves.toMatch(/^\d+ passages?/);
    await expect(status(page)).resolves.not.toContain('No passage');
    expect(await results(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  test('puts the passage with a word joined by a dash, pasted as it is, before passages with its parts apart', async () => {
    const page = await search('work—that');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p39-s\\d+:~:`));
    await page.close();
  });

  test('offers no other spelling for a quotation no passage holds, whose other word may be the misquote', async () => {
    const page = await search('"national-security deployments are safe"');
    await expect(status(page)).resolves.toContain('No passage has this exact phrase');
    await page.waitForTimeout(500);
    await expect(page.getByText('Did you mean').count()).resolves.toBe(0);
    await page.close();
  });

  test('offers no other spelling for a word still being typed, which begins the corpus’s words', async () => {
    const page = await search('survei');
    await expect(status(page)).resolves.toMatch(/^\d+ passages?: survei\./);
    await page.waitForTimeout(500);
    await expect(page.getByText('Did you mean').count()).resolves.toBe(0);
    await page.close();
  });

  test('puts first the passage that reads a misquoted sentence’s words in its order, and shows them', async () => {
    // ¶ 13 says “better”; ¶ 52 has the same words, further apart, in a longer passage.
    const page = await search('We think our approach best protects against unacceptable use.');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p13-s\\d+:~:`));
    const second = results(page).nth(1);
    await expect(second.locator('mark').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('protects against unacceptable')]));
    await page.close();
  });

  test('searches a long paraphrase by the words it is about, and puts first the passage that has them', async () => {
    // Twelve different words, four more than are searched one by one: “its”, “to”, “be” and “for” are left out, not “mass surveillance”.
    const page = await search('OpenAI will not allow its models to be used for mass surveillance.');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p47-s\\d+:~:`));
    await expect(status(page)).resolves.toContain('words like “the” and “to” left out first');
    await page.close();
  });

  test('keeps words in quotes within a longer query side by side, and says so', async () => {
    const page = await search('"cloud only" Anthropic');
    await expect(status(page)).resolves.toBe('1 passage: "cloud only" Anthropic. Words in quotes were searched as a phrase.');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p42-s\\d+:~:`));
    // The same words in another order are in passages too, but never side by side.
    await search('only cloud Anthropic', '', page);
    await expect(results(page).count()).resolves.toBeGreaterThan(0);
    await search('"only cloud" Anthropic', '', page);
    await expect(status(page)).resolves.toBe('No passage matches "only cloud" Anthropic. Words in quotes were searched as a phrase.');
    await page.close();
  });

  test('finds “U.S.” typed with its dots only where a document writes it so, not the pronoun “us”', async () => {
    const page = await search('U.S.');
    const marks = await page.locator('.search-result mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => !mark.startsWith('U.S.'))).toEqual([]);
    // Typed as a word, it still finds the pronoun: the post's “enables us to independently verify”.
    await search('us independently', '', page);
    await expect(page.locator('.search-result mark').allTextContents()).resolves.toEqual(expect.arrayContaining(['us']));
    await page.close();
  });

  test('finds “persons”, the term of law, and not “personnel” or “personally”, which only begin like it', async () => {
    const page = await search('U.S. persons');
    const marks = await page.locator('.search-result mark').allTextContents();
    expect(marks.filter((mark) => /\bpersons\b/.test(mark)).length).toBeGreaterThan(0);
    expect(marks.filter((mark) => /personnel|personally/i.test(mark))).toEqual([]);
    await page.close();
  });

  test('says when the words of a remembered quotation are in no passage in their order', async () => {
    // ¶ 52 has “full control over the safety stack we deploy”: one word left out, as a reader might recall it.
    const page = await search('we retain full control over the stack');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p52-s\\d+:~:`));
    await expect(status(page)).resolves.toMatch(
      /^\d+ passages?: we retain full control over the stack\. (It does not|None of them) ha(ve|s) these words in this order\./,
    );
    await search('We retain full control over the safety stack', '', page);
    await expect(status(page)).resolves.not.toContain('in this order');
    await page.close();
  });

  test('puts the post’s own words before the furniture its capture picked up, and labels the furniture', async () => {
    const page = await search('OpenAI');
    await results(page).first().waitFor();
    const shown = await page
      .locator('.search-result')
      .evaluateAll((items) =>
        items.map((item) => [item.querySelector('a')?.getAttribute('href') ?? '', item.querySelector('.result-kind')?.textContent ?? '']),
      );
    const furniture = shown.findIndex(([href]) => href?.startsWith(`${POST}#p4-`));
    expect(furniture).toBeGreaterThan(0);
    expect(shown[furniture]?.[1]).toBe('Primary source · capture artefact, not part of the text');
    // Every passage of the post's own text comes first, and none of them is labelled furniture.
    expect(shown.slice(0, furniture).every(([href, kind]) => href?.startsWith(POST) && kind === 'Primary source')).toBe(true);
    await page.close();
  });

  test('puts the passage of a whole unquoted sentence first', async () => {
    const page = await search('We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p42-s3:~:`));
    await page.close();
  });

  test('finds a word that only one document uses', async () => {
    const page = await search('imprudent');
    await expect(results(page).count()).resolves.toBe(1);
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(
      /^\/reports\/openai-reaches-classified-deployment-agreement-with-pentagon-sets\/#p10-s\d+:~:text=[^&]*imprudent[^&]*$/,
    );
    await page.close();
  });

  test('finds a misquoted phrase in the report, names the claim, and leads on to the post passage it distorts', async () => {
    const page = await search('“we hope that they and more labs will consider it”');
    const first = results(page).first();
    await expect(first.getByRole('link').first().getAttribute('href')).resolves.toMatch(/^\/reports\/openai-has-reached-a-deal-to-deploy-its\/#p4-s\d+:~:/);
    const claim = first.locator('.result-claim').filter({ hasText: 'we hope that they and more labs' });
    await expect(claim.textContent()).resolves.toMatch(
      /^The claim “We don’t know why Anthropic[^“”]*” is marked Misquote: compare the post, ¶ 42, sentence 3\.$/,
    );
    await expect(claim.getByRole('link', { name: 'the post, ¶ 42, sentence 3' }).getAttribute('href')).resolves.toBe(`${POST}#p42-s3`);
    // Only the report has these words: the status says so, so that no one takes them for the post's.
    await expect(status(page)).resolves.toContain('The post has no passage with this exact phrase; only reports have it.');
    await page.close();
  });

  test('counts no word of a title as a passage’s: every result for a word has the word', async () => {
    const page = await search('intelligence');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p32-s\\d+:~:`));
    const marked = await page
      .locator('.search-result')
      .evaluateAll((items) => items.map((li) => [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? '').join(' ')));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((words) => /intelligence/i.test(words))).toBe(true);
    await page.close();
  });

  test.each(['verdict', 'misquote', 'compareurl'])('gives the engine no document for %s, a word of the records’ claim data and of no passage', async (word) => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.site.url}/search/`);
    // A string, so that the test runner leaves this `import()` to the page.
    const found = await page.evaluate(`import('/pagefind/pagefind.js').then((p) => p.search(${JSON.stringify(word)})).then((r) => r.results.length)`);
    expect(found).toBe(0);
    await page.close();
  });

  test('puts passages with the word searched before those with only longer words beginning with it', async () => {
    const page = await search('red');
    const post = await page
      .locator('.search-result')
      .evaluateAll(
        (items, path) =>
          items
            .filter((li) => li.querySelector('a.result-link')?.getAttribute('href')?.startsWith(path))
            .map((li) => [...li.querySelectorAll('.result-excerpt mark')].some((m) => /^\W*red\W*$/i.test(m.textContent ?? ''))),
        POST,
      );
    // The post has “reduced” as well as “red lines”: every passage with “red” itself comes first.
    expect(post).toContain(false);
    expect(post.slice(post.indexOf(false))).not.toContain(true);
    await page.close();
  });

  test.each(['intelligence', 'Anthropic', 'surveillance', 'autonomous weapons'])('puts every passage of the post before the reports’ for %s', async (query) => {
    const page = await search(query);
    const fromPost = (await hrefs(page)).map((href) => href.startsWith(POST));
    expect(fromPost[0]).toBe(true);
    expect(fromPost).toEqual([...fromPost].sort((a, b) => Number(b) - Number(a)));
    await page.close();
  });

  test('falls back to the post’s passages with most of the words when none has them all, and says so', async () => {
    const page = await search('intelligence agencies');
    await expect(firstLink(page).getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p32-s\\d+:~:`));
    await expect(status(page)).resolves.toContain('No passage has both words; these have the most of them, the post’s first.');
    await page.close();
  });

  test('answers a quotation recalled with a word wrong with the post’s passages one word short of the best too', async () => {
    // ¶ 52 has seven of the eight words; ¶ 16, which the recalled words echo, has six and must not be left out.
    const page = await search('we retain full autonomy over our safety stack');
    const fromPost = (await hrefs(page)).filter((href) => href.startsWith(POST)).map((href) => /#(p\d+)/.exec(href)?.[1]);
    expect(fromPost).toEqual(['p52', 'p16']);
    await expect(status(page)).resolves.toContain('No passage has all 8 words; these have the most of them or one fewer, the post’s first.');
    await page.close();
  });

  test.each([
    ['"><svg onload=x>', 'svg', false],
    ['<script>alert(1)</script>', 'script', false],
    ['"\u202Eevil\u0000', 'bdo', false],
    ['%00%22%3E', 'svg', false],
    ['"Deploy via cloud', 'svg', true],
    ['cloud <img src=x onerror=alert(1)>', 'img', true],
  ])('treats %j as words, never as markup or a phrase', async (query, tag, finds) => {
    const page = await search(query);
    await expect(status(page)).resolves.not.toContain('exact phrase');
    // The page's own script is in <main>, loaded from /_astro/; nothing else may be.
    await expect(page.locator(`main ${tag}:not([src^="/_astro/"])`).count()).resolves.toBe(0);
    await expect(page.getByRole('searchbox', { name: /Search every passage/ }).inputValue()).resolves.toBe(query);
    expect((await results(page).count()) > 0).toBe(finds);
    await page.close();
  });

  test('cuts an overlong query to a sensible length and says so', async () => {
    const page = await search('a'.repeat(5000));
    await expect(status(page)).resolves.toContain('Only the first 300 characters of the query were searched.');
    await expect(results(page).count()).resolves.toBe(0);
    await page.close();
  });

  test.each([
    ['a misspelling', 'survelliance', 'surveillance'],
    ['a compound typed apart and misspelt, as the compound', 'garud rails', 'guardrails'],
  ])('offers the closest corpus word for %s, and its search finds passages', async (_, query, suggested) => {
    const page = await search(query);
    await expect(status(page)).resolves.toContain(`No passage matches ${query}`);
    await page.getByRole('link', { name: suggested, exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`\\d+ passages?: ${suggested}`) })
      .waitFor();
    expect((await hrefs(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  // “Sam” is no beginning of “same” once “Altman” follows, and “and” alone brings no passage of the post nearer.
  test.each(['Sam Altman', 'hasty and imprudent'])('lists only the reports’ passages for %s, which the post does not have', async (query) => {
    const page = await search(query);
    await expect(status(page)).resolves.toMatch(new RegExp(`^\\d+ passages?: ${query}\\.$`));
    const links = await hrefs(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => href.startsWith(POST))).toEqual([]);
    await page.close();
  });

  test.each([
    ['a misspelling that matched another word by its stem', 'surveilance', 'surveillance'],
    ['a misspelt word in a short quotation', '"strong contractual protectons"', 'strong contractual protections'],
    ['two words the corpus has only as one', 'guard rails', 'guardrails'],
  ])('offers the closest corpus words for %s, though passages were found', async (_, query, suggested) => {
    const page = await search(query);
    await expect(status(page)).resolves.toMatch(/passage/);
    await page.getByRole('link', { name: suggested, exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`\\d+ passages?[^:]*: "?${suggested}`) })
      .waitFor();
    await page.close();
  });

  test('offers the closest words above the results when a misspelt word leaves only the other words’ passages', async () => {
    const page = await search('survelliance agencies');
    await expect(status(page)).resolves.toMatch(/No passage (of the (post|reports) )?has both words/);
    const suggestion = page.getByRole('link', { name: 'surveillance agencies' });
    await suggestion.waitFor();
    // Read before the results, right below the status line.
    const before = await suggestion.evaluate((link) => {
      const first = document.querySelector('.search-result');
      return Boolean(first && link.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await suggestion.click();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ passages?: surveillance agencies/ })
      .waitFor();
    await expect(page.getByRole('link', { name: 'surveillance agencies' }).count()).resolves.toBe(0);
    await page.close();
  });

  test('narrows results with a filter, and the URL keeps the filter', async () => {
    const page = await search('Anthropic');
    const all = await results(page).count();
    await page.getByText('Filter by document, kind, verdict or speaker').click();
    await page.getByRole('checkbox', { name: 'Primary source' }).check();
    await page.waitForURL(/kind=Primary\+source/);
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length < n, all);
    const narrowed = await hrefs(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((href) => href.startsWith(POST))).toBe(true);
    await page.close();
  });

  test('filters by the verdict of the claim the words were found in, not of any claim in the passage', async () => {
    const corpus = loadCorpus(projectPaths(), { drafts: false, lock: true }).corpus;
    const claims = reportClaims(corpus);
    const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{6,}/gu) ?? []);
    const everywhere = corpus.documents.flatMap((doc) => doc.passages.map((p) => p.text.toLowerCase())).join(' ');
    // A word of one claim only, whose passage has another claim of another verdict.
    const pick = claims.flatMap(({ report, claim }) =>
      claims
        .filter((other) => other.report.slug === report.slug && other.claim.passage === claim.passage && other.claim.verdict !== claim.verdict)
        .flatMap((other) =>
          [...wordsOf(claim.text)]
            .filter((word) => !wordsOf(other.claim.text).has(word) && everywhere.split(word).length === 2)
            .map((word) => ({ word, slug: report.slug, passage: claim.passage, own: claim.verdict, others: other.claim.verdict })),
        ),
    )[0];
    if (!pick) throw new Error('No passage has two claims of different verdicts with a word only one of them uses.');
    const at = (href: string) => href.includes(`/${pick.slug}/#${pick.passage}`);
    const own = await search(pick.word, `&verdict=${encodeURIComponent(VERDICT_INFO[pick.own].label)}`);
    expect((await hrefs(own)).some(at)).toBe(true);
    // The filters are open, as one is chosen.
    const group = own.getByRole('group', { name: 'Verdict of the claim the words are in' });
    await expect(group.getByRole('checkbox', { name: VERDICT_INFO[pick.own].label }).isChecked()).resolves.toBe(true);
    const others = await search(pick.word, `&verdict=${encodeURIComponent(VERDICT_INFO[pick.others].label)}`);
    expect((await hrefs(others)).some(at)).toBe(false);
    await own.close();
    await others.close();
  });

  test('keeps the results in view on a phone with the filters open', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await search('Anthropic', '', await context.newPage());
    await page.getByText('Filter by document, kind, verdict or speaker').click();
    await page.getByRole('checkbox', { name: 'Primary source' }).waitFor();
    const bottom = await results(page)
      .first()
      .getByRole('heading')
      .evaluate((h) => h.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThan(844);
    await context.close();
  });

  test('follows the query in the URL, reloads it, and goes Back to the previous search', async () => {
    const page = await search('classifiers');
    await page.getByLabel(/Search every passage/).fill('Posse Comitatus');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=Posse\+Comitatus/);
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: /Posse Comitatus/ })
      .waitFor();
    await expect(page.getByLabel(/Search every passage/).inputValue()).resolves.toBe('Posse Comitatus');
    await page.goBack();
    await page.waitForURL(/q=classifiers/);
    await page
      .getByRole('status')
      .filter({ hasText: /classifiers/ })
      .waitFor();
    await page.close();
  });

  test('reaches the first result with one Tab after a search', async () => {
    const page = await search('classifiers');
    await page.keyboard.press('Tab');
    await expect(firstLink(page).evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await page.getByLabel(/Search every passage/).fill('Posse Comitatus');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /passages?: Posse Comitatus/ })
      .waitFor();
    await page.keyboard.press('Tab');
    await expect(firstLink(page).evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('lands on a result with the matched words highlighted', async () => {
    const page = await search('"running and updating classifiers"');
    const href = (await firstLink(page).getAttribute('href')) ?? '';
    expect(href).toMatch(new RegExp(`^${POST}#p27-s\\d+:~:text=running%20and%20updating%20classifiers$`));
    await firstLink(page).click();
    await page.waitForURL(new RegExp(`${POST}#p27`));
    const highlighted = await page.evaluate(() => {
      const target = document.getElementById('p27');
      const rect = target?.getBoundingClientRect();
      return { targeted: document.querySelector(':target')?.id ?? null, inView: rect ? rect.top < innerHeight && rect.bottom > 0 : false };
    });
    // Chromium targets the element holding the fragment's text: the passage or, here, its sentence.
    expect(highlighted.targeted).toMatch(/^p27(-s1)?$/);
    expect(highlighted.inView).toBe(true);
    await expect(page.locator('#p27').textContent()).resolves.toContain('running and updating classifiers');
    await page.close();
  });

  test('highlights a numbered heading’s words, its number their context, and the browser finds them there', async () => {
    const page = await search('Contract Language');
    const heading = (await hrefs(page)).find((href) => href.startsWith(`${POST}#p28-s1:`)) ?? '';
    expect(heading).toMatch(/:~:text=2\.-,Contract%20Language$/);
    await page.goto(`${suite.site.url}${heading}`);
    // A directive the page matches is scrolled to the middle of the window; one it does not falls back to the anchor, at the top.
    const centred = page.waitForFunction(
      () => {
        const box = document.getElementById('p28')?.getBoundingClientRect();
        return box !== undefined && box.top > innerHeight / 4;
      },
      undefined,
      { timeout: LANDING_WAIT },
    );
    await expect(centred.then(() => true)).resolves.toBe(true);
    await page.close();
  });

  test.each(['surveillance', 'classified', 'guardrails', 'approach'])(
    'lands every result for %s on the passage it names, though the page uses the word before',
    async (query) => {
      const page = await search(query);
      const links = await hrefs(page);
      expect(links.length).toBeGreaterThan(5);
      const elsewhere: string[] = [];
      for (const href of links) {
        await page.goto(`${suite.site.url}${href}`);
        const passage = href.match(/#(p\d+)/)?.[1] ?? '';
        // The browser scrolls to the words the link highlights, wherever they first fit in the page; Chromium 156 does so a
        // few hundred milliseconds after the load completes, so the passage is given a while to come into view.
        const inView = await page
          .waitForFunction(
            (id) => {
              const box = document.getElementById(id)?.getBoundingClientRect();
              return document.readyState === 'complete' && box !== undefined && box.top < innerHeight && box.bottom > 0;
            },
            passage,
            { timeout: LANDING_WAIT },
          )
          .then(
            () => true,
            () => false,
          );
        if (!inView) elsewhere.push(href);
      }
      expect(elsewhere).toEqual([]);
      await page.close();
    },
  );

  test('without JavaScript, says the search could not run and points to the pages that answer without it', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}/search/?q=Anthropic`);
    // Playwright's text locators skip <noscript>, so read what the reader sees instead.
    const text = await page.getByRole('main').innerText();
    expect(text).toContain('needs JavaScript, which is turned off, so your search could not run here');
    expect(text).toContain('Find (Ctrl+F');
    await expect(page.getByRole('link', { name: /Every quotation in the reports/ }).getAttribute('href')).resolves.toBe('/quotes/');
    await expect(page.getByRole('link', { name: 'Our agreement with the Department of War' }).count()).resolves.toBeGreaterThan(0);
    expect(page.url()).toContain('q=Anthropic');
    await context.close();
  });

  test('the search page without a query loads nothing of the engine until the reader reaches for the box', async () => {
    const page = await suite.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(`${suite.site.url}/search/`, { waitUntil: 'networkidle' });
    expect(loaded.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('searchbox', { name: /^Search every passage/ }).focus();
    await expect.poll(() => loaded.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.keyboard.type('classifiers');
    await page
      .getByRole('status')
      .filter({ hasText: /passages?: classifiers/ })
      .waitFor();
    await page.close();
  });

  test('reading pages load nothing of search until the reader reaches for the box', async () => {
    const page = await suite.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${suite.site.url}${POST}`, { waitUntil: 'networkidle' });
    const scripts = loaded.filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => /pagefind|search-render|header-search/.test(path))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await expect.poll(() => loaded.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect.poll(() => loaded.some((path) => /\/_astro\/header-search\.[\w-]+\.js$/.test(path))).toBe(true);
    await page.close();
  });

  test('lets a reader turn the / shortcut off on the search page, and keeps it off on every page', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.site.url}/search/`);
    const shortcut = page.getByRole('checkbox', { name: /Pressing \/ on any page moves to the search box/ });
    await expect(shortcut.isChecked()).resolves.toBe(true);
    await shortcut.uncheck();
    await page.goto(`${suite.site.url}${POST}`);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.not.toBe('site-search-q');
    await expect(page.getByRole('searchbox', { name: 'Search the documents' }).getAttribute('placeholder')).resolves.not.toContain('/');
    await page.goto(`${suite.site.url}/search/`);
    await shortcut.check();
    await page.goto(`${suite.site.url}${POST}`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await context.close();
  });

  test('shows the header box’s results at the top of the page, without leaving it, and one Tab from the first', async () => {
    const { page, panel } = await headerSearch('classifiers');
    await panel
      .getByRole('status')
      .filter({ hasText: /passages?: classifiers/ })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe(POST);
    // Focus is on the count, so a screen reader reads it, and Tab reaches the first result.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
    await page.keyboard.press('Tab');
    const first = panel.getByRole('listitem').first().getByRole('link').first();
    await expect(first.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    const shown = await panel.locator('.search-result a.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(shown[0]).toMatch(new RegExp(`^${POST}#p\\d+-s\\d+:~:text=[^&]*classifiers`));
    await expect(panel.getByRole('heading', { level: 3 }).count()).resolves.toBe(shown.length);
    // At most ten passages, so the page the reader came for stays near; the panel says when it shows only some.
    const found = Number((await panel.getByRole('status').textContent())?.match(/^(\d+) passages?/)?.[1]);
    expect(shown.length).toBe(Math.min(found, 10));
    await expect(panel.getByText(/^The first 10 passages are shown here\./).count()).resolves.toBe(found > 10 ? 1 : 0);
    // The panel's link opens the same search on the search page, which shows the panel's passages at once, before its
    // own engine answers (here it never does).
    await page.route('**/pagefind/**', () => undefined);
    await panel.getByRole('link', { name: 'Open this search on the search page' }).click();
    await page.waitForURL(/\/search\/\?q=classifiers$/);
    await page
      .getByRole('status')
      .filter({ hasText: /passages?: classifiers/ })
      .waitFor();
    expect((await hrefs(page)).slice(0, shown.length)).toEqual(shown);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(POST);
    await page.close();
  });

  // A phrase of four words or more is highlighted without the words beside it, so it fits the words typed in the box too.
  test.each([
    ['surveillance', 59],
    ['We think our approach better protects against unacceptable use', 13],
  ])('follows a result for %s on the page itself to its passage, ¶ %i, closing the results', async (query, passage) => {
    const { page, panel } = await headerSearch(query);
    await panel.getByRole('link', { name: new RegExp(`^¶ ${passage} `) }).click();
    await panel.waitFor({ state: 'hidden' });
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const box = document.getElementById(id)?.getBoundingClientRect();
          return box ? box.top < innerHeight && box.bottom > 0 : false;
        }, `p${passage}`),
      )
      .toBe(true);
    await page.close();
  });

  test('shows results for Enter pressed as soon as the words are typed, before anything has loaded', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.site.url}${POST}`, { waitUntil: 'networkidle' });
    await headerBox(page).click();
    await page.keyboard.insertText('"cleared OpenAI personnel"');
    await page.keyboard.press('Enter');
    const panel = resultsPanel(page);
    await panel
      .getByRole('status')
      .filter({ hasText: /exact phrase/ })
      .waitFor();
    await expect(panel.locator('.search-result a.result-link').first().getAttribute('href')).resolves.toMatch(new RegExp(`^${POST}#p\\d+`));
    expect(new URL(page.url()).pathname).toBe(POST);
    await page.close();
  });

  test('closes the header box’s results with Escape or the Close button, and returns to the box; Escape in the box closes them, then clears it', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.site.url}${POST}`, { waitUntil: 'networkidle' });
    const box = headerBox(page);
    const panel = resultsPanel(page);
    const showResults = async () => {
      await box.fill('Anthropic');
      await box.press('Enter');
      await panel
        .getByRole('status')
        .filter({ hasText: /Anthropic/ })
        .waitFor();
    };
    for (const close of [() => page.keyboard.press('Escape'), () => panel.getByRole('button', { name: 'Close results' }).click()]) {
      await showResults();
      await close();
      await panel.waitFor({ state: 'hidden' });
      await expect(box.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    }
    // Escape in the box takes its results away and keeps the words and the focus; a second Escape clears it.
    await showResults();
    await box.focus();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expect(box.inputValue()).resolves.toBe('Anthropic');
    await page.keyboard.press('Escape');
    await expect(box.inputValue()).resolves.toBe('');
    await expect(box.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('says when the header box finds nothing, and leads to the search page for the closest words', async () => {
    const { page, panel } = await headerSearch('survelliance');
    await panel
      .getByRole('status')
      .filter({ hasText: /^No passage/ })
      .waitFor();
    await expect(panel.getByRole('listitem').count()).resolves.toBe(0);
    await expect(panel.getByRole('paragraph').filter({ hasText: 'closest words' }).count()).resolves.toBe(1);
    await panel.getByRole('link', { name: 'Open this search on the search page' }).click();
    await page.getByRole('link', { name: 'surveillance' }).waitFor();
    await page.close();
  });

  test.each(['/search/', '/search/index.html'])('the search page’s own header box, at %s, opens its search on the page, as a plain form', async (path) => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.site.url}${path}?q=classifiers`);
    await headerBox(page).fill('Anthropic');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Anthropic$/);
    await page
      .getByRole('status')
      .filter({ hasText: /passages?: Anthropic/ })
      .waitFor();
    await expect(resultsPanel(page).count()).resolves.toBe(0);
    await page.close();
  });

  test('the search page opened with a query gives its count the focus, unless the reader has moved on to type elsewhere', async () => {
    const idle = await suite.browser.newPage();
    await idle.goto(`${suite.site.url}/search/?q=classifiers`);
    await idle
      .getByRole('status')
      .filter({ hasText: /passages?: classifiers/ })
      .waitFor();
    await expect(
      idle
        .getByRole('status')
        .first()
        .evaluate((s) => s === document.activeElement),
    ).resolves.toBe(true);
    await idle.close();
    const page = await slowEngine(400, '/search/?q=classifiers');
    await headerBox(page).click();
    await page.keyboard.type('Anthro');
    await page
      .getByRole('status')
      .filter({ hasText: /passages?: classifiers/ })
      .waitFor();
    await page.keyboard.type('pic');
    await expect(headerBox(page).inputValue()).resolves.toBe('Anthropic');
    await expect(headerBox(page).evaluate((box) => box === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  /** A page, the post unless `path` says otherwise, whose search engine answers each request only after `ms`, as on a slow connection. */
  async function slowEngine(ms: number, path = POST): Promise<Page> {
    const page = await suite.browser.newPage();
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${suite.site.url}${path}`, { waitUntil: 'domcontentloaded' });
    return page;
  }
  const stored = (page: Page, q: string) => page.waitForFunction((words) => Object.keys(sessionStorage).some((key) => key.includes(JSON.stringify(words))), q);

  test('keeps the header box’s results closed when the reader closes them while the search runs', async () => {
    const page = await slowEngine(400);
    await headerBox(page).fill('Anthropic');
    await page.keyboard.press('Enter');
    const panel = resultsPanel(page);
    await panel.getByRole('status').filter({ hasText: 'Searching…' }).waitFor();
    await panel.getByRole('button', { name: 'Close results' }).click();
    await stored(page, 'Anthropic');
    await expect(panel.isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('searches the words in the box when Enter was pressed, and leaves focus in the box if the reader types on', async () => {
    const page = await slowEngine(400);
    const box = headerBox(page);
    await box.fill('surveillance');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' weapons');
    const panel = resultsPanel(page);
    await panel
      .getByRole('status')
      .filter({ hasText: /passages?: surveillance\./ })
      .waitFor();
    await expect(box.inputValue()).resolves.toBe('surveillance weapons');
    await expect(box.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('keeps only the latest few of the searches the header box runs ahead, in the tab’s storage', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.site.url}${POST}`, { waitUntil: 'networkidle' });
    const box = headerBox(page);
    const words = ['cloud', 'classifiers', 'Anthropic', 'surveillance', 'weapons', 'contract', 'safeguards'];
    for (const word of words) {
      await box.fill(word);
      await stored(page, word);
    }
    const keys = await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('red-lines:search:')));
    expect(keys).toHaveLength(5);
    expect(keys.some((key) => key.includes('"safeguards"'))).toBe(true);
    await page.close();
  });

  test('keeps a 400-letter word within a phone’s width, in the header box’s results and on the search page', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const word = 'x'.repeat(400);
    const { page, panel } = await headerSearch(word, await context.newPage());
    await panel
      .getByRole('status')
      .filter({ hasText: /^No passage/ })
      .waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).resolves.toBeLessThanOrEqual(0);
    await search(word, '', page);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).resolves.toBeLessThanOrEqual(0);
    await context.close();
  });
});
