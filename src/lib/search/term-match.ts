/**
 * Whether a word Pagefind matched is one the reader searched for. When a
 * word is not in the index, Pagefind quietly searches for ever shorter
 * beginnings of it instead: “onloadx” finds “on”, and a run of one letter
 * finds every “a”. A match counts when it extends the searched word, or
 * shares enough of its beginning to be the same word with another ending
 * (“agencies” and “agency”, not “persons” and “personnel”).
 */

/** Letters a match must share with the start of the searched word, at least. */
const MIN_SHARED = 3;
/** Letters of the searched word a stemmed match may lack at most (“deploying” → “deploy”). */
const MAX_ENDING = 4;

/** Lower case, letters and digits only, as the index compares words. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A word written with a dot after each letter (“U.S.”, “e.g.”), which the index reads as its letters alone (“us”). */
const ABBREVIATION = /^(?:\p{L}\.)+\p{L}\.?$/u;

/** An abbreviation as typed, lower case, its last dot and anything around it dropped: “U.S.,” and “u.s” are both `u.s`. */
export function abbreviationOf(word: string): string | undefined {
  const bare = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return ABBREVIATION.test(bare) ? bare : undefined;
}

/** Whether a matched word is the searched word as typed, or begins with it. */
export function isLiteral(term: string, matched: string): boolean {
  return normaliseWord(matched).startsWith(normaliseWord(term));
}

/**
 * Endings that make another form of the same word, so that two words sharing a beginning are one word when both end
 * in one of them (“agency” and “agencies”, “deploy” and “deploying”, “run” and “running”), and “persons” is not
 * “personnel” or “personally”, where “U.S. persons” is a term of law.
 */
const INFLECTIONS = new Set(['', 's', 'es', 'ies', 'y', 'ied', 'ed', 'd', 'e', 'ing', 'ings', 'er', 'ers']);
/** Whether an ending after a shared beginning inflects it, perhaps doubling its last letter first (“run”, “running”). */
const inflects = (shared: string, ending: string) => INFLECTIONS.has(ending) || (ending[0] === shared.at(-1) && INFLECTIONS.has(ending.slice(1)));

/** Endings under MIN_ADDED letters that still make a form of a finished word: “agencies”, “deployed”. */
const SHORT_ENDINGS = new Set(['s', 'es', 'ed', 'd']);
/** Letters another ending must have to extend a finished word: “same” is not a form of “Sam”, nor “they” of “the”. */
const MIN_ADDED = 3;

/**
 * Whether a word Pagefind matched is the searched term itself, an extension of it (of a term of three letters or more,
 * or by an `s`: “he” is not matched by “help”), or the same word with another ending, both endings short (“agencies”
 * and “agency”, not “added” and “addition”). A `finished` term, one the reader has typed a word after, is no longer
 * being typed, so it is extended only by an ending that makes a form of it.
 */
export function matchesTerm(term: string, matched: string, finished = false): boolean {
  return matchesCompared(comparedWord(term), comparedWord(matched), finished);
}

/** A word as matching compares it: normalised, and as an abbreviation when it is written as one. */
export interface ComparedWord {
  normal: string;
  abbreviation: string | undefined;
}

/** A word prepared once for matching, as a long query is read against every word of a passage. */
export const comparedWord = (word: string): ComparedWord => ({ normal: normaliseWord(word), abbreviation: abbreviationOf(word) });

/** matchesTerm for words already prepared. */
export function matchesCompared(term: ComparedWord, matched: ComparedWord, finished = false): boolean {
  // “U.S.” typed is not the pronoun “us”, though the index has the two as one word.
  if (term.abbreviation && matched.abbreviation !== term.abbreviation) return false;
  const [a, b] = [term.normal, matched.normal];
  if (b === a) return true;
  if (b.startsWith(a)) {
    const added = b.slice(a.length);
    if (added === 's') return true;
    return a.length >= MIN_SHARED && (!finished || SHORT_ENDINGS.has(added) || added.length >= MIN_ADDED);
  }
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  const beginning = a.slice(0, shared);
  return (
    shared >= Math.min(MIN_SHARED, a.length) &&
    shared >= a.length - MAX_ENDING &&
    shared >= b.length - MAX_ENDING &&
    inflects(beginning, a.slice(shared)) &&
    inflects(beginning, b.slice(shared))
  );
}
