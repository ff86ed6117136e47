import { describe, expect, test } from 'vitest';
import { anchorHint } from '../../../src/lib/claims/anchor-hint.ts';

const anchors = ['p1', 'p1-s1', 'p2', 'p2-s1', 'p2-s2', 'p2-s3', 'p3', 'p3-s1'];

describe('anchorHint', () => {
  test.each([
    ['a passage past the last', 'p99', 'Use an id from the post, `p1` to `p3`, or a sentence of one, e.g. `p1-s1`.'],
    ['a sentence past a passage’s last', 'p2-s4', '¶ 2 has sentences `p2-s1` to `p2-s3`: cite one, or `p2` for the whole passage.'],
    ['a sentence of a passage of one sentence', 'p3-s2', '¶ 3 has one sentence: cite `p3-s1`, or `p3` for the whole passage.'],
    ['a sentence of a passage that does not exist', 'p9-s1', 'Use an id from the post, `p1` to `p3`, or a sentence of one, e.g. `p1-s1`.'],
    ['an id that is not an anchor at all', 'intro', 'Use an id from the post, `p1` to `p3`, or a sentence of one, e.g. `p1-s1`.'],
  ])('names real anchors for %s', (_, anchor, hint) => {
    expect(anchorHint(anchor, anchors, 'the post')).toBe(hint);
  });

  test('names the source it is given, and every hinted anchor exists', () => {
    const hint = anchorHint('p2-s9', anchors, '`other-source`');
    for (const [, id] of hint.matchAll(/`(p[\d-s]+)`/g)) expect(anchors).toContain(id);
    expect(anchorHint('p9', anchors, '`other-source`')).toMatch(/^Use an id from `other-source`,/);
  });
});
