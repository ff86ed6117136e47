import { describe, expect, test } from 'vitest';
import { counted, joinNames, proseCount, sentenceStart } from '../../../src/lib/site/prose.ts';

describe('proseCount and counted', () => {
  test.each([
    [0, 'no', 'no reports'],
    [1, 'one', 'one report'],
    [3, 'three', 'three reports'],
    [10, 'ten', 'ten reports'],
    [11, '11', '11 reports'],
    [10000, '10,000', '10,000 reports'],
  ])('write %i as “%s” and “%s”', (count, word, phrase) => {
    expect(proseCount(count)).toBe(word);
    expect(counted(count, 'report')).toBe(phrase);
  });
});

describe('sentenceStart', () => {
  test.each([
    ['capture 002', 'Capture 002'],
    ['outlet, author and date', 'Outlet, author and date'],
    ['Already capitalised', 'Already capitalised'],
    ['', ''],
  ])('opens “%s” as “%s”, leaving the rest as it is', (text, expected) => {
    expect(sentenceStart(text)).toBe(expected);
  });
});

describe('joinNames', () => {
  test.each([
    [['Ana Ruiz'], 'Ana Ruiz'],
    [['Ana Ruiz', 'Tom Hale'], 'Ana Ruiz and Tom Hale'],
    [['Ana Ruiz', 'Tom Hale', 'Kofi Obi'], 'Ana Ruiz, Tom Hale and Kofi Obi'],
  ])('lists %j as %s', (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });
});
