import { describe, expect, test } from 'vitest';
import { readClaims } from '../../../src/lib/search/result-claims.ts';
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
