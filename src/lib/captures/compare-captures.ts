/**
 * Two captures of a source side by side, passage by passage in reading
 * order: the rows a compare page shows. A run of reading passages that
 * either capture holds as a single passage is one row, with each side's
 * passages in it; a passage only one capture has gets its own row after the
 * passage it follows there.
 */
import { hasChanges, wordDiff, type DiffPart } from '../claims/word-diff.ts';
import type { CapturePassageRecord, CheckedCapture } from './capture.ts';
import { resolveInCapture } from './capture-text.ts';

/** One row: the anchors it covers, each capture's passages there (none where it lacks them) and the word diff from the first to the second. */
export interface CompareRow {
  anchors: string[];
  first: CapturePassageRecord[];
  second: CapturePassageRecord[];
  diff: DiffPart[];
  same: boolean;
}

function passageFor(capture: CheckedCapture, anchor: string): CapturePassageRecord | undefined {
  const resolved = resolveInCapture(capture, anchor);
  return resolved && 'passage' in resolved ? resolved.passage : undefined;
}

function withDiff(anchors: string[], first: CapturePassageRecord[], second: CapturePassageRecord[]): CompareRow {
  const diff = wordDiff(first.map((p) => p.text).join(' '), second.map((p) => p.text).join(' '));
  return { anchors, first, second, diff, same: !hasChanges(diff) };
}

/** Inserts each passage only `capture` has after the row holding the passage before it there. */
function insertNew(rows: CompareRow[], capture: CheckedCapture, side: 'first' | 'second'): void {
  let after = -1;
  for (const passage of capture.passages) {
    if (passage.anchors.length > 0) {
      after = rows.findIndex((r) => r[side].includes(passage));
      continue;
    }
    rows.splice(after + 1, 0, withDiff([passage.key], side === 'first' ? [passage] : [], side === 'second' ? [passage] : []));
    after += 1;
  }
}

/** The rows comparing two captures over the reading text's passage ids. */
export function compareCaptures(first: CheckedCapture, second: CheckedCapture, readingIds: readonly string[]): CompareRow[] {
  const runs: Pick<CompareRow, 'anchors' | 'first' | 'second'>[] = [];
  for (const id of readingIds) {
    const [a, b] = [passageFor(first, id), passageFor(second, id)];
    const last = runs.at(-1);
    // One side still in the passage it held for the previous anchor: a span, so the same row.
    if (last && ((a && last.first.includes(a)) || (b && last.second.includes(b)))) {
      last.anchors.push(id);
      if (a && !last.first.includes(a)) last.first.push(a);
      if (b && !last.second.includes(b)) last.second.push(b);
    } else {
      runs.push({ anchors: [id], first: a ? [a] : [], second: b ? [b] : [] });
    }
  }
  const rows = runs.filter((r) => r.first.length + r.second.length > 0).map((r) => withDiff(r.anchors, r.first, r.second));
  insertNew(rows, first, 'first');
  insertNew(rows, second, 'second');
  return rows;
}
