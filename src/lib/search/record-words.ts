/**
 * A passage's words as its search record holds them, and back. Pagefind
 * gives every token between spaces a word position, a lone dash or bullet
 * too, though no query can name one: “surveillance – It was” then never
 * reads as the phrase “surveillance it was”, and a sentence copied from the
 * page and searched in quotes finds nothing. So in the record each such mark
 * is joined to the word beside it by JOINER, which Pagefind neither splits
 * words at nor indexes, and the browser reads JOINER back as the space it
 * stands for. The opposite holds for words joined by a hyphen or dash
 * (“national‑security”, “work—that”): Pagefind would index the pair as one
 * word, which neither “security” nor “that” finds. The record splits them,
 * marking the end of the first part with RUNS_ON, and the browser joins the
 * parts again for the page's words.
 */
/**
 * Stands for a space inside a record word: the word joiner, no white space to Pagefind or to `\s`, and kept in the
 * text Pagefind hands back (a zero-width space is not). One a source holds itself is left out of its record.
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

/** Ends the first part of a word the record split at a hyphen or dash: a combining mark Pagefind keeps and does not index. */
export const RUNS_ON = '\u034f';

/** A hyphen or dash between two letters or digits, with the run of them before it. */
const COMPOUND = /([\p{L}\p{N}][\-\u2010-\u2015]+)(?=[\p{L}\p{N}])/gu;

/** The text with each word joined by a hyphen or dash split after it, the first part marked to run on into the next. */
export function splitCompounds(text: string): string {
  return text.replace(COMPOUND, `$1${RUNS_ON} `);
}

/** A query with words joined by a hyphen or dash split as the records split them, so that it reads their parts. */
export function splitQueryCompounds(query: string): string {
  return query.replace(COMPOUND, '$1 ');
}

/**
 * A passage's record words as its page shows them, the split parts of each word joined again, with the marks moved to
 * match, and `at`, the shown word each record word is part of.
 */
export function joinedWords(parts: readonly string[], marks: readonly number[] = []): { words: string[]; marks: number[]; at: number[] } {
  const words: string[] = [];
  const at: number[] = [];
  parts.forEach((part, i) => {
    const runsOn = i > 0 && (parts[i - 1] ?? '').endsWith(RUNS_ON);
    if (runsOn) words[words.length - 1] += part.replaceAll(RUNS_ON, '');
    else words.push(part.replaceAll(RUNS_ON, ''));
    at.push(words.length - 1);
  });
  return { words, marks: [...new Set(marks.map((mark) => at[mark] ?? 0))], at };
}

/**
 * A passage's text as its search record holds it: lone marks joined, joined words split. A JOINER or RUNS_ON the text
 * already holds is dropped first (both are invisible), so that the browser never reads it as one of the record's own.
 */
export function recordText(text: string): string {
  return joinLoneMarks(splitCompounds(text.replaceAll(JOINER, '').replaceAll(RUNS_ON, '')));
}
