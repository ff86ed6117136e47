/**
 * How closely a passage reads the query's own wording: a pasted sentence
 * is found by its words in their order, even with a word changed or left
 * out (“best” for “better”), where another passage has the same words
 * further apart.
 */
import { abbreviationOf, matchesNormalised, normaliseWord } from './term-match.ts';

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
  const wanted = terms.map(normaliseWord);
  const abbreviations = terms.map(abbreviationOf);
  const read = new Set<number>();
  let best = { length: 0, start: 0 };
  let previous: number[] = [];
  words.forEach((word, i) => {
    const [normal, abbreviation] = [normaliseWord(word), abbreviationOf(word)];
    const matches = (term: string, j: number) =>
      (abbreviations[j] === undefined || abbreviations[j] === abbreviation) && matchesNormalised(term, normal, j < wanted.length - 1);
    const current = wanted.map((term, j) => (matches(term, j) ? (previous[j - 1] ?? 0) + 1 : 0));
    current.forEach((length, j) => {
      if (length > 1) read.add(j);
      if (length > best.length) best = { length, start: i - length + 1 };
    });
    previous = current;
  });
  return { ...best, pairs: read.size };
}

/** The longest stretch of `words` that reads consecutive `terms` in order, as its length and the index it starts at. */
export function longestRun(words: readonly string[], terms: readonly string[]): { length: number; start: number } {
  const { length, start } = readInOrder(words, terms);
  return { length, start };
}

/** How many pairs of neighbouring `terms` the `words` read somewhere as neighbours, in order; each pair counts once. */
export const pairsInOrder = (words: readonly string[], terms: readonly string[]): number => readInOrder(words, terms).pairs;
