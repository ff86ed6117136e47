import { describe, expect, test } from 'vitest';
import { seedErrors } from '../../../src/lib/corpus/seed-checks.ts';
import { formatManifest } from '../../../src/lib/sources/seed-manifest.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const seeds = new Map([
  ['000_a.txt', bytes('One.\n')],
  ['001_b.txt', bytes('Two.\n')],
]);
const manifest = formatManifest(seeds);
const messages = (text: string | undefined, files: ReadonlyMap<string, Uint8Array>) =>
  seedErrors('seeds/SHA256SUMS', text, files).map((e) => `${e.message} [${e.rule}]`);

describe('seedErrors', () => {
  test('finds nothing wrong when every seed matches its line', () => {
    expect(messages(manifest, seeds)).toEqual([]);
  });

  test.each([
    [
      'a seed edited by accident',
      manifest,
      new Map([...seeds, ['001_b.txt', bytes('Two!\n')]]),
      'seeds/001_b.txt: Seed `001_b.txt` differs from its checksum in seeds/SHA256SUMS:2. Seeds are verbatim captures and are never edited. Restore it with `git checkout -- seeds/001_b.txt`. [seeds:changed]',
    ],
    [
      'a seed deleted',
      manifest,
      new Map([...seeds].slice(0, 1)),
      'seeds/SHA256SUMS:2: Seed `001_b.txt` is listed but missing from seeds/. Restore it with `git checkout -- seeds/001_b.txt`. [seeds:missing]',
    ],
    [
      'a seed not yet listed',
      manifest,
      new Map([...seeds, ['002_c.txt', bytes('Three.\n')]]),
      'seeds/002_c.txt: Seed `002_c.txt` is not in seeds/SHA256SUMS. Run `npm run seeds:manifest` and commit the result. [seeds:unlisted]',
    ],
    [
      'a line that is not an entry',
      `${manifest}not a line\n`,
      seeds,
      'seeds/SHA256SUMS:3: This line is not `<sha256>  <file>`. Regenerate with `npm run seeds:manifest`. [seeds:manifest]',
    ],
    [
      'no manifest at all',
      undefined,
      seeds,
      'seeds/SHA256SUMS: The seed checksum manifest is missing. Run `npm run seeds:manifest` once after adding a seed, and commit it. [seeds:manifest]',
    ],
  ])('stops on %s, saying how to fix it', (_name, text, files, expected) => {
    expect(messages(text, files)).toEqual([expected]);
  });
});
