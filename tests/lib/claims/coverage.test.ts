import { describe, expect, test } from 'vitest';
import { coverage, passageRole } from '../../../src/lib/claims/coverage.ts';
import { checkCorpus } from '../../../src/lib/corpus/check-corpus.ts';
import { claim, report, source } from '../corpus/fixtures.ts';

const passage = (id: string, role: { artefact?: boolean; heading?: boolean } = {}) => ({ id, artefact: false, heading: false, ...role });

describe('coverage', () => {
  test('counts a claim citing a sentence as citing its passage, and every passage once', () => {
    const claims = [
      claim({ id: 'c1', verdict: 'accurate', cites: 'p2-s1' }, 'deploy via cloud only', 3),
      claim({ id: 'c2', verdict: 'accurate', cites: 'p2 p2-s1' }, 'deploy via cloud only', 4),
    ];
    const { corpus } = checkCorpus([source(), report(claims)]);
    expect(coverage(corpus, 'post', [passage('p1'), passage('p2')]).map((cell) => [cell.id, cell.claims.map((c) => c.id)])).toEqual([
      ['p1', []],
      ['p2', ['c1', 'c2']],
    ]);
  });

  test.each([
    [{}, 'text'],
    [{ heading: true }, 'heading'],
    [{ artefact: true }, 'furniture'],
    [{ artefact: true, heading: true }, 'furniture'],
  ] as const)('gives a passage marked %j the role %s', (role, expected) => {
    expect(passageRole(passage('p1', role))).toBe(expected);
  });
});
