/**
 * A selection's ends moved out to whole words. Browsers match a text fragment
 * only at word boundaries, so a link built from half a word would highlight
 * nothing, and a quotation that begins or ends inside a word misquotes it.
 */

/** A letter or digit, or an apostrophe between two of them (“don’t” is one word). */
function inWord(text: string, at: number): boolean {
  const char = text[at] ?? '';
  if (/[\p{L}\p{N}]/u.test(char)) return true;
  return /['’]/.test(char) && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
}

/** The range `[from, to)` of `text` widened so that neither end falls inside a word. */
export function wholeWords(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start > 0 && inWord(text, start - 1) && inWord(text, start)) start -= 1;
  while (end < text.length && end > 0 && inWord(text, end - 1) && inWord(text, end)) end += 1;
  return [start, end];
}
