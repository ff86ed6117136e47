/**
 * How a typed query becomes Pagefind searches, and how a result becomes a
 * link that highlights the words. Pagefind runs an exact-phrase search only
 * when the whole query is in double quotes, so a pasted sentence is tried as
 * a phrase first and as plain words after.
 */

/** Words from which an unquoted query is also tried as an exact phrase. */
export const PHRASE_MIN_WORDS = 4;

/** Straightens typographic double quotes, so “a quote” pasted from a page searches as a phrase. */
export function straightenQuotes(query: string): string {
  return query.replace(/[“”„‟]/g, '"').replace(/[‘’‚‛]/g, "'").trim();
}

/** Whether the whole query is in double quotes. */
export function isQuoted(query: string): boolean {
  return /^".+"$/.test(query);
}

/** The Pagefind queries to try in order, until one finds something. */
export function plannedQueries(raw: string): string[] {
  const query = straightenQuotes(raw);
  if (!query) return [];
  if (isQuoted(query)) return [query];
  const words = query.split(/\s+/).filter(Boolean);
  return words.length >= PHRASE_MIN_WORDS ? [`"${query.replace(/"/g, '')}"`, query] : [query];
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The span of `text` holding the query's words in order, whatever the punctuation and quote marks between them. */
export function findWords(text: string, query: string): string | undefined {
  const words = wordsOf(query).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return undefined;
  return new RegExp(words.join('[^\\p{L}\\p{N}]+'), 'iu').exec(text)?.[0];
}

/** Text fragments must escape these characters, which their syntax uses. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** A text-fragment directive highlighting the query in a passage: the whole phrase when it is there, else each word. */
export function textFragment(passageText: string, query: string): string {
  const phrase = findWords(passageText, straightenQuotes(query));
  const spans = phrase ? [phrase] : wordsOf(query).flatMap((word) => findWords(passageText, word) ?? []);
  if (spans.length === 0) return '';
  return `:~:${[...new Set(spans)].slice(0, 5).map((span) => `text=${encodeFragmentText(span)}`).join('&')}`;
}
