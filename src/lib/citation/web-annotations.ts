/**
 * The claims as open data: a W3C Web Annotation collection in which each
 * claim targets its words in the report (a TextQuoteSelector) and its body
 * holds the cited passages' URLs and the verdict as an assessment.
 */
import type { CheckedClaim } from '../claims/claim.ts';

/** A claim with the URL of the report it appears in. */
export interface LocatedClaim {
  reportUrl: string;
  reportSlug: string;
  claim: CheckedClaim;
}

/** One W3C Web Annotation for a claim. */
export function toAnnotation(located: LocatedClaim, collectionUrl: string, passageUrl: (source: string, anchor: string) => string): object {
  const { claim, reportUrl, reportSlug } = located;
  return {
    id: `${collectionUrl}#${reportSlug}-${claim.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    target: { source: reportUrl, selector: { type: 'TextQuoteSelector', exact: claim.text, prefix: claim.prefix, suffix: claim.suffix } },
    body: [
      ...claim.cites.map((cite) => passageUrl(cite.source, cite.anchor)),
      { type: 'TextualBody', purpose: 'assessing', value: claim.verdict },
      { type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain', language: 'en' },
    ],
  };
}

/** The whole collection, one page holding every annotation. */
export function annotationCollection(claims: readonly LocatedClaim[], collectionUrl: string, passageUrl: (source: string, anchor: string) => string): object {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collectionUrl,
    type: 'AnnotationCollection',
    label: 'Red Lines, Annotated: reporters’ claims checked against OpenAI’s post',
    total: claims.length,
    first: { id: `${collectionUrl}#page1`, type: 'AnnotationPage', startIndex: 0, items: claims.map((c) => toAnnotation(c, collectionUrl, passageUrl)) },
  };
}
