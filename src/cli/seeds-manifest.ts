/**
 * `npm run seeds:manifest`
 * Writes seeds/SHA256SUMS for every seed. Run it once when a seed is added;
 * seeds are never edited, so an existing entry should never change.
 */
import { writeFileSync } from 'node:fs';
import { formatManifest } from '../lib/sources/seed-manifest.ts';
import { readSeedFiles } from '../build/files.ts';
import { projectPaths } from '../build/project-paths.ts';

const { seeds, manifest } = projectPaths();
const files = readSeedFiles(seeds);
writeFileSync(manifest, formatManifest(files));
console.log(`Wrote ${manifest} for ${files.size} seeds. Check with: cd seeds && sha256sum -c SHA256SUMS`);
