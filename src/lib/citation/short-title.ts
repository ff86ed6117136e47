/**
 * The short form of a long headline, for the in-text citation of a work with
 * no author, which APA and Harvard cite by its title: the words before the
 * headline's first break (a colon, semicolon, comma or dash), when they make
 * a title of their own. A headline with no such break keeps its whole title.
 */

/** Words a headline must have before it is worth shortening. */
const LONG_TITLE_WORDS = 8;
/** Words the part before the break must have to stand for the whole. */
const MIN_SHORT_WORDS = 3;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The short title of a long headline, or undefined when it has none. */
export function shortHeadline(title: string): string | undefined {
  if (wordCount(title) < LONG_TITLE_WORDS) return undefined;
  const head = /^(.+?)(?:[:;,]\s|\s[-–—]\s)/u.exec(title)?.[1]?.trim();
  return head && wordCount(head) >= MIN_SHORT_WORDS ? head : undefined;
}
