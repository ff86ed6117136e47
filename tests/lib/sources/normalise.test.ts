import { describe, expect, test } from 'vitest';
import { collapseWhitespace, normaliseText } from '../../../src/lib/sources/normalise.ts';

describe('normaliseText', () => {
  test.each([
    ['curly double quotes become straight', '“social credit”', '"social credit"'],
    ['curly apostrophes become straight', 'Anthropic’s', "Anthropic's"],
    ['non-breaking hyphens become hyphens', 'high‑stakes', 'high-stakes'],
    ['em and en dashes become hyphens', 'work—that – is', 'work-that - is'],
    ['an ellipsis becomes three dots', 'pending…', 'pending...'],
    ['narrow no-break spaces become spaces', '25\u202FJanuary\u202F2023', '25 January 2023'],
    ['runs of whitespace collapse and ends are trimmed', '  a \n\t b  ', 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  test('is idempotent on the real post', async () => {
    const { readFileSync } = await import('node:fs');
    const post = readFileSync('seeds/002_b1635164cf9d6a8a.txt', 'utf8');
    expect(normaliseText(normaliseText(post))).toBe(normaliseText(post));
  });
});

describe('collapseWhitespace', () => {
  test('keeps non-breaking and narrow no-break spaces, which are characters of the source', () => {
    expect(collapseWhitespace('Order\u202F12333 \n and')).toBe('Order\u202F12333 and');
  });
});
