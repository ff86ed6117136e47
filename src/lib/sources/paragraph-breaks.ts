/**
 * A seed's paragraphs are its passages' bounds: a passage may hold part of a
 * paragraph (a list item, a heading) but never run across a blank line of the
 * seed, or two paragraphs would share one ¶ number and one anchor.
 */
import { collapseWhitespace } from './normalise.ts';
import { collapsedSpans } from './fidelity.ts';

/** Offsets in the seed's collapsed text of each space that stands for a blank line. */
export function seedBreaks(seed: string): number[] {
  const paragraphs = seed
    .split(/\r?\n[ \t]*\r?\n/)
    .map(collapseWhitespace)
    .filter((text) => text !== '');
  const breaks: number[] = [];
  let end = 0;
  for (const text of paragraphs.slice(0, -1)) {
    end += text.length;
    breaks.push(end);
    end += 1;
  }
  return breaks;
}

/** Where a seed's blank line falls inside a passage, when the passages' text is the seed's: the passage's index and the offset in its collapsed text. */
export function breakInside(seed: string, passageTexts: readonly string[]): { passage: number; at: number } | undefined {
  const breaks = seedBreaks(seed);
  for (const [passage, { start, length }] of collapsedSpans(passageTexts).entries()) {
    const inside = breaks.find((offset) => offset > start && offset < start + length);
    if (inside !== undefined) return { passage, at: inside - start };
  }
  return undefined;
}
