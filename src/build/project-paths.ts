/**
 * Where the project's content lives. The bad-input tests build small copies
 * of the content elsewhere, so the root can be moved with `RLA_PROJECT_DIR`.
 */
import { join, relative, resolve } from 'node:path';

/** Absolute paths of the content the build reads. */
export interface ProjectPaths {
  root: string;
  content: string;
  seeds: string;
  manifest: string;
  lock: string;
  claimsLock: string;
  captures: string;
  corrections: string;
}

/** The project's paths, rooted at `RLA_PROJECT_DIR` or the working directory. */
export function projectPaths(root = process.env.RLA_PROJECT_DIR ?? process.cwd()): ProjectPaths {
  const base = resolve(root);
  return {
    root: base,
    content: join(base, 'content'),
    seeds: join(base, 'seeds'),
    manifest: join(base, 'seeds', 'SHA256SUMS'),
    lock: join(base, 'content', 'anchors.lock.json'),
    claimsLock: join(base, 'content', 'claims.lock.json'),
    captures: join(base, 'content', 'captures'),
    corrections: join(base, 'content', 'corrections.yaml'),
  };
}

/** A path as editors see it in messages: relative to the project root. */
export function displayPath(paths: ProjectPaths, path: string): string {
  return relative(paths.root, path) || path;
}
