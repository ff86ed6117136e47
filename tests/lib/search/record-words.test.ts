import { describe, expect, test } from 'vitest';
import { JOINER, joinLoneMarks, shownWord } from '../../../src/lib/search/record-words.ts';

const J = JOINER;
/** The positions Pagefind counts: tokens between white space. */
const tokens = (text: string) => text.split(/\s+/).filter(Boolean);
const hasWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

const TEXTS = [
  'Mass domestic surveillance – It was clear in our interaction.',
  '• Retain full discretion over our safety stack.',
  'a — b — c',
  'Ends with a dash —',
  '  • – Leading marks and spaces',
  'Nothing to join here.',
  '“Quoted,” she said — (and) … then stopped.',
  'Line one\n• line two',
];

describe('joinLoneMarks', () => {
  test.each([
    ['joins a dash between words to the word before', 'surveillance – It was', `surveillance${J}– It was`],
    ['joins a bullet that opens a passage to the word after', '• Retain full discretion', `•${J}Retain full discretion`],
    ['joins a mark that ends the text to the word before', 'in the loop •', `in the loop${J}•`],
    ['joins marks in a row to the same word', 'a — — b', `a${J}—${J}— b`],
    ['leaves punctuation that is part of a word alone', 'loop. Include “strong” (safety)', 'loop. Include “strong” (safety)'],
    ['leaves a text of marks alone as it is', '• —', '• —'],
    ['leaves an empty text empty', '', ''],
  ])('%s', (_, text, expected) => {
    expect(joinLoneMarks(text)).toBe(expected);
  });

  test.each(TEXTS)('makes every position of %j a word, and reads back as the same words', (text) => {
    const joined = joinLoneMarks(text);
    expect(tokens(joined).every(hasWord)).toBe(true);
    expect(tokens(joined).map(shownWord).join(' ')).toBe(tokens(text).join(' '));
  });
});

describe('shownWord', () => {
  test('reads each joiner back as a space', () => {
    expect(shownWord(`a${J}—${J}—`)).toBe('a — —');
  });

  test('leaves a word without a joiner as it is', () => {
    expect(shownWord('surveillance.')).toBe('surveillance.');
  });
});
