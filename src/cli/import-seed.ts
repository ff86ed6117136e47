/**
 * `npm run import -- seeds/FILE.txt [--kind source|report] [--slug SLUG] [--force]`
 * Turns a seed into the first draft of its document page in content/, after
 * checking the seed's name, its text and that its slug is free.
 * `npm run import -- --capture-of <source-slug> seeds/FILE.txt [--revised YYYY-MM-DD]`
 * records it as another capture of a primary source instead (import-capture.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { documentSchema, KIND_FOLDERS, type DocumentMeta } from '../lib/sources/document-schema.ts';
import { statedMeta } from '../lib/authoring/document-meta.ts';
import { freeSlug, slugify } from '../lib/authoring/slugs.ts';
import { sha256 } from '../lib/sources/hash.ts';
import { draftMdx } from '../lib/authoring/mdx-draft.ts';
import { parseSeed } from '../lib/authoring/seed-blocks.ts';
import { nextSeedNumber, SEED_NAME_RULE, seedNameProblem, seedNumber } from '../lib/sources/seed-name.ts';
import { plainTextProblem } from '../lib/sources/seed-text.ts';
import { displayPath, projectPaths } from '../build/project-paths.ts';
import { contentSlugs } from './content-slugs.ts';
import { importSummary } from '../lib/authoring/import-summary.ts';
import { importCapture } from './import-capture.ts';

const USAGE =
  'Usage: npm run import -- seeds/FILE.txt [--kind source|report] [--slug SLUG] [--force]\n       npm run import -- --capture-of <source-slug> seeds/FILE.txt [--revised YYYY-MM-DD]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string', default: 'report' },
    slug: { type: 'string' },
    force: { type: 'boolean', default: false },
    'capture-of': { type: 'string' },
    revised: { type: 'string' },
  },
});

function stop(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

if (values['capture-of'] !== undefined && positionals[0]) {
  importCapture(positionals[0], values['capture-of'], values.revised);
  process.exit(0);
}

const seedPath = positionals[0];
if (!seedPath || (values.kind !== 'source' && values.kind !== 'report')) stop(USAGE, 2);
const paths = projectPaths();
const seedName = basename(seedPath);
const shown = displayPath(paths, resolve(seedPath)).startsWith('..') ? seedPath : displayPath(paths, resolve(seedPath));
if (!existsSync(seedPath)) stop(`${shown}: No such seed. Put the capture in seeds/ first, named ${SEED_NAME_RULE}.`);
const otherSeeds = readdirSync(paths.seeds).filter((name) => name.endsWith('.txt') && name !== seedName);
if (resolve(dirname(seedPath)) !== paths.seeds)
  stop(
    `${shown}: Seeds live in seeds/, which the build reads. Move it to seeds/${seedNumber(seedName) ? seedName : `${nextSeedNumber(otherSeeds)}_…txt`}, then import it from there.`,
  );
const nameProblem = seedNameProblem(seedName, otherSeeds);
if (nameProblem) stop(`${shown}: ${nameProblem} Rename it to ${SEED_NAME_RULE}; the next free number is \`${nextSeedNumber(otherSeeds)}\`.`);
const bytes = readFileSync(seedPath);
const textProblem = plainTextProblem(bytes);
if (textProblem) stop(`${shown}:${textProblem.line}: The seed ${textProblem.problem}. Save the capture as plain UTF-8 text.`);

const blocks = parseSeed(bytes.toString('utf8'));
const stated = statedMeta(blocks);
const target = join(paths.content, KIND_FOLDERS[values.kind], seedName.replace(/\.txt$/, '.mdx'));
const slug = values.slug ?? slugify(stated.title);
// Re-importing a page (--force) may keep its own slug; any other page's slug is taken.
const taken = new Map([...contentSlugs(paths)].filter(([, page]) => page !== displayPath(paths, target)));
const owner = taken.get(slug);
if (owner) {
  const suggestion = freeSlug(slug, new Set(taken.keys()), { outlet: stated.outlet, seedNumber: seedNumber(seedName) });
  stop(`${shown}: Slug \`${slug}\` is already used by ${owner}; URLs must be unique. Import it with \`--slug ${suggestion}\`, or another free slug.`);
}
const parsed = documentSchema.safeParse({ seed: seedName, seedSha256: sha256(bytes), kind: values.kind, slug, ...stated });
if (!parsed.success)
  stop(
    `${shown}: Cannot import: ${parsed.error.issues.map((i) => `\`${i.path.join('.')}\` ${i.message}`).join('; ')}. Pass a valid \`--slug\` (lower-case words joined by hyphens).`,
  );
const meta: DocumentMeta = parsed.data;
if (existsSync(target) && !values.force) stop(`${displayPath(paths, target)} exists. Hand edits would be lost; pass --force to overwrite it.`);
writeFileSync(target, draftMdx(meta, blocks));
console.log(importSummary(displayPath(paths, target), meta, blocks.length));
