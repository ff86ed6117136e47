/**
 * Ordering and describing documents: the primary sources come first, then
 * the reports in seed order. Their addresses are in lib/site/routes.ts.
 */
import type { DocumentMeta } from './document-schema.ts';

/** Primary sources before reports; within a kind, by seed file name. */
export function compareDocuments(a: DocumentMeta, b: DocumentMeta): number {
  if (a.kind !== b.kind) return a.kind === 'source' ? -1 : 1;
  return a.seed.localeCompare(b.seed);
}

/** How a document's title came about, said plainly for the provenance box; empty for a real headline. */
export function titleNote(meta: Pick<DocumentMeta, 'titleSource'>): string {
  if (meta.titleSource === 'first-heading') return "Editorial title: the capture has no headline at the top, so this is the report's first subheading.";
  if (meta.titleSource === 'opening-words') return "Editorial title: the capture has no headline, so these are the report's opening words.";
  return '';
}

/** The label of a document's kind. */
export function kindLabel(kind: DocumentMeta['kind']): string {
  return kind === 'source' ? 'Primary source' : 'Report';
}

/** The first words of a title, enough to tell documents apart in a margin note. */
export function shortTitle(title: string, words = 4): string {
  const parts = title.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : title;
}
