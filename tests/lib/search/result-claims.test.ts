import { describe, expect, test } from 'vitest';
import { claimSpans, claimsHolding, passesClaimFilters, readClaims } from '../../../src/lib/search/result-claims.ts';
import { resultClaim } from '../../../src/lib/search/search-records.ts';

const claim = {
  id: 'c1',
  verdict: 'misquote' as const,
  note: 'n',
  text: 'Red | lines',
  passage: 'p4',
  prefix: '',
  suffix: '',
  speaker: 'OpenAI (blog post)',
  cites: [{ source: 'post', sourceTitle: 'Post', anchor: 'p42-s3', label: '¶ 42, sentence 3', text: '' }],
};

describe('readClaims', () => {
  test('reads back what the build writes, a `|` in the words included', () => {
    const written = resultClaim(claim, '/');
    expect(written).toEqual({
      verdict: 'misquote',
      text: 'Red | lines',
      speaker: 'OpenAI (blog post)',
      compare: { url: '/sources/post/#p42-s3', where: '¶ 42, sentence 3' },
    });
    expect(readClaims(JSON.parse(JSON.stringify([written])))).toEqual([written]);
  });

  test.each([
    ['not a list', { p4: [] }],
    ['a list of other things', [1, 'two', null]],
    ['nothing', undefined],
  ])('reads %s as no claims', (_name, value) => {
    expect(readClaims(value)).toEqual([]);
  });

  test('reads back the source to compare, when it is named, and drops one that is not text', () => {
    const compare = { url: '/sources/other/#p3', where: '¶ 3' };
    expect(readClaims([{ verdict: 'accurate', text: 'x', compare: { ...compare, source: 'Another source' } }])[0]?.compare).toEqual({
      ...compare,
      source: 'Another source',
    });
    expect(readClaims([{ verdict: 'accurate', text: 'x', compare: { ...compare, source: 7 } }])[0]?.compare).toEqual(compare);
  });

  test('leaves out malformed claims and unsafe links, keeping the rest', () => {
    const decoded = readClaims([
      { verdict: 'made-up', text: 'x' },
      { verdict: 'accurate' },
      { verdict: 'accurate', text: 'kept', compare: { url: 'javascript:alert(1)', where: '¶ 1' } },
      { verdict: 'partial', text: 'kept too', compare: { url: '//elsewhere.example/', where: '¶ 2' } },
    ]);
    expect(decoded).toEqual([
      { verdict: 'accurate', text: 'kept' },
      { verdict: 'partial', text: 'kept too' },
    ]);
  });
});

describe('passesClaimFilters', () => {
  const misquote = { verdict: 'misquote' as const, text: 'a', speaker: 'OpenAI (blog post)' };
  const accurate = { verdict: 'accurate' as const, text: 'b' };
  test.each([
    ['lets any passage through when nothing is chosen', [], {}, true],
    ['lets a passage through when one of its claims has a chosen verdict', [accurate, misquote], { verdict: ['Misquote'] }, true],
    ['keeps out a passage none of whose claims has a chosen verdict', [accurate], { verdict: ['Misquote', 'Partial'] }, false],
    ['keeps out a passage without claims once a verdict is chosen', [], { verdict: ['Accurate'] }, false],
    ['lets a passage through when one of its claims quotes a chosen speaker', [accurate, misquote], { speaker: ['OpenAI (blog post)'] }, true],
    ['keeps out a passage whose claims quote no chosen speaker', [accurate], { speaker: ['OpenAI (blog post)'] }, false],
    ['asks both filters when both are chosen', [accurate, misquote], { verdict: ['Accurate'], speaker: ['Someone else'] }, false],
    [
      'lets a passage through when one claim has both a chosen verdict and a chosen speaker',
      [accurate, misquote],
      { verdict: ['Misquote'], speaker: ['OpenAI (blog post)'] },
      true,
    ],
    [
      'keeps out a passage whose chosen verdict and chosen speaker belong to different claims',
      [{ ...accurate, speaker: 'Sam Altman' }, misquote],
      { verdict: ['Accurate'], speaker: ['OpenAI (blog post)'] },
      false,
    ],
  ])('%s', (_, claims, chosen, passes) => {
    expect(passesClaimFilters(claims, chosen)).toBe(passes);
  });
});

describe('claimsHolding', () => {
  const words = 'The post says one thing. It never says another thing.'.split(' ');
  const first = { verdict: 'accurate' as const, text: 'The post says one thing.' };
  const second = { verdict: 'misquote' as const, text: 'It never  says\nanother thing.' };
  test.each([
    ['a claim whose words hold a match', [2], [first]],
    ['each claim holding one of several matches', [1, 7], [first, second]],
    ['no claim for a match outside every claim', [], []],
    ['a claim its white space aside', [8], [second]],
  ])('gives %s', (_, marks, expected) => {
    expect(claimsHolding(words, marks, [first, second])).toEqual(expected);
  });

  test('gives no claim whose words the passage does not hold', () => {
    expect(claimsHolding(words, [0, 1, 2], [{ verdict: 'partial', text: 'Words from elsewhere' }])).toEqual([]);
  });
});

describe('claimSpans', () => {
  test('places each claim in the passage’s words joined by spaces, its own white space made single, and none it lacks', () => {
    const words = 'The post says one thing. It says another.'.split(' ');
    expect(claimSpans(words, ['says one', 'It  says\nanother.', 'elsewhere'])).toEqual([{ from: 9, to: 17 }, { from: 25, to: 41 }, undefined]);
  });
});
