/**
 * Where a search result should land: the sentence of the passage that holds
 * the first matched word, so the reader arrives on a whole sentence (a
 * permanent sentence anchor) rather than on a passage or on loose words.
 */
import { sentenceId } from '../sources/anchors.ts';
import { splitSentences } from '../sources/sentences.ts';

/** The anchor (`p12-s3`) of the sentence holding the first marked word; undefined when nothing is marked. */
export function sentenceAnchor(passageId: string, words: readonly string[], marks: readonly number[]): string | undefined {
  if (marks.length === 0) return undefined;
  const first = Math.min(...marks);
  // The passage's words were split on white space, so one space between them gives back its sentences.
  const at = words.slice(0, first).reduce((offset, word) => offset + word.length + 1, 0);
  const index = splitSentences(words.join(' ')).findIndex((range) => at < range.end);
  return index < 0 ? undefined : sentenceId(passageId, index + 1);
}
