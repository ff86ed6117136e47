import { describe, expect, test } from 'vitest';
import { isFunctionWord } from '../../../src/lib/search/function-words.ts';

describe('isFunctionWord', () => {
  test.each([
    ['and', true],
    ['the', true],
    ['their', true],
    ['not', false],
    ['no', false],
    ['hasty', false],
    ['surveillance', false],
  ])('%s only holds a sentence together: %s', (word, expected) => {
    expect(isFunctionWord(word)).toBe(expected);
  });
});
