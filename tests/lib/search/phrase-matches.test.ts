import { describe, expect, test } from 'vitest';
import { phraseLocations, phrasePlaces } from '../../../src/lib/search/phrase-matches.ts';

const words = (text: string) => text.split(/\s+/);

describe('phrasePlaces and phraseLocations', () => {
  test.each([
    ['finds every place, not only the first', 'our safety stack. Then the Safety stack again', '"safety stack"', [1, 2, 5, 6]],
    ['reads past case and punctuation', '“Safety, stack” and (safety stack).', 'safety stack', [0, 1, 3, 4]],
    ['steps over a token of punctuation alone', 'safety — stack', 'safety stack', [0, 2]],
    ['finds nothing where another word comes between', 'safety of the stack', 'safety stack', []],
    ['finds nothing where only the phrase’s start ends the words', 'our safety', 'safety stack', []],
    ['finds a phrase of one word', 'stack it, stack', 'stack', [0, 2]],
    ['finds nothing for a phrase of punctuation alone', 'a — b', '"—"', []],
    ['finds overlapping places', 'no no no', 'no no', [0, 1, 2]],
  ])('%s', (_, text, phrase, expected) => {
    expect(phraseLocations(phrasePlaces(words(text), phrase))).toEqual(expected);
  });

  test('keeps the places Pagefind found, which may read the phrase through another form of a word', () => {
    expect(phraseLocations(phrasePlaces(words('safety stacks and safety stack'), 'safety stack'), [0, 1])).toEqual([0, 1, 3, 4]);
  });

  test('finds, for a phrase, only places that read it in full', () => {
    const text = words('red lines and reduced lines and red lines');
    const found = phraseLocations(phrasePlaces(text, 'red lines'));
    expect(found).toEqual([0, 1, 6, 7]);
    for (let i = 0; i < found.length; i += 2) expect(text.slice(found[i], (found[i] ?? 0) + 2).join(' ')).toBe('red lines');
  });

  test('gives each place as the positions of its own words, overlapping places apart', () => {
    expect(phrasePlaces(words('no no no'), 'no no')).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(phrasePlaces(words('safety — stack'), 'safety stack')).toEqual([[0, 2]]);
  });
});
