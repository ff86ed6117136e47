/**
 * Checks every capture of every primary source: each record must stand
 * (capture-claims.ts), each capture must align with its source's reading
 * text, and each alignment must keep what the anchor lock says every anchor
 * means in that capture. What passes becomes the corpus's captures.
 */
import { ContentError } from '../corpus/content-error.ts';
import type { DocumentInput } from '../corpus/corpus.ts';
import { compareWithLock, lockLine, type AnchorLock } from '../sources/anchor-lock.ts';
import { alignCapture, type Alignment } from './align-capture.ts';
import { captureAnchors, captureLockKey, capturePassageRecords, isCaptureKeyOf, usedNumbers } from './capture-anchors.ts';
import { caveatErrors } from './capture-caveats.ts';
import { claimedCaptures } from './capture-claims.ts';
import { capturePassages } from './capture-passages.ts';
import { captureId, captureLabel } from './capture-schema.ts';
import type { CaptureInput, CheckedCapture } from './capture.ts';

/** Below this share of its passages found in the reading text, a capture is not a copy of the source. */
export const MIN_ALIGNED = 0.5;

/** The anchor lock with its file and text, for errors that point into it. */
export interface CaptureLock {
  file: string;
  text: string;
  lock: AnchorLock;
}

/** The captures that passed, and every error. */
export interface CaptureCheck {
  captures: CheckedCapture[];
  errors: ContentError[];
}

function readingCapture(source: DocumentInput, record: CaptureInput | undefined): CheckedCapture {
  const seedLines = alignCapture(source.passages, capturePassages(source.seedText)).passages;
  const lineOf = new Map(seedLines.flatMap((p) => p.anchors.map((a) => [a, p.passage.line] as const)));
  const passages = source.passages.map((p) => ({
    key: p.id,
    anchors: [p.id],
    text: p.text,
    line: lineOf.get(p.id) ?? 0,
    artefact: p.artefact,
    kind: 'exact' as const,
    score: 1,
  }));
  const { seed, seedSha256, slug } = source.meta;
  return {
    id: captureId(seed),
    label: captureLabel(seed),
    source: slug,
    seed,
    seedSha256,
    reading: true,
    ...(record ? { meta: record.record.meta } : {}),
    place: { file: record?.record.file ?? source.path, line: 1 },
    passages,
    absent: [],
  };
}

function lockErrors(capture: CheckedCapture, lock: CaptureLock): ContentError[] {
  const key = captureLockKey(capture.source, capture.id);
  const current = captureAnchors(capture.passages, capture.absent);
  if (!lock.lock[key])
    return [
      new ContentError(
        capture.place,
        `Capture \`${capture.id}\` of \`${capture.source}\` is not in the anchor lock yet.`,
        'Run `npm run anchors:update` to lock its alignment, review it, then commit `content/anchors.lock.json`.',
        'captures:unlocked',
      ),
    ];
  return compareWithLock(lock.lock[key], current).map(({ anchor, problem }) => {
    if (problem === 'unlocked')
      return new ContentError(
        capture.place,
        `Anchor \`${anchor}\` of capture \`${capture.id}\` is not in the anchor lock yet.`,
        'Run `npm run anchors:update` to lock it, then commit `content/anchors.lock.json`.',
        'captures:unlocked',
      );
    const what = problem === 'removed' ? 'no longer aligns as locked' : 'would now mean other words';
    return new ContentError(
      { file: lock.file, line: lockLine(lock.text, key, anchor) },
      `In capture \`${capture.id}\` of \`${capture.source}\`, locked anchor \`${anchor}\` ${what}, so citations of it would change meaning.`,
      "Restore the capture's seed, the reading text or the lock. If the new alignment is right, run `npm run anchors:update -- --rewrite` and record why in the commit.",
      'captures:changed',
    );
  });
}

function alignedCapture(input: CaptureInput, source: DocumentInput, alignment: Alignment, lock: CaptureLock | undefined, used: Set<number>): CheckedCapture {
  const { meta, file, lines } = input.record;
  const locked = lock?.lock[captureLockKey(source.meta.slug, captureId(meta.seed))];
  const passages = capturePassageRecords(alignment, locked, used);
  return {
    id: captureId(meta.seed),
    label: captureLabel(meta.seed),
    source: source.meta.slug,
    seed: meta.seed,
    seedSha256: meta.seedSha256,
    reading: false,
    meta,
    place: { file, line: lines.get('seed') },
    passages,
    absent: alignment.absent,
  };
}

function unaligned(input: CaptureInput, source: DocumentInput, found: number, total: number): ContentError {
  const { file, meta, lines } = input.record;
  return new ContentError(
    { file, line: lines.get('seed') },
    `Capture \`${meta.seed}\` cannot be aligned with the reading text of \`${source.meta.slug}\`: only ${found} of its ${total} passages were found there.`,
    'Check that the seed is a copy of this source and that `of` names the right one; a different document is imported on its own with `npm run import`.',
    'captures:unaligned',
  );
}

/** The captures of one source: its reading capture first, then the others in seed order. */
function sourceCaptures(source: DocumentInput, inputs: readonly CaptureInput[], lock: CaptureLock | undefined, verify: boolean): CaptureCheck {
  const own = inputs.filter((i) => i.record.meta.of === source.meta.slug).sort((a, b) => a.record.meta.seed.localeCompare(b.record.meta.seed));
  const captures = [
    readingCapture(
      source,
      own.find((i) => i.record.meta.seed === source.meta.seed),
    ),
  ];
  const readingAnchors = new Set(source.passages.map((p) => p.id));
  const errors: ContentError[] = own.flatMap((input) => caveatErrors(input.record, readingAnchors));
  const lockedKeys = Object.entries(lock?.lock ?? {})
    .filter(([key]) => isCaptureKeyOf(key, source.meta.slug))
    .flatMap(([, anchors]) => Object.keys(anchors));
  const used = usedNumbers([...source.passages.map((p) => p.id), ...lockedKeys]);
  for (const input of own.filter((i) => i.record.meta.seed !== source.meta.seed)) {
    const alignment = alignCapture(source.passages, capturePassages(input.seedText));
    const found = alignment.passages.filter((p) => p.kind !== 'new').length;
    if (found < MIN_ALIGNED * alignment.passages.length) {
      errors.push(unaligned(input, source, found, alignment.passages.length));
      continue;
    }
    const capture = alignedCapture(input, source, alignment, lock, used);
    captures.push(capture);
    if (lock && verify) errors.push(...lockErrors(capture, lock));
  }
  return { captures, errors };
}

/** Checks the captures of every primary source against the lock (numbering new passages from it, and holding them to it when `verify`). */
export function checkCaptures(inputs: readonly CaptureInput[], documents: readonly DocumentInput[], lock?: CaptureLock, verify = true): CaptureCheck {
  const claimed = claimedCaptures(inputs, documents);
  const checks = documents.filter((d) => d.meta.kind === 'source').map((source) => sourceCaptures(source, claimed.inputs, lock, verify));
  return { captures: checks.flatMap((c) => c.captures), errors: [...claimed.errors, ...checks.flatMap((c) => c.errors)] };
}
