/**
 * How closely a passage reads the query's own wording: a pasted sentence
 * is found by its words in their order, even with a word changed or left
 * out (“best” for “better”), where another passage has the same words
 * further apart.
 */
import { comparedWord, matchesCompared } from './term-match.ts';

/** A passage's reading of the query's words in order. */
export interface WordOrder {
  /** The longest stretch of words reading consecutive terms, and the index it starts at. */
  length: number;
  start: number;
  /** How many pairs of neighbouring terms the words read somewhere as neighbours, in order; each pair counts once. */
  pairs: number;
}

/** How the `words` read the `terms` in order; only the last term may still be half-typed. */
export function readInOrder(words: readonly string[], terms: readonly string[]): WordOrder {
  const wanted = terms.map(comparedWord);
  const read = new Set<number>();
  let best = { length: 0, start: 0 };
  let previous: number[] = [];
  words.forEach((word, i) => {
    const compared = comparedWord(word);
    const current = wanted.map((term, j) => (matchesCompared(term, compared, j < wanted.length - 1) ? (previous[j - 1] ?? 0) + 1 : 0));
    current.forEach((length, j) => {
      if (length > 1) read.add(j);
      if (length > best.length) best = { length, start: i - length + 1 };
    });
    previous = current;
  });
  return { ...best, pairs: read.size };
}
