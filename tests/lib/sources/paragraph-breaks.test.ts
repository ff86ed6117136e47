import { describe, expect, test } from 'vitest';
import { breakInside, seedBreaks } from '../../../src/lib/sources/paragraph-breaks.ts';
import { collapseWhitespace } from '../../../src/lib/sources/normalise.ts';

describe('seedBreaks', () => {
  test('puts each blank line at the space that stands for it in the collapsed seed', () => {
    const seed = 'One line.\nStill one paragraph.\n\n  \nA second.\r\n\r\nA third.\n';
    const collapsed = collapseWhitespace(seed);
    const breaks = seedBreaks(seed);
    expect(breaks).toHaveLength(2);
    expect(breaks.map((offset) => collapsed[offset])).toEqual([' ', ' ']);
    expect(breaks.map((offset) => collapsed.slice(offset + 1, offset + 4))).toEqual(['A s', 'A t']);
  });

  test('finds none in a seed of one paragraph', () => {
    expect(seedBreaks('Only this.\nAnd this line.\n')).toEqual([]);
  });
});

describe('breakInside', () => {
  const seed = 'First paragraph.\n\nSecond paragraph.\n\n- an item\n- another item\n';
  test.each([
    ['one passage a paragraph', ['First paragraph.', 'Second paragraph.', '- an item\n- another item'], undefined],
    ['a paragraph split into passages', ['First paragraph.', 'Second paragraph.', '- an item', '- another item'], undefined],
    ['two paragraphs in one passage', ['First paragraph.', 'Second paragraph.\n- an item', '- another item'], { passage: 1, at: 17 }],
    ['every paragraph in one passage', ['First paragraph. Second paragraph. - an item - another item'], { passage: 0, at: 16 }],
  ])('with %s, finds %o', (_, passages, found) => {
    expect(breakInside(seed, passages)).toEqual(found);
  });
});
