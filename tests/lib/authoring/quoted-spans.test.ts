import { describe, expect, test } from 'vitest';
import { MIN_EXACT_QUOTE_WORDS, MIN_QUOTE_WORDS, quotedSpans } from '../../../src/lib/authoring/quoted-spans.ts';

describe('quotedSpans', () => {
  test('finds each quotation of a sentence on its own, not one run from the first mark to the last', () => {
    const text = 'It said “we retain full discretion” and, later, “the contract names three red lines.”';
    const spans = quotedSpans(text);
    expect(spans.map((s) => s.words)).toEqual(['we retain full discretion', 'the contract names three red lines']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toMatch(/^“.*”$/);
  });

  test('pairs straight quotes in order, and leaves single quotes alone', () => {
    expect(quotedSpans("A \"safety stack that we run\" and the company's 'red lines are firm' here").map((s) => s.words)).toEqual(['safety stack that we run']);
  });

  test.each([
    ['a term shorter than a quotation', '“guardrails off”', () => true, []],
    [`${MIN_EXACT_QUOTE_WORDS} words the post does not hold`, '“via cloud only”', () => false, []],
    [`${MIN_EXACT_QUOTE_WORDS} words the post holds word for word`, '“via cloud only”', () => true, ['via cloud only']],
    [`${MIN_QUOTE_WORDS} words, held or not`, '“deploy via cloud only.”', () => false, ['deploy via cloud only']],
  ])('keeps %s accordingly', (_, text, held, expected) => {
    expect(quotedSpans(text, held).map((s) => s.words)).toEqual(expected);
  });
});
