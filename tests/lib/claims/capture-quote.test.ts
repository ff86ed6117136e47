import { describe, expect, test } from 'vitest';
import { checkClaim } from '../../../src/lib/claims/claim-check.ts';
import type { CitedPassage, ClaimInput, SourceIndex } from '../../../src/lib/claims/claim.ts';
import { citesInCapture } from '../../../src/lib/claims/capture-quote.ts';
import { checkMessage, claimInput } from '../../support/claim-input.ts';

// The post's reading text has bullets; its second capture words ¶ 1–2 as one prose sentence (a span).
const prose = 'We retain full discretion over our safety stack and deploy via cloud only.';
const index: SourceIndex = {
  defaultSource: 'post',
  readingCaptures: { post: { id: '002_post', label: 'capture 002' } },
  sources: {
    post: {
      title: 'The post',
      anchors: { p1: '• Retain full discretion over our safety stack.', p2: '• Deploy via cloud only.', p3: 'We do not know why.' },
      captures: [{ id: '902_prose', label: 'capture 902', anchors: { p1: prose, p2: prose } }],
    },
  },
};
const report =
  'It said: “We retain full discretion over our safety stack and deploy via cloud only.” Or “we retain full control over our safety stack and deploy via the cloud.” Also “We do not know why.”';
const input = (attributes: Record<string, string>, text: string): ClaimInput =>
  claimInput({ id: 'c1', cites: 'p1 p2', note: 'As worded in capture 902.', ...attributes }, text);
const onlyInSecond = '“We retain full discretion over our safety stack and deploy via cloud only.”';
const inNeither = '“we retain full control over our safety stack and deploy via the cloud.”';
const message = (claim: ClaimInput) => checkMessage(claim, index, report);

describe('quotations checked against every capture', () => {
  test('accept as verbatim a quotation that matches only the second capture, and name that capture', () => {
    const claim = checkClaim(input({ verdict: 'verbatim' }, onlyInSecond), index, report);
    expect(claim.quote?.capture).toEqual({ id: '902_prose', label: 'capture 902', reading: false });
    expect(claim.quote?.diff.every((p) => p.kind === 'same')).toBe(true);
  });

  test('name the reading capture when a quotation matches it, once the source has several captures', () => {
    const claim = checkClaim(input({ verdict: 'verbatim', cites: 'p3', note: 'Word for word.' }, '“We do not know why.”'), index, report);
    expect(claim.quote?.capture).toEqual({ id: '002_post', label: 'capture 002', reading: true });
  });

  test('diff a misquote against the capture it is closest to', () => {
    const claim = checkClaim(input({ verdict: 'misquote' }, inNeither), index, report);
    expect(claim.quote?.capture?.id).toBe('902_prose');
    expect(claim.quote?.diff.filter((p) => p.kind !== 'same').map((p) => p.text.trim())).toEqual(['discretion', 'control', 'the']);
  });

  test.each([
    [
      'a verbatim quotation whose note does not name the only capture it matches',
      { verdict: 'verbatim', note: 'Word for word.' },
      onlyInSecond,
      'content/reports/x.mdx:7:3: Claim `c1` matches ¶ 1, ¶ 2 word for word only in capture 902, and its note does not say so. Name `capture 902` in the note, so readers know which wording it quotes.',
    ],
    [
      'a misquote that matches some capture word for word',
      { verdict: 'misquote' },
      onlyInSecond,
      'content/reports/x.mdx:7:3: Claim `c1` is marked `misquote` but matches ¶ 1, ¶ 2 in capture 902 word for word. Mark it `verbatim`.',
    ],
    [
      'a verbatim quotation that matches no capture',
      { verdict: 'verbatim' },
      inNeither,
      'content/reports/x.mdx:7:3: Claim `c1` is marked `verbatim` but differs from ¶ 1, ¶ 2 in every capture; the closest, capture 902, reads: we retain full [-discretion-]{+control+} over our safety stack and deploy via {+the +}cloud. Mark it `misquote`, or cite the passage it quotes word for word.',
    ],
  ])('stop on %s', (_, attributes, text, expected) => expect(message(input(attributes, text))).toBe(expected));
});

const citeOf = (anchor: string, text: string): CitedPassage => ({ source: 'post', sourceTitle: 'The post', isDefault: true, anchor, label: anchor, text });
const laterIndex: SourceIndex = {
  defaultSource: 'post',
  sources: {
    post: {
      title: 'The post',
      anchors: {},
      captures: [
        {
          id: '905_later',
          label: 'capture 905',
          anchors: {
            p2: 'Staff stay in the loop.',
            'p4-s1': 'Kept as it was.',
            'p6-s2': 'A whole passage, reworded.',
            p7: 'Two passages run together as one sentence.',
            p8: '“Quoted” words — with a dash.',
          },
          keys: { p2: 'p2', 'p6-s2': 'p6', p7: 'p7..p8', p8: 'p8' },
        },
      ],
    },
  },
};
const capture = { id: '905_later', label: 'capture 905' };

describe('citesInCapture', () => {
  test.each([
    [
      'a passage the capture words otherwise gets its words',
      citeOf('p2', 'Personnel stay in the loop.'),
      { id: '905_later', label: 'capture 905', text: 'Staff stay in the loop.', anchor: 'p2', where: '¶ 2' },
    ],
    [
      'a passage the capture runs together with the next is named as the run',
      citeOf('p7', 'One passage.'),
      { id: '905_later', label: 'capture 905', text: 'Two passages run together as one sentence.', anchor: 'p7', where: '¶ 7–8' },
    ],
    ['a passage that differs only in its quotation marks and dashes gets nothing', citeOf('p8', '"Quoted" words - with a dash.'), undefined],
    [
      'a sentence the capture rewords gets its passage’s words, under the passage',
      citeOf('p6-s2', 'One sentence.'),
      { id: '905_later', label: 'capture 905', text: 'A whole passage, reworded.', anchor: 'p6', where: '¶ 6' },
    ],
    ['a sentence the capture keeps word for word gets nothing', citeOf('p4-s1', 'Kept as it was.'), undefined],
    ['a passage the capture lacks gets nothing', citeOf('p9', 'Only in the reading text.'), undefined],
  ])('%s', (_, given, captured) => {
    expect(citesInCapture([given], laterIndex, capture)[0]?.captured).toEqual(captured);
  });
});
