import { describe, expect, test } from 'vitest';
import { sha256, textFingerprint } from '../../../src/lib/sources/hash.ts';

describe('sha256', () => {
  test('gives the same lowercase hex digest for a string and its UTF-8 bytes', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256(new TextEncoder().encode('abc'))).toBe(sha256('abc'));
  });
});

describe('textFingerprint', () => {
  test('is the same for text that differs only in layout whitespace or quote style, and differs for other words', () => {
    expect(textFingerprint('the  “red lines”\n')).toBe(textFingerprint('the "red lines"'));
    expect(textFingerprint('the red lines.')).not.toBe(textFingerprint('the red lines'));
    expect(textFingerprint('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
