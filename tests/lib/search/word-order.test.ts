import { describe, expect, test } from 'vitest';
import { readInOrder } from '../../../src/lib/search/word-order.ts';

const words = (text: string) => text.split(' ');

describe('readInOrder: the longest run', () => {
  test.each([
    ['the query’s words in its order', 'so we think our approach better protects', ['we', 'think', 'our', 'approach', 'best'], { length: 4, start: 1 }],
    ['nothing for words out of order', 'approach our think we', ['we', 'think', 'our', 'approach'], { length: 1, start: 0 }],
    ['the longer of two runs', 'we think . we think our', ['we', 'think', 'our'], { length: 3, start: 3 }],
    ['words with another ending', 'deploying cloud models', ['deploy', 'cloud'], { length: 2, start: 0 }],
    ['none in a passage without the words', 'nothing here', ['we'], { length: 0, start: 0 }],
  ])('finds %s', (_, text, terms, expected) => {
    const { length, start } = readInOrder(words(text), terms);
    expect({ length, start }).toEqual(expected);
  });
});

describe('readInOrder: the word pairs', () => {
  const query = words('we think our approach best protects against unacceptable use');
  test.each([
    ['every pair of a sentence read whole', 'we think our approach best protects against unacceptable use', 8],
    ['all but the two pairs around a changed word', 'we think our approach better protects against unacceptable use', 6],
    ['only the pairs read as neighbours', 'we think that a layered approach better protects against unacceptable use', 4],
    ['none for words out of order', 'use unacceptable against protects', 0],
    ['a pair read twice once', 'we think . we think', 1],
  ])('counts %s', (_, text, expected) => {
    expect(readInOrder(words(text), query).pairs).toBe(expected);
  });
});

describe('readInOrder: abbreviations', () => {
  test('reads an abbreviation typed with dots only where the words have it so', () => {
    expect(readInOrder(words('monitoring of U.S. persons'), ['of', 'u.s', 'persons'])).toEqual({ length: 3, start: 1, pairs: 2 });
    expect(readInOrder(words('monitoring of us persons'), ['of', 'u.s', 'persons'])).toEqual({ length: 1, start: 1, pairs: 0 });
  });
});
