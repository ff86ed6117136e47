/**
 * What is known about a capture that the repository cannot yet show: passages
 * other copies of the source word otherwise, and later revisions it lacks.
 * Until a capture of those copies is added, every verdict on such a passage
 * rests on this capture's words alone; this module finds those verdicts from
 * the corpus, so the list follows the claims as they are edited.
 */
import { claimsCiting, type CheckedCorpus, type ReportClaim } from '../corpus/corpus.ts';
import { ContentError } from '../corpus/content-error.ts';
import { keyAnchors, keyLabel } from './capture-anchors.ts';
import type { CaptureRecord } from './capture-record.ts';
import type { CheckedCapture } from './capture.ts';

/** A passage (or run) with its reader's label, its anchors and the claims citing any of them. */
export interface CaveatPassage {
  key: string;
  label: string;
  anchors: string[];
  claims: ReportClaim[];
}

/** A capture's caveats, each with the claims they touch, and every such claim once, in document order. */
export interface CaptureCaveats {
  differs: (CaveatPassage & { certainty: 'known' | 'probable'; how: string })[];
  revisions: { date: string; what: string; bearsOn: CaveatPassage[] }[];
  claims: ReportClaim[];
}

function caveatPassage(corpus: CheckedCorpus, source: string, key: string): CaveatPassage {
  const anchors = keyAnchors(key);
  const claims = unique(anchors.flatMap((anchor) => claimsCiting(corpus, source, anchor)));
  return { key, label: keyLabel(key), anchors, claims };
}

function unique(claims: readonly ReportClaim[]): ReportClaim[] {
  const seen = new Set<string>();
  return claims.filter(({ report, claim }) => !seen.has(`${report.slug}#${claim.id}`) && Boolean(seen.add(`${report.slug}#${claim.id}`)));
}

/** The caveats of a capture with the claims whose verdict could change once the other wording or revision is held. */
export function captureCaveats(corpus: CheckedCorpus, capture: CheckedCapture): CaptureCaveats {
  const differs = (capture.meta?.differs ?? []).map((d) => ({ ...caveatPassage(corpus, capture.source, d.at), certainty: d.certainty, how: d.how }));
  const revisions = (capture.meta?.laterRevisions ?? []).map((r) => ({
    date: r.date,
    what: r.what,
    bearsOn: (r.bearsOn ?? []).map((key) => caveatPassage(corpus, capture.source, key)),
  }));
  const touched = unique([...differs, ...revisions.flatMap((r) => r.bearsOn)].flatMap((p) => p.claims));
  const order = new Map(
    corpus.documents.flatMap((doc) => doc.claims.map((claim, i) => [`${doc.meta.slug}#${claim.id}`, corpus.documents.indexOf(doc) * 10_000 + i] as const)),
  );
  const claims = touched.sort((a, b) => (order.get(`${a.report.slug}#${a.claim.id}`) ?? 0) - (order.get(`${b.report.slug}#${b.claim.id}`) ?? 0));
  return { differs, revisions, claims };
}

/** An error for each caveat naming a passage the reading text does not have, at the record's field. */
export function caveatErrors(record: CaptureRecord, readingAnchors: ReadonlySet<string>): ContentError[] {
  const keys = [
    ...(record.meta.differs ?? []).map((d) => ['differs', d.at] as const),
    ...(record.meta.laterRevisions ?? []).flatMap((r) => (r.bearsOn ?? []).map((key) => ['laterRevisions', key] as const)),
  ];
  return keys
    .filter(([, key]) => keyAnchors(key).length === 0 || keyAnchors(key).some((a) => !readingAnchors.has(a)))
    .map(
      ([field, key]) =>
        new ContentError(
          { file: record.file, line: record.lines.get(field) },
          `Unexpected passage \`${key}\` in \`${field}\`, expected a passage of the reading text.`,
          "Name passages by the ¶ numbers of the source's page, e.g. `p20` or `p15..p19`.",
          'captures:unknown-passage',
        ),
    );
}
