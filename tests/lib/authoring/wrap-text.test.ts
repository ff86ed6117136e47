import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wrapText } from '../../../src/lib/authoring/wrap-text.ts';

describe('wrapText', () => {
  test('keeps every word, in order, and no line longer than the width unless one word is', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z“”.,]{1,30}$/), { maxLength: 60 }), fc.integer({ min: 20, max: 100 }), (words, width) => {
        const lines = wrapText(words.join(' '), '    ', width);
        expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
        for (const line of lines) expect(line.length <= width || line.trim().split(' ').length === 1).toBe(true);
      }),
    );
  });

  test('indents continuation lines and may start the first elsewhere', () => {
    expect(wrapText('one two three four', '  ', 9, '')).toEqual(['one two', '  three', '  four']);
  });
});
