/** The suggestion pool for a project: every passage and sentence of every primary source. */
import type { CheckedDocument } from '../lib/corpus/corpus.ts';
import { suggestionPool, type SuggestionPool } from '../lib/authoring/suggest.ts';

/** Builds the pool from the corpus's primary sources. */
export function corpusPool(documents: readonly Pick<CheckedDocument, 'meta' | 'passages'>[]): SuggestionPool {
  const sources = documents.filter((d) => d.meta.kind === 'source');
  const passages = sources.flatMap((d) => d.passages.filter((p) => !p.artefact).map((p) => ({ source: d.meta.slug, anchor: p.id, text: p.text })));
  const sentences = sources.flatMap((d) => d.passages.filter((p) => !p.artefact).flatMap((p) => p.sentences.map((s) => ({ source: d.meta.slug, anchor: s.id, text: s.text }))));
  return suggestionPool(passages, sentences);
}
