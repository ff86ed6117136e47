import { describe, expect, test } from 'vitest';
import { matchQuote, quotedWords } from '../../../src/lib/claims/match-quote.ts';

const post =
  'Based on what we know, our contract provides better guarantees. We do not know why Anthropic could not reach this deal, and we hope they and more labs will consider it.';

describe('quotedWords', () => {
  test.each([
    ['strips curly quotes and the comma the reporter added', '“We don’t know why, and we hope,”', "We don't know why, and we hope"],
    [
      'keeps only what is inside the quotation marks',
      'claiming it "absolutely allows domestic surveillance" because',
      'absolutely allows domestic surveillance',
    ],
    ['takes unquoted words whole', 'Deploy via cloud only.', 'Deploy via cloud only'],
  ])('%s', (_name, claim, words) => {
    expect(quotedWords(claim)).toBe(words);
  });
});

describe('matchQuote', () => {
  test('finds an exact quote with no errors', () => {
    const match = matchQuote(post, 'We do not know why Anthropic could not reach this deal');
    expect(match?.errors).toBe(0);
    expect(match?.text).toBe('We do not know why Anthropic could not reach this deal');
  });

  test('ignores typographic differences: curly quotes, non-breaking hyphens', () => {
    expect(matchQuote('No use for high‑stakes “social credit” decisions.', 'high-stakes "social credit" decisions')?.errors).toBe(0);
  });

  test('scores closer misquotes better than looser ones', () => {
    const near = matchQuote(post, "We don't know why Anthropic could not reach this deal");
    const far = matchQuote(post, "We don't know why Anthropic failed to reach a similar deal");
    expect(near && far && near.errors < far.errors).toBe(true);
  });

  test('finds nothing for words the text does not contain', () => {
    expect(matchQuote(post, 'Deployment architecture is more important than contract language')).toBeNull();
  });
});
