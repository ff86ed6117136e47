/**
 * The checks a document's passages must pass before it is published: unique
 * ids, words identical to the seed, and anchors that keep the lock's promise.
 * Each returns errors that name the file and line and say how to fix them.
 */
import { ContentError, type Place } from './content-error.ts';
import { compareText, passageAtOffset } from '../sources/fidelity.ts';
import { breakInside } from '../sources/paragraph-breaks.ts';
import { collapseWhitespace } from '../sources/normalise.ts';
import { anchorFingerprints, compareWithLock, lockLine, type DocumentAnchors } from '../sources/anchor-lock.ts';
import { isWithin } from '../sources/anchors.ts';
import type { PassageRecord } from '../sources/passage.ts';
import type { IdUse } from './corpus.ts';

/** Errors for every id used more than once in a document. */
export function duplicateIds(uses: readonly IdUse[]): ContentError[] {
  const seen = new Map<string, IdUse>();
  const errors: ContentError[] = [];
  for (const use of uses) {
    const first = seen.get(use.id);
    if (!first) seen.set(use.id, use);
    else
      errors.push(
        new ContentError(
          use.place,
          `Duplicate anchor \`${use.id}\`, already used at line ${first.place.line ?? '?'}.`,
          'Remove the explicit `id`, or choose one that is not a passage id (`p…`) and not used elsewhere on the page.',
          'anchors:duplicate',
        ),
      );
  }
  return errors;
}

/** An error when the passages' text departs from the seed, placed at the passage where it starts. */
export function seedDrift(file: string, seedName: string, seedText: string, passages: readonly PassageRecord[]): ContentError | null {
  const divergence = compareText(seedText, passages.map((p) => p.text).join('\n'));
  if (!divergence) return null;
  const passage =
    passages[
      passageAtOffset(
        passages.map((p) => p.text),
        divergence.offset,
      )
    ];
  const where = passage ? ` in \`${passage.id}\`` : '';
  return new ContentError(
    passage?.place ?? { file },
    `Text differs from seed \`${seedName}\`${where}: expected “${divergence.expected}”, found “${divergence.found}”.`,
    "Restore the seed's exact wording; annotations may wrap words but never change, add or drop them.",
    'fidelity:drift',
  );
}

/** How much text an error quotes on each side of a paragraph break. */
const QUOTED = 30;

/** An error when a passage runs across a blank line of its seed, so that two of the seed's paragraphs would share one ¶ number. */
export function mergedParagraphs(seedName: string, seedText: string, passages: readonly PassageRecord[]): ContentError | null {
  const inside = breakInside(
    seedText,
    passages.map((p) => p.text),
  );
  const passage = inside && passages[inside.passage];
  if (!inside || !passage) return null;
  const text = collapseWhitespace(passage.text);
  const from = Math.max(0, inside.at - QUOTED);
  const to = inside.at + 1 + QUOTED;
  const before = `${from > 0 ? '…' : ''}${text.slice(from, inside.at)}`;
  const after = `${text.slice(inside.at + 1, to)}${to < text.length ? '…' : ''}`;
  return new ContentError(
    passage.place,
    `Passage \`${passage.id}\` runs across a paragraph break of seed \`${seedName}\`: “${before}” | “${after}”.`,
    'Write each paragraph of the seed as a paragraph of its own, with a blank line between them, and wrap no two paragraphs in one element.',
    'fidelity:paragraphs',
  );
}

/** Where the lock file is and what it says, for errors that point into it. */
export interface LockContext {
  file: string;
  text: string;
  anchors: DocumentAnchors | undefined;
}

/** Errors for anchors that changed, vanished or are not yet in the lock. */
export function lockErrors(slug: string, passages: readonly PassageRecord[], lock: LockContext): ContentError[] {
  const current = anchorFingerprints(passages);
  const placeOf = (anchor: string): Place => passages.find((p) => isWithin(anchor, p.id))?.place ?? { file: lock.file };
  return compareWithLock(lock.anchors, current).map(({ anchor, problem }) => {
    if (problem === 'removed') {
      return new ContentError(
        { file: lock.file, line: lockLine(lock.text, slug, anchor) },
        `Locked anchor \`${anchor}\` of \`${slug}\` no longer exists, so citations of it would break.`,
        'Restore the passage. If it must go, run `npm run anchors:update -- --rewrite` and record why in the commit.',
        'anchors:removed',
      );
    }
    if (problem === 'changed') {
      return new ContentError(
        placeOf(anchor),
        `Locked anchor \`${anchor}\` now points at different text.`,
        "Restore the passage's text and order. If the change is intended, run `npm run anchors:update -- --rewrite` and record why in the commit.",
        'anchors:changed',
      );
    }
    return new ContentError(
      placeOf(anchor),
      `Anchor \`${anchor}\` of \`${slug}\` is not in the anchor lock yet.`,
      'Run `npm run anchors:update` to lock new anchors, then commit `content/anchors.lock.json`.',
      'anchors:unlocked',
    );
  });
}
