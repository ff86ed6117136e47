import { describe, expect, test } from 'vitest';
import { sentenceAnchor } from '../../../src/lib/search/sentence-link.ts';

const PASSAGE = 'Other AI labs have reduced their safety guardrails. We think our approach better protects against unacceptable use.';

describe('sentenceAnchor', () => {
  test('names the sentence that holds a phrase', () => {
    expect(sentenceAnchor('p13', PASSAGE, '"approach better protects"')).toBe('p13-s2');
  });

  test('falls back to the sentence of the first word found', () => {
    expect(sentenceAnchor('p13', PASSAGE, 'guardrails nowhere')).toBe('p13-s1');
    expect(sentenceAnchor('p13', PASSAGE, 'nowhere unacceptable')).toBe('p13-s2');
  });

  test('gives nothing when the passage lacks every word', () => {
    expect(sentenceAnchor('p13', PASSAGE, 'submarine')).toBeUndefined();
  });
});
