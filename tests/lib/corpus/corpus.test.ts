import { describe, expect, test } from 'vitest';
import { checkCorpus } from '../../../src/lib/corpus/check-corpus.ts';
import { claimsCiting, documentBySlug, findClaim, passageKey, reportClaims } from '../../../src/lib/corpus/corpus.ts';
import { claim, report, source } from './fixtures.ts';

const { corpus } = checkCorpus([source(), report([claim({ id: 'c1', verdict: 'accurate', cites: 'p1-s1' }, 'deploy via cloud only', 3)])]);

describe('corpus queries', () => {
  test('find a document by its slug, and nothing for an unknown one', () => {
    expect(documentBySlug(corpus, 'report')?.meta.kind).toBe('report');
    expect(documentBySlug(corpus, 'nope')).toBeUndefined();
  });

  test('find a claim by report and id, each claim with its report', () => {
    expect(findClaim(corpus, 'report', 'c1')?.cites[0]?.anchor).toBe('p1-s1');
    expect(findClaim(corpus, 'post', 'c1')).toBeUndefined();
    expect(reportClaims(corpus).map(({ report: r, claim: c }) => `${r.slug}#${c.id}`)).toEqual(['report#c1']);
  });

  test('index citing claims by source passage, a sentence counting for its passage', () => {
    expect(Object.keys(corpus.citedBy)).toEqual([passageKey('post', 'p1')]);
    expect(claimsCiting(corpus, 'post', 'p1').map(({ claim: c }) => c.id)).toEqual(['c1']);
  });
});
