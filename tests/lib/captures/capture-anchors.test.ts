import { describe, expect, test } from 'vitest';
import { captureLockKey, isCaptureKeyOf, keyAnchors, spanKey, usedNumbers } from '../../../src/lib/captures/capture-anchors.ts';

describe('capture anchor keys', () => {
  test.each([[['p16']], [['p15', 'p16', 'p17', 'p18', 'p19']], [['p7', 'p8']]])('round-trip %j through its key', (anchors) => {
    expect(keyAnchors(spanKey(anchors))).toEqual(anchors);
  });

  test('write a run of passages as its first and last', () => expect(spanKey(['p15', 'p16', 'p17'])).toBe('p15..p17'));

  test('count every number a span covers as used', () => expect([...usedNumbers(['p2', 'p4..p6', 'p9'])].sort((a, b) => a - b)).toEqual([2, 4, 5, 6, 9]));
});

describe('isCaptureKeyOf', () => {
  test.each([
    ['a capture of the source', captureLockKey('post', '902_prose'), true],
    ['the source’s own key', 'post', false],
    ['a capture of a source whose slug starts the same', captureLockKey('post-two', '902_prose'), false],
    ['a capture of another source', captureLockKey('other', '902_prose'), false],
  ])('knows %s', (_name, key, expected) => {
    expect(isCaptureKeyOf(key, 'post')).toBe(expected);
  });
});
