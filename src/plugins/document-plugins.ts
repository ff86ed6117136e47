/**
 * The rehype plugins of a document page, in order, for both readers of the
 * page: the corpus loader, which only needs what they record, and Astro's
 * renderer, which also adds the reader's tools to every passage.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import type { PluggableList } from 'unified';
import rehypeAnchors from './rehype-anchors.ts';
import rehypeClaims from './rehype-claims.ts';
import rehypePassageTools from './rehype-passage-tools.ts';
import rehypeRavelClaims from './rehype-ravel-claims.ts';

/** What the corpus loader runs: claims put back into paragraphs, passages and sentences anchored, claims found. */
export const readingPlugins: PluggableList = [rehypeRavelClaims, rehypeAnchors, rehypeClaims];

/** What the site's renderer runs: the same, then the reader's tools on every passage. */
export function pagePlugins(base: string): RehypePlugins {
  return [rehypeRavelClaims, rehypeAnchors, rehypeClaims, [rehypePassageTools, { base }]];
}
