/**
 * What the search index holds: one record per passage, so every hit lands on
 * a passage anchor. A passage carries its document, kind, the verdicts of
 * the claims inside it and who they quote, so results can be filtered and a
 * misquote found in a report leads on to the post passage it distorts.
 */
import { pinpointLabel } from '../sources/anchors.ts';
import type { CheckedClaim } from '../claims/claim.ts';
import type { ReportClaim } from '../corpus/corpus.ts';
import type { DocumentMeta } from '../sources/document-schema.ts';
import { kindLabel } from '../sources/documents.ts';
import { documentPath, sourceAnchorPath, withBase } from '../site/routes.ts';
import { VERDICT_INFO } from '../claims/verdicts.ts';

/** A record for Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A passage of a document, as the index needs it. */
export interface IndexedPassage {
  meta: DocumentMeta;
  id: string;
  text: string;
}

/** How a claim in a passage is shown in a result: `verdict|label|url|where`, one per line. */
export function claimSummary(claim: CheckedClaim, base: string): string {
  const target = claim.cites[0];
  const url = target ? withBase(base, sourceAnchorPath(target.source, target.anchor)) : '';
  return [claim.verdict, VERDICT_INFO[claim.verdict].label, url, target ? pinpointLabel(target.anchor) : ''].join('|');
}

/** Claims grouped by the report passage they sit in (`slug#p4`), so each record finds its own in constant time. */
export function claimsByPassage(claims: readonly ReportClaim[]): Map<string, CheckedClaim[]> {
  const groups = new Map<string, CheckedClaim[]>();
  for (const { report, claim } of claims) {
    const key = `${report.slug}#${claim.passage}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return groups;
}

/** The search record of one passage, given the claims grouped by passage. */
export function passageRecord(passage: IndexedPassage, claims: ReadonlyMap<string, CheckedClaim[]>, base: string): SearchRecord {
  const { meta, id, text } = passage;
  const inPassage = claims.get(`${meta.slug}#${id}`) ?? [];
  const filters: Record<string, string[]> = { document: [meta.title], kind: [kindLabel(meta.kind)] };
  if (inPassage.length) filters['verdict'] = [...new Set(inPassage.map((c) => VERDICT_INFO[c.verdict].label))];
  const speakers = [...new Set(inPassage.flatMap((c) => (c.speaker ? [c.speaker] : [])))];
  if (speakers.length) filters['speaker'] = speakers;
  const recordMeta: Record<string, string> = { title: `${pinpointLabel(id)} · ${meta.title}`, document: meta.title, passage: pinpointLabel(id), kind: kindLabel(meta.kind), text };
  if (inPassage.length) recordMeta['claims'] = inPassage.map((c) => claimSummary(c, base)).join('\n');
  return { url: withBase(base, `${documentPath(meta)}#${id}`), content: text, language: 'en', meta: recordMeta, filters };
}
