/**
 * Finding an anchor in a capture: the passage that stands for it, or the
 * fact that the capture lacks it. A sentence anchor (`p12-s3`) resolves to
 * its passage's counterpart, since captures are aligned passage by passage.
 */
import { parseAnchor, passageId } from '../sources/anchors.ts';
import type { CapturePassageRecord, CheckedCapture } from './capture.ts';

/** What an anchor is in one capture: a passage, absent, or not an anchor of the source at all. */
export type Resolution = { passage: CapturePassageRecord } | { absent: true } | null;

// Resolution runs for every cite of every claim in every capture: index each capture once.
const indexes = new WeakMap<CheckedCapture, Map<string, CapturePassageRecord>>();

function indexOf(capture: CheckedCapture): Map<string, CapturePassageRecord> {
  let index = indexes.get(capture);
  if (!index) {
    index = new Map();
    for (const passage of capture.passages) for (const anchor of passage.anchors.length > 0 ? passage.anchors : [passage.key]) index.set(anchor, passage);
    indexes.set(capture, index);
  }
  return index;
}

/** Resolves a passage or sentence anchor in a capture; see the module comment. */
export function resolveInCapture(capture: CheckedCapture, anchor: string): Resolution {
  const parsed = parseAnchor(anchor);
  if (!parsed) return null;
  const id = passageId(parsed.passage);
  const passage = indexOf(capture).get(id);
  if (passage) return { passage };
  return capture.absent.includes(id) ? { absent: true } : null;
}
