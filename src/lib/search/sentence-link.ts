/**
 * Where a search result should land: the sentence of the passage that holds
 * the searched words, so the reader arrives on a whole sentence (a permanent
 * sentence anchor) rather than on a passage or on loose words.
 */
import { splitSentences } from '../sources/sentences.ts';
import { findWords, straightenQuotes } from './search-query.ts';

/** The anchor (`p12-s3`) of the sentence holding the query, its phrase first, else its first word found; undefined when the passage lacks them all. */
export function sentenceAnchor(passageId: string, passageText: string, query: string): string | undefined {
  const words = straightenQuotes(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const found = findWords(passageText, straightenQuotes(query)) ?? words.map((word) => findWords(passageText, word)).find(Boolean);
  if (!found) return undefined;
  const at = passageText.indexOf(found);
  const index = splitSentences(passageText).findIndex((range) => at < range.end);
  return index < 0 ? undefined : `${passageId}-s${index + 1}`;
}
