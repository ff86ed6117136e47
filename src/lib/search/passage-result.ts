/**
 * A passage hit as a result shows it: its link, which lands on the sentence
 * of its first match with the matched words highlighted, its label, its
 * excerpt, its claims and the captures that hold it.
 */
import { pinpointLabel } from '../sources/anchors.ts';
import { holdersLine } from './capture-results.ts';
import { EXCERPT_WORDS, excerptParts, type ExcerptPart } from './excerpt.ts';
import type { RecordData } from './passage-data.ts';
import { wordsBefore, type DocumentFragment, type PassageHit } from './passage-hits.ts';
import type { ResultClaim } from './result-claims.ts';
import { sentenceAnchor } from './sentence-link.ts';
import { claimEnds, textFragment } from './text-fragment.ts';

/** What a result of page furniture says of itself, after its document's kind. */
export const ARTEFACT_KIND = 'capture artefact, not part of the text';

/** One passage result, ready to show. */
export interface PassageResult {
  href: string;
  label: string;
  document: string;
  kind: string;
  primary: boolean;
  excerpt: ExcerptPart[];
  claims: ResultClaim[];
  /** The captures holding the passage, when its source has several: “In capture 002 and capture 903.” */
  captures?: string;
  /** What is known of copies its capture cannot show: the words shown may not be the publisher's. */
  caveat?: string;
}

/**
 * A passage ready to show, linked to the sentence of its first match so the whole sentence is highlighted on arrival;
 * another capture's passage links to that capture's page at the passage, which has no sentence anchors.
 */
export function passageResult(fragment: DocumentFragment, data: RecordData, hit: PassageHit, primary: boolean): PassageResult {
  const { claims, captures } = data;
  const other = captures?.at[hit.id];
  // What the page shows before the passage: its title, then the passages before it.
  const earlier = `${data.document} ${wordsBefore(fragment, hit.id)}`;
  const highlight = textFragment(hit.words, hit.marks, {
    earlier,
    claimEnds: claimEnds(
      hit.words,
      (claims[hit.id] ?? []).map((c) => c.text),
    ),
  });
  const href = other ? `${other.url}${highlight}` : `${fragment.url}#${sentenceAnchor(hit.id, hit.words, hit.marks) ?? hit.id}${highlight}`;
  const held = holdersLine(captures, hit.id);
  return {
    href,
    label: other?.label ?? pinpointLabel(hit.id),
    document: data.document,
    kind: data.artefacts.has(hit.id) ? `${data.kind} · ${ARTEFACT_KIND}` : data.kind,
    primary,
    excerpt: excerptParts(hit.words, hit.marks, EXCERPT_WORDS, hit.focus),
    claims: claims[hit.id] ?? [],
    ...(held ? { captures: held } : {}),
    ...(data.caveats[hit.id] ? { caveat: data.caveats[hit.id] } : {}),
  };
}
