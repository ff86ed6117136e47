/**
 * Every published document with its passages and checked claims, as the
 * pages render them. The data comes from the checked corpus; a primary
 * source's collection entry is only there to render its MDX (reports are
 * rendered from the corpus, see data/report-html.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CheckedClaim } from '../lib/claims/claim.ts';
import type { CheckedDocument } from '../lib/corpus/corpus.ts';
import type { DocumentMeta } from '../lib/sources/document-schema.ts';
import type { PassageRecord } from '../lib/sources/passage.ts';
import { checkedCorpus } from './corpus.ts';

/** A published document: its frontmatter, passages and claims, and a primary source's collection entry. */
export interface PublishedDocument {
  meta: DocumentMeta;
  entry?: CollectionEntry<'documents'>;
  document: CheckedDocument;
  passages: readonly PassageRecord[];
  claims: readonly CheckedClaim[];
}

/** All published documents, primary sources first; drafts only where the corpus holds them (the dev server). */
export async function loadPublished(): Promise<PublishedDocument[]> {
  const entries = new Map((await getCollection('documents')).map((entry) => [entry.data.slug, entry]));
  return checkedCorpus().documents.flatMap((document) => {
    const entry = entries.get(document.meta.slug);
    const published = { meta: document.meta, document, passages: document.passages, claims: document.claims };
    if (document.meta.kind === 'report') return [published];
    return entry ? [{ ...published, entry }] : [];
  });
}
