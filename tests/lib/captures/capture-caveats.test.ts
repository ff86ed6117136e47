/**
 * What the post's page says is known about capture 002, on the real content:
 * the passages other copies word otherwise and the later revision come from
 * the capture's record; the claims whose verdict could change are computed.
 */
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/build/load-corpus.ts';
import { projectPaths } from '../../../src/build/project-paths.ts';
import { captureCaveats, caveatErrors } from '../../../src/lib/captures/capture-caveats.ts';
import { readCaptureRecord } from '../../../src/lib/captures/capture-record.ts';
import { parseAnchor } from '../../../src/lib/sources/anchors.ts';

const { corpus, errors } = loadCorpus(projectPaths(), { drafts: false, lock: true });
const post = corpus.captures.find((c) => c.id === '002_b1635164cf9d6a8a')!;
const caveats = captureCaveats(corpus, post);
const FILE = 'content/captures/002_b1635164cf9d6a8a.yaml';
const record = (extra: string) =>
  readCaptureRecord(
    FILE,
    `of: our-agreement-with-the-department-of-war\nseed: 002_b1635164cf9d6a8a.txt\nseedSha256: ${'a'.repeat(64)}\ntype: republication\nknownFrom: Compared by the editors.\n${extra}`,
  );

describe('captureCaveats of capture 002', () => {
  test('states what is known, from the record: ¶ 15–20, 22 and 25 differ, ¶ 37 probably, and a revision of 2 March 2026 is missing', () => {
    expect(errors).toEqual([]);
    expect(caveats.differs.map((d) => `${d.label}${d.certainty === 'probable' ? '?' : ''}`)).toEqual([
      '¶ 8',
      '¶ 14',
      '¶ 15–19',
      '¶ 20',
      '¶ 22',
      '¶ 25',
      '¶ 37?',
    ]);
    expect(caveats.revisions.map((r) => r.date)).toEqual(['2026-03-02']);
  });

  test('lists, once each and in reading order, every claim citing a passage they touch, and no other', () => {
    const touched = new Set([...caveats.differs, ...caveats.revisions.flatMap((r) => r.bearsOn)].flatMap((p) => p.anchors));
    const expected = corpus.documents.flatMap((doc) =>
      doc.claims
        .filter((claim) => claim.cites.some((c) => c.source === post.source && touched.has(`p${parseAnchor(c.anchor)?.passage}`)))
        .map((claim) => `${doc.meta.slug}#${claim.id}`),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(caveats.claims.map(({ report, claim }) => `${report.slug}#${claim.id}`)).toEqual(expected);
  });

  test('includes report 000’s c10, the misquote that follows the publisher’s prose sentence', () => {
    const c10 = caveats.claims.find(
      ({ report, claim }) => report.slug === 'openai-reaches-classified-deployment-agreement-with-pentagon-sets' && claim.id === 'c10',
    );
    expect(c10?.claim.verdict).toBe('misquote');
  });
});

describe('caveatErrors', () => {
  const reading = new Set(Array.from({ length: 65 }, (_, i) => `p${i + 1}`));
  test.each([
    [
      'a passage the post does not have',
      'differs:\n  - at: p99\n    certainty: known\n    how: Other words.\n',
      `${FILE}:6: Unexpected passage \`p99\` in \`differs\`, expected a passage of the reading text. Name passages by the ¶ numbers of the source's page, e.g. \`p20\` or \`p15..p19\`. [captures:unknown-passage]`,
    ],
    [
      'a run written backwards',
      'laterRevisions:\n  - date: 2026-03-02\n    what: More.\n    bearsOn: [p19..p15]\n',
      `${FILE}:6: Unexpected passage \`p19..p15\` in \`laterRevisions\`, expected a passage of the reading text. Name passages by the ¶ numbers of the source's page, e.g. \`p20\` or \`p15..p19\`. [captures:unknown-passage]`,
    ],
  ])('stop at %s', (_name, extra, expected) => {
    expect(caveatErrors(record(extra), reading).map((e) => `${e.message} [${e.rule}]`)).toEqual([expected]);
  });

  test('accept passages and runs the post has', () => {
    expect(caveatErrors(record('differs:\n  - at: p15..p19\n    certainty: known\n    how: Other words.\n'), reading)).toEqual([]);
  });

  test('the schema refuses a passage that is not written as one', () => {
    expect(() => record('differs:\n  - at: ¶ 15\n    certainty: known\n    how: Other words.\n')).toThrow(
      /^content\/captures\/002_b1635164cf9d6a8a\.yaml:6: Invalid capture field `differs`: a passage of the reading text, `p20`, or a run of them, `p15\.\.p19`\. Correct the value\.$/,
    );
  });
});
