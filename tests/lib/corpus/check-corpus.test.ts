import { describe, expect, test } from 'vitest';
import { checkCorpus } from '../../../src/lib/corpus/check-corpus.ts';
import { claimsCiting, findClaim, reportClaims } from '../../../src/lib/corpus/corpus.ts';
import { anchorFingerprints, formatLock } from '../../../src/lib/sources/anchor-lock.ts';
import { claim, passage, REPORT_FILE, report, source, SOURCE_FILE } from './fixtures.ts';

const good = claim({ id: 'c1', verdict: 'accurate', cites: 'p1' }, 'deploy via cloud only', 3);
const messages = (...args: Parameters<typeof checkCorpus>) => checkCorpus(...args).errors.map((e) => `${e.message} [${e.rule}]`);

describe('checkCorpus', () => {
  test.each([
    [
      'a claim that fails its own checks',
      [claim({ id: 'c1', verdict: 'wrong', cites: 'p1' }, 'deploy via cloud only', 3)],
      'c1',
      true,
      ['claims:unknown-verdict'],
    ],
    ['a claim of a page that could not be read', [good], 'c9', false, []],
    ['a claim written nowhere', [good], 'c9', true, ['corrections:unknown-claim']],
  ] as const)('holds to its claim a correction of %s, with no second error for one already reported', (_case, claims, id, complete, rules) => {
    const text = `- date: 2026-03-05\n  report: report\n  claim: ${id}\n  field: verdict\n  was: partial\n  why: Re-judged.\n`;
    const { errors } = checkCorpus([source(), report([...claims])], undefined, { corrections: { file: 'content/corrections.yaml', text }, complete });
    expect(errors.map((e) => e.rule)).toEqual(rules);
  });

  test('turns sound documents into a corpus with no errors', () => {
    const { corpus, errors } = checkCorpus([report([good]), source()]);
    expect(errors).toEqual([]);
    expect(corpus.documents.map((d) => d.meta.slug)).toEqual(['post', 'report']);
    expect(findClaim(corpus, 'report', 'c1')?.verdict).toBe('accurate');
    expect(reportClaims(corpus)).toHaveLength(1);
  });

  test('lists under a source passage every claim citing it or one of its sentences, once', () => {
    const twice = claim({ id: 'c2', verdict: 'accurate', cites: 'p1 p1-s1' }, 'deploy via cloud only', 4);
    const { corpus } = checkCorpus([source(), report([good, twice])]);
    expect(claimsCiting(corpus, 'post', 'p1').map((c) => c.claim.id)).toEqual(['c1', 'c2']);
    expect(claimsCiting(corpus, 'post', 'p2')).toEqual([]);
  });

  test('freezes the corpus, so nothing after the checks can change what was checked', () => {
    const { corpus } = checkCorpus([source(), report([good])]);
    expect(Object.isFrozen(corpus.documents[0]?.passages[0])).toBe(true);
    expect(() => (corpus.documents as unknown[]).push({})).toThrow(TypeError);
  });

  test('reports every broken claim at once, sorted by line, each with its rule id', () => {
    const broken = [
      claim({ id: 'c3', verdict: 'wrong', cites: 'p1' }, 'deploy via cloud only', 9),
      claim({ id: 'c2', verdict: 'accurate', cites: 'p99' }, 'deploy via cloud only', 5),
      good,
    ];
    expect(messages([source(), report(broken)])).toEqual([
      `${REPORT_FILE}:5:5: Claim \`c2\` cites unknown passage \`p99\`. Use an id from the post, \`p1\` to \`p2\`, or a sentence of one, e.g. \`p1-s1\`. [claims:unknown-passage]`,
      `${REPORT_FILE}:9:5: Claim \`c3\` has unknown verdict \`wrong\`. Use one of \`verbatim\`, \`accurate\`, \`partial\`, \`misquote\`, \`not-in-post\`, \`contradicted\`. [claims:unknown-verdict]`,
    ]);
  });

  test('keeps a document whose claims fail, without those claims', () => {
    const { corpus } = checkCorpus([source(), report([claim({ id: 'c2', verdict: 'accurate', cites: 'p99' }, 'deploy via cloud only', 5), good])]);
    expect(corpus.documents[1]?.claims.map((c) => c.id)).toEqual(['c1']);
  });

  test('stops on page text that drifts from the seed, at the passage where it starts, beside the claim it breaks', () => {
    const drifted = { ...report([good]), seedText: 'They deploy via the cloud only, it said.\n' };
    expect(messages([source(), drifted])).toEqual([
      `${REPORT_FILE}:2:1: Text differs from seed \`report.txt\` in \`p1\`: expected “They deploy via the cloud only, it said.”, found “They deploy via cloud only, it said.”. Restore the seed's exact wording; annotations may wrap words but never change, add or drop them. [fidelity:drift]`,
      `${REPORT_FILE}:3:5: Claim \`c1\` wraps words that are not in the report: “deploy via cloud only”. Wrap the report’s own words, unchanged. [claims:text-not-in-page]`,
    ]);
  });

  test('stops on an id used twice on a page', () => {
    const doc = { ...report([good]), explicitIds: [{ id: 'p1', place: { file: REPORT_FILE, line: 7, column: 2 } }] };
    expect(messages([source(), doc])).toEqual([
      `${REPORT_FILE}:2:1: Duplicate anchor \`p1\`, already used at line 7. Remove the explicit \`id\`, or choose one that is not a passage id (\`p…\`) and not used elsewhere on the page. [anchors:duplicate]`,
    ]);
  });

  test('stops on a published report with no claims, and explains drafts', () => {
    expect(messages([source(), report([])])).toEqual([
      `${REPORT_FILE}:1: Report has no claims, so publishing it would check nothing. Annotate its claims (\`npm run suggest -- FILE --write\` drafts them), or add \`draft: true\` to its frontmatter to keep it out of the published site until it is done. [claims:none]`,
    ]);
    const draft = report([]);
    expect(messages([source(), { ...draft, meta: { ...draft.meta, draft: true } }])).toEqual([]);
  });

  test.each([
    [
      'a new anchor',
      (lock: Record<string, Record<string, string>>) => delete lock['post']?.['p2-s1'],
      `${SOURCE_FILE}:4:1: Anchor \`p2-s1\` of \`post\` is not in the anchor lock yet. Run \`npm run anchors:update\` to lock new anchors, then commit \`content/anchors.lock.json\`. [anchors:unlocked]`,
    ],
    [
      'a changed anchor',
      (lock: Record<string, Record<string, string>>) => void ((lock['post'] ?? {})['p1'] = 'other'),
      `${SOURCE_FILE}:2:1: Locked anchor \`p1\` now points at different text. Restore the passage's text and order. If the change is intended, run \`npm run anchors:update -- --rewrite\` and record why in the commit. [anchors:changed]`,
    ],
    [
      'a removed anchor',
      (lock: Record<string, Record<string, string>>) => void ((lock['post'] ?? {})['p3'] = 'gone'),
      'content/anchors.lock.json:7: Locked anchor `p3` of `post` no longer exists, so citations of it would break. Restore the passage. If it must go, run `npm run anchors:update -- --rewrite` and record why in the commit. [anchors:removed]',
    ],
  ])('holds anchors to the lock: stops on %s', (_name, change, expected) => {
    const docs = [source(), report([good])];
    const lock = Object.fromEntries(docs.map((d) => [d.meta.slug, anchorFingerprints(d.passages)]));
    change(lock);
    expect(messages(docs, { file: 'content/anchors.lock.json', text: formatLock(lock), lock })).toEqual([expected]);
  });

  test('leaves the lock out of it while the page itself has errors', () => {
    const docs = [source(), report([claim({ id: 'c2', verdict: 'accurate', cites: 'p99' }, 'deploy via cloud only', 5)])];
    expect(messages(docs, { file: 'lock.json', text: '{}', lock: {} }).filter((m) => m.includes('report.mdx'))).toHaveLength(1);
  });

  test('orders sources before reports, each kind by seed file, whatever order the pages were read in', () => {
    const second = {
      ...source(),
      path: 'content/sources/b.mdx',
      meta: { ...source().meta, slug: 'b', seed: 'b.txt' },
      passages: [passage('b', 1, 'Deploy via cloud only.'), passage('b', 2, 'We do not know why.')],
    };
    const { corpus, errors } = checkCorpus([report([claim({ id: 'c1', verdict: 'accurate', cites: 'b#p1' }, 'deploy via cloud only', 3)]), second, source()]);
    expect(errors).toEqual([]);
    expect(corpus.documents.map((d) => d.meta.slug)).toEqual(['b', 'post', 'report']);
  });
});
