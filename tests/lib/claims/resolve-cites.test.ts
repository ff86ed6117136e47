import { describe, expect, test } from 'vitest';
import type { SourceIndex } from '../../../src/lib/claims/claim.ts';
import { resolveCites } from '../../../src/lib/claims/resolve-cites.ts';
import { claimInput } from '../../support/claim-input.ts';

const index: SourceIndex = {
  defaultSource: 'post',
  sources: {
    post: { title: 'The post', anchors: { p1: ' First passage. ', 'p1-s1': 'First passage.', p2: 'Second.' } },
    memo: { title: 'A memo', anchors: { p4: 'Memo words.' } },
  },
};
const resolve = (cites: string) => resolveCites(claimInput({ cites }, 'words'), 'c1', index);
const problem = (cites: string) => {
  try {
    resolve(cites);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('resolveCites', () => {
  test('resolves bare anchors in the default source and named ones in theirs, in order, with their trimmed words', () => {
    expect(resolve('p1-s1 memo#p4').map(({ source, anchor, label, text, isDefault }) => ({ source, anchor, label, text, isDefault }))).toEqual([
      { source: 'post', anchor: 'p1-s1', label: '¶ 1, sentence 1', text: 'First passage.', isDefault: true },
      { source: 'memo', anchor: 'p4', label: '¶ 4', text: 'Memo words.', isDefault: false },
    ]);
    expect(resolve('p1')[0]?.text).toBe('First passage.');
  });

  test('resolves no cites to none', () => {
    expect(resolve('')).toEqual([]);
  });

  test.each([
    ['an unknown source, listing the sources', 'blog#p1', 'Claim `c1` cites unknown source `blog`. Use one of `post`, `memo`.'],
    ['an unknown passage of the post', 'p9', 'Claim `c1` cites unknown passage `p9`.'],
    ['an unknown passage of another source', 'memo#p1', 'Claim `c1` cites unknown passage `p1`.'],
  ])('stops at %s, at the claim’s place', (_, cites, message) => {
    expect(problem(cites)).toContain(`content/reports/x.mdx:7:3: ${message}`);
  });
});
