import { describe, expect, test } from 'vitest';
import { decodePassageClaims } from '../../../src/lib/search/result-claims.ts';
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

describe('decodePassageClaims', () => {
  test('reads back what the build writes, a `|` in the words included', () => {
    const written = resultClaim(claim, '/');
    expect(written).toEqual({
      verdict: 'misquote',
      text: 'Red | lines',
      speaker: 'OpenAI (blog post)',
      compare: { url: '/sources/post/#p42-s3', where: '¶ 42, sentence 3' },
    });
    expect(decodePassageClaims(JSON.stringify({ p4: [written] }))).toEqual({ p4: [written] });
  });

  test.each([
    ['not JSON', '{p4:'],
    ['not an object', '[1,2]'],
    ['nothing', undefined],
  ])('reads %s as no claims', (_name, json) => {
    expect(decodePassageClaims(json)).toEqual({});
  });

  test('leaves out malformed claims and unsafe links, keeping the rest', () => {
    const decoded = decodePassageClaims(
      JSON.stringify({
        p1: [
          { verdict: 'made-up', text: 'x' },
          { verdict: 'accurate' },
          { verdict: 'accurate', text: 'kept', compare: { url: 'javascript:alert(1)', where: '¶ 1' } },
        ],
        p2: 'not a list',
        p3: [{ verdict: 'partial', text: 'kept too', compare: { url: '//elsewhere.example/', where: '¶ 2' } }],
      }),
    );
    expect(decoded).toEqual({ p1: [{ verdict: 'accurate', text: 'kept' }], p2: [], p3: [{ verdict: 'partial', text: 'kept too' }] });
  });
});
