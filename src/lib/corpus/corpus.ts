/**
 * The corpus: every document's passages and claims, read before the site is
 * rendered so that a report's claims can be checked against the sources and
 * a source's passages can list the claims that cite them.
 */
import { checkClaim } from '../claims/claim-check.ts';
import type { CheckedClaim, ClaimInput, SourceIndex } from '../claims/claim.ts';
import type { DocumentMeta } from '../sources/document-schema.ts';
import type { PassageRecord } from '../sources/passage.ts';

/** One document as extracted from its page. */
export interface CorpusDocument {
  path: string;
  meta: DocumentMeta;
  passages: PassageRecord[];
  claims: ClaimInput[];
  seedText: string;
}

/** Every anchor of every primary source, with its words. */
export function sourceIndex(documents: readonly CorpusDocument[]): SourceIndex {
  const sources = documents.filter((d) => d.meta.kind === 'source').sort((a, b) => a.meta.seed.localeCompare(b.meta.seed));
  const index: SourceIndex = { defaultSource: sources[0]?.meta.slug ?? '', sources: {} };
  for (const source of sources) {
    const anchors: Record<string, string> = {};
    for (const passage of source.passages) {
      anchors[passage.id] = passage.text;
      for (const sentence of passage.sentences) anchors[sentence.id] = sentence.text;
    }
    index.sources[source.meta.slug] = { title: source.meta.title, anchors };
  }
  return index;
}

/** A checked claim and the report it belongs to. */
export interface ReportClaim {
  report: DocumentMeta;
  claim: CheckedClaim;
}

/** Every claim of every report that passes its checks; a failing claim is left to the build to report at its line. */
export function checkedClaims(documents: readonly CorpusDocument[]): ReportClaim[] {
  const index = sourceIndex(documents);
  return documents.flatMap((doc) =>
    doc.claims.flatMap((input) => {
      try {
        return [{ report: doc.meta, claim: checkClaim(input, index, doc.seedText) }];
      } catch {
        return [];
      }
    }),
  );
}

/** The claims citing a source's anchor, or any sentence of a passage anchor. */
export function claimsCiting(claims: readonly ReportClaim[], source: string, anchor: string): ReportClaim[] {
  return claims.filter(({ claim }) => claim.cites.some((c) => c.source === source && (c.anchor === anchor || c.anchor.startsWith(`${anchor}-`))));
}
