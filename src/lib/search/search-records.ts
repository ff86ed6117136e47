/**
 * What the search index holds: one record per document, not per passage, so
 * that 10,000 reports make 10,000 records and Pagefind's metadata stays
 * small. Each passage starts at an empty anchor named by its id, which
 * Pagefind reports with the word it starts at, so the browser can still
 * land every hit on its passage. All passages sit in one paragraph: Pagefind
 * then adds no punctuation between them, and the words it returns are the
 * passages' own. Each anchor also carries its passage's claims and captures
 * (see passage-data.ts). The record has no metadata, which Pagefind would
 * search: its title and kind are filters only, so their words never count as
 * a passage's. A dash or bullet standing alone is joined to a word, and
 * words joined by a hyphen or dash are split, so that every position
 * Pagefind counts is one word (see record-words.ts). The primary
 * source's words weigh most, so it ranks first.
 */
import { rangeLabel } from '../sources/anchors.ts';
import type { CheckedClaim } from '../claims/claim.ts';
import type { ReportClaim } from '../corpus/corpus.ts';
import type { DocumentMeta } from '../sources/document-schema.ts';
import { kindLabel } from '../sources/documents.ts';
import { documentPath, sourceAnchorPath, withBase } from '../site/routes.ts';
import { VERDICT_INFO } from '../claims/verdicts.ts';
import type { PassageClaims, ResultClaim } from './result-claims.ts';
import { encodePassageData } from './passage-data.ts';
import type { CaptureIndex } from './capture-records.ts';
import { recordText } from './record-words.ts';

/** Pagefind's weight for the primary source's words (its maximum; other text weighs 1). */
export const PRIMARY_WEIGHT = 10;

/** A document as the index needs it. */
export interface IndexedDocument {
  meta: DocumentMeta;
  passages: ReadonlyArray<{ id: string; text: string; artefact?: boolean }>;
}

/** A source's captures in its record, when some source has several (see capture-records.ts). */
export type RecordCaptures = ReadonlyMap<string, CaptureIndex>;

/** What is known of copies not held, by source and passage, each a sentence (see passage-caveats.ts). */
export type RecordCaveats = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** An HTML record for Pagefind's `addHTMLFile`. */
export interface SearchRecord {
  url: string;
  content: string;
}

/** Escapes text for an HTML attribute or element. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The result form of a checked claim: its words, verdict, speaker and the source passages to compare. */
export function resultClaim(claim: CheckedClaim, base: string): ResultClaim {
  const target = claim.cites[0];
  // The link opens the first passage cited; its words name every passage cited in that source (“¶ 16–20”).
  const where = rangeLabel(claim.cites.filter((c) => c.source === target?.source).map((c) => c.anchor));
  // Only a source other than the post is named, so that readers are never told to compare “the post” with it.
  const named = target?.isDefault === false ? { source: target.sourceTitle } : {};
  const compare = target && { url: withBase(base, sourceAnchorPath(target.source, target.anchor)), where, ...named };
  return { verdict: claim.verdict, text: claim.text, ...(claim.speaker ? { speaker: claim.speaker } : {}), ...(compare ? { compare } : {}) };
}

/** Claims grouped by report (`slug`), so each record finds its own in constant time. */
export function claimsByDocument(claims: readonly ReportClaim[]): Map<string, CheckedClaim[]> {
  const groups = new Map<string, CheckedClaim[]>();
  for (const { report, claim } of claims) groups.set(report.slug, [...(groups.get(report.slug) ?? []), claim]);
  return groups;
}

/** The filters of a document: its title, kind, and the verdicts and speakers of its claims. */
export function documentFilters(meta: DocumentMeta, claims: readonly CheckedClaim[]): Record<string, string[]> {
  const filters: Record<string, string[]> = { document: [meta.title], kind: [kindLabel(meta.kind)] };
  const verdicts = [...new Set(claims.map((c) => VERDICT_INFO[c.verdict].label))];
  const speakers = [...new Set(claims.flatMap((c) => (c.speaker ? [c.speaker] : [])))];
  if (verdicts.length) filters['verdict'] = verdicts;
  if (speakers.length) filters['speaker'] = speakers;
  return filters;
}

/** Empty elements giving Pagefind the record's filters. */
function filterElements(filters: Record<string, string[]>): string {
  return Object.entries(filters)
    .flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${name}[data-value]" data-value="${escapeHtml(value)}"></span>`))
    .join('');
}

/** The anchor a passage starts at, carrying its data when it has some. */
function passageAnchor(id: string, title: string | undefined): string {
  return `<i id="${escapeHtml(id)}"${title === undefined ? '' : ` data-pagefind-title="${escapeHtml(title)}"`}></i>`;
}

/** The search record of one document, given the claims grouped by document, the sources' captures and their caveats. */
export function documentRecord(
  doc: IndexedDocument,
  claims: ReadonlyMap<string, CheckedClaim[]>,
  base: string,
  captures: RecordCaptures = new Map(),
  caveats: RecordCaveats = new Map(),
): SearchRecord {
  const { meta, passages } = doc;
  const own = claims.get(meta.slug) ?? [];
  const byPassage: PassageClaims = {};
  for (const claim of own) (byPassage[claim.passage] ??= []).push(resultClaim(claim, base));
  const shared = captures.get(meta.slug);
  const filters = { ...documentFilters(meta, own), ...(shared ? { capture: shared.names } : {}) };
  const weight = meta.kind === 'source' ? ` data-pagefind-weight="${PRIMARY_WEIGHT}"` : '';
  // Other captures' wordings follow the reading text's passages, under anchors of their own.
  const text = [...passages, ...(shared?.passages ?? [])]
    .map((p) => {
      const artefact = 'artefact' in p && p.artefact === true;
      const caveat = caveats.get(meta.slug)?.get(p.id);
      const data = encodePassageData({ claims: byPassage[p.id], held: shared?.held[p.id], at: shared?.at[p.id], artefact, caveat });
      return `${passageAnchor(p.id, data)}${escapeHtml(recordText(p.text))}`;
    })
    .join(' ');
  // Pagefind's `baseUrl` option (set in the browser) puts the base in front; the claims' links carry it already.
  return {
    url: `/${documentPath(meta)}`,
    content: `<html lang="en"><body>${filterElements(filters)}<p${weight}>${text}</p></body></html>`,
  };
}
