/**
 * The checksum manifest of seeds/ (`SHA256SUMS`, in the format `sha256sum`
 * writes and checks), so that an accidental edit to a seed stops the build.
 */
import { sha256 } from './hash.ts';

/** One line of the manifest: a file name and its expected digest, with the line it sits on. */
export interface ManifestEntry {
  file: string;
  sha256: string;
  line: number;
}

const LINE = /^([0-9a-f]{64}) [ *](.+)$/;

/** Parses `sha256sum` output; lines that are not entries are reported back for a clear error. */
export function parseManifest(text: string): { entries: ManifestEntry[]; invalidLines: number[] } {
  const entries: ManifestEntry[] = [];
  const invalidLines: number[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const match = LINE.exec(raw);
    if (match?.[1] && match[2]) entries.push({ sha256: match[1], file: match[2], line: index + 1 });
    else invalidLines.push(index + 1);
  });
  return { entries, invalidLines };
}

/** Writes the manifest for files given as name → bytes, sorted by name. */
export function formatManifest(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((name) => `${sha256(files.get(name) ?? new Uint8Array())}  ${name}\n`)
    .join('');
}

/** One mismatch between the manifest and the files on disk. */
export interface SeedProblem {
  file: string;
  line?: number;
  problem: 'changed' | 'missing' | 'unlisted';
}

/** Compares manifest entries with the files present; returns every mismatch. */
export function verifySeeds(entries: readonly ManifestEntry[], files: ReadonlyMap<string, Uint8Array>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  for (const entry of entries) {
    const bytes = files.get(entry.file);
    if (!bytes) problems.push({ file: entry.file, line: entry.line, problem: 'missing' });
    else if (sha256(bytes) !== entry.sha256) problems.push({ file: entry.file, line: entry.line, problem: 'changed' });
  }
  const listed = new Set(entries.map((entry) => entry.file));
  for (const file of files.keys()) if (!listed.has(file)) problems.push({ file, problem: 'unlisted' });
  return problems;
}
