import { describe, expect, test } from 'vitest';
import { abbreviationOf, isLiteral, matchesTerm, normaliseWord } from '../../../src/lib/search/term-match.ts';

describe('normaliseWord', () => {
  test.each([
    ['Anthropic’s', 'anthropics'],
    ['U.S.', 'us'],
    ['“Deploy', 'deploy'],
    ['2026,', '2026'],
  ])('reads %s as the index does: %s', (word, expected) => {
    expect(normaliseWord(word)).toBe(expected);
  });
});

describe('abbreviationOf', () => {
  test.each([
    ['U.S.', 'u.s'],
    ['“U.S.,', 'u.s'],
    ['e.g.', 'e.g'],
    ['us', undefined],
    ['No.', undefined],
    ['U.S.-based', undefined],
  ])('reads %s as %s', (word, expected) => {
    expect(abbreviationOf(word)).toBe(expected);
  });
});

describe('isLiteral', () => {
  test.each([
    ['classif', 'classifiers', true],
    ['Classifiers', 'classifiers,', true],
    ['classifiers', 'classified', false],
    ['deploying', 'deploy', false],
  ])('%s read literally in %s: %s', (term, word, expected) => {
    expect(isLiteral(term, word)).toBe(expected);
  });
});

describe('matchesTerm', () => {
  test.each([
    ['intelligence', 'intelligence', true],
    ['intel', 'Intelligence', true],
    ['deploying', 'deploy', true],
    ['agencies', 'agency,', true],
    ['running', 'runs', true],
    ['onload=x>', 'on', false],
    ['a'.repeat(300), 'a', false],
    ['xqzt', 'X', false],
    ['added', 'addition', false],
    ['added', 'additional', false],
    ['he', 'help', false],
    ['he', 'her', false],
    ['he', 'he’s', true],
    ['AI', 'AI’s', true],
    ['AI', 'AI', true],
    ['or', 'or,', true],
    ['de', 'de‑', true],
    ['surv', 'surveillance', true],
    ['persons', 'personnel', false],
    ['persons', 'personally', false],
    ['personnel', 'persons', false],
    ['persons', 'person', true],
    ['classifies', 'classified', true],
    ['intelligent', 'intelligence', false],
  ])('%s matched by %s: %s', (term, word, expected) => {
    expect(matchesTerm(term, word)).toBe(expected);
  });

  // A word the reader has typed past is whole: Sam Altman is not “same Altman”.
  test.each([
    ['Sam', 'same', false],
    ['the', 'their', false],
    ['the', 'they', false],
    ['agency', 'agencies', true],
    ['deploy', 'deployed', true],
    ['deploy', 'deploys', true],
    ['deploy', 'deployment', true],
    ['classified', 'classified,', true],
  ])('%s, finished, matched by %s: %s', (term, word, expected) => {
    expect(matchesTerm(term, word, true)).toBe(expected);
  });

  test('leaves a word still being typed open to any longer word', () => {
    expect([matchesTerm('Sam', 'same'), matchesTerm('the', 'their')]).toEqual([true, true]);
  });

  test('holds an abbreviation typed with its dots to words written with them, though the index reads both as one word', () => {
    expect([matchesTerm('U.S.', 'U.S.,'), matchesTerm('u.s', 'U.S.'), matchesTerm('U.S.', 'us'), matchesTerm('U.S.', 'US')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    // Typed without dots, it is a word like any other, and finds both.
    expect([matchesTerm('us', 'us'), matchesTerm('us', 'U.S.')]).toEqual([true, true]);
  });
});
