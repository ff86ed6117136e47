import { describe, expect, test } from 'vitest';
import { citedPassages } from '../../../src/lib/corrections/correction.ts';
import { fieldValue } from '../../../src/lib/corrections/correction-checks.ts';
import { CLAIMS } from '../../fixtures/citation/claims.ts';

describe('citedPassages', () => {
  test.each([
    [
      'passages of the default source',
      'p46 p50',
      [
        ['post', 'p46', '¶ 46'],
        ['post', 'p50', '¶ 50'],
      ],
    ],
    ['a sentence', 'p42-s2', [['post', 'p42-s2', '¶ 42, sentence 2']]],
    [
      'a passage of another source beside one of the default',
      'p12  other#p3',
      [
        ['post', 'p12', '¶ 12'],
        ['other', 'p3', '¶ 3'],
      ],
    ],
    ['nothing', ' ', []],
  ])('names %s as readers cite them', (_, value, expected) => {
    expect(citedPassages(value, 'post').map((p) => [p.source, p.anchor, p.label])).toEqual(expected);
  });

  test('reads back every claim’s cites as the corrections file writes them', () => {
    for (const claim of CLAIMS) {
      expect(citedPassages(fieldValue(claim, 'cites'), 'post').map((p) => `${p.source}#${p.anchor}`)).toEqual(
        claim.cites.map((c) => `${c.isDefault ? 'post' : c.source}#${c.anchor}`),
      );
    }
  });
});
