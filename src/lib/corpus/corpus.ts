/**
 * The checked corpus: every published document with its passages and its
 * checked claims, and for each primary-source passage the claims that cite
 * it. It is built once, before any page renders (see check-corpus.ts), and
 * every page, plugin and the search index only read it.
 */
import type { CheckedClaim, ClaimInput } from '../claims/claim.ts';
import type { DocumentMeta } from '../sources/document-schema.ts';
import type { PassageRecord } from '../sources/passage.ts';
import type { Place } from './content-error.ts';
import type { CheckedCapture } from '../captures/capture.ts';
import type { CheckedCorrection } from '../corrections/correction.ts';

/** An id written in a document (an explicit id, a passage, sentence or claim id) and where. */
export interface IdUse {
  id: string;
  place: Place;
}

/** One document as read from its page, before any check. */
export interface DocumentInput {
  path: string;
  meta: DocumentMeta;
  seedText: string;
  passages: PassageRecord[];
  claims: ClaimInput[];
  /** Ids written by hand on the page, which anchors must not collide with. */
  explicitIds: IdUse[];
}

/** A document that passed every check. */
export interface CheckedDocument {
  path: string;
  meta: DocumentMeta;
  passages: PassageRecord[];
  claims: CheckedClaim[];
}

/** Which claim of which report: enough to find it again in the corpus. */
export interface ClaimRef {
  report: string;
  claim: string;
}

/** The whole checked corpus; deeply frozen once built. */
export interface CheckedCorpus {
  /** Primary sources first, then reports, each kind in seed order. */
  documents: readonly CheckedDocument[];
  /** `source#passage` → the claims citing that passage or one of its sentences. */
  citedBy: Readonly<Record<string, readonly ClaimRef[]>>;
  /** Every capture of every primary source, each source's reading capture first. */
  captures: readonly CheckedCapture[];
  /** Every dated change to a published claim, newest first. */
  corrections: readonly CheckedCorrection[];
}

/** A checked claim with the report it belongs to. */
export interface ReportClaim {
  report: DocumentMeta;
  claim: CheckedClaim;
}

/** The key of a source passage in `citedBy`. */
export function passageKey(source: string, passage: string): string {
  return `${source}#${passage}`;
}

// Lookups by slug run once per claim on every page: index each corpus once, not once per lookup.
const slugIndexes = new WeakMap<CheckedCorpus, Map<string, CheckedDocument>>();

/** The document with a slug, if the corpus has it. */
export function documentBySlug(corpus: CheckedCorpus, slug: string): CheckedDocument | undefined {
  let index = slugIndexes.get(corpus);
  if (!index) slugIndexes.set(corpus, (index = new Map(corpus.documents.map((doc) => [doc.meta.slug, doc]))));
  return index.get(slug);
}

/** Every claim of every report, in document order. */
export function reportClaims(corpus: CheckedCorpus): ReportClaim[] {
  return corpus.documents.flatMap((doc) => doc.claims.map((claim) => ({ report: doc.meta, claim })));
}

/** One claim of one report, if it exists. */
export function findClaim(corpus: CheckedCorpus, report: string, id: string): CheckedClaim | undefined {
  return documentBySlug(corpus, report)?.claims.find((claim) => claim.id === id);
}

/** The claims citing a source's passage (or a sentence of it), each with its report. */
export function claimsCiting(corpus: CheckedCorpus, source: string, passage: string): ReportClaim[] {
  return (corpus.citedBy[passageKey(source, passage)] ?? []).flatMap((ref) => {
    const report = documentBySlug(corpus, ref.report);
    const claim = report?.claims.find((c) => c.id === ref.claim);
    return report && claim ? [{ report: report.meta, claim }] : [];
  });
}
