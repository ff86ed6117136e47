/**
 * A report's claims as schema.org ClaimReview JSON-LD, the form fact-check
 * tools read, each reviewed against the primary source's passages. The claim
 * appears in the original article, not in this site's copy: its appearance is
 * given only when an editor recorded the report's URL.
 */
import type { CheckedClaim } from '../claims/claim.ts';
import { VERDICT_INFO, VERDICTS, type Verdict } from '../claims/verdicts.ts';
import type { DocumentMeta } from '../sources/document-schema.ts';

/**
 * The 1–5 rating of each verdict that says how well the post bears a claim
 * out: 5 its very words, 2 words it does not say, 1 the opposite of what it
 * says. `not-in-post` has no number: it says the post does not address the
 * claim, not that the claim is false.
 */
const RATING: Partial<Record<Verdict, number>> = { verbatim: 5, accurate: 4, partial: 3, misquote: 2, contradicted: 1 };
const BEST_RATING = 5;
const WORST_RATING = 1;

/** Google advises a `claimReviewed` under 75 characters. */
export const CLAIM_REVIEWED_LENGTH = 75;

/** A claim's words, cut at a word boundary with an ellipsis when longer than `max` characters. */
export function shortClaim(text: string, max = CLAIM_REVIEWED_LENGTH): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= max) return words;
  const cut = words.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:.“"‘'(—–-]+$/, '')}…`;
}

/** The report's byline as schema.org authors: its people, else its outlet; nothing when neither is recorded. */
function byline(meta: DocumentMeta): object | undefined {
  if (meta.authors) return meta.authors.map((name) => ({ '@type': 'Person', name }));
  return meta.outlet ? { '@type': 'Organization', name: meta.outlet } : undefined;
}

/** The original article the claims appear in, when its URL is known. */
function appearance(meta: DocumentMeta): object | undefined {
  if (!meta.url) return undefined;
  const author = byline(meta);
  return {
    '@type': 'NewsArticle',
    url: meta.url,
    ...(meta.titleSource === 'headline' ? { headline: meta.title } : {}),
    ...(meta.published ? { datePublished: meta.published } : {}),
    ...(author ? { author } : {}),
    ...(meta.outlet ? { publisher: { '@type': 'Organization', name: meta.outlet } } : {}),
    ...(meta.language ? { inLanguage: meta.language } : {}),
  };
}

/** The review's rating: a number on the 1–5 scale where the verdict has one, always the verdict's label. */
function rating(claim: CheckedClaim): object {
  const value = RATING[claim.verdict];
  const scale = value === undefined ? {} : { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING };
  return { '@type': 'Rating', ...scale, alternateName: VERDICT_INFO[claim.verdict].label, ratingExplanation: claim.note };
}

/** What a ClaimReview needs to know besides the claims. */
export interface ReviewContext {
  report: DocumentMeta;
  reportUrl: string;
  sourceUrl: (source: string, anchor: string) => string;
  siteName: string;
  /** The report's corrections, whose latest date for a claim is its review's `dateModified`. */
  corrections?: readonly { claim: string; date: string }[];
}

/** The date of a claim's latest correction, if it has one. */
function lastCorrected(claim: CheckedClaim, corrections: ReviewContext['corrections'] = []): string | undefined {
  const dates = corrections.filter((c) => c.claim === claim.id).map((c) => c.date);
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : undefined;
}

/** One claim's ClaimReview. */
function claimReview(claim: CheckedClaim, { report, reportUrl, sourceUrl, siteName, corrections }: ReviewContext): object {
  const original = appearance(report);
  const author = byline(report);
  const modified = lastCorrected(claim, corrections);
  // A claim added after its report was reviewed was published on its own day, not the report's.
  const reviewed = claim.reviewed ?? report.reviewed;
  return {
    '@type': 'ClaimReview',
    url: `${reportUrl}#${claim.id}`,
    claimReviewed: shortClaim(claim.text),
    ...(reviewed ? { datePublished: reviewed.slice(0, 10) } : {}),
    ...(modified ? { dateModified: modified } : {}),
    author: { '@type': 'Organization', name: siteName },
    reviewRating: rating(claim),
    itemReviewed: {
      '@type': 'Claim',
      text: claim.text.replace(/\s+/g, ' ').trim(),
      ...(author ? { author } : {}),
      ...(report.published ? { datePublished: report.published } : {}),
      ...(original ? { appearance: original } : {}),
      ...(claim.cites.length ? { isBasedOn: claim.cites.map((c) => sourceUrl(c.source, c.anchor)) } : {}),
    },
  };
}

/** JSON-LD for a report's claims; URLs are absolute. */
export function claimReviews(claims: readonly CheckedClaim[], context: ReviewContext): object {
  return { '@context': 'https://schema.org', '@graph': claims.map((claim) => claimReview(claim, context)) };
}

/** Every verdict with its rating (undefined for none), for the methodology page. */
export const RATINGS = VERDICTS.map((verdict) => ({ verdict, rating: RATING[verdict] }));

/** The ends of the rating scale, for the methodology page. */
export const RATING_SCALE = { best: BEST_RATING, worst: WORST_RATING } as const;
