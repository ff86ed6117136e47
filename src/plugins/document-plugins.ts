/**
 * The rehype plugins of a document page, in order, for each reader of the
 * page: the corpus loader, which only needs what they record, and the two
 * renderers (Astro's, for primary sources, and build/render-report.ts, for
 * reports), which also add the reader's tools to every passage.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import type { PluggableList } from 'unified';
import rehypeAnchors from './rehype-anchors.ts';
import rehypeArtefacts from './rehype-artefacts.ts';
import rehypeClaims from './rehype-claims.ts';
import rehypePassageTools from './rehype-passage-tools.ts';
import rehypeRavelClaims from './rehype-ravel-claims.ts';

/** What the corpus loader runs: claims put back into paragraphs, passages and sentences anchored, claims found. */
export const readingPlugins: PluggableList = [rehypeRavelClaims, rehypeAnchors, rehypeClaims];

/** What renders a document's text: the same, then the reader's tools on every passage, and capture artefacts marked. */
export function renderingPlugins(base: string): PluggableList {
  return [...readingPlugins, [rehypePassageTools, { base }], rehypeArtefacts];
}

/** The same list, in the form Astro's Markdown settings take, for the primary sources. */
export function pagePlugins(base: string): RehypePlugins {
  // Every entry is a plugin or a plugin with its options, which Astro's type allows too; unified's also allows presets.
  return renderingPlugins(base) as RehypePlugins;
}
