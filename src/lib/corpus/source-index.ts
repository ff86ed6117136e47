/**
 * The primary sources' anchors and their words, which claims are resolved
 * against. Built from the documents as read, before any claim is checked.
 */
import type { SourceIndex } from '../claims/claim.ts';
import type { DocumentInput } from './corpus.ts';

/** Every anchor of every primary source, with its words; the first source by seed is the default. */
export function sourceIndex(documents: readonly Pick<DocumentInput, 'meta' | 'passages'>[]): SourceIndex {
  const sources = documents.filter((d) => d.meta.kind === 'source').sort((a, b) => a.meta.seed.localeCompare(b.meta.seed));
  const index: SourceIndex = { defaultSource: sources[0]?.meta.slug ?? '', sources: {} };
  for (const source of sources) {
    const anchors: Record<string, string> = {};
    for (const passage of source.passages) {
      anchors[passage.id] = passage.text;
      for (const sentence of passage.sentences) anchors[sentence.id] = sentence.text;
    }
    index.sources[source.meta.slug] = { title: source.meta.title, anchors };
  }
  return index;
}
