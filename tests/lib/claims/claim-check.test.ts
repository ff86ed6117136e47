import { describe, expect, test } from 'vitest';
import { checkClaim } from '../../../src/lib/claims/claim-check.ts';
import type { ClaimInput, SourceIndex } from '../../../src/lib/claims/claim.ts';
import { checkMessage, claimInput } from '../../support/claim-input.ts';

const index: SourceIndex = {
  defaultSource: 'post',
  sources: {
    post: {
      title: 'The post',
      anchors: {
        p1: 'Deploy via cloud only.',
        p2: 'We do not know why Anthropic could not reach this deal.',
        'p2-s1': 'We do not know why Anthropic could not reach this deal.',
        p3: '• Retain full discretion over our safety stack.',
        p4: '• Keep cleared OpenAI personnel in the loop.',
      },
    },
    other: { title: 'Another source', anchors: { p1: 'Another text.' } },
  },
};
const report =
  'The company said: “We don’t know why Anthropic could not reach this deal.” It deploys via cloud only. It will “retain full discretion over our safety stack. Keep cleared OpenAI personnel in the loop.” It will “retain discretion over the safety stack, keep OpenAI staff in the loop”. “Nobody can check this,” a critic said.';
const input = (attributes: Record<string, string>, text = '“We don’t know why Anthropic could not reach this deal.”'): ClaimInput =>
  claimInput({ id: 'c1', note: 'A note.', ...attributes }, text);
const message = (claim: ClaimInput) => checkMessage(claim, index, report);

describe('checkClaim', () => {
  test('accepts a misquote, with its diff', () => {
    const claim = checkClaim(input({ verdict: 'misquote', cites: 'p2-s1' }), index, report);
    expect(claim.quote?.diff.some((p) => p.kind === 'added' && p.text === "don't")).toBe(true);
  });

  test('matches a quote across bullet points and shows no bullet in its diff', () => {
    const claim = checkClaim(
      input({ verdict: 'misquote', cites: 'p3 p4' }, '“retain discretion over the safety stack, keep OpenAI staff in the loop”'),
      index,
      report,
    );
    expect(claim.quote?.diff.map((p) => p.text).join('')).not.toMatch(/[•]/);
    expect(claim.quote?.diff.some((p) => p.kind === 'removed' && p.text.includes('cleared'))).toBe(true);
  });

  test('resolves cites in another source by name', () => {
    expect(checkClaim(input({ verdict: 'not-in-post', cites: 'other#p1' }), index, report).cites[0]?.sourceTitle).toBe('Another source');
  });

  test.each([
    [
      'an unknown verdict',
      input({ verdict: 'wrong', cites: 'p2' }),
      'content/reports/x.mdx:7:3: Claim `c1` has unknown verdict `wrong`. Use one of `verbatim`, `accurate`, `partial`, `misquote`, `not-in-post`, `contradicted`.',
    ],
    [
      'a misspelt verdict',
      input({ verdict: 'acurate', cites: 'p2' }),
      'content/reports/x.mdx:7:3: Claim `c1` has unknown verdict `acurate`. Did you mean `accurate`? Use one of `verbatim`, `accurate`, `partial`, `misquote`, `not-in-post`, `contradicted`.',
    ],
    [
      'a misspelt attribute, which would drop the cites of a claim not in the post',
      input({ verdict: 'not-in-post', cite: 'p2' }),
      'content/reports/x.mdx:7:3: Claim `c1` has unknown attribute `cite`. Did you mean `cites`? A claim takes `id`, `verdict`, `cites`, `note`, `speaker`, `remark`, `reviewed`.',
    ],
    [
      'an attribute the build does not know at all',
      input({ verdict: 'accurate', cites: 'p2', colour: 'red' }),
      'content/reports/x.mdx:7:3: Claim `c1` has unknown attribute `colour`. A claim takes `id`, `verdict`, `cites`, `note`, `speaker`, `remark`, `reviewed`.',
    ],
    [
      'a review date that is not a date',
      input({ verdict: 'accurate', cites: 'p2', reviewed: '2 December' }),
      'content/reports/x.mdx:7:3: Claim `c1` has `reviewed="2 December"`, which is not a date. Write the day the claim was added, e.g. `reviewed="2026-12-02"`, or the day and time with its offset, e.g. `reviewed="2026-12-02T09:30:00+00:00"`.',
    ],
    [
      'an attribute written as an expression',
      { ...input({ verdict: 'accurate' }), unquoted: ['cites'] },
      'content/reports/x.mdx:7:3: Claim `c1` gives `cites` no quoted value. Write it as a quoted string, e.g. `cites="…"`: the build reads no expressions.',
    ],
    [
      'an empty note',
      input({ verdict: 'accurate', cites: 'p2', note: '  ' }),
      'content/reports/x.mdx:7:3: Claim `c1` has an empty note. Say in one or two neutral sentences why the verdict holds.',
    ],
    [
      'a missing id',
      input({ id: '', verdict: 'accurate', cites: 'p2' }),
      'content/reports/x.mdx:7:3: Claim has no `id`. Give it `id="c<number>"`, unique on the page; it becomes the claim’s permanent anchor.',
    ],
    [
      'an unknown passage',
      input({ verdict: 'accurate', cites: 'p99' }),
      'content/reports/x.mdx:7:3: Claim `c1` cites unknown passage `p99`. Use an id from the post, `p1` to `p4`, or a sentence of one, e.g. `p1-s1`.',
    ],
    [
      'an unknown source',
      input({ verdict: 'accurate', cites: 'blog#p1' }),
      'content/reports/x.mdx:7:3: Claim `c1` cites unknown source `blog`. Use one of `post`, `other`.',
    ],
    [
      'no cites for a checked verdict',
      input({ verdict: 'accurate' }),
      'content/reports/x.mdx:7:3: Claim `c1` cites no passage. Add `cites="p12"` naming the passage of the post it is checked against.',
    ],
    [
      'no cites for a claim the post contradicts',
      input({ verdict: 'contradicted' }),
      'content/reports/x.mdx:7:3: Claim `c1` cites no passage. Add `cites="p12"` naming the passage of the post that says otherwise.',
    ],
    [
      'a verbatim quote that differs',
      input({ verdict: 'verbatim', cites: 'p2' }),
      "content/reports/x.mdx:7:3: Claim `c1` is marked `verbatim` but differs from ¶ 2: We [-do not-]{+don't+} know why Anthropic could not reach this deal. Mark it `misquote`, or cite the passage it quotes word for word.",
    ],
    [
      'a misquote that matches',
      input({ verdict: 'misquote', cites: 'p1' }, 'via cloud only'),
      'content/reports/x.mdx:7:3: Claim `c1` is marked `misquote` but matches ¶ 1 word for word. Mark it `verbatim`.',
    ],
    [
      'a misquote that cites the wrong passage, naming the one it distorts',
      input({ verdict: 'misquote', cites: 'p1' }),
      "content/reports/x.mdx:7:3: Claim `c1` quotes words not found in what it cites (¶ 1). The closest words are in ¶ 2 (`p2`): We [-do not-]{+don't+} know why Anthropic could not reach this deal. Cite it.",
    ],
    [
      'a verbatim quote that cites the wrong passage, naming the one that holds it',
      input({ verdict: 'verbatim', cites: 'p1' }, '“retain full discretion over our safety stack. Keep cleared OpenAI personnel in the loop.”'),
      'content/reports/x.mdx:7:3: Claim `c1` quotes words not found in what it cites (¶ 1). The words are in ¶ 3–4 (`p3 p4`) word for word: cite them.',
    ],
    [
      'a verbatim quote that is close to the post, suggesting `misquote`',
      input({ verdict: 'verbatim', cites: 'p1' }, '“retain discretion over the safety stack, keep OpenAI staff in the loop”'),
      'content/reports/x.mdx:7:3: Claim `c1` quotes words not found in what it cites (¶ 1). The closest words are in ¶ 3–4 (`p3 p4`): retain [-full -]discretion over [-our-]{+the+} safety stack[-.-]{+,+} keep [-cleared -]OpenAI [-personnel-]{+staff+} in the loop. Cite them and mark it `misquote`.',
    ],
    [
      'a quote of someone else, found nowhere in the post',
      input({ verdict: 'misquote', cites: 'p1' }, '“Nobody can check this,”'),
      'content/reports/x.mdx:7:3: Claim `c1` quotes words not found in what it cites (¶ 1). Cite the passage it quotes, or use `not-in-post`.',
    ],
    [
      'words that are not in the report',
      input({ verdict: 'accurate', cites: 'p1' }, 'It deploys on the edge.'),
      'content/reports/x.mdx:7:3: Claim `c1` wraps words that are not in the report: “It deploys on the edge.”. Wrap the report’s own words, unchanged.',
    ],
  ])('stops on %s', (_name, claim, expected) => {
    expect(message(claim)).toBe(expected);
  });
});
