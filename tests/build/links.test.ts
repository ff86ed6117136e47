/**
 * Every internal link of the built site resolves: to a file, and where it
 * has a fragment, to an element with that id. This covers ¶ links, claim
 * notes' "read in context", "cited by" links and the open data's URLs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collapseWhitespace } from '../../src/lib/sources/normalise.ts';
import { brokenReason, distFiles, pageElements } from '../support/dist.ts';

const SITE = 'http://127.0.0.1:4321';
const pages = distFiles().filter((file) => file.endsWith('.html'));

describe('internal links', () => {
  test('every href on every page lands on a file and element', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const base = new URL(`/${page.replace(/index\.html$/, '')}`, SITE);
      for (const el of pageElements(page)) {
        const href = el.tagName === 'a' || el.tagName === 'link' ? el.properties['href'] : undefined;
        if (typeof href !== 'string') continue;
        const url = new URL(href, base);
        if (url.origin !== SITE) continue;
        checked += 1;
        const reason = brokenReason(url);
        if (reason) broken.push(`${page}: ${href} (${reason})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  test('every link to another origin carries rel="noopener noreferrer"', () => {
    const external = pages.flatMap((page) =>
      pageElements(page)
        .filter((el) => el.tagName === 'a' && /^https?:/.test(String(el.properties['href'])) && new URL(String(el.properties['href'])).origin !== SITE)
        .map((el) => ({ page, rel: [el.properties['rel']].flat().join(' ') })),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const link of external) expect(link.rel, link.page).toBe('noopener noreferrer');
  });

  test('every claim note links to its passage in context and every "cited by" link back to its claim', () => {
    const post = pageElements('sources/our-agreement-with-the-department-of-war/index.html');
    const citedBy = post.filter(
      (el) => el.tagName === 'a' && String(el.properties['href']).includes('/reports/') && String(el.properties['href']).includes('#c'),
    );
    expect(citedBy.length).toBeGreaterThan(30);
    for (const link of citedBy) expect(brokenReason(new URL(String(link.properties['href']), SITE))).toBeUndefined();
  });
});

type QuoteSelector = { type: string; exact: string; prefix: string; suffix: string };
/** A target's TextQuoteSelector, alone or among its alternatives. */
const quoteOf = (target: { selector: QuoteSelector | Array<QuoteSelector | { type: string }> }) =>
  [target.selector].flat().find((s): s is QuoteSelector => s.type === 'TextQuoteSelector') ?? { type: 'none', exact: '', prefix: '', suffix: '' };

describe('/annotations.jsonld', () => {
  const collection = JSON.parse(readFileSync('dist/annotations.jsonld', 'utf8')) as {
    type: string;
    total: number;
    first: {
      items: Array<{
        type: string;
        motivation: string;
        target: { source: string; selector: QuoteSelector | Array<QuoteSelector | { type: string; value: string }> };
        body: Array<string | { type: string; purpose: string; value: string }>;
      }>;
    };
  };

  test('is a Web Annotation collection with one assessing annotation per claim', () => {
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(collection.total);
    expect(collection.total).toBeGreaterThan(50);
    for (const item of collection.first.items) {
      expect(item.type).toBe('Annotation');
      expect(quoteOf(item.target).type).toBe('TextQuoteSelector');
      const verdicts = item.body.filter((b) => typeof b !== 'string' && b.purpose === 'assessing');
      expect(verdicts).toHaveLength(1);
    }
  });

  test('targets words that appear in the report page, between their prefix and suffix', () => {
    for (const { target } of collection.first.items) {
      const { exact, prefix, suffix } = quoteOf(target);
      const copy = (target as { state?: { cached?: string } }).state?.cached ?? target.source;
      const seed = readFileSync(`seeds/${/data-seed="([^"]+)"/.exec(readFileSync(`dist${new URL(copy).pathname}index.html`, 'utf8'))?.[1]}`, 'utf8');
      expect(collapseWhitespace(seed)).toContain(collapseWhitespace(`${prefix}${exact}${suffix}`));
    }
  });

  test('links only to URLs that resolve', () => {
    for (const item of collection.first.items) {
      // A report whose original URL is recorded is targeted there, with this site's copy as its cached state.
      const copy = (item.target as { state?: { cached?: string } }).state?.cached ?? item.target.source;
      // A cited passage is a URL, or a SpecificResource: a passage (fragment) of a capture's page, and its canonical URL.
      const resources = item.body.filter(
        (b): b is { type: string; purpose: string; value: string; source: string; selector: { value: string }; canonical?: string } =>
          typeof b !== 'string' && b.type === 'SpecificResource',
      );
      const passages = resources.flatMap((r) => [`${r.source}#${r.selector.value}`, ...(r.canonical ? [r.canonical] : [])]);
      for (const url of [copy, ...item.body.filter((b): b is string => typeof b === 'string'), ...passages]) {
        expect(brokenReason(new URL(url)), url).toBeUndefined();
      }
    }
  });
});
