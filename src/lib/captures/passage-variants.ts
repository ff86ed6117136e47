/**
 * How a reading passage reads in the source's other captures: for each
 * capture that words it differently or lacks it, its words there and the
 * word diff from the reading text. A passage with no variants is the same in
 * every capture, and carries no marker.
 */
import { normaliseText } from '../sources/normalise.ts';
import { wordDiff, type DiffPart } from '../claims/word-diff.ts';
import type { CheckedCapture } from './capture.ts';
import { resolveInCapture } from './capture-text.ts';

/** One other capture's reading of a passage. */
export interface PassageVariant {
  capture: Pick<CheckedCapture, 'id' | 'label'>;
  /** The capture passage's key (`p16`, or `p15..p19` for a span); undefined when the capture lacks the passage. */
  key?: string;
  text?: string;
  diff: DiffPart[];
  /** For a passage the capture lacks: the keys of the passages only that capture has, standing where it stood. */
  inItsPlace?: string[];
}

/** The capture's own passages (found in no other capture) between those holding the reading passages before and after `id`. */
export function inPlaceOf(capture: Pick<CheckedCapture, 'passages'>, readingIds: readonly string[], id: string): string[] {
  const at = readingIds.indexOf(id);
  const holding = (reading: string) => capture.passages.findIndex((p) => p.anchors.includes(reading));
  const before =
    readingIds
      .slice(0, at)
      .reverse()
      .map(holding)
      .find((i) => i >= 0) ?? -1;
  const after =
    readingIds
      .slice(at + 1)
      .map(holding)
      .find((i) => i >= 0) ?? capture.passages.length;
  return capture.passages
    .slice(before + 1, after)
    .filter((p) => p.anchors.length === 0)
    .map((p) => p.key);
}

/** The captures (other than the reading one) in which a reading passage is worded differently or absent; a span is diffed against all the passages it stands for. */
export function passageVariants(captures: readonly CheckedCapture[], reading: readonly { id: string; text: string }[], id: string): PassageVariant[] {
  const own = reading.find((p) => p.id === id)?.text ?? '';
  return captures.flatMap((capture) => {
    if (capture.reading) return [];
    const resolved = resolveInCapture(capture, id);
    if (!resolved) return [];
    if ('absent' in resolved) {
      const inItsPlace = inPlaceOf(
        capture,
        reading.map((p) => p.id),
        id,
      );
      return [{ capture, diff: wordDiff(own, ''), ...(inItsPlace.length > 0 ? { inItsPlace } : {}) }];
    }
    const { key, text, anchors } = resolved.passage;
    if (normaliseText(text) === normaliseText(own)) return [];
    const before = reading
      .filter((p) => anchors.includes(p.id))
      .map((p) => p.text)
      .join(' ');
    return [{ capture, key, text, diff: wordDiff(before, text) }];
  });
}
