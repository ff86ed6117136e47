/**
 * Coverage of a primary source by the reports: for each passage, the claims
 * that cite it or one of its sentences.
 */
import type { CheckedClaim } from './claim.ts';

/** A passage and the claims that cite it. */
export interface PassageCoverage {
  id: string;
  claims: CheckedClaim[];
}

/** How many claims cite each passage of a source, in the source's order. */
export function coverage(source: string, passageIds: readonly string[], claims: readonly CheckedClaim[]): PassageCoverage[] {
  return passageIds.map((id) => ({
    id,
    claims: claims.filter((claim) => claim.cites.some((c) => c.source === source && (c.anchor === id || c.anchor.startsWith(`${id}-`)))),
  }));
}
