/**
 * `npm run import -- seeds/FILE.txt [--kind source|report] [--force]`
 * Turns a seed into the first draft of its document page in content/.
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

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { kind: { type: 'string', default: 'report' }, force: { type: 'boolean', default: false } },
});

const seedPath = positionals[0];
if (!seedPath || (values.kind !== 'source' && values.kind !== 'report')) {
  console.error('Usage: npm run import -- seeds/FILE.txt [--kind source|report] [--force]');
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
