/**
 * `npm run seeds:manifest`
 * Writes seeds/SHA256SUMS for every seed. Run it once when a seed is added;
 * seeds are never edited, so an existing entry should never change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatManifest } from '../lib/seed-manifest.ts';
import { projectPaths } from '../integrations/project-paths.ts';

const { seeds, manifest } = projectPaths();
const files = new Map(readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => [name, readFileSync(join(seeds, name))]));
writeFileSync(manifest, formatManifest(files));
console.log(`Wrote ${manifest} for ${files.size} seeds. Check with: cd seeds && sha256sum -c SHA256SUMS`);
