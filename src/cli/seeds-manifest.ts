/**
 * `npm run seeds:manifest`
 * Writes seeds/SHA256SUMS for every seed. Run it once when a seed is added;
 * seeds are never edited, so an existing entry should never change. A seed
 * whose name breaks the naming rule is refused before anything is written.
 */
import { writeFileSync } from 'node:fs';
import { formatManifest } from '../lib/sources/seed-manifest.ts';
import { nextSeedNumber, SEED_NAME_RULE, seedNameProblem } from '../lib/sources/seed-name.ts';
import { readSeedFiles } from '../build/files.ts';
import { projectPaths } from '../build/project-paths.ts';

const { seeds, manifest } = projectPaths();
const files = readSeedFiles(seeds);
const names = [...files.keys()];
const problems = names.flatMap((name) => {
  const problem = seedNameProblem(name, names);
  return problem ? [`seeds/${name}: ${problem} Rename it to ${SEED_NAME_RULE}; the next free number is \`${nextSeedNumber(names)}\`.`] : [];
});
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(manifest, formatManifest(files));
console.log(`Wrote ${manifest} for ${files.size} seeds. Check with: cd seeds && sha256sum -c SHA256SUMS`);
