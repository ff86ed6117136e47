/**
 * Which capture a claim's cite cites, and which other captures hold the same
 * passage: a quotation cites the capture it was matched in (quote.capture),
 * any other claim the reading text. The open data names the first as the
 * cite's source and records the others beside it.
 */
import type { CheckedClaim, CitedPassage } from '../claims/claim.ts';
import { resolveInCapture } from './capture-text.ts';
import type { CheckedCapture } from './capture.ts';

/** A cite with the capture it cites and the other captures that hold its passage. */
export interface CiteCaptures {
  cite: CitedPassage;
  cited: CheckedCapture | undefined;
  others: CheckedCapture[];
}

/** For each cite of a claim, its capture and the others holding the passage, in the corpus's order. */
export function citeCaptures(captures: readonly CheckedCapture[], claim: CheckedClaim): CiteCaptures[] {
  return claim.cites.map((cite) => {
    const own = captures.filter((c) => c.source === cite.source);
    const holding = own.filter((c) => {
      const found = resolveInCapture(c, cite.anchor);
      return found !== null && 'passage' in found;
    });
    const cited = holding.find((c) => c.id === claim.quote?.capture?.id) ?? own.find((c) => c.reading);
    return { cite, cited, others: holding.filter((c) => c !== cited) };
  });
}
