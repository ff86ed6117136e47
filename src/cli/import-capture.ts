/**
 * `npm run import -- --capture-of <source-slug> seeds/FILE.txt [--revised YYYY-MM-DD]`
 * Records a seed as another capture of a primary source: writes
 * content/captures/FILE.yaml. The build then aligns it with the reading text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { captureImportProblem, draftCaptureRecord } from '../lib/captures/capture-draft.ts';
import { readCaptureRecord } from '../lib/captures/capture-record.ts';
import { KIND_FOLDERS } from '../lib/sources/document-schema.ts';
import { readFrontmatter } from '../lib/sources/frontmatter.ts';
import { sha256 } from '../lib/sources/hash.ts';
import { displayPath, projectPaths } from '../build/project-paths.ts';

/** Which page or record claims each seed, and the slugs of the primary sources. */
function projectContext(paths: ReturnType<typeof projectPaths>) {
  const seedClaims = new Map<string, string>();
  const sources: string[] = [];
  for (const [kind, folder] of Object.entries(KIND_FOLDERS)) {
    const dir = join(paths.content, folder);
    for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.mdx')) : []) {
      const meta = readFrontmatter(join(folder, name), readFileSync(join(dir, name), 'utf8'), folder);
      seedClaims.set(meta.seed, displayPath(paths, join(dir, name)));
      if (kind === 'source') sources.push(meta.slug);
    }
  }
  for (const name of existsSync(paths.captures) ? readdirSync(paths.captures).filter((n) => n.endsWith('.yaml')) : []) {
    const file = join(paths.captures, name);
    seedClaims.set(readCaptureRecord(name, readFileSync(file, 'utf8')).meta.seed, displayPath(paths, file));
  }
  return { sources, seedClaims };
}

/** Writes the capture record, or prints why not and exits non-zero. */
export function importCapture(seedPath: string, of: string, revised: string | undefined): void {
  const paths = projectPaths();
  const request = { of, seed: basename(seedPath), seedSha256: sha256(readFileSync(seedPath)), revised };
  const problem = captureImportProblem(request, projectContext(paths));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  mkdirSync(paths.captures, { recursive: true });
  const target = join(paths.captures, request.seed.replace(/\.txt$/, '.yaml'));
  writeFileSync(target, draftCaptureRecord(request));
  console.log(`Wrote ${displayPath(paths, target)}. Record what is known of the capture there.`);
  console.log('Next: npm run seeds:manifest, then npm run anchors:update, review the alignment in the lock diff, and build.');
}
