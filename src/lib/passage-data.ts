/**
 * The passages the build attached to a rendered document, read back with a
 * type. They travel from the rehype plugin to pages through Astro's
 * `remarkPluginFrontmatter`.
 */
import type { SentenceRecord } from './sources/passage.ts';

/** A passage as pages receive it. */
export interface PublishedPassage {
  id: string;
  text: string;
  sentences: SentenceRecord[];
  artefact: boolean;
}

/** The passages in a rendered document's plugin frontmatter; an empty list when there are none. */
export function passagesOf(frontmatter: Record<string, unknown>): PublishedPassage[] {
  const passages = frontmatter['passages'];
  return Array.isArray(passages) ? (passages as PublishedPassage[]) : [];
}
