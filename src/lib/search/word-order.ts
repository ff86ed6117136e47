/**
 * How closely a passage reads the query's own wording: a pasted sentence
 * is found by its words in their order, even with a word changed or left
 * out (“best” for “better”), where another passage has the same words
 * further apart.
 */
import { matchesTerm } from './term-match.ts';

/** Lengths of the runs of `terms` read in order that end at each word of `words`, term by term. */
function runsEnding(words: readonly string[], terms: readonly string[]): number[][] {
  let previous: number[] = [];
  return words.map((word) => {
    const current = terms.map((term, j) => (matchesTerm(term, word, j < terms.length - 1) ? (j > 0 ? (previous[j - 1] ?? 0) : 0) + 1 : 0));
    previous = current;
    return current;
  });
}

/** The longest stretch of `words` that reads consecutive `terms` in order, as its length and the index it starts at. */
export function longestRun(words: readonly string[], terms: readonly string[]): { length: number; start: number } {
  let best = { length: 0, start: 0 };
  runsEnding(words, terms).forEach((current, i) => {
    for (const length of current) if (length > best.length) best = { length, start: i - length + 1 };
  });
  return best;
}

/** How many pairs of neighbouring `terms` the `words` read somewhere as neighbours, in order; each pair counts once. */
export function pairsInOrder(words: readonly string[], terms: readonly string[]): number {
  const read = new Set<number>();
  for (const current of runsEnding(words, terms)) current.forEach((length, j) => length > 1 && read.add(j));
  return read.size;
}
