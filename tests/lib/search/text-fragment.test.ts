import { describe, expect, test } from 'vitest';
import { markedRuns, textFragment } from '../../../src/lib/search/text-fragment.ts';

const words = 'We are not providing the DoW with “guardrails off” or non‑safety‑trained models.'.split(' ');

describe('textFragment', () => {
  test('highlights a phrase whole, as the page writes it, without the punctuation around it', () => {
    expect(markedRuns(words, [7, 8, 9, 10])).toEqual(['guardrails off” or non‑safety‑trained']);
    expect(textFragment(words, [7, 8, 9, 10])).toBe(':~:text=guardrails%20off%E2%80%9D%20or%20non%E2%80%91safety%E2%80%91trained');
  });

  test('highlights words apart as separate spans, each once', () => {
    expect(textFragment(words, [11, 5, 11])).toBe(':~:text=DoW&text=models');
  });

  test('asks for the same words once, however often they are marked', () => {
    expect(textFragment(['cloud', 'and', 'cloud.'], [0, 2])).toBe(':~:text=cloud');
  });

  test('escapes the characters text fragments reserve', () => {
    expect(textFragment(['red-lines,', 'intact', '&', 'kept'], [0, 1, 2, 3])).toBe(':~:text=red%2Dlines%2C%20intact%20%26%20kept');
  });

  test('gives nothing when no word is marked', () => {
    expect(textFragment(words, [])).toBe('');
  });
});
