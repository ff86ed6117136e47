import { describe, expect, test } from 'vitest';
import { sentenceAnchor } from '../../../src/lib/search/sentence-link.ts';

const WORDS = 'Other AI labs have reduced their safety guardrails. We think our approach better protects against unacceptable use.'.split(' ');
const at = (word: string) => WORDS.findIndex((w) => w.startsWith(word));

describe('sentenceAnchor', () => {
  test('names the sentence that holds the first marked word', () => {
    expect(sentenceAnchor('p13', WORDS, [at('approach'), at('better'), at('protects')])).toBe('p13-s2');
    expect(sentenceAnchor('p13', WORDS, [at('guardrails')])).toBe('p13-s1');
  });

  test('goes by the earliest mark, whatever their order', () => {
    expect(sentenceAnchor('p13', WORDS, [at('unacceptable'), at('labs')])).toBe('p13-s1');
  });

  test('gives nothing when no word is marked', () => {
    expect(sentenceAnchor('p13', WORDS, [])).toBeUndefined();
  });
});
