import { describe, expect, test } from 'vitest';
import { checkClaim } from '../../../src/lib/claims/claim-check.ts';
import type { ClaimInput, SourceIndex } from '../../../src/lib/claims/claim.ts';
import { PLACEHOLDERS, placeholderError } from '../../../src/lib/claims/placeholders.ts';

const index: SourceIndex = { defaultSource: 'post', sources: { post: { title: 'The post', anchors: { p1: 'Deploy via cloud only.' } } } };
const report = 'It deploys via cloud only.';
const input = (attributes: Record<string, string>, text = 'It deploys via cloud only.'): ClaimInput => ({
  attributes: { id: 'c4', verdict: 'accurate', cites: 'p1', note: 'The post says so.', ...attributes },
  text,
  passage: 'p2',
  prefix: '',
  suffix: '',
  place: { file: 'content/reports/x.mdx', line: 12, column: 5 },
});
const message = (claim: ClaimInput, publishing?: boolean) => {
  try {
    checkClaim(claim, index, report, publishing === undefined ? {} : { publishing });
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('placeholders in a publishing build', () => {
  test.each([
    [
      'the draft note',
      input({ note: 'WRITE A NOTE (suggested: p1, p2, p3)' }),
      'content/reports/x.mdx:12:5: Claim `c4` is still a draft: placeholder note `WRITE A NOTE`. Before publishing, note: write one or two neutral sentences saying why the verdict holds.',
    ],
    [
      'the draft verdict',
      input({ verdict: 'CHOOSE' }),
      'content/reports/x.mdx:12:5: Claim `c4` is still a draft: placeholder verdict `CHOOSE`. Before publishing, verdict: choose one of `verbatim`, `accurate`, `partial`, `misquote`, `not-in-post`, `contradicted`.',
    ],
    [
      'the draft id',
      input({ id: 'c?' }),
      'content/reports/x.mdx:12:5: A claim is still a draft: placeholder id `c?`. Before publishing, id: give it `id="c<number>"`, unique on the page.',
    ],
    [
      'undecided cites',
      input({ cites: 'CHOOSE' }),
      'content/reports/x.mdx:12:5: Claim `c4` is still a draft: placeholder cites `CHOOSE`. Before publishing, cites: cite the passages it is checked against, e.g. `cites="p12"`.',
    ],
    [
      'the draft words',
      input({}, '…words…'),
      'content/reports/x.mdx:12:5: Claim `c4` is still a draft: placeholder text `…words…`. Before publishing, text: wrap the report’s own words.',
    ],
    [
      'several at once, all named',
      input({ id: 'c?', verdict: 'CHOOSE', note: 'WRITE A NOTE' }, '…words…'),
      'content/reports/x.mdx:12:5: A claim is still a draft: placeholder id `c?`, verdict `CHOOSE`, note `WRITE A NOTE`, text `…words…`. Before publishing, id: give it `id="c<number>"`, unique on the page; verdict: choose one of `verbatim`, `accurate`, `partial`, `misquote`, `not-in-post`, `contradicted`; note: write one or two neutral sentences saying why the verdict holds; text: wrap the report’s own words.',
    ],
  ])('stop the build at the claim: %s', (_name, claim, expected) => {
    expect(message(claim)).toBe(expected);
    expect(message(claim, true)).toBe(expected);
  });

  test('every kind of placeholder is caught before any other check could misname it', () => {
    const drafts = { id: 'c?', verdict: 'CHOOSE', cites: 'CHOOSE', note: 'WRITE A NOTE', text: '…words…' } as const;
    for (const { field } of PLACEHOLDERS) {
      const claim = field === 'text' ? input({}, drafts.text) : input({ [field]: drafts[field] });
      expect(message(claim)).toContain(`placeholder ${field} \``);
    }
  });
});

describe('placeholders in a preview build', () => {
  test('are no error, so a draft report can be read under npm run dev', () => {
    expect(placeholderError(input({ verdict: 'CHOOSE', note: 'WRITE A NOTE' }), false)).toBeNull();
  });

  test('a finished claim has none in either kind of build', () => {
    expect(placeholderError(input({}), true)).toBeNull();
    expect(message(input({}))).toBe('no error');
  });
});
