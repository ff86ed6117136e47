/**
 * The seeds held to their checksum manifest, as content errors: a seed edited
 * by accident, a seed missing, a seed not yet listed, or a manifest line that
 * is not an entry each stop the build, with the command that fixes it.
 */
import { parseManifest, verifySeeds } from '../sources/seed-manifest.ts';
import { ContentError } from './content-error.ts';

/** Every problem with the seeds and their manifest; `manifestText` is undefined when the file is missing. */
export function seedErrors(manifestFile: string, manifestText: string | undefined, seeds: ReadonlyMap<string, Uint8Array>): ContentError[] {
  const file = manifestFile;
  if (manifestText === undefined)
    return [
      new ContentError(
        { file },
        'The seed checksum manifest is missing.',
        'Run `npm run seeds:manifest` once after adding a seed, and commit it.',
        'seeds:manifest',
      ),
    ];
  const { entries, invalidLines } = parseManifest(manifestText);
  const errors = invalidLines.map(
    (line) => new ContentError({ file, line }, 'This line is not `<sha256>  <file>`.', 'Regenerate with `npm run seeds:manifest`.', 'seeds:manifest'),
  );
  for (const { file: seed, line, problem } of verifySeeds(entries, seeds)) {
    const restore = `Restore it with \`git checkout -- seeds/${seed}\`.`;
    if (problem === 'changed')
      errors.push(
        new ContentError(
          { file: `seeds/${seed}` },
          `Seed \`${seed}\` differs from its checksum in ${file}:${line}. Seeds are verbatim captures and are never edited.`,
          restore,
          'seeds:changed',
        ),
      );
    if (problem === 'missing') errors.push(new ContentError({ file, line }, `Seed \`${seed}\` is listed but missing from seeds/.`, restore, 'seeds:missing'));
    if (problem === 'unlisted')
      errors.push(
        new ContentError(
          { file: `seeds/${seed}` },
          `Seed \`${seed}\` is not in ${file}.`,
          'Run `npm run seeds:manifest` and commit the result.',
          'seeds:unlisted',
        ),
      );
  }
  return errors;
}
