import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/lib/search/excerpt.ts';

const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
const text = (parts: ReturnType<typeof excerptParts>) => parts.map((p) => p.text).join('');

describe('excerptParts', () => {
  test('shows a short passage whole, its matches marked', () => {
    expect(excerptParts(['For', 'intelligence', 'activities.'], [1])).toEqual([
      { text: 'For ', marked: false },
      { text: 'intelligence', marked: true },
      { text: ' activities.', marked: false },
    ]);
  });

  test.each([
    ['a bullet before the first word of a run', ['• Mass', 'domestic', 'surveillance'], [0, 1], '• ', 'Mass domestic'],
    ['a dash after the last word of a run', ['domestic', 'surveillance –', 'It'], [0, 1], '', 'domestic surveillance'],
  ])('leaves %s unmarked, as its record joined it to the word', (_, passage, marks, before, run) => {
    const parts = excerptParts(passage, marks);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual([run]);
    expect(text(parts).startsWith(`${before}${run}`)).toBe(true);
    expect(text(parts)).toBe(passage.join(' '));
  });

  test('marks a dash inside a run with the words around it', () => {
    const parts = excerptParts(['surveillance –', 'It', 'was'], [0, 1]);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['surveillance – It']);
  });

  test('marks a phrase as one run, and words apart as separate runs', () => {
    expect(
      excerptParts(['we', 'hope', 'they', 'and', 'labs'], [0, 1, 2, 4])
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(['we hope they', 'labs']);
  });

  test.each([0, 30, 99])('keeps a match at word %i in a long passage, cut with ellipses, at most the length asked', (mark) => {
    const parts = excerptParts(words, [mark], 20);
    expect(parts.find((p) => p.marked)?.text).toBe(`w${mark}`);
    expect(text(parts).replace(/…/g, '').trim().split(' ').length).toBe(20);
    expect(text(parts).startsWith('…')).toBe(mark > 8);
    expect(text(parts).endsWith('…')).toBe(mark < 99);
  });

  test('sets words as text, never as markup', () => {
    expect(text(excerptParts(['<mark>x</mark>', '&amp;'], [0]))).toBe('<mark>x</mark> &amp;');
  });

  test('opens at the word to show first when one is given, not at the first match', () => {
    const parts = excerptParts(words, [2, 60], 20, 60);
    expect(text(parts).startsWith(`… w${60 - 8} `)).toBe(true);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['w60']);
  });
});
