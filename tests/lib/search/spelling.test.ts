import { describe, expect, test } from 'vitest';
import { closestWords, editDistance, inCaseOf, suggestQuery, vocabularyOf } from '../../../src/lib/search/spelling.ts';

const vocabulary = vocabularyOf([
  'Domestic mass surveillance is a red line.',
  'Surveillance of intelligence agencies; surveil.',
  'Deploy via cloud only.',
  'Safety guardrails stay on, and safeguards.',
]);

describe('vocabularyOf', () => {
  test('counts the corpus’s own words, most used first, short words left out', () => {
    expect(vocabulary[0]).toEqual(['surveillance', 2]);
    expect(vocabulary.map(([w]) => w)).not.toContain('is');
  });
});

describe('editDistance', () => {
  test.each([
    ['survelliance', 'surveillance', 2],
    ['agnecies', 'agencies', 1],
    ['cloud', 'cloud', 0],
    ['cloud', 'crowd', 2],
  ])('%s → %s is %i edits', (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
  });

  test('gives up above its limit', () => {
    expect(editDistance('surveillance', 'cloud', 2)).toBe(Infinity);
  });
});

describe('closestWords', () => {
  test('offers the corpus word a misspelling is nearest', () => {
    expect(closestWords('survelliance', vocabulary)[0]).toBe('surveillance');
  });

  test('prefers fewer edits to a more used word', () => {
    expect(
      closestWords('cloudd', [
        ['clout', 50],
        ['cloud', 1],
      ]),
    ).toEqual(['cloud', 'clout']);
  });

  test('offers nothing for a word far from every corpus word', () => {
    expect(closestWords('xylophone', vocabulary)).toEqual([]);
  });
});

describe('suggestQuery', () => {
  test.each([
    ['survelliance', 'surveillance'],
    ['mass survelliance', 'mass surveillance'],
    ['"Deploy via clod only"', 'Deploy via cloud only'],
    ['guard rails', 'guardrails'],
    ['safety Guard-rails off', 'safety Guardrails off'],
    ['safe guards and guard rails', 'safeguards and guardrails'],
    // A compound typed apart and misspelt is the compound, not two unrelated words near each half.
    ['garud rails', 'guardrails'],
    ['guard rials', 'guardrails'],
    ['safe gaurds', 'safeguards'],
  ])('suggests %s → %s', (query, suggestion) => {
    expect(suggestQuery(query, vocabulary)).toBe(suggestion);
  });

  test('corrects the words of a short join one by one, as it is too likely to be near some word by chance', () => {
    expect(suggestQuery('to clod', vocabularyOf(['to cloud', 'toload']))).toBe('to cloud');
  });

  test('suggests nothing when every word is in the corpus, or none is near', () => {
    expect(suggestQuery('mass surveillance', vocabulary)).toBeUndefined();
    expect(suggestQuery('xylophone', vocabulary)).toBeUndefined();
    expect(suggestQuery('surveil', vocabularyOf(['surveil surveils']))).toBeUndefined();
    // A word that begins corpus words is being typed, or searched as a beginning: “survei” is not a misspelt “surveil”.
    expect(suggestQuery('survei', vocabulary)).toBeUndefined();
    expect(suggestQuery('mass Surveilla', vocabulary)).toBeUndefined();
    // Two words the corpus has apart are not joined, though it also has them as one.
    expect(suggestQuery('cloud only', vocabularyOf(['cloud only cloudonly']))).toBeUndefined();
  });
});

describe('inCaseOf', () => {
  test.each([
    ['survelliance', 'surveillance', 'surveillance'],
    ['Anthorpic', 'anthropic', 'Anthropic'],
    ['ANTHORPIC', 'anthropic', 'ANTHROPIC'],
    ['A', 'an', 'An'],
  ])('gives the suggestion for %s in its case: %s becomes %s', (typed, word, expected) => {
    expect(inCaseOf(typed, word)).toBe(expected);
  });

  test('keeps the typed case in a suggested query', () => {
    expect(suggestQuery('Survelliance', vocabulary)).toBe('Surveillance');
  });
});
