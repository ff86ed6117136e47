/**
 * Reads the project's content from disk, once: the seeds and their checksum
 * manifest, then every document page, its frontmatter and its MDX. What can
 * be read becomes a document (or capture) input for the corpus checks; what cannot is a
 * content error at its place. Nothing is thrown, so one build reports every
 * problem at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../lib/corpus/content-error.ts';
import { seedErrors } from '../lib/corpus/seed-checks.ts';
import type { DocumentInput } from '../lib/corpus/corpus.ts';
import { KIND_FOLDERS } from '../lib/sources/document-schema.ts';
import { checkFrontmatter, seedChecksumError } from '../lib/sources/frontmatter.ts';
import { sha256 } from '../lib/sources/hash.ts';
import { readSeedFiles } from './files.ts';
import { displayPath, type ProjectPaths } from './project-paths.ts';
import { mdxBody, readPage } from './read-page.ts';
import { readCaptures } from './read-captures.ts';
import type { CaptureInput } from '../lib/captures/capture.ts';

/** Which pages to read: a publishing build leaves drafts out; the dev server shows them. */
export interface ReadOptions {
  drafts: boolean;
}

/** The documents that could be read, and every problem found reading them. */
export interface ContentReading {
  inputs: DocumentInput[];
  captures: CaptureInput[];
  errors: ContentError[];
  /** Whether every page was read, so a claim not found is not on an unread page. */
  pagesRead: boolean;
}

/** Every document page of the project, folder by folder, as paths and text. */
function pageFiles(paths: ProjectPaths): { path: string; folder: string; source: string }[] {
  return Object.values(KIND_FOLDERS).flatMap((folder) => {
    const dir = join(paths.content, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => ({ path: displayPath(paths, join(dir, name)), folder, source: readFileSync(join(dir, name), 'utf8') }));
  });
}

function readDocument(
  page: { path: string; folder: string; source: string },
  seeds: ReadonlyMap<string, Uint8Array>,
  options: ReadOptions,
): { input?: DocumentInput; errors: ContentError[] } {
  try {
    const { meta, errors } = checkFrontmatter(page.path, page.source, page.folder);
    if (!meta) return { errors };
    if (meta.draft && !options.drafts) return { errors: [] };
    const bytes = seeds.get(meta.seed);
    const checksum = seedChecksumError(page.path, page.source, meta, bytes && sha256(bytes));
    if (checksum || !bytes) return { errors: checksum ? [checksum] : [] };
    const reading = readPage(page.path, mdxBody(page.source), { slug: meta.slug, kind: meta.kind });
    const input = {
      path: page.path,
      meta,
      seedText: Buffer.from(bytes).toString('utf8'),
      passages: reading.passages,
      claims: reading.claims,
      explicitIds: reading.explicitIds,
    };
    return reading.errors.length > 0 ? { errors: reading.errors } : { input, errors: [] };
  } catch (error) {
    if (error instanceof ContentError) return { errors: [error] };
    throw error;
  }
}

function slugErrors(inputs: readonly DocumentInput[]): ContentError[] {
  const first = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const doc of inputs) {
    const other = first.get(doc.meta.slug);
    if (other)
      errors.push(
        new ContentError(
          { file: doc.path },
          `Slug \`${doc.meta.slug}\` is already used by ${other}.`,
          'Choose another slug; URLs must be unique.',
          'frontmatter:slug',
        ),
      );
    else first.set(doc.meta.slug, doc.path);
  }
  return errors;
}

/** Reads seeds and pages; see the module comment. */
export function readContent(paths: ProjectPaths, options: ReadOptions): ContentReading {
  const seeds = readSeedFiles(paths.seeds);
  const manifest = existsSync(paths.manifest) ? readFileSync(paths.manifest, 'utf8') : undefined;
  const errors = seedErrors(displayPath(paths, paths.manifest), manifest, seeds);
  const inputs: DocumentInput[] = [];
  let pagesRead = true;
  for (const page of pageFiles(paths)) {
    const { input, errors: found } = readDocument(page, seeds, options);
    if (input) inputs.push(input);
    pagesRead &&= found.length === 0;
    errors.push(...found);
  }
  const captures = readCaptures(paths, seeds);
  return { inputs, captures: captures.inputs, errors: [...errors, ...captures.errors, ...slugErrors(inputs)], pagesRead };
}
