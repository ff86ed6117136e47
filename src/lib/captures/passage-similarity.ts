/**
 * How alike two passages are, for aligning captures. Bullets and list
 * numbers are layout, not words, so they are left out; then the share of
 * characters the two texts have in common word by word (the `diff` package)
 * says how alike they are, from 0 (nothing shared) to 1 (the same words).
 */
import { diffWords } from 'diff';
import { normaliseText } from '../sources/normalise.ts';

const LIST_MARK = /^(?:• |\d{1,3}\. )/;

/** A passage's words as alignment compares them: normalised, without a leading bullet or list number. */
export function alignmentText(text: string): string {
  return normaliseText(text).replace(LIST_MARK, '');
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** A cheap first look: the share of distinct words two texts have in common (Dice's coefficient). */
export function wordOverlap(a: string, b: string): number {
  const left = wordSet(a);
  const right = wordSet(b);
  if (left.size + right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** Characters the two texts share, word by word, in order. */
export function sharedCharacters(a: string, b: string): number {
  return diffWords(a, b, { ignoreCase: true }).reduce((sum, part) => sum + (part.added || part.removed ? 0 : part.value.replace(/\s+/g, '').length), 0);
}

/** How alike two alignment texts are: shared characters over their average length, 0 to 1. */
export function similarity(a: string, b: string): number {
  const total = a.replace(/\s+/g, '').length + b.replace(/\s+/g, '').length;
  return total === 0 ? 1 : (2 * sharedCharacters(a, b)) / total;
}
