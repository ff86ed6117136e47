/**
 * Every place a document reads a phrase. Pagefind's exact-phrase search
 * reports only the first place in each record it finds, and a record here
 * holds a whole document, so the browser looks for the others itself, in
 * the words of each record it loads: word for word, case and punctuation
 * aside, as the status line promises (“passages with this exact phrase”).
 */
import { normaliseWord as normalise } from './term-match.ts';

/** The positions of the phrase's words read from `start` in the normalised words, or none when the words there are not the phrase. */
function readAt(normal: readonly string[], phrase: readonly string[], start: number): number[] {
  const positions: number[] = [];
  let at = start;
  for (const wanted of phrase) {
    // A word of marks alone (a passage that is only a dash) takes a position but is no word.
    while (at < normal.length && normal[at] === '') at++;
    if (at >= normal.length || normal[at] !== wanted) return [];
    positions.push(at++);
  }
  return positions;
}

/** Each place the words read the phrase, as the positions of its words, in order; a phrase of no words reads nowhere. */
export function phrasePlaces(words: readonly string[], phrase: string): number[][] {
  const wanted = phrase.split(/\s+/).map(normalise).filter(Boolean);
  if (wanted.length === 0) return [];
  // Each word is normalised once, not once for every place a reading starts from.
  const normal = words.map(normalise);
  return normal.map((_, start) => readAt(normal, wanted, start)).filter((place) => place.length > 0);
}

/** The positions of every word of the places, with the places Pagefind found, in order and each once. */
export function phraseLocations(places: ReadonlyArray<readonly number[]>, found: readonly number[] = []): number[] {
  return [...new Set([...places.flat(), ...found])].sort((a, b) => a - b);
}
