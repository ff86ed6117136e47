/**
 * Wires the passages plugin to this project's seeds and anchor lock. The lock
 * is read once per build; `RLA_ANCHOR_LOCK=add|rewrite` turns checking into
 * recording, which is how `npm run anchors:update` writes the lock.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatLock, parseLock, updateLock, type AnchorLock, type LockUpdateMode } from '../lib/sources/anchor-lock.ts';
import { anchorFingerprints, type PassageRecord } from '../lib/sources/passage.ts';
import type { BuildOptions } from '../plugins/check-document.ts';
import type { CorpusCache } from './corpus-cache.ts';
import { displayPath, type ProjectPaths } from './project-paths.ts';

function lockMode(): LockUpdateMode | undefined {
  const mode = process.env.RLA_ANCHOR_LOCK;
  return mode === 'add' || mode === 'rewrite' ? mode : undefined;
}

/** Options for `rehypePassages` in this project. */
export function passagesOptions(paths: ProjectPaths, base: string, cache: CorpusCache): BuildOptions {
  let cached: { text: string; lock: AnchorLock } | undefined;
  const readLock = () => {
    if (!cached) {
      const text = existsSync(paths.lock) ? readFileSync(paths.lock, 'utf8') : '';
      cached = { text, lock: parseLock(text) };
    }
    return cached;
  };
  const mode = lockMode();
  const recordAnchors = mode
    ? (slug: string, passages: readonly PassageRecord[]) => {
        const current = parseLock(existsSync(paths.lock) ? readFileSync(paths.lock, 'utf8') : '');
        writeFileSync(paths.lock, formatLock(updateLock(current, slug, anchorFingerprints(passages), mode)));
      }
    : undefined;
  return { seedsDir: paths.seeds, lockFile: paths.lock, readLock, recordAnchors, corpus: cache.corpus, base, relative: (path) => displayPath(paths, path) };
}
