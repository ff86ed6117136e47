import { describe, expect, test } from 'vitest';
import { compareText, firstDifference, passageAtOffset } from '../../../src/lib/sources/fidelity.ts';

describe('compareText', () => {
  test('accepts text that differs only in layout whitespace', () => {
    expect(compareText('One line.\nTwo  lines.\n\n', '  One line. Two lines.')).toBeNull();
  });

  test.each([
    ['a curled quote', '"Red Lines"', '“Red Lines”'],
    ['a dash made from two hyphens', 'a -- b', 'a – b'],
    ['a dropped word', 'the strong protections', 'the protections'],
    ['words glued across markup', 'cloud API', 'cloudAPI'],
    ['a no-break space turned into a space', '25\u202FJanuary', '25 January'],
  ])('rejects %s', (_name, seed, page) => {
    expect(compareText(seed, page)).not.toBeNull();
  });

  test('shows context around the first difference', () => {
    expect(compareText('a six-month period', 'a six month period')).toEqual({ offset: 5, expected: 'a six-month period', found: 'a six month period' });
  });
});

describe('firstDifference and passageAtOffset', () => {
  test('find the first differing character and the passage that holds it', () => {
    expect(firstDifference('abc', 'abc')).toBe(-1);
    expect(firstDifference('abc', 'abd')).toBe(2);
    expect(firstDifference('ab', 'abc')).toBe(2);
    expect(passageAtOffset(['one', 'two', 'three'], 0)).toBe(0);
    expect(passageAtOffset(['one', 'two', 'three'], 5)).toBe(1);
    expect(passageAtOffset(['one', 'two', 'three'], 99)).toBe(2);
  });

  test('pass over an empty passage, which takes no room in the collapsed text', () => {
    expect(passageAtOffset(['', 'one', 'two'], 0)).toBe(1);
    expect(passageAtOffset(['one', '  ', 'two'], 4)).toBe(2);
  });
});
