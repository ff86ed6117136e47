/**
 * Holds the project's checked corpus for as long as Astro runs: loaded once
 * for a build, and reloaded whenever the dev server sees a page, a seed or the
 * lock change, so no page ever shows stale claims.
 */
import type { CorpusCheck } from '../lib/corpus/check-corpus.ts';
import { loadCorpus, type LoadOptions } from './load-corpus.ts';
import type { ProjectPaths } from './project-paths.ts';

/** The current corpus check, loaded on first use. */
export interface CorpusStore {
  current: () => CorpusCheck;
  reload: () => CorpusCheck;
}

/** A store over the project's content. */
export function corpusStore(paths: ProjectPaths, options: LoadOptions): CorpusStore {
  let check: CorpusCheck | undefined;
  const reload = () => (check = loadCorpus(paths, options));
  return { current: () => check ?? reload(), reload };
}
