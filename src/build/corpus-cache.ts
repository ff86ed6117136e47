/**
 * One corpus per build, shared by the claim checks (during rendering) and the
 * search index (after it), so every page is read through the pipeline once.
 */
import { checkedClaims, sourceIndex, type CorpusDocument } from '../lib/corpus/corpus.ts';
import type { Corpus } from '../plugins/check-document.ts';
import { loadCorpus } from './load-corpus.ts';
import type { ProjectPaths } from './project-paths.ts';

/** The project's documents and their checked claims, each computed on first use. */
export interface CorpusCache {
  documents: () => CorpusDocument[];
  corpus: () => Corpus;
}

/** A lazily filled cache over the project's content. */
export function corpusCache(paths: ProjectPaths): CorpusCache {
  let documents: CorpusDocument[] | undefined;
  let corpus: Corpus | undefined;
  const readDocuments = () => (documents ??= loadCorpus(paths));
  return {
    documents: readDocuments,
    corpus: () => (corpus ??= { index: sourceIndex(readDocuments()), claims: checkedClaims(readDocuments()) }),
  };
}
