/**
 * Word diffs between what a report quotes and what the post says, through
 * the `diff` package. Both sides are normalised, so only real word changes show.
 */
import { diffWords } from 'diff';
import { normaliseText } from '../sources/normalise.ts';

/** One run of a word diff. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The word diff turning `from` (the post's words) into `to` (the report's words). Capitals do not count: quoting style may change them. */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWords(normaliseText(from), normaliseText(to), { ignoreCase: true }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Whether a diff has any change at all. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

/** A one-line rendering for messages: `[-removed-]` and `{+added+}`, as `git diff --word-diff` writes them. */
export function diffSummary(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'removed' ? `[-${p.text}-]` : p.kind === 'added' ? `{+${p.text}+}` : p.text)).join('');
}
