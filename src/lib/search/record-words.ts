/**
 * A passage's words as its search record holds them. Pagefind gives every
 * token between spaces a word position, a lone dash or bullet too, though no
 * query can name one: “surveillance – It was” then never reads as the phrase
 * “surveillance it was”, and a sentence copied from the page and searched in
 * quotes finds nothing. So in the record each such mark is joined to the word
 * beside it by JOINER, which Pagefind neither splits words at nor indexes, and
 * the browser reads JOINER back as the space it stands for.
 */

/**
 * Stands for a space inside a record word: the word joiner, no white space to Pagefind or to `\s`, and kept in the
 * text Pagefind hands back (a zero-width space is not). Were a source to hold one, its results would show a space.
 */
export const JOINER = '\u2060';

/** Whether a token holds no letter or digit: a mark no query can search for. */
const isMark = (token: string) => !/[\p{L}\p{N}]/u.test(token);

/**
 * The text with each mark standing alone joined to the word before it, or to the word after it at the start, so
 * that every position Pagefind counts is a word. A text of marks alone is left as it is.
 */
export function joinLoneMarks(text: string): string {
  // Words at even indexes, the white space between them at odd ones.
  const parts = text.split(/(\s+)/);
  const words = parts.filter((_, i) => i % 2 === 0);
  if (words.every((word) => word === '' || isMark(word))) return text;
  const firstWord = words.findIndex((word) => word !== '' && !isMark(word)) * 2;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] ?? '';
    if (word === '' || !isMark(word)) continue;
    // Marks before the first word lean forward on it; every other mark leans back on the word before.
    const gap = i < firstWord ? i + 1 : i - 1;
    if (gap > 0 && gap < parts.length) parts[gap] = JOINER;
  }
  return parts.join('');
}

/** A record word as the page shows it: each JOINER read back as a space. */
export function shownWord(word: string): string {
  return word.replaceAll(JOINER, ' ');
}
