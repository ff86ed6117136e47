/**
 * A passage's excerpt for a result card: a window of its own words around
 * the matches, as parts to be set as text (matched words marked), never as
 * HTML, so nothing in a passage can become markup.
 */

/** Words an excerpt shows at most. */
export const EXCERPT_WORDS = 40;

/** Words shown before the first match, so it is read in context. */
const LEAD_WORDS = 8;

/** A run of an excerpt's text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** The excerpt of a passage's words with the words at `marks` marked, cut with an ellipsis where words are left out. */
export function excerptParts(words: readonly string[], marks: readonly number[], length = EXCERPT_WORDS): ExcerptPart[] {
  const first = marks.length ? Math.min(...marks) : 0;
  const start = Math.max(0, Math.min(first - LEAD_WORDS, words.length - length));
  const end = Math.min(words.length, start + length);
  const marked = new Set(marks);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMark: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMark) last.text += text;
    else parts.push({ text, marked: isMark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    // A phrase is marked whole, the spaces between its words included.
    if (i > start) push(' ', marked.has(i) && marked.has(i - 1));
    push(words[i] ?? '', marked.has(i));
  }
  if (end < words.length) push(' …', false);
  return parts;
}
