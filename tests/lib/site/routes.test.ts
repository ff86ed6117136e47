import { describe, expect, test } from 'vitest';
import { absoluteUrl, anchorPath, citeFilePath, citePagePath, documentPath, seedPath, sourceAnchorPath, withBase } from '../../../src/lib/site/routes.ts';

describe('routes', () => {
  test.each([
    ['/', 'sources/post/', '/sources/post/'],
    ['/red-lines/', '/sources/post/', '/red-lines/sources/post/'],
    ['/red-lines', 'cite/post.bib', '/red-lines/cite/post.bib'],
  ])('join base %s and path %s with exactly one slash', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  test('give every document, anchor, cite page, cite file and seed its address', () => {
    expect(documentPath({ kind: 'report', slug: 'a-report' })).toBe('reports/a-report/');
    expect(anchorPath({ kind: 'report', slug: 'a-report' }, 'c3')).toBe('reports/a-report/#c3');
    expect(sourceAnchorPath('post', 'p12-s3')).toBe('sources/post/#p12-s3');
    expect(citePagePath('post')).toBe('cite/post/');
    expect(citeFilePath('post', 'ris')).toBe('cite/post.ris');
    expect(seedPath('002_x.txt')).toBe('seeds/002_x.txt');
  });

  test('make absolute URLs under a sub-path', () => {
    expect(absoluteUrl('https://example.org', '/red-lines/', sourceAnchorPath('post', 'p1'))).toBe('https://example.org/red-lines/sources/post/#p1');
  });
});
