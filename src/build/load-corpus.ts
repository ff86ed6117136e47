/**
 * Loads and checks the whole corpus from disk: the content as read, the
 * anchor lock, then every check at once. The one entry point for the build,
 * the dev server and the command-line tools.
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareErrors } from '../lib/corpus/content-error.ts';
import { checkCorpus, type CorpusCheck, type CorpusExtras, type LockInput } from '../lib/corpus/check-corpus.ts';
import { parseLock } from '../lib/sources/anchor-lock.ts';
import type { LockedClaim } from '../lib/corrections/claims-lock.ts';
import { displayPath, type ProjectPaths } from './project-paths.ts';
import { readContent, type ReadOptions } from './read-content.ts';

/** How to load: with drafts or not, and whether anchors and claims are held to their locks. */
export interface LoadOptions extends ReadOptions {
  lock: boolean;
}

/** The anchor lock as it stands on disk (empty when there is none yet). */
export function readLock(paths: ProjectPaths): LockInput {
  const text = existsSync(paths.lock) ? readFileSync(paths.lock, 'utf8') : '';
  return { file: displayPath(paths, paths.lock), text, lock: parseLock(text) };
}

/** The claims lock as it stands on disk (empty when there is none yet). */
export function readClaimsLock(paths: ProjectPaths): NonNullable<CorpusExtras['claimsLock']> {
  const text = existsSync(paths.claimsLock) ? readFileSync(paths.claimsLock, 'utf8') : '';
  return { file: displayPath(paths, paths.claimsLock), text, lock: parseLock<Record<string, LockedClaim>>(text) };
}

/** The checked corpus and every content error of the project, sorted by file and line. */
export function loadCorpus(paths: ProjectPaths, options: LoadOptions): CorpusCheck {
  const { inputs, captures, errors, pagesRead } = readContent(paths, options);
  const lock = readLock(paths);
  const corrections = existsSync(paths.corrections)
    ? { file: displayPath(paths, paths.corrections), text: readFileSync(paths.corrections, 'utf8') }
    : undefined;
  const check = checkCorpus(inputs, options.lock ? lock : undefined, {
    captures,
    numbering: lock,
    corrections,
    // A preview shows an edited claim before its correction is written, as it shows a draft; publishing requires it.
    claimsLock: options.drafts ? undefined : readClaimsLock(paths),
    complete: pagesRead,
  });
  return { corpus: check.corpus, errors: [...errors, ...check.errors].sort(compareErrors) };
}
