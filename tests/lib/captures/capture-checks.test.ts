/**
 * Captures in the corpus, on the real content: the post with test captures
 * derived from its own seed (tests/support/test-captures.ts), checked the way
 * the build checks them, the anchor lock included.
 */
import { describe, expect, test } from 'vitest';
import { readLock } from '../../../src/build/load-corpus.ts';
import { projectPaths } from '../../../src/build/project-paths.ts';
import { readContent } from '../../../src/build/read-content.ts';
import { ABSENT, captureAnchors, captureLockKey } from '../../../src/lib/captures/capture-anchors.ts';
import { resolveInCapture } from '../../../src/lib/captures/capture-text.ts';
import { citeCaptures } from '../../../src/lib/captures/cite-captures.ts';
import type { CaptureInput } from '../../../src/lib/captures/capture.ts';
import { checkCorpus, type LockInput } from '../../../src/lib/corpus/check-corpus.ts';
import { findClaim, type DocumentInput } from '../../../src/lib/corpus/corpus.ts';
import { anchorFingerprints, formatLock, type AnchorLock } from '../../../src/lib/sources/anchor-lock.ts';
import { captureInput, proseCapture, revisedCapture } from '../../support/test-captures.ts';

const POST = 'our-agreement-with-the-department-of-war';
const paths = projectPaths();
const asRead = readContent(paths, { drafts: false }).inputs;
const R003 = 'openai-has-reached-a-deal-to-deploy-its';
/** Report 003 with one claim's attributes changed. */
function withAttributes(docs: readonly DocumentInput[], id: string, attributes: Record<string, string>): DocumentInput[] {
  return docs.map((doc) =>
    doc.meta.slug !== R003
      ? doc
      : { ...doc, claims: doc.claims.map((c) => (c.attributes['id'] !== id ? c : { ...c, attributes: { ...c.attributes, ...attributes } })) },
  );
}
/** Report 003 with its c12 judged `verbatim` against the prose capture, which words ¶ 42 as 003 quotes it. */
const inputs = withAttributes(asRead, 'c12', { verdict: 'verbatim', note: 'Word for word as capture 902 has it.' });
const realLock = readLock(paths);
const prose = captureInput('902_prose.txt', proseCapture());
const revised = captureInput('903_revised.txt', revisedCapture(), { revised: '2026-03-02' });

/** The lock as `npm run anchors:update` would write it for these captures. */
function lockFor(captures: readonly CaptureInput[], base: AnchorLock = realLock.lock): LockInput {
  const { corpus } = checkCorpus(inputs, undefined, { captures, numbering: { ...realLock, lock: base } });
  const lock: AnchorLock = { ...base };
  for (const c of corpus.captures.filter((c) => !c.reading)) lock[captureLockKey(c.source, c.id)] ??= captureAnchors(c.passages, c.absent);
  return { file: 'content/anchors.lock.json', text: formatLock(lock), lock };
}
const messages = (captures: readonly CaptureInput[], lock = lockFor(captures), docs = inputs) =>
  checkCorpus(docs, lock, { captures }).errors.map((e) => `${e.message} [${e.rule}]`);

describe('captures of the post', () => {
  test('align, lock and check with no error, and leave the four documents’ anchors exactly as locked', () => {
    const lock = lockFor([prose, revised]);
    const { corpus, errors } = checkCorpus(inputs, lock, { captures: [prose, revised] });
    expect(errors).toEqual([]);
    expect(corpus.captures.map((c) => [c.id, c.reading])).toEqual([
      ['002_b1635164cf9d6a8a', true],
      ['902_prose', false],
      ['903_revised', false],
    ]);
    for (const doc of corpus.documents) expect(anchorFingerprints(doc.passages), doc.meta.slug).toEqual(realLock.lock[doc.meta.slug]);
  });

  test('accept as verbatim a quotation that matches only the second capture, and refuse to call it a misquote', () => {
    const lock = lockFor([prose]);
    const { corpus, errors } = checkCorpus(inputs, lock, { captures: [prose] });
    expect(errors).toEqual([]);
    expect(findClaim(corpus, R003, 'c12')?.quote?.capture).toEqual({ id: '902_prose', label: 'capture 902', reading: false });
    const asMisquote = checkCorpus(asRead, lock, { captures: [prose] }).errors.map((e) => e.message);
    expect(asMisquote).toEqual([
      expect.stringMatching(
        /^content\/reports\/003_3604921ae2a8460e\.mdx:\d+:\d+: Claim `c12` is marked `misquote` but matches ¶ 42, sentence 3 in capture 902 word for word\. Mark it `verbatim`\.$/,
      ),
    ]);
  });

  test('cite a quotation’s passage in the capture it matches, and record every other capture that holds it', () => {
    const { corpus } = checkCorpus(inputs, lockFor([prose]), { captures: [prose] });
    const named = (claim: Parameters<typeof citeCaptures>[1] | undefined) =>
      citeCaptures(corpus.captures, claim!).map((c) => [c.cite.anchor, c.cited?.id, c.others.map((o) => o.id)]);
    expect(named(findClaim(corpus, R003, 'c12'))).toEqual([['p42-s3', '902_prose', ['002_b1635164cf9d6a8a']]]);
    // ¶ 14, a heading the prose capture lacks, is cited in the reading text and nowhere else.
    const headed = checkCorpus(withAttributes(inputs, 'c1', { cites: 'p6 p14' }), lockFor([prose]), { captures: [prose] }).corpus;
    expect(named(findClaim(headed, R003, 'c1')).find(([anchor]) => anchor === 'p14')).toEqual(['p14', '002_b1635164cf9d6a8a', []]);
  });

  test('round trip: every locked anchor of the post resolves in every capture, or is marked absent there', () => {
    const { corpus } = checkCorpus(inputs, lockFor([prose, revised]), { captures: [prose, revised] });
    for (const capture of corpus.captures) {
      for (const anchor of Object.keys(realLock.lock[POST] ?? {})) {
        const resolved = resolveInCapture(capture, anchor);
        expect(resolved, `${anchor} in ${capture.id}`).not.toBeNull();
        if (resolved && 'absent' in resolved)
          expect(lockFor([prose, revised]).lock[captureLockKey(POST, capture.id)]?.[anchor.split('-')[0] ?? '']).toBe(ABSENT);
      }
    }
  });

  test('give passages found in one capture only numbers no other passage or capture uses, and keep them once locked', () => {
    const lock = lockFor([prose, revised]);
    const { corpus } = checkCorpus(inputs, lock, { captures: [prose, revised] });
    const fresh = corpus.captures.flatMap((c) => c.passages.filter((p) => p.anchors.length === 0).map((p) => p.key));
    expect(fresh).toEqual(['p66', 'p67', 'p68']);
    // Locked alone first, the revision keeps its numbers when the prose copy arrives later.
    const revisionFirst = lockFor([revised]);
    const later = checkCorpus(inputs, lockFor([prose, revised], revisionFirst.lock), { captures: [prose, revised] });
    expect(later.errors).toEqual([]);
    expect(later.corpus.captures.flatMap((c) => c.passages.filter((p) => p.anchors.length === 0).map((p) => `${c.id}:${p.key}`))).toEqual([
      '902_prose:p68',
      '903_revised:p66',
      '903_revised:p67',
    ]);
  });

  test('stop the build when an alignment would change what a locked anchor means, at its line in the lock', () => {
    const lock = lockFor([prose]);
    const entry = { ...lock.lock[captureLockKey(POST, '902_prose')] };
    entry['p20'] = '0123456789abcdef';
    const damaged = { ...lock.lock, [captureLockKey(POST, '902_prose')]: entry };
    const text = formatLock(damaged);
    const line = text.split('\n').findIndex((l) => l.includes('"p20": "0123456789abcdef"')) + 1;
    expect(messages([prose], { file: 'content/anchors.lock.json', text, lock: damaged })).toEqual([
      `content/anchors.lock.json:${line}: In capture \`902_prose\` of \`${POST}\`, locked anchor \`p20\` would now mean other words, so citations of it would change meaning. Restore the capture's seed, the reading text or the lock. If the new alignment is right, run \`npm run anchors:update -- --rewrite\` and record why in the commit. [captures:changed]`,
    ]);
  });

  test.each([
    [
      'a capture not yet in the lock',
      [prose],
      realLock,
      `content/captures/902_prose.yaml:4: Capture \`902_prose\` of \`${POST}\` is not in the anchor lock yet. Run \`npm run anchors:update\` to lock its alignment, review it, then commit \`content/anchors.lock.json\`. [captures:unlocked]`,
    ],
    [
      'a capture whose source slug does not exist',
      [captureInput('902_prose.txt', proseCapture(), { of: 'no-such-source' })],
      undefined,
      'content/captures/902_prose.yaml:3: Capture of unknown source `no-such-source`. Set `of` to the slug of a primary source: `our-agreement-with-the-department-of-war`. [captures:unknown-source]',
    ],
    [
      'two captures claiming the same seed',
      [revised, captureInput('903_revised.txt', revisedCapture(), { file: 'content/captures/903_revised_again.yaml' })],
      undefined,
      "content/captures/903_revised_again.yaml:4: Seed `903_revised.txt` is already claimed by content/captures/903_revised.yaml. A seed is one capture of one document: point `seed` at this capture's own seed, or delete this record. [captures:seed-claimed]",
    ],
    [
      'a capture claiming a report’s seed',
      [captureInput('000_265bca5c0a58c33e.txt', proseCapture())],
      undefined,
      "content/captures/000_265bca5c0a58c33e.yaml:4: Seed `000_265bca5c0a58c33e.txt` is already claimed by content/reports/000_265bca5c0a58c33e.mdx. A seed is one capture of one document: point `seed` at this capture's own seed, or delete this record. [captures:seed-claimed]",
    ],
    [
      'a capture that cannot be aligned',
      [captureInput('904_other.txt', 'A statement about something else.\n\nIt shares no passage with the post.\n')],
      undefined,
      `content/captures/904_other.yaml:4: Capture \`904_other.txt\` cannot be aligned with the reading text of \`${POST}\`: only 0 of its 2 passages were found there. Check that the seed is a copy of this source and that \`of\` names the right one; a different document is imported on its own with \`npm run import\`. [captures:unaligned]`,
    ],
  ])('stop the build on %s, at its line', (_, captures, lock, expected) => {
    // As the reports stand: no capture here words ¶ 42 as report 003 quotes it.
    expect(messages(captures, lock ?? lockFor(captures, realLock.lock), captures.includes(prose) ? inputs : asRead)).toEqual([expected]);
  });
});
