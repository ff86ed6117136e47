import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/sources/document-schema.ts';
import { projectPaths } from './build/project-paths.ts';

/** Every document page: primary sources in content/sources, reports in content/reports. */
const documents = defineCollection({
  loader: glob({ pattern: '{sources,reports}/*.mdx', base: projectPaths().content }),
  schema: documentSchema,
});

export const collections = { documents };
