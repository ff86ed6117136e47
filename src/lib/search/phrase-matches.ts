/**
 * Every place a document reads a phrase. Pagefind's exact-phrase search
 * reports only the first place in each record it finds, and a record here
 * holds a whole document, so the browser looks for the others itself, in
 * the words of each record it loads: word for word, case and punctuation
 * aside, as the status line promises (“passages with this exact phrase”).
 */
import { normaliseWord as normalise } from './passage-hits.ts';

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

/** The positions of every word of every place the words read the phrase, with the places Pagefind found, in order. */
export function phraseLocations(words: readonly string[], phrase: string, found: readonly number[] = []): number[] {
  const wanted = phrase.split(/\s+/).map(normalise).filter(Boolean);
  const positions = new Set(found);
  // Each word is normalised once, not once for every place a reading starts from; a phrase of no words reads nowhere.
  const normal = wanted.length > 0 ? words.map(normalise) : [];
  for (let start = 0; start < normal.length; start++) readAt(normal, wanted, start).forEach((p) => positions.add(p));
  return [...positions].sort((a, b) => a - b);
}
