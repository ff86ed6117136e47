import { describe, expect, test } from 'vitest';
import { parseAnchor, passageId, pinpointLabel, sentenceId } from '../../../src/lib/sources/anchors.ts';

describe('anchor ids', () => {
  test('passage and sentence ids round-trip through parseAnchor', () => {
    for (const n of [1, 9, 12, 140]) {
      expect(parseAnchor(passageId(n))).toEqual({ passage: n });
      for (const k of [1, 3]) expect(parseAnchor(sentenceId(passageId(n), k))).toEqual({ passage: n, sentence: k });
    }
  });

  test.each(['p0', 'p01', 'x12', 'p12-s0', 'p12-', 'p12-s3-s4', ''])('rejects `%s` as an anchor', (id) => {
    expect(parseAnchor(id)).toBeNull();
  });

  test('labels pinpoints the way readers cite them', () => {
    expect(pinpointLabel('p12')).toBe('¶ 12');
    expect(pinpointLabel('p12-s3')).toBe('¶ 12, sentence 3');
  });
});
