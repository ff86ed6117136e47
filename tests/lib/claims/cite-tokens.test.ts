import { describe, expect, test } from 'vitest';
import { citeTokens } from '../../../src/lib/claims/cite-tokens.ts';

describe('citeTokens', () => {
  test.each([
    [
      'bare anchors, as the default source’s',
      'p12 p13-s2',
      [
        { source: 'post', anchor: 'p12' },
        { source: 'post', anchor: 'p13-s2' },
      ],
    ],
    ['an anchor of another source', 'other-source#p4', [{ source: 'other-source', anchor: 'p4' }]],
    [
      'extra white space',
      '  p1\n p2 ',
      [
        { source: 'post', anchor: 'p1' },
        { source: 'post', anchor: 'p2' },
      ],
    ],
    ['nothing', '', []],
  ])('reads %s', (_, value, tokens) => {
    expect(citeTokens(value, 'post')).toEqual(tokens);
  });
});
