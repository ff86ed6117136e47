/**
 * Ordering and addressing documents: the primary sources come first, then
 * the reports in seed order, and each has one permanent URL.
 */
import { KIND_FOLDERS, type DocumentMeta } from './document-schema.ts';

/** Primary sources before reports; within a kind, by seed file name. */
export function compareDocuments(a: DocumentMeta, b: DocumentMeta): number {
  if (a.kind !== b.kind) return a.kind === 'source' ? -1 : 1;
  return a.seed.localeCompare(b.seed);
}

/** A document's path below the site's base, e.g. `sources/our-agreement-with-the-department-of-war/`. */
export function documentPath(meta: Pick<DocumentMeta, 'kind' | 'slug'>): string {
  return `${KIND_FOLDERS[meta.kind]}/${meta.slug}/`;
}

/** How a document's title came about, said plainly for the provenance box; empty for a real headline. */
export function titleNote(meta: Pick<DocumentMeta, 'titleSource'>): string {
  if (meta.titleSource === 'first-heading') return 'Editorial title: the capture has no headline at the top, so this is the report\'s first subheading.';
  if (meta.titleSource === 'opening-words') return 'Editorial title: the capture has no headline, so these are the report\'s opening words.';
  return '';
}

/** The label of a document's kind. */
export function kindLabel(kind: DocumentMeta['kind']): string {
  return kind === 'source' ? 'Primary source' : 'Report';
}
