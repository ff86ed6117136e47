/**
 * Every published document with its passages and checked claims, as the
 * pages render them. One place reads the collection, so every page lists,
 * counts and links the same things.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { CheckedClaim } from '../lib/claims/claim.ts';
import { compareDocuments } from '../lib/sources/documents.ts';
import { passagesOf, type PublishedPassage } from '../lib/passage-data.ts';

/** A rendered document: its entry, passages and claims. */
export interface PublishedDocument {
  entry: CollectionEntry<'documents'>;
  passages: PublishedPassage[];
  claims: CheckedClaim[];
}

/** All documents, primary sources first, each rendered once. */
export async function loadPublished(): Promise<PublishedDocument[]> {
  const entries = (await getCollection('documents')).sort((a, b) => compareDocuments(a.data, b.data));
  return Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const claims = Array.isArray(remarkPluginFrontmatter['claims']) ? (remarkPluginFrontmatter['claims'] as CheckedClaim[]) : [];
      return { entry, passages: passagesOf(remarkPluginFrontmatter), claims };
    }),
  );
}
