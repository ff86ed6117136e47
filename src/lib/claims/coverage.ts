/**
 * Coverage of a primary source by the reports: for each passage, the claims
 * that cite it or one of its sentences, so readers see at a glance which
 * passages no report took up. Headings and the capture's page furniture are
 * counted apart: they say nothing a report could be checked against, and
 * mixed in they would make the text look less covered than it is.
 */
import type { CheckedClaim } from './claim.ts';
import type { PassageRecord } from '../sources/passage.ts';
import { claimsCiting, type CheckedCorpus } from '../corpus/corpus.ts';

/** What a passage is, for coverage: the text itself, a heading, or furniture of the capture. */
export type PassageRole = 'text' | 'heading' | 'furniture';

/** A passage and the claims that cite it. */
export interface PassageCoverage {
  id: string;
  role: PassageRole;
  claims: CheckedClaim[];
}

/** A passage's role: furniture first, since a capture's furniture may be a heading too. */
export function passageRole(passage: Pick<PassageRecord, 'artefact' | 'heading'>): PassageRole {
  if (passage.artefact) return 'furniture';
  return passage.heading ? 'heading' : 'text';
}

/** How many claims cite each passage of a source, in the source's order. */
export function coverage(corpus: CheckedCorpus, source: string, passages: readonly Pick<PassageRecord, 'id' | 'artefact' | 'heading'>[]): PassageCoverage[] {
  return passages.map((passage) => ({
    id: passage.id,
    role: passageRole(passage),
    claims: claimsCiting(corpus, source, passage.id).map(({ claim }) => claim),
  }));
}
