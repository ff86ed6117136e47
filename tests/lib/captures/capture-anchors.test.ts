import { describe, expect, test } from 'vitest';
import { keyAnchors, spanKey, usedNumbers } from '../../../src/lib/captures/capture-anchors.ts';

describe('capture anchor keys', () => {
  test.each([[['p16']], [['p15', 'p16', 'p17', 'p18', 'p19']], [['p7', 'p8']]])('round-trip %j through its key', (anchors) => {
    expect(keyAnchors(spanKey(anchors))).toEqual(anchors);
  });

  test('write a run of passages as its first and last', () => expect(spanKey(['p15', 'p16', 'p17'])).toBe('p15..p17'));

  test('count every number a span covers as used', () => expect([...usedNumbers(['p2', 'p4..p6', 'p9'])].sort((a, b) => a - b)).toEqual([2, 4, 5, 6, 9]));
});
