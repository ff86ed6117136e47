/**
 * Coverage of a primary source by the reports: for each passage, the claims
 * that cite it or one of its sentences, so readers see at a glance which
 * passages no report took up.
 */
import type { CheckedClaim } from './claim.ts';
import { claimsCiting, type CheckedCorpus } from '../corpus/corpus.ts';

/** A passage and the claims that cite it. */
export interface PassageCoverage {
  id: string;
  claims: CheckedClaim[];
}

/** How many claims cite each passage of a source, in the source's order. */
export function coverage(corpus: CheckedCorpus, source: string, passageIds: readonly string[]): PassageCoverage[] {
  return passageIds.map((id) => ({ id, claims: claimsCiting(corpus, source, id).map(({ claim }) => claim) }));
}
