/**
 * The anchors of a capture, as the anchor lock keeps them, so that `#p16`
 * means the same passage in every capture. Each capture passage is keyed by
 * the reading passage it stands for (`p16`), or the run of them (`p15..p19`);
 * a reading passage the capture lacks is recorded as absent; a passage found
 * only in this capture gets a number of its own that no reading passage and
 * no other capture of the source uses, and keeps it once locked.
 */
import { parseAnchor, passageId, rangeLabel } from '../sources/anchors.ts';
import { textFingerprint } from '../sources/hash.ts';
import type { AlignedPassage, Alignment } from './align-capture.ts';
import type { CapturePassageRecord } from './capture.ts';

/** The lock's value for a reading passage a capture does not have. */
export const ABSENT = 'absent';

/** Anchor key → fingerprint of the capture's words (or ABSENT), as in the lock. */
export type CaptureAnchors = Record<string, string>;

/** A capture passage with its key. */
export interface KeyedPassage extends AlignedPassage {
  key: string;
}

const SPAN = /^(p[1-9]\d*)\.\.(p[1-9]\d*)$/;

/** The key of one capture passage: its reading passage, or the first and last of the run it stands for. */
export function spanKey(anchors: readonly string[]): string {
  return anchors.length > 1 ? `${anchors[0]}..${anchors.at(-1)}` : (anchors[0] ?? '');
}

/** The reading passages a key stands for: `p15..p19` is p15, p16, p17, p18 and p19. */
export function keyAnchors(key: string): string[] {
  const span = SPAN.exec(key);
  if (!span) return [key];
  const [from, to] = [parseAnchor(span[1]!)?.passage ?? 0, parseAnchor(span[2]!)?.passage ?? 0];
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => passageId(from + i));
}

/** How readers cite a capture passage: “¶ 16”, or “¶ 15–19” for a span. */
export function keyLabel(key: string): string {
  return rangeLabel(keyAnchors(key));
}

/** The label of a run of anchors in reading order: “¶ 16”, or “¶ 15–19”. */
export function anchorsLabel(anchors: readonly string[]): string {
  return rangeLabel(anchors.length > 1 ? keyAnchors(`${anchors[0]}..${anchors.at(-1)}`) : anchors);
}

/** Every passage number a set of keys uses, spans included. */
export function usedNumbers(keys: Iterable<string>): Set<number> {
  const used = new Set<number>();
  for (const key of keys) for (const anchor of keyAnchors(key)) used.add(parseAnchor(anchor)?.passage ?? 0);
  return used;
}

/** Keys every passage of an alignment; new passages reuse their locked number, else take the next free one (added to `used`). */
export function keyPassages(alignment: Alignment, locked: CaptureAnchors | undefined, used: Set<number>): KeyedPassage[] {
  const lockedNew = Object.entries(locked ?? {}).filter(([key, fingerprint]) => fingerprint !== ABSENT && !SPAN.test(key));
  const taken = new Set<string>();
  return alignment.passages.map((passage) => {
    if (passage.anchors.length > 0) return { ...passage, key: spanKey(passage.anchors) };
    const fingerprint = textFingerprint(passage.passage.text);
    const reused = lockedNew.find(([key, print]) => print === fingerprint && !taken.has(key) && !alignment.passages.some((p) => p.anchors.includes(key)));
    const key = reused?.[0] ?? passageId(Math.max(0, ...used) + 1);
    taken.add(key);
    used.add(parseAnchor(key)?.passage ?? 0);
    return { ...passage, key };
  });
}

/** A capture's passages as the corpus holds them: each keyed (see keyPassages), with its words, line, kind and fit. */
export function capturePassageRecords(alignment: Alignment, locked: CaptureAnchors | undefined, used: Set<number>): CapturePassageRecord[] {
  return keyPassages(alignment, locked, used).map((p) => ({
    key: p.key,
    anchors: p.anchors,
    text: p.passage.text,
    line: p.passage.line,
    artefact: p.passage.artefact,
    kind: p.kind,
    score: p.score,
  }));
}

/** The lock entries of a capture: each passage's fingerprint under its key, and every absent reading passage. */
export function captureAnchors(passages: readonly { key: string; text: string }[], absent: readonly string[]): CaptureAnchors {
  const anchors: CaptureAnchors = {};
  for (const passage of passages) anchors[passage.key] = textFingerprint(passage.text);
  for (const id of absent) anchors[id] = ABSENT;
  return anchors;
}

/** The lock key of a capture, beside its source's own anchors: `source-slug@capture-id`. */
export function captureLockKey(source: string, capture: string): string {
  return `${source}@${capture}`;
}

/** Whether a lock key is that of one of a source's captures. */
export function isCaptureKeyOf(key: string, source: string): boolean {
  return key.startsWith(captureLockKey(source, ''));
}
