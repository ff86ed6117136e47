import { describe, expect, test } from 'vitest';
import { formatDrafts } from '../../../src/lib/authoring/suggest-report.ts';
import { addScores, draftIsRight, scoreDrafts, type GoldClaim } from '../../../src/lib/authoring/suggest-eval.ts';
import type { ClaimDraft } from '../../../src/lib/authoring/suggest.ts';

const long =
  'The company said that its deployment would remain in the cloud and that cleared personnel would stay in the loop at every stage, which critics doubted.';
const passage =
  'Our red lines are more enforceable because deployment is limited to cloud-only (not at the edge), our safety stack remains intact, and cleared OpenAI personnel stay in the loop.';
const offered = (anchor: string, fit = 0.7) => ({ source: 'post', anchor, cites: [anchor], fit, score: fit });
const draft = (over: Partial<ClaimDraft>): ClaimDraft => ({
  start: 0,
  end: 10,
  words: long,
  cites: ['p42'],
  offered: [offered('p42'), offered('p17', 0.4)],
  why: 'fits p42 best',
  ...over,
});

describe('formatDrafts', () => {
  const out = formatDrafts(
    [{ passage: 'p3', drafts: [draft({}), draft({ verdict: 'not-in-post', cites: [], offered: [offered('p9', 0.1)], why: 'no passage fits well enough' })] }],
    () => passage,
  );

  test('fits a 100-column terminal', () => {
    expect(Math.max(...out.split('\n').map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  test('shows the report’s sentence and the passage it points to whole', () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
    expect(words(out)).toContain(words(long));
    expect(words(out)).toContain(words(`“${passage}”`));
  });

  test('ends with a count of drafts by verdict', () => {
    expect(out.split('\n').at(-1)).toBe('2 drafts: 0 verbatim, 0 misquote, 1 not in the post, 1 to choose.');
  });
});

describe('scoreDrafts', () => {
  const gold: GoldClaim[] = [
    { passage: 'p1', start: 0, end: 20, verdict: 'accurate', cites: ['p17'], isQuote: false },
    { passage: 'p1', start: 30, end: 50, verdict: 'verbatim', cites: ['p18'], isQuote: true },
    { passage: 'p2', start: 0, end: 20, verdict: 'not-in-post', cites: [], isQuote: true },
  ];
  const d = (start: number, end: number, cites: string[], verdict?: ClaimDraft['verdict'], alternatives: string[] = []): ClaimDraft => ({
    start,
    end,
    words: '',
    ...(verdict ? { verdict } : {}),
    cites,
    offered: [...cites, ...alternatives].map((a) => offered(a)),
    why: '',
  });

  test.each([
    [
      'all right',
      [d(0, 20, ['p17']), d(30, 50, ['p18'], 'verbatim')],
      [d(0, 20, [], 'not-in-post')],
      { drafts: 3, right: 3, nonClaimDrafts: 0, top3: 2, postQuotesVerdict: 1, otherQuotesMatched: 0 },
    ],
    [
      'a draft for a sentence with no claim counts as wrong',
      [d(0, 20, ['p17']), d(55, 70, ['p9'])],
      [],
      { drafts: 2, right: 1, nonClaimDrafts: 1, top3: 1, postQuotesVerdict: 0, otherQuotesMatched: 0 },
    ],
    [
      'the right passage second is wrong at top 1, right in top 3',
      [d(0, 20, ['p9'], undefined, ['p17'])],
      [],
      { drafts: 1, right: 0, nonClaimDrafts: 0, top3: 1, postQuotesVerdict: 0, otherQuotesMatched: 0 },
    ],
    [
      'another speaker’s words matched to the post',
      [],
      [d(0, 20, ['p42-s3'], 'misquote')],
      { drafts: 1, right: 0, nonClaimDrafts: 0, top3: 0, postQuotesVerdict: 0, otherQuotesMatched: 1 },
    ],
  ])('%s', (_name, p1, p2, expected) => {
    expect(
      scoreDrafts(
        gold,
        [
          { passage: 'p1', drafts: p1 },
          { passage: 'p2', drafts: p2 },
        ],
        'post',
      ),
    ).toMatchObject({ claims: 3, citedClaims: 2, postQuotes: 1, otherQuotes: 1, ...expected });
  });

  test.each([
    ['the same passage of the post', ['p17'], ['p17-s2'], true],
    ['the post named by its slug', ['post#p17'], ['p17'], true],
    ['the same number in another source', ['other#p17'], ['p17'], false],
    ['the same passage of another source', ['other#p17'], ['other#p17-s1'], true],
  ])('counts a draft right only for a passage the editor cited, in the same source: %s', (_name, cites, drafted, right) => {
    const claim = { passage: 'p1', start: 0, end: 20, verdict: 'accurate', cites, isQuote: false };
    expect(draftIsRight(d(0, 20, drafted), claim, 'post')).toBe(right);
  });

  test('adds up scores field by field', () => {
    const one = scoreDrafts(gold, [{ passage: 'p1', drafts: [d(0, 20, ['p17'])] }], 'post');
    expect(addScores([one, one])).toEqual(Object.fromEntries(Object.entries(one).map(([k, v]) => [k, v * 2])));
  });
});
