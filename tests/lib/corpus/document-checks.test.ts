import { describe, expect, test } from 'vitest';
import { duplicateIds, lockErrors, mergedParagraphs, seedDrift } from '../../../src/lib/corpus/document-checks.ts';
import { anchorFingerprints, formatLock } from '../../../src/lib/sources/anchor-lock.ts';
import { passage, SOURCE_FILE } from './fixtures.ts';

const LOCK_FILE = 'content/anchors.lock.json';
const passages = [passage(SOURCE_FILE, 1, 'Deploy via cloud only.'), passage(SOURCE_FILE, 2, 'We do not know why.')];

describe('duplicateIds', () => {
  test('says where an id was first used, at each later use', () => {
    const uses = [
      { id: 'intro', place: { file: SOURCE_FILE, line: 3, column: 1 } },
      { id: 'intro', place: { file: SOURCE_FILE, line: 9, column: 1 } },
      { id: 'other', place: { file: SOURCE_FILE, line: 12, column: 1 } },
      { id: 'intro', place: { file: SOURCE_FILE, line: 15, column: 1 } },
    ];
    const errors = duplicateIds(uses);
    expect(errors.map((e) => [e.place.line, e.rule])).toEqual([
      [9, 'anchors:duplicate'],
      [15, 'anchors:duplicate'],
    ]);
    expect(errors[0]!.message).toBe(
      'content/sources/post.mdx:9:1: Duplicate anchor `intro`, already used at line 3. Remove the explicit `id`, or choose one that is not a passage id (`p…`) and not used elsewhere on the page.',
    );
  });

  test('finds nothing when every id is used once', () => {
    expect(
      duplicateIds([
        { id: 'a', place: { file: SOURCE_FILE } },
        { id: 'b', place: { file: SOURCE_FILE } },
      ]),
    ).toEqual([]);
  });
});

describe('seedDrift', () => {
  test('finds nothing when the passages are the seed', () => {
    expect(seedDrift(SOURCE_FILE, 'post.txt', 'Deploy via cloud only.\nWe do not know why.\n', passages)).toBeNull();
  });

  test('places a changed word at the passage that holds it, quoting both wordings', () => {
    const error = seedDrift(SOURCE_FILE, 'post.txt', 'Deploy via cloud only.\nWe do not know how.\n', passages);
    expect(error?.place).toEqual(passages[1]!.place);
    expect(error?.rule).toBe('fidelity:drift');
    expect(error?.message).toMatch(
      /^content\/sources\/post\.mdx:4:1: Text differs from seed `post\.txt` in `p2`: expected “.*how.*”, found “.*why.*”\. Restore the seed's exact wording/,
    );
  });
});

describe('mergedParagraphs', () => {
  test('finds nothing when each paragraph of the seed is a passage', () => {
    expect(mergedParagraphs('post.txt', 'Deploy via cloud only.\n\nWe do not know why.\n', passages)).toBeNull();
  });

  test('places two paragraphs of the seed in one passage at that passage, quoting both sides of the break', () => {
    const one = [passage(SOURCE_FILE, 1, 'Deploy via cloud only.\nWe do not know why.')];
    const error = mergedParagraphs('post.txt', 'Deploy via cloud only.\n\nWe do not know why.\n', one);
    expect(error?.rule).toBe('fidelity:paragraphs');
    expect(error?.message).toBe(
      'content/sources/post.mdx:2:1: Passage `p1` runs across a paragraph break of seed `post.txt`: “Deploy via cloud only.” | “We do not know why.”. Write each paragraph of the seed as a paragraph of its own, with a blank line between them, and wrap no two paragraphs in one element.',
    );
  });
});

describe('lockErrors', () => {
  const lockOf = (anchors: Record<string, string>) => formatLock({ post: anchors });
  const current = anchorFingerprints(passages);

  test('finds nothing when every anchor is locked as it is', () => {
    expect(lockErrors('post', passages, { file: LOCK_FILE, text: lockOf(current), anchors: current })).toEqual([]);
  });

  test('names an anchor the lock does not hold yet, at its passage, and says how to lock it', () => {
    const { p2: _p2, 'p2-s1': _s, ...locked } = current;
    const errors = lockErrors('post', passages, { file: LOCK_FILE, text: lockOf(locked), anchors: locked });
    expect(errors.map((e) => [e.rule, e.place.line])).toEqual([
      ['anchors:unlocked', 4],
      ['anchors:unlocked', 4],
    ]);
    expect(errors[0]!.message).toContain('is not in the anchor lock yet. Run `npm run anchors:update`');
  });

  test('points into the lock file for an anchor that no longer exists', () => {
    const locked = { ...current, p3: 'sha256-gone' };
    const text = lockOf(locked);
    const [error] = lockErrors('post', passages, { file: LOCK_FILE, text, anchors: locked });
    expect(error?.rule).toBe('anchors:removed');
    expect(error?.place.file).toBe(LOCK_FILE);
    expect(text.split('\n')[error!.place.line! - 1]).toContain('"p3"');
  });

  test('places an anchor whose text changed at its passage', () => {
    const locked = { ...current, p1: 'sha256-of-other-words' };
    const [error] = lockErrors('post', passages, { file: LOCK_FILE, text: lockOf(locked), anchors: locked });
    expect(error?.rule).toBe('anchors:changed');
    expect(error?.place).toEqual(passages[0]!.place);
    expect(error?.message).toBe(
      "content/sources/post.mdx:2:1: Locked anchor `p1` now points at different text. Restore the passage's text and order. If the change is intended, run `npm run anchors:update -- --rewrite` and record why in the commit.",
    );
  });
});
