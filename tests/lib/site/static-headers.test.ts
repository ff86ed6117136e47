import { describe, expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_SHORT } from '../../../src/lib/site/file-headers.ts';
import { headerRules, matchesPattern, parseStaticHeaders, staticHeaders } from '../../../src/lib/site/static-headers.ts';

/** A site's files with N reports, each with its page, cite page and three citation files. */
function siteFiles(reports: number): string[] {
  const slugs = Array.from({ length: reports }, (_, i) => `report-${i}`);
  return [
    'index.html',
    '404.html',
    'favicon.svg',
    'sitemap.xml',
    'annotations.jsonld',
    '_astro/BaseLayout.CqFAAT3V.css',
    '_astro/search.Cuu1CovA.js',
    'search/index.html',
    'quotes/index.html',
    'sources/post/index.html',
    'seeds/002_b1635164cf9d6a8a.txt',
    'cite/index.html',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind.en_71341fb77a.pf_meta',
    'pagefind/index/en_34bdb35.pf_index',
    'pagefind/filter/en_1bc5307.pf_filter',
    ...slugs.flatMap((slug, i) => [
      `reports/${slug}/index.html`,
      `cite/${slug}/index.html`,
      `cite/${slug}.bib`,
      `cite/${slug}.json`,
      `cite/${slug}.ris`,
      `pagefind/fragment/en_${i.toString(16).padStart(7, '0')}.pf_fragment`,
    ]),
  ];
}

/** The headers a host sends for a path: every matching rule's, each header from exactly one rule. */
function served(text: string, path: string): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const rule of parseStaticHeaders(text))
    if (matchesPattern(rule.pattern, path)) for (const [name, value] of Object.entries(rule.headers)) (headers[name] ??= []).push(value);
  return headers;
}

describe('staticHeaders', () => {
  test.each([
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8', CACHE_SHORT],
    ['/cite/report-1.json', 'application/vnd.citationstyles.csl+json; charset=utf-8', CACHE_SHORT],
    ['/cite/report-1/', 'text/html; charset=utf-8', CACHE_SHORT],
    ['/cite/', 'text/html; charset=utf-8', CACHE_SHORT],
    ['/reports/report-1/', 'text/html; charset=utf-8', CACHE_SHORT],
    ['/', 'text/html; charset=utf-8', CACHE_SHORT],
    ['/seeds/002_b1635164cf9d6a8a.txt', 'text/plain; charset=utf-8', CACHE_SHORT],
    ['/_astro/search.Cuu1CovA.js', 'text/javascript; charset=utf-8', CACHE_IMMUTABLE],
    ['/pagefind/fragment/en_0000001.pf_fragment', 'application/octet-stream', CACHE_IMMUTABLE],
    ['/pagefind/pagefind.en_71341fb77a.pf_meta', 'application/octet-stream', CACHE_IMMUTABLE],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream', CACHE_SHORT],
  ])('gives %s one content type, %s, and one caching', (path, type, caching) => {
    const headers = served(staticHeaders('/', siteFiles(3)), path);
    expect(headers['Content-Type']).toEqual([type]);
    expect(headers['Cache-Control']).toEqual([caching]);
    expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
  });

  test('sets each header on every file exactly once, so no host has to join two values', () => {
    const text = staticHeaders('/', siteFiles(3));
    for (const file of siteFiles(3))
      for (const [name, values] of Object.entries(served(text, `/${file}`))) expect([file, name, values.length]).toEqual([file, name, 1]);
  });

  test('needs no more rules for 10,000 reports than for 3, within Cloudflare’s 100', () => {
    const few = headerRules('/', siteFiles(3)).length;
    expect(headerRules('/', siteFiles(10_000)).length).toBe(few);
    expect(few).toBeLessThanOrEqual(100);
  });

  test('puts every rule under the base path', () => {
    expect(headerRules('/rla/', siteFiles(1)).every((rule) => rule.pattern.startsWith('/rla/'))).toBe(true);
  });

  test('reads back what it writes', () => {
    expect(parseStaticHeaders(staticHeaders('/', siteFiles(2)))).toEqual(headerRules('/', siteFiles(2)));
  });
});

describe('matchesPattern', () => {
  test.each([
    ['/cite/*.json', '/cite/a.json', true],
    ['/cite/*.json', '/cite/a/index.html', false],
    ['/cite/*/', '/cite/a/', true],
    ['/cite/*/', '/cite/a.bib', false],
    ['/reports/*', '/reports/', true],
    ['/x.json', '/x.json', true],
    ['/x.json', '/y/x.json', false],
    ['/a*a', '/a', false],
  ])('%s against %s: %s', (pattern, path, matches) => {
    expect(matchesPattern(pattern, path)).toBe(matches);
  });
});
