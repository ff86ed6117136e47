/**
 * Checks that need no rendering, run before Astro starts: the seeds match
 * their checksum manifest, and every page's frontmatter is valid, names a
 * real seed with the right checksum, and has a unique slug.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../lib/corpus/content-error.ts';
import { readFrontmatter, seedChecksumError } from '../lib/sources/frontmatter.ts';
import { sha256 } from '../lib/sources/hash.ts';
import { parseManifest, verifySeeds } from '../lib/sources/seed-manifest.ts';
import { KIND_FOLDERS } from '../lib/sources/document-schema.ts';
import { mdxSyntaxError } from './load-corpus.ts';
import { readSeedFiles } from './files.ts';
import { displayPath, type ProjectPaths } from './project-paths.ts';

function seedErrors(paths: ProjectPaths, seeds: Map<string, Uint8Array>): ContentError[] {
  const file = displayPath(paths, paths.manifest);
  if (!existsSync(paths.manifest)) return [new ContentError({ file }, 'The seed checksum manifest is missing.', 'Run `npm run seeds:manifest` once after adding a seed, and commit it.', 'seeds:manifest')];
  const { entries, invalidLines } = parseManifest(readFileSync(paths.manifest, 'utf8'));
  const errors = invalidLines.map((line) => new ContentError({ file, line }, 'This line is not `<sha256>  <file>`.', 'Regenerate with `npm run seeds:manifest`.', 'seeds:manifest'));
  for (const { file: seed, line, problem } of verifySeeds(entries, seeds)) {
    if (problem === 'changed') errors.push(new ContentError({ file: `seeds/${seed}` }, `Seed \`${seed}\` differs from its checksum in ${file}:${line}. Seeds are verbatim captures and are never edited.`, `Restore it with \`git checkout -- seeds/${seed}\`.`, 'seeds:changed'));
    if (problem === 'missing') errors.push(new ContentError({ file, line }, `Seed \`${seed}\` is listed but missing from seeds/.`, `Restore it with \`git checkout -- seeds/${seed}\`.`, 'seeds:missing'));
    if (problem === 'unlisted') errors.push(new ContentError({ file: `seeds/${seed}` }, `Seed \`${seed}\` is not in ${file}.`, 'Run `npm run seeds:manifest` and commit the result.', 'seeds:unlisted'));
  }
  return errors;
}

function documentErrors(paths: ProjectPaths, seeds: Map<string, Uint8Array>): ContentError[] {
  const errors: ContentError[] = [];
  const slugs = new Map<string, string>();
  for (const folder of Object.values(KIND_FOLDERS)) {
    const dir = join(paths.content, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const file = displayPath(paths, join(dir, name));
      const source = readFileSync(join(dir, name), 'utf8');
      try {
        const meta = readFrontmatter(file, source, folder);
        const syntax = mdxSyntaxError(file, source);
        if (syntax) errors.push(syntax);
        const bytes = seeds.get(meta.seed);
        const checksum = seedChecksumError(file, source, meta, bytes && sha256(bytes));
        if (checksum) errors.push(checksum);
        const other = slugs.get(meta.slug);
        if (other) errors.push(new ContentError({ file }, `Slug \`${meta.slug}\` is already used by ${other}.`, 'Choose another slug; URLs must be unique.', 'frontmatter:slug'));
        slugs.set(meta.slug, file);
      } catch (error) {
        if (error instanceof ContentError) errors.push(error);
        else throw error;
      }
    }
  }
  return errors;
}

/** Every pre-flight problem in the project, seeds first. */
export function preflight(paths: ProjectPaths): ContentError[] {
  const seeds = readSeedFiles(paths.seeds);
  return [...seedErrors(paths, seeds), ...documentErrors(paths, seeds)];
}
