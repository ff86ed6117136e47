/**
 * What the document plugins record on the vfile as they walk a page, for the
 * corpus loader to read back: typed, so nothing travels as strings.
 */
import type { ClaimInput } from '../lib/claims/claim.ts';
import type { IdUse } from '../lib/corpus/corpus.ts';
import type { PassageRecord } from '../lib/sources/passage.ts';

/** The frontmatter fields the plugins read; Astro puts the page's frontmatter here. */
export interface PageFrontmatter {
  slug?: string | undefined;
  kind?: string | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** The page's numbered passages, in reading order (rehype-anchors). */
    passages: PassageRecord[];
    /** Ids written by hand on the page (rehype-anchors). */
    explicitIds: IdUse[];
    /** The page's `<Claim>` elements, as written (rehype-claims). */
    claims: ClaimInput[];
  }
}

/** The page's frontmatter as Astro (or the corpus loader) hands it to plugins, in `file.data.astro`. */
export function frontmatterOf(data: { astro?: { frontmatter?: Record<string, unknown> } }): PageFrontmatter {
  const { slug, kind } = data.astro?.frontmatter ?? {};
  return { slug: typeof slug === 'string' ? slug : undefined, kind: typeof kind === 'string' ? kind : undefined };
}
