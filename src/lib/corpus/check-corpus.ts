/**
 * Checks the whole corpus once, before any page renders, and collects every
 * content error instead of stopping at the first: an editor fixes a whole
 * report in one pass. What passes becomes the immutable CheckedCorpus that
 * pages, plugins and the search index read; a build with any error publishes
 * nothing.
 */
import { checkClaim } from '../claims/claim-check.ts';
import type { CheckedClaim, SourceIndex } from '../claims/claim.ts';
import { isWithin } from '../sources/anchors.ts';
import type { AnchorLock } from '../sources/anchor-lock.ts';
import { compareDocuments } from '../sources/documents.ts';
import { compareErrors, ContentError } from './content-error.ts';
import { passageKey, type CheckedCorpus, type CheckedDocument, type ClaimRef, type DocumentInput } from './corpus.ts';
import { duplicateIds, lockErrors, mergedParagraphs, seedDrift } from './document-checks.ts';
import { sourceIndex } from './source-index.ts';
import { deepFreeze } from './deep-freeze.ts';
import { checkCaptures } from '../captures/capture-checks.ts';
import type { CaptureInput } from '../captures/capture.ts';
import { checkCorrections, readCorrections, type ClaimLookup } from '../corrections/correction-checks.ts';
import type { CheckedCorrection } from '../corrections/correction.ts';
import type { ClaimsLock } from '../corrections/claims-lock.ts';
import { claimsLockErrors } from '../corrections/claims-lock-checks.ts';

/** The anchor lock as read from its file, for errors that point into it. */
export interface LockInput {
  file: string;
  text: string;
  lock: AnchorLock;
}

/** What the corpus holds besides its documents: captures (numbered from `numbering`, the lock by default) and the corrections file. */
export interface CorpusExtras {
  captures?: readonly CaptureInput[];
  numbering?: LockInput | undefined;
  corrections?: { file: string; text: string } | undefined;
  /** The claims lock, held to only when the anchor lock is. */
  claimsLock?: { file: string; text: string; lock: ClaimsLock } | undefined;
  /** False when some page could not be read: a correction may name a claim of that page, so none is called unknown. */
  complete?: boolean;
}

/** The corrections file read and held to the checked claims, and the claims held to their lock through it. */
function correctionsOf(
  documents: readonly CheckedDocument[],
  inputs: readonly DocumentInput[],
  extras: CorpusExtras,
): { corrections: CheckedCorrection[]; errors: ContentError[] } {
  const { corrections: file, claimsLock, complete = true } = extras;
  const read = file ? readCorrections(file.file, file.text) : { corrections: [], errors: [] };
  const claimOf = (report: string, id: string): ClaimLookup => {
    const doc = documents.find((d) => d.meta.slug === report);
    const claim = doc?.claims.find((c) => c.id === id);
    if (doc && claim) return { claim, title: doc.meta.title };
    const written = inputs.find((d) => d.meta.slug === report)?.claims.some((c) => c.attributes['id'] === id);
    return written || !complete ? 'unchecked' : undefined;
  };
  const checked = file ? checkCorrections(file.file, read.corrections, claimOf) : { corrections: [], errors: [] };
  const locked = claimsLock
    ? documents.flatMap((doc) => {
        const report = { slug: doc.meta.slug, claims: doc.claims, written: inputs.find((d) => d.path === doc.path)?.claims ?? [] };
        return claimsLockErrors(report, { ...claimsLock, claims: claimsLock.lock[doc.meta.slug] }, read.corrections, complete);
      })
    : [];
  return { corrections: checked.corrections, errors: [...read.errors, ...checked.errors, ...locked] };
}

/** What the check returns: the corpus of what passed, and every error, sorted by file and line. */
export interface CorpusCheck {
  corpus: CheckedCorpus;
  errors: ContentError[];
}

function checkClaims(doc: DocumentInput, index: SourceIndex): { claims: CheckedClaim[]; errors: ContentError[] } {
  const claims: CheckedClaim[] = [];
  const errors: ContentError[] = [];
  for (const input of doc.claims) {
    try {
      // Placeholders are allowed only in a draft, which no publishing build reads.
      claims.push(checkClaim(input, index, doc.seedText, { publishing: !doc.meta.draft }));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  return { claims, errors };
}

function noClaims(doc: DocumentInput): ContentError {
  const problem = 'Report has no claims, so publishing it would check nothing.';
  const fix =
    'Annotate its claims (`npm run suggest -- FILE --write` drafts them), or add `draft: true` to its frontmatter to keep it out of the published site until it is done.';
  return new ContentError({ file: doc.path, line: 1 }, problem, fix, 'claims:none');
}

function checkDocument(doc: DocumentInput, index: SourceIndex, lock: LockInput | undefined): { document: CheckedDocument; errors: ContentError[] } {
  const { claims, errors } = checkClaims(doc, index);
  const anchors = doc.passages.flatMap((p) => [{ id: p.id, place: p.place }, ...p.sentences.map((s) => ({ id: s.id, place: p.place }))]);
  const claimIds = doc.claims.flatMap((c) => (c.attributes['id'] ? [{ id: c.attributes['id'], place: c.place }] : []));
  errors.push(...duplicateIds([...doc.explicitIds, ...anchors, ...claimIds]));
  if (doc.meta.kind === 'report' && doc.claims.length === 0 && !doc.meta.draft) errors.push(noClaims(doc));
  const drift = seedDrift(doc.path, doc.meta.seed, doc.seedText, doc.passages);
  if (drift) errors.push(drift);
  // Offsets into the seed mean something only when the passages' words are the seed's.
  const merged = drift ? null : mergedParagraphs(doc.meta.seed, doc.seedText, doc.passages);
  if (merged) errors.push(merged);
  // Lock errors would only repeat a drift or a bad id in other words; they count once the page itself is sound.
  if (lock && errors.length === 0)
    errors.push(...lockErrors(doc.meta.slug, doc.passages, { file: lock.file, text: lock.text, anchors: lock.lock[doc.meta.slug] }));
  return { document: { path: doc.path, meta: doc.meta, passages: doc.passages, claims }, errors };
}

/** For each source passage, the claims that cite it or one of its sentences. */
function citedByIndex(documents: readonly CheckedDocument[]): Record<string, ClaimRef[]> {
  const index: Record<string, ClaimRef[]> = {};
  const passagesOf = new Map(documents.filter((d) => d.meta.kind === 'source').map((d) => [d.meta.slug, d.passages]));
  for (const report of documents) {
    for (const claim of report.claims) {
      for (const cite of claim.cites) {
        const passage = passagesOf.get(cite.source)?.find((p) => isWithin(cite.anchor, p.id));
        if (!passage) continue;
        const key = passageKey(cite.source, passage.id);
        const refs = (index[key] ??= []);
        if (!refs.some((r) => r.report === report.meta.slug && r.claim === claim.id)) refs.push({ report: report.meta.slug, claim: claim.id });
      }
    }
  }
  return index;
}

/** Checks every capture, every document, its claims against every capture of the sources, and its anchors against the lock (when given). */
export function checkCorpus(inputs: readonly DocumentInput[], lock?: LockInput, extras: CorpusExtras = {}): CorpusCheck {
  const ordered = [...inputs].sort((a, b) => compareDocuments(a.meta, b.meta));
  // Captures keep their locked numbers even when the lock is not being enforced (`anchors:update` reads without it).
  const { captures, errors: captureErrors } = checkCaptures(extras.captures ?? [], ordered, extras.numbering ?? lock, lock !== undefined);
  const index = sourceIndex(ordered, captures);
  const checked = ordered.map((doc) => checkDocument(doc, index, lock));
  const documents = checked.map((c) => c.document);
  const fixes = correctionsOf(documents, ordered, lock ? extras : { ...extras, claimsLock: undefined });
  const errors = [...captureErrors, ...checked.flatMap((c) => c.errors), ...fixes.errors].sort(compareErrors);
  return { corpus: deepFreeze({ documents, citedBy: citedByIndex(documents), captures, corrections: fixes.corrections }), errors };
}
