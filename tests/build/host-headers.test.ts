/**
 * dist/_headers as a static host reads it: every built file gets its right
 * content type and one caching policy, each from exactly one rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { matchesPattern, parseStaticHeaders } from '../../src/lib/site/static-headers.ts';
import { distFiles } from '../support/dist.ts';

const rules = parseStaticHeaders(readFileSync('dist/_headers', 'utf8'));
const files = distFiles().filter((file) => file !== '_headers');

/** The right type of each kind of file, written out here rather than taken from the code under test. */
const EXPECTED_TYPES: Array<[RegExp, string]> = [
  [/^cite\/[^/]+\.json$/, 'application/vnd.citationstyles.csl+json; charset=utf-8'],
  [/^cite\/[^/]+\.bib$/, 'application/x-bibtex; charset=utf-8'],
  [/^cite\/[^/]+\.ris$/, 'application/x-research-info-systems; charset=utf-8'],
  [/\.html$/, 'text/html; charset=utf-8'],
  [/\.css$/, 'text/css; charset=utf-8'],
  [/\.js$/, 'text/javascript; charset=utf-8'],
  [/\.jsonld$/, 'application/ld+json; charset=utf-8'],
  [/\.json$/, 'application/json; charset=utf-8'],
  [/\.txt$/, 'text/plain; charset=utf-8'],
  [/\.xml$/, 'application/xml; charset=utf-8'],
  [/\.svg$/, 'image/svg+xml'],
  [/^pagefind\/.+\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/, 'application/octet-stream'],
];
/** Files whose names carry a hash of their content. */
const HASHED = /^(_astro\/|pagefind\/(index|filter|fragment)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;

function headersFor(path: string): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const rule of rules)
    if (matchesPattern(rule.pattern, path)) for (const [name, value] of Object.entries(rule.headers)) (headers[name] ??= []).push(value);
  return headers;
}

describe('dist/_headers', () => {
  test('gives every built file its right content type, from one rule', () => {
    const wrong = files.flatMap((file) => {
      const expected = EXPECTED_TYPES.find(([pattern]) => pattern.test(file))?.[1] ?? 'a type this test knows';
      const urls = file.endsWith('index.html') ? [`/${file}`, `/${file.slice(0, -'index.html'.length)}`] : [`/${file}`];
      return urls.flatMap((url) => {
        const types = headersFor(url)['Content-Type'] ?? [];
        return types.length === 1 && types[0] === expected ? [] : [`${url}: ${types.join(' + ') || 'none'}, expected ${expected}`];
      });
    });
    expect(wrong).toEqual([]);
  });

  test('caches hashed files for a year and everything else briefly, each from one rule', () => {
    const wrong = files.flatMap((file) => {
      const caching = headersFor(`/${file}`)['Cache-Control'] ?? [];
      const ok =
        caching.length === 1 &&
        (HASHED.test(file) ? /immutable/.test(caching[0] ?? '') : /max-age=\d{1,3}\b/.test(caching[0] ?? '') && !/immutable/.test(caching[0] ?? ''));
      return ok ? [] : [`/${file}: ${caching.join(' + ') || 'none'}`];
    });
    expect(wrong).toEqual([]);
    expect(files.filter((file) => HASHED.test(file)).length).toBeGreaterThan(0);
  });

  test('stays within the 100 rules Cloudflare Pages reads', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
  });
});
