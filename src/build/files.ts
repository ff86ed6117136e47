/** Reading folders the build and its tools walk: every file under one, and the seeds by name. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder, as absolute-or-joined paths, in no particular order. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The seed captures in a folder, file name → bytes. */
export function readSeedFiles(seedsDir: string): Map<string, Uint8Array> {
  return new Map(
    readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name, readFileSync(join(seedsDir, name))]),
  );
}

/** Total bytes and file count below a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, path) => sum + statSync(path).size, 0), files: files.length };
}
