import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { alignmentText, similarity, wordOverlap } from '../../../src/lib/captures/passage-similarity.ts';

const words = fc
  .array(fc.constantFrom('we', 'deploy', 'via', 'cloud', 'only', 'red', 'lines', 'OpenAI', 'personnel'), { maxLength: 12 })
  .map((w) => w.join(' '));

describe('alignmentText', () => {
  test.each([
    ['  • Deploy via cloud only.', 'Deploy via cloud only.'],
    ['3. Deploy via cloud only.', 'Deploy via cloud only.'],
    ['2026. A year, not a list number', '2026. A year, not a list number'],
  ])('reads %j as %j', (text, expected) => {
    expect(alignmentText(text)).toBe(expected);
  });
});

describe('similarity and wordOverlap', () => {
  test('are 1 for the same text and 0 for texts with no word in common', () => {
    expect(similarity('deploy via cloud only', 'deploy via cloud only')).toBe(1);
    expect(wordOverlap('deploy via cloud only', 'Deploy VIA cloud only')).toBe(1);
    expect(similarity('deploy via cloud', 'red lines kept')).toBe(0);
    expect(wordOverlap('deploy via cloud', 'red lines kept')).toBe(0);
  });

  test('rank a reworded passage above an unrelated one', () => {
    const passage = 'All of this is in addition to the strong existing protections in U.S. law.';
    const reworded = 'All of this comes on top of the strong protections that U.S. law already provides.';
    const unrelated = 'We do not know why Anthropic could not reach this deal.';
    expect(similarity(passage, reworded)).toBeGreaterThan(similarity(passage, unrelated));
    expect(wordOverlap(passage, reworded)).toBeGreaterThan(wordOverlap(passage, unrelated));
  });

  test('stay between 0 and 1 for any two texts, and word overlap does not depend on their order', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        for (const measure of [similarity, wordOverlap]) {
          expect(measure(a, b)).toBeGreaterThanOrEqual(0);
          expect(measure(a, b)).toBeLessThanOrEqual(1);
        }
        // Not so for similarity: with words reordered ("cloud red", "red cloud") the diff keeps one word or the other.
        expect(wordOverlap(b, a)).toBeCloseTo(wordOverlap(a, b), 12);
      }),
    );
  });
});
