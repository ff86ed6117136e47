/**
 * Word diffs between what a report quotes and what the post says, through
 * the `diff` package. Both sides are compared normalised, so only real word
 * changes show; each part is then shown as its side writes it, curly quotes,
 * dashes and all, since a diff of the post's words must quote them exactly.
 */
import { diffWords } from 'diff';
import { normaliseWithOffsets, originalSlice, type NormalisedText } from '../sources/normalise-offsets.ts';

/** One run of a word diff. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The word diff turning `from` (the post's words) into `to` (the report's words). Capitals do not count: quoting style may change them. */
export function wordDiff(from: string, to: string): DiffPart[] {
  const [old, next] = [normaliseWithOffsets(from), normaliseWithOffsets(to)];
  const parts = diffWords(old.text, next.text, { ignoreCase: true }).map((change): DiffPart => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  return asWritten(parts, old, next) ?? parts;
}

/**
 * The parts with each one's words as its side writes them: removed words from the post's, added and unchanged ones from
 * the report's (the `diff` package gives unchanged words as the second side has them). Undefined if a part cannot be
 * found where it should be, when the normalised parts are shown instead.
 */
function asWritten(parts: readonly DiffPart[], old: NormalisedText, next: NormalisedText): DiffPart[] | undefined {
  let [inOld, inNext] = [0, 0];
  const written: DiffPart[] = [];
  for (const part of parts) {
    const { length } = part.text;
    const [side, at] = part.kind === 'removed' ? [old, inOld] : [next, inNext];
    if (side.text.slice(at, at + length) !== part.text) return undefined;
    written.push({ kind: part.kind, text: originalSlice(side, at, at + length) });
    if (part.kind !== 'added') inOld += length;
    if (part.kind !== 'removed') inNext += length;
  }
  return inOld === old.text.length && inNext === next.text.length ? written : undefined;
}

/** Whether a diff has any change at all. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

/** A one-line rendering for messages: `[-removed-]` and `{+added+}`, as `git diff --word-diff` writes them. */
export function diffSummary(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'removed' ? `[-${p.text}-]` : p.kind === 'added' ? `{+${p.text}+}` : p.text)).join('');
}
