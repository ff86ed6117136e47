/**
 * The claims as open data: a W3C Web Annotation collection in which each
 * claim targets its words in the report (a TextQuoteSelector, and on this
 * site's copy the claim's own element) and its body
 * holds the cited passages' URLs and the verdict as an assessment. When an
 * editor recorded a report's original URL, the annotation targets the
 * original, with this site's verbatim copy as its cached state. A corrected
 * claim carries each dated correction as an `editing` body. When the captures
 * of a cited passage are known, the passage is a SpecificResource whose source
 * is the capture it was checked against, and each other capture holding the
 * same passage is recorded beside it.
 */
import type { CheckedClaim } from '../claims/claim.ts';
import type { DocumentMeta } from '../sources/document-schema.ts';
import { isPluralField, type Correction } from '../corrections/correction.ts';
import { passageOf } from '../sources/anchors.ts';

/** The W3C context. */
export const ANNOTATION_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Older copies of the W3C context lack `assessing`, the verdict's motivation
 * and purpose, so it would expand to a relative IRI; a local term after the
 * W3C context maps it to the Web Annotation vocabulary in every copy.
 */
export const ANNOTATION_CONTEXT = [ANNOTATION_CONTEXT_URL, { assessing: 'http://www.w3.org/ns/oa#assessing' }];

/** A claim with the report it appears in and that report's URL on this site. */
export interface LocatedClaim {
  report: DocumentMeta;
  reportUrl: string;
  claim: CheckedClaim;
  /** For each cite, in order: the capture it cites and the other captures of its passage, by URL and name. */
  captures?: readonly { cited: CaptureRef; others: readonly CaptureRef[] }[];
  /** The claim's dated corrections, if any, newest first. */
  corrections?: readonly Pick<Correction, 'date' | 'field' | 'was' | 'why'>[];
}

/** A capture as the open data names it: its page's URL and its name (“capture 002, a re-published copy”). */
export interface CaptureRef {
  url: string;
  name: string;
}

/** A fragment selector of an element of one of this site's pages by its id (HTML fragments, RFC 3236). */
function fragmentSelector(id: string): object {
  return { type: 'FragmentSelector', value: id, conformsTo: 'http://tools.ietf.org/rfc/rfc3236' };
}

/** The fragment selector of a passage on a capture's page, which gives every passage its ¶ anchor. */
const passageSelector = (anchor: string) => fragmentSelector(passageOf(anchor));

/** A cite as bodies: its passage URL alone, or its passage in the capture it cites and in every other capture of it. */
function citeBodies(located: LocatedClaim, index: number, context: CollectionContext): Array<string | object> {
  const cite = located.claim.cites[index]!;
  const canonical = context.passageUrl(cite.source, cite.anchor);
  const captures = located.captures?.[index];
  if (!captures) return [canonical];
  const selector = passageSelector(cite.anchor);
  return [
    {
      type: 'SpecificResource',
      source: captures.cited.url,
      selector,
      canonical,
      label: `${cite.label} in ${captures.cited.name}, the capture this claim is checked against`,
    },
    ...captures.others.map((other) => ({
      type: 'SpecificResource',
      source: other.url,
      selector,
      label: `${cite.label} in ${other.name}, another capture of the same passage`,
    })),
  ];
}

/** Where the collection lives, how to address a passage, and who made the annotations. */
export interface CollectionContext {
  collectionUrl: string;
  passageUrl: (source: string, anchor: string) => string;
  creator: { name: string; homepage: string };
}

/** A date-time in UTC as the model requires (`2026-11-23T12:36:59Z`); a bare date has no time to give, so none. */
export function utcDateTime(iso: string | undefined): string | undefined {
  if (!iso || !iso.includes('T')) return undefined;
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The claim's words as the target: in the original when its URL is known, else in this site's copy. The quote's
 * prefix and suffix are the report's own words around it, which this site's page interleaves with its ¶ numbers and
 * verdict markers, and a headline's words are also in the page's provenance box; so on this site's copy the claim's
 * element, which holds exactly its words, is given first, as the alternative a client should prefer.
 */
function target({ report, reportUrl, claim }: LocatedClaim): object {
  const selector = { type: 'TextQuoteSelector', exact: claim.text, prefix: claim.prefix, suffix: claim.suffix };
  if (!report.url) return { source: reportUrl, selector: [fragmentSelector(claim.id), selector] };
  const sourceDate = utcDateTime(report.captured);
  return { source: report.url, state: { type: 'TimeState', cached: reportUrl, ...(sourceDate ? { sourceDate } : {}) }, selector };
}

/**
 * A correction as a body. Its date is a calendar date, and the model's
 * `modified` wants a date-time; the site invents no time, so the date is
 * stated in the body's text instead.
 */
function correctionBody(correction: NonNullable<LocatedClaim['corrections']>[number]): object {
  const was = isPluralField(correction.field) ? 'were' : 'was';
  const value = `Corrected ${correction.date}: the ${correction.field} ${was} “${correction.was}”. ${correction.why}`;
  return { type: 'TextualBody', purpose: 'editing', value, format: 'text/plain', language: 'en' };
}

/** One W3C Web Annotation for a claim. */
export function toAnnotation(located: LocatedClaim, context: CollectionContext): object {
  const { claim, report } = located;
  const created = utcDateTime(claim.reviewed ?? report.reviewed);
  return {
    id: `${context.collectionUrl}#${report.slug}-${claim.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    creator: { type: 'Organization', name: context.creator.name, homepage: context.creator.homepage },
    ...(created ? { created } : {}),
    target: target(located),
    body: [
      ...claim.cites.flatMap((_, index) => citeBodies(located, index, context)),
      { type: 'TextualBody', purpose: 'assessing', value: claim.verdict },
      { type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain', language: 'en' },
      ...(located.corrections ?? []).map(correctionBody),
    ],
  };
}

/** The whole collection, one page holding every annotation, so that page is both first and last. */
export function annotationCollection(claims: readonly LocatedClaim[], context: CollectionContext): object {
  const { collectionUrl } = context;
  const page = `${collectionUrl}#page1`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collectionUrl,
    type: 'AnnotationCollection',
    label: 'Red Lines, Annotated: reporters’ claims checked against OpenAI’s post',
    total: claims.length,
    first: { id: page, type: 'AnnotationPage', partOf: collectionUrl, startIndex: 0, items: claims.map((c) => toAnnotation(c, context)) },
    last: page,
  };
}
