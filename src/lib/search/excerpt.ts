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

/** A dash or bullet joined to a word in its record (see record-words.ts), with the space that joins them. */
const LEADING_MARKS = /^(?:[^\p{L}\p{N}\s]+ )+/u;
const TRAILING_MARKS = /(?: [^\p{L}\p{N}\s]+)+$/u;

/** A matched word's parts: a dash or bullet joined to it is left unmarked where it opens or closes a run of marks. */
function markedWord(word: string, opensRun: boolean, closesRun: boolean): ExcerptPart[] {
  const lead = (opensRun && word.match(LEADING_MARKS)?.[0]) || '';
  const trail = (closesRun && word.slice(lead.length).match(TRAILING_MARKS)?.[0]) || '';
  const parts = [
    { text: lead, marked: false },
    { text: word.slice(lead.length, word.length - trail.length), marked: true },
    { text: trail, marked: false },
  ];
  return parts.filter((part) => part.text !== '');
}

/** The excerpt of a passage's words around `focus`, the words at `marks` marked, cut with an ellipsis where words are left out. */
export function excerptParts(words: readonly string[], marks: readonly number[], length = EXCERPT_WORDS, focus?: number): ExcerptPart[] {
  // The excerpt opens a little before the word to show first: the first match, unless the hit names a better one.
  const first = focus ?? (marks.length ? Math.min(...marks) : 0);
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
    if (!marked.has(i)) push(words[i] ?? '', false);
    else for (const part of markedWord(words[i] ?? '', !marked.has(i - 1), !marked.has(i + 1))) push(part.text, part.marked);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
