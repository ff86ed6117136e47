/**
 * Runs a document's checks after its passages are numbered and hands the
 * passages to the page through the frontmatter Astro exposes to plugins.
 */
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { AnchorLock } from '../lib/anchor-lock.ts';
import { ContentError } from '../lib/content-error.ts';
import type { PassageRecord } from '../lib/passage.ts';
import { duplicateIds, lockErrors, seedDrift, type IdUse } from '../lib/passage-checks.ts';

/** Where the plugin finds seeds and the lock, and how it reports paths. */
export interface PassagesOptions {
  seedsDir: string;
  lockFile: string;
  /** The lock's text and parsed content, read once per build. */
  readLock: () => { text: string; lock: AnchorLock };
  /** Records a document's anchors instead of checking them (the update command). */
  recordAnchors?: ((slug: string, passages: readonly PassageRecord[]) => void) | undefined;
  relative: (path: string) => string;
}

interface Frontmatter {
  seed?: string;
  slug?: string;
  passages?: unknown;
}

/** Throws the first content error of a document, or stores its passages for the page. */
export function checkDocument(args: { file: VFile; path: string; passages: PassageRecord[]; ids: IdUse[]; options: PassagesOptions }): void {
  const { file, path, passages, ids, options } = args;
  const astro = (file.data as { astro?: { frontmatter?: Frontmatter } }).astro;
  const frontmatter = astro?.frontmatter ?? {};
  const errors: ContentError[] = [...duplicateIds(ids)];
  if (frontmatter.seed) {
    const seedText = readFileSync(`${options.seedsDir}/${frontmatter.seed}`, 'utf8');
    const drift = seedDrift(path, frontmatter.seed, seedText, passages);
    if (drift) errors.push(drift);
  }
  if (frontmatter.slug && errors.length === 0) {
    if (options.recordAnchors) options.recordAnchors(frontmatter.slug, passages);
    else {
      const { text, lock } = options.readLock();
      errors.push(...lockErrors(frontmatter.slug, passages, { file: options.relative(options.lockFile), text, anchors: lock[frontmatter.slug] }));
    }
  }
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'), { cause: errors[0] });
  frontmatter.passages = passages.map(({ id, text, sentences, artefact }) => ({ id, text, sentences, artefact }));
}
