/**
 * A report's claims as schema.org ClaimReview JSON-LD, the form fact-check
 * tools read, each reviewed against the primary source's passages.
 */
import type { CheckedClaim } from '../claims/claim.ts';
import { VERDICT_INFO, VERDICTS } from '../claims/verdicts.ts';

/** The reviewer's 1–5 rating for each verdict: 5 is fully supported by the post. */
const RATING: Record<CheckedClaim['verdict'], number> = { verbatim: 5, accurate: 4, partial: 3, misquote: 2, 'not-in-post': 1 };

/** JSON-LD for a report's claims; URLs are absolute. */
export function claimReviews(claims: readonly CheckedClaim[], reportUrl: string, sourceUrl: (source: string, anchor: string) => string, siteName: string): object {
  return {
    '@context': 'https://schema.org',
    '@graph': claims.map((claim) => ({
      '@type': 'ClaimReview',
      url: `${reportUrl}#${claim.id}`,
      claimReviewed: claim.text,
      author: { '@type': 'Organization', name: siteName },
      reviewRating: { '@type': 'Rating', ratingValue: RATING[claim.verdict], bestRating: 5, worstRating: 1, alternateName: VERDICT_INFO[claim.verdict].label, ratingExplanation: claim.note },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: reportUrl }, ...(claim.cites.length ? { isBasedOn: claim.cites.map((c) => sourceUrl(c.source, c.anchor)) } : {}) },
    })),
  };
}

/** Every rating, for the methodology page. */
export const RATINGS = VERDICTS.map((verdict) => ({ verdict, rating: RATING[verdict] }));
