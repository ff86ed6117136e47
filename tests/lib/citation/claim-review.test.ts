import { describe, expect, test } from 'vitest';
import { CLAIM_REVIEWED_LENGTH, claimReviews, RATING_SCALE, RATINGS, shortClaim } from '../../../src/lib/citation/claim-review.ts';
import { VERDICTS } from '../../../src/lib/claims/verdicts.ts';
import { CLAIMS } from '../../fixtures/citation/claims.ts';
import { BARE_REPORT, GAZETTE_REPORT } from '../../fixtures/citation/documents.ts';

type Review = {
  url: string;
  claimReviewed: string;
  datePublished?: string;
  dateModified?: string;
  reviewRating: Record<string, unknown>;
  itemReviewed: Record<string, unknown>;
};
const reviewsOf = (report: typeof BARE_REPORT, corrections: { claim: string; date: string }[] = []) =>
  (
    claimReviews(CLAIMS, {
      report,
      reportUrl: 'https://site.example/reports/r/',
      sourceUrl: (s, a) => `https://site.example/sources/${s}/#${a}`,
      siteName: 'Red Lines, Annotated',
      corrections,
    }) as { '@graph': Review[] }
  )['@graph'];

describe('shortClaim', () => {
  test.each([
    ['keeps a claim that fits', 'Cloud only.', 'Cloud only.'],
    ['cuts at a word boundary and marks the cut', 'one two three four five six', 'one two three…'],
    ['drops punctuation left dangling at the cut', 'one two, three four', 'one two…'],
    ['collapses line breaks and runs of spaces', 'one\n  two', 'one two'],
  ])('%s', (_name, text, expected) => {
    expect(shortClaim(text, 14)).toBe(expected);
  });

  test('never exceeds the advised length for any claim', () => {
    for (const claim of CLAIMS) expect(shortClaim(claim.text).length).toBeLessThanOrEqual(CLAIM_REVIEWED_LENGTH);
  });
});

describe('claimReviews', () => {
  test('rates every verdict but not-in-post on one scale, in the verdicts’ order from best to worst', () => {
    const rated = RATINGS.filter((r) => r.rating !== undefined);
    expect(rated.map((r) => r.verdict)).toEqual(VERDICTS.filter((v) => v !== 'not-in-post'));
    expect(rated.map((r) => r.rating)).toEqual([...rated.map((r) => r.rating)].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(RATINGS.find((r) => r.verdict === 'not-in-post')?.rating).toBeUndefined();
  });

  test('gives each rated verdict a number of its own, a contradicted claim alone the worst', () => {
    const rated = RATINGS.filter((r) => r.rating !== undefined);
    expect(new Set(rated.map((r) => r.rating)).size).toBe(rated.length);
    expect(rated.filter((r) => r.rating === RATING_SCALE.worst).map((r) => r.verdict)).toEqual(['contradicted']);
    expect(rated.filter((r) => r.rating === RATING_SCALE.best).map((r) => r.verdict)).toEqual(['verbatim']);
  });

  test('gives not-in-post its label and no number, so no scale reads it as false', () => {
    const review = reviewsOf(BARE_REPORT).find((r) => r.reviewRating['alternateName'] === 'Not in the post');
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Not in the post', ratingExplanation: 'Said elsewhere, not in the post.' });
  });

  test('keeps claimReviewed short and the full words in the claim', () => {
    const [long] = reviewsOf(BARE_REPORT);
    expect(long?.claimReviewed.length).toBeLessThanOrEqual(CLAIM_REVIEWED_LENGTH);
    expect(long?.claimReviewed.endsWith('…')).toBe(true);
    expect(long?.itemReviewed['text']).toBe(CLAIMS[0]?.text);
  });

  test('names no appearance, author or dates for a report with no recorded metadata', () => {
    for (const review of reviewsOf(BARE_REPORT)) {
      expect(review.datePublished).toBeUndefined();
      for (const key of ['appearance', 'author', 'datePublished']) expect(review.itemReviewed).not.toHaveProperty(key);
    }
  });

  test('dates a claim added after its report was reviewed by its own review, not the report’s', () => {
    const [first, second] = CLAIMS;
    const reviews = claimReviews([{ ...first!, reviewed: '2026-03-10T08:00:00+00:00' }, second!], {
      report: GAZETTE_REPORT,
      reportUrl: 'https://site.example/reports/r/',
      sourceUrl: (s, a) => `https://site.example/sources/${s}/#${a}`,
      siteName: 'Red Lines, Annotated',
    }) as { '@graph': Review[] };
    expect(reviews['@graph'].map((r) => r.datePublished)).toEqual(['2026-03-10', '2026-03-04']);
  });

  test('points the appearance at the original article, with its byline and date, when they are recorded', () => {
    const [review] = reviewsOf(GAZETTE_REPORT);
    expect(review?.datePublished).toBe('2026-03-04');
    expect(review?.itemReviewed).toMatchObject({
      author: [
        { '@type': 'Person', name: 'Jane Q. Example' },
        { '@type': 'Person', name: 'Ludwig van Sample' },
        { '@type': 'Person', name: 'Ann Other' },
      ],
      datePublished: '2026-03-01T09:15:00+01:00',
      appearance: {
        '@type': 'NewsArticle',
        url: 'https://example.org/news/fictional-deal?id=7&ref=a%20b',
        headline: GAZETTE_REPORT.title,
        datePublished: '2026-03-01T09:15:00+01:00',
        publisher: { '@type': 'Organization', name: 'Example Gazette' },
        inLanguage: 'en-GB',
      },
    });
  });

  test('dates a corrected claim’s review by its latest correction, and no other claim’s', () => {
    const [first, second] = CLAIMS;
    const corrections = [
      { claim: first!.id, date: '2026-03-06' },
      { claim: first!.id, date: '2026-03-09' },
      { claim: first!.id, date: '2026-03-07' },
    ];
    const reviews = reviewsOf(GAZETTE_REPORT, corrections);
    expect(reviews.find((r) => r.url.endsWith(`#${first!.id}`))?.dateModified).toBe('2026-03-09');
    expect(reviews.find((r) => r.url.endsWith(`#${second!.id}`))).not.toHaveProperty('dateModified');
    for (const review of reviewsOf(GAZETTE_REPORT)) expect(review).not.toHaveProperty('dateModified');
  });

  test('credits the outlet when a report records an outlet but no people', () => {
    const [review] = reviewsOf({ ...GAZETTE_REPORT, authors: undefined } as unknown as typeof GAZETTE_REPORT);
    expect(review?.itemReviewed['author']).toEqual({ '@type': 'Organization', name: 'Example Gazette' });
  });
});
