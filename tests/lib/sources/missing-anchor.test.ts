import { describe, expect, test } from 'vitest';
import { missingAnchor } from '../../../src/lib/sources/missing-anchor.ts';

// A page of three passages; the second has two sentences.
const PAGE = ['p1', 'p1-s1', 'p2', 'p2-s1', 'p2-s2', 'p3', 'p3-s1'];

describe('a link to an anchor the page lacks', () => {
  test.each(['p1', 'p2-s2', 'p3', ''])('says nothing for `%s`, which the page has or which names no anchor', (id) => {
    expect(missingAnchor(id, PAGE)).toBeNull();
  });

  test.each([
    ['p9', 'The address names ¶ 9, which this page does not have: its passages run from ¶ 1 to ¶ 3.'],
    ['p9-s1', 'The address names ¶ 9, sentence 1, which this page does not have: its passages run from ¶ 1 to ¶ 3.'],
    ['p2-s7', 'The address names ¶ 2, sentence 7, which this page does not have: ¶ 2 has 2 sentences.'],
    ['p3-s2', 'The address names ¶ 3, sentence 2, which this page does not have: ¶ 3 has 1 sentence.'],
    ['c99', 'The address names “#c99”, which is not on this page. The link may be mistyped, or meant for another page.'],
  ])('tells the reader that `%s` is not on the page and what is', (id, text) => {
    expect(missingAnchor(id, PAGE)?.text).toBe(text);
  });

  test('offers the passage whose missing sentence a link names, and only then', () => {
    expect(missingAnchor('p2-s7', PAGE)?.passage).toEqual({ id: 'p2', label: 'Go to ¶ 2' });
    for (const id of ['p9', 'p9-s1', 'c99']) expect(missingAnchor(id, PAGE)?.passage).toBeUndefined();
  });

  test('names no range on a page without passages', () => {
    expect(missingAnchor('p1', [])?.text).toBe('The address names ¶ 1, which this page does not have.');
  });
});
