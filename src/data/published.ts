/**
 * Every published document, as the pages render them. The data comes from
 * the checked corpus; a primary source's collection entry is only there to
 * render its MDX (reports are rendered from the corpus, see
 * data/report-html.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentBySlug, type CheckedDocument } from '../lib/corpus/corpus.ts';
import { checkedCorpus } from './corpus.ts';

/** A published document, checked, and a primary source's collection entry. */
export interface PublishedDocument {
  document: CheckedDocument;
  entry?: CollectionEntry<'documents'>;
}

/** All published documents, primary sources first; drafts only where the corpus holds them (the dev server). */
export async function loadPublished(): Promise<PublishedDocument[]> {
  const entries = new Map((await getCollection('documents')).map((entry) => [entry.data.slug, entry]));
  return checkedCorpus().documents.flatMap((document) => {
    if (document.meta.kind === 'report') return [{ document }];
    const entry = entries.get(document.meta.slug);
    return entry ? [{ document, entry }] : [];
  });
}

/** A page's document as the corpus holds it now: the dev server keeps a page's props from before an edit, but reloads the corpus. */
export function currentDocument(document: CheckedDocument): CheckedDocument {
  return documentBySlug(checkedCorpus(), document.meta.slug) ?? document;
}
