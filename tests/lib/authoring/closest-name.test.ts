import { describe, expect, test } from 'vitest';
import { closestName, didYouMean } from '../../../src/lib/authoring/closest-name.ts';
import { VERDICTS } from '../../../src/lib/claims/verdicts.ts';

describe('closestName', () => {
  test.each([
    ['a letter left out', 'acurate', 'accurate'],
    ['two letters swapped', 'verbaitm', 'verbatim'],
    ['another case', 'Partial', 'partial'],
    ['a hyphen left out', 'notinpost', 'not-in-post'],
  ])('finds the verdict meant with %s', (_, typed, meant) => {
    expect(closestName(typed, VERDICTS)).toBe(meant);
  });

  test.each(['wrong', 'true', 'x'])('offers nothing for “%s”, too far from every verdict to be a typo', (typed) => {
    expect(closestName(typed, VERDICTS)).toBeUndefined();
  });
});

describe('didYouMean', () => {
  test.each([
    ['a near name, as a question before the fix', 'acurate', 'Did you mean `accurate`? '],
    ['nothing for a name near none', 'sideways', ''],
  ])('offers %s', (_name, typed, expected) => {
    expect(didYouMean(typed, VERDICTS)).toBe(expected);
  });
});
