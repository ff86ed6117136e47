import { describe, expect, test } from 'vitest';
import { encodeFragmentText } from '../../../src/lib/site/fragment-text.ts';

describe('encodeFragmentText', () => {
  test.each([
    ['cloud‑only, at once', 'cloud%E2%80%91only%2C%20at%20once'],
    ['safety-trained & tested', 'safety%2Dtrained%20%26%20tested'],
    ['plain words', 'plain%20words'],
  ])('escapes %s as %s', (text, expected) => {
    expect(encodeFragmentText(text)).toBe(expected);
  });

  test('leaves no character the directive syntax reserves, and decodes back to the text', () => {
    const text = 'a-b, c&d - e';
    expect(encodeFragmentText(text)).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(encodeFragmentText(text))).toBe(text);
  });
});
