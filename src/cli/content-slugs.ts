/** The slugs the project's pages already use, read from their frontmatter, for the import's uniqueness check. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KIND_FOLDERS } from '../lib/sources/document-schema.ts';
import { splitFrontmatter } from '../lib/sources/frontmatter.ts';
import { displayPath, type ProjectPaths } from '../build/project-paths.ts';

/** Slug → the page (as editors see its path) that uses it; unreadable pages are skipped, the build reports them. */
export function contentSlugs(paths: ProjectPaths): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const folder of Object.values(KIND_FOLDERS)) {
    const dir = join(paths.content, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const block = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      try {
        const slug = (parse(block?.yaml ?? '') as { slug?: unknown } | null)?.slug;
        if (typeof slug === 'string') slugs.set(slug, displayPath(paths, join(dir, name)));
      } catch {
        continue;
      }
    }
  }
  return slugs;
}
