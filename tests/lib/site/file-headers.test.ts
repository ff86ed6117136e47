import { describe, expect, test } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_SHORT, cachingFor, contentTypeFor, extensionOf, isHashed } from '../../../src/lib/site/file-headers.ts';
import { CITATION_FILES } from '../../../src/lib/citation/citation-files.ts';

describe('extensionOf', () => {
  test.each([
    ['reports/x/index.html', 'html'],
    ['pagefind/pagefind.en_c91ffce347.pf_meta', 'pf_meta'],
    ['seeds.v2/README', ''],
    ['_headers', ''],
  ])('reads %s as %j', (path, expected) => {
    expect(extensionOf(path)).toBe(expected);
  });
});

describe('contentTypeFor', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['annotations.jsonld', 'application/ld+json; charset=utf-8'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['pagefind/index/en_1a2b.pf_index', 'application/octet-stream'],
  ])('gives %s the type %s', (path, expected) => {
    expect(contentTypeFor(path)).toBe(expected);
  });

  test('types a citation file by its folder, so only cite/ JSON is CSL-JSON', () => {
    for (const [ext, type] of Object.entries(CITATION_FILES)) expect(contentTypeFor(`cite/x.${ext}`)).toBe(type);
    expect(contentTypeFor('corrections.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('corrections.json')).not.toBe(CITATION_FILES.json);
  });

  test('leaves a file of an unknown kind to the host', () => {
    expect(contentTypeFor('notes.unknown')).toBeUndefined();
  });
});

describe('caching', () => {
  test.each([
    ['_astro/BaseLayout.CyipWoyn.css', true],
    ['pagefind/index/en_1a2b.pf_index', true],
    ['pagefind/fragment/en_9f.pf_fragment', true],
    ['pagefind/pagefind.en_c91ffce347.pf_meta', true],
    ['pagefind/pagefind-entry.json', false],
    ['pagefind/pagefind.js', false],
    ['reports/x/index.html', false],
  ])('%s is hashed: %s', (path, hashed) => {
    expect(isHashed(path)).toBe(hashed);
    expect(cachingFor(path)).toBe(hashed ? CACHE_IMMUTABLE : CACHE_SHORT);
  });
});
