import { describe, expect, test } from 'vitest';
import { coverage } from '../../../src/lib/claims/coverage.ts';
import { checkCorpus } from '../../../src/lib/corpus/check-corpus.ts';
import { claim, report, source } from '../corpus/fixtures.ts';

describe('coverage', () => {
  test('counts a claim citing a sentence as citing its passage, and every passage once', () => {
    const claims = [claim({ id: 'c1', verdict: 'accurate', cites: 'p2-s1' }, 'deploy via cloud only', 3), claim({ id: 'c2', verdict: 'accurate', cites: 'p2 p2-s1' }, 'deploy via cloud only', 4)];
    const { corpus } = checkCorpus([source(), report(claims)]);
    expect(coverage(corpus, 'post', ['p1', 'p2']).map((cell) => [cell.id, cell.claims.map((c) => c.id)])).toEqual([['p1', []], ['p2', ['c1', 'c2']]]);
  });
});
