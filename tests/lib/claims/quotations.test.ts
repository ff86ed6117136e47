import { describe, expect, test } from 'vitest';
import type { CheckedClaim } from '../../../src/lib/claims/claim.ts';
import { bySpeaker, quotationParts, remarkVersions } from '../../../src/lib/claims/quotations.ts';
import { tally } from '../../../src/lib/claims/verdicts.ts';

const claim = (id: string, text: string, extra: Partial<CheckedClaim> = {}): CheckedClaim => ({
  id,
  verdict: 'not-in-post',
  note: 'n',
  text,
  passage: 'p1',
  prefix: '',
  suffix: '',
  cites: [],
  ...extra,
});

describe('quotations', () => {
  const a = { report: 'A', claim: claim('c1', '"we will look like geniuses"', { speaker: 'Sam Altman', remark: 'r' }) };
  const b = { report: 'B', claim: claim('c2', '“we will look like geniuses, and a company”', { speaker: 'Sam Altman', remark: 'r' }) };
  const c = { report: 'B', claim: claim('c3', 'unquoted paraphrase') };

  test('groups quotations by speaker and leaves out claims with no speaker', () => {
    expect(bySpeaker([a, b, c]).map(([speaker, items]) => [speaker, items.length])).toEqual([['Sam Altman', 2]]);
  });

  test('diffs two versions of one remark', () => {
    const [version] = remarkVersions([a, b, c]);
    expect(version?.diff.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual([', and a company']);
  });
});

describe('tally', () => {
  test('counts every verdict, zero for the unused', () => {
    expect(tally(['partial', 'partial', 'accurate'])).toEqual({ verbatim: 0, accurate: 1, partial: 2, misquote: 0, 'not-in-post': 0, contradicted: 0 });
  });
});

describe('quotationParts', () => {
  test.each([
    ['quotes a claim without quotation marks whole', 'We hope they will consider it', { before: '', quoted: 'We hope they will consider it', after: '' }],
    [
      'quotes the words inside marks that wrap the whole claim',
      '“We hope they will consider it,”',
      { before: '', quoted: 'We hope they will consider it', after: '' },
    ],
    [
      'quotes only the marked words of a claim that frames them in the reporter’s own',
      'claiming it "absolutely allows domestic surveillance" because it adheres to Executive Order 12333',
      { before: 'claiming it ', quoted: 'absolutely allows domestic surveillance', after: ' because it adheres to Executive Order 12333' },
    ],
    ['keeps an apostrophe, which is no quotation mark', "If we’re right, we'll see", { before: '', quoted: "If we’re right, we'll see", after: '' }],
    ['drops a lone mark and quotes the rest', '"We hope', { before: '', quoted: 'We hope', after: '' }],
  ])('%s', (_, text, parts) => {
    expect(quotationParts(text)).toEqual(parts);
  });

  test('keeps every word of the claim, in order', () => {
    const text = 'claiming it "absolutely allows domestic surveillance" because it adheres to Executive Order 12333';
    const { before, quoted, after } = quotationParts(text);
    expect(`${before}"${quoted}"${after}`).toBe(text);
  });
});
