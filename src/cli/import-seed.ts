/**
 * `npm run import -- seeds/FILE.txt [--kind source|report] [--force]`
 * Turns a seed into the first draft of its document page in content/.
 * `npm run import -- --capture-of <source-slug> seeds/FILE.txt [--revised YYYY-MM-DD]`
 * records it as another capture of a primary source instead (import-capture.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { documentSchema, KIND_FOLDERS } from '../lib/sources/document-schema.ts';
import { statedMeta, slugify } from '../lib/authoring/document-meta.ts';
import { sha256 } from '../lib/sources/hash.ts';
import { draftMdx } from '../lib/authoring/mdx-draft.ts';
import { parseSeed } from '../lib/authoring/seed-blocks.ts';
import { projectPaths } from '../build/project-paths.ts';
import { importCapture } from './import-capture.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string', default: 'report' }, force: { type: 'boolean', default: false }, 'capture-of': { type: 'string' }, revised: { type: 'string' } },
});

if (values['capture-of'] !== undefined && positionals[0]) {
  importCapture(positionals[0], values['capture-of'], values.revised);
  process.exit(0);
}

const seedPath = positionals[0];
if (!seedPath || (values.kind !== 'source' && values.kind !== 'report')) {
  console.error('Usage: npm run import -- seeds/FILE.txt [--kind source|report] [--force]\n       npm run import -- --capture-of <source-slug> seeds/FILE.txt [--revised YYYY-MM-DD]');
  process.exit(2);
}
const bytes = readFileSync(seedPath);
const blocks = parseSeed(bytes.toString('utf8'));
const stated = statedMeta(blocks);
const meta = documentSchema.parse({
  seed: basename(seedPath),
  seedSha256: sha256(bytes),
  kind: values.kind,
  slug: slugify(stated.title),
  ...stated,
});
const target = join(projectPaths().content, KIND_FOLDERS[meta.kind], basename(seedPath).replace(/\.txt$/, '.mdx'));
if (existsSync(target) && !values.force) {
  console.error(`${target} exists. Hand edits would be lost; pass --force to overwrite it.`);
  process.exit(1);
}
writeFileSync(target, draftMdx(meta, blocks));
console.log(`Wrote ${target} (${blocks.length} blocks, title from ${meta.titleSource}: “${meta.title}”).`);
console.log('Next: add the seed to seeds/SHA256SUMS (npm run seeds:manifest), then npm run anchors:update.');
