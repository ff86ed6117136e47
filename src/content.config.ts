import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/sources/document-schema.ts';
import { projectPaths } from './build/project-paths.ts';

/**
 * The primary sources in content/sources, rendered through Astro's MDX integration. Reports, in content/reports, are
 * rendered from the checked corpus instead (build/render-report.ts), so that they do not each become a bundled module.
 */
const documents = defineCollection({
  loader: glob({ pattern: 'sources/*.mdx', base: projectPaths().content }),
  schema: documentSchema,
});

/** The content collections Astro loads: the primary sources alone. */
export const collections = { documents };
