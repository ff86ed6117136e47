/**
 * Reads the capture records (`content/captures/*.yaml`) and their seeds. A
 * record that cannot be read, or whose seed is missing or altered, is a
 * content error at its place; nothing is thrown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureChecksumError, readCaptureRecord } from '../lib/captures/capture-record.ts';
import type { CaptureInput } from '../lib/captures/capture.ts';
import { ContentError } from '../lib/corpus/content-error.ts';
import { sha256 } from '../lib/sources/hash.ts';
import { displayPath, type ProjectPaths } from './project-paths.ts';

/** Every capture record that could be read with its seed, and every problem. */
export function readCaptures(paths: ProjectPaths, seeds: ReadonlyMap<string, Uint8Array>): { inputs: CaptureInput[]; errors: ContentError[] } {
  if (!existsSync(paths.captures)) return { inputs: [], errors: [] };
  const inputs: CaptureInput[] = [];
  const errors: ContentError[] = [];
  for (const name of readdirSync(paths.captures)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = displayPath(paths, join(paths.captures, name));
    try {
      const record = readCaptureRecord(file, readFileSync(join(paths.captures, name), 'utf8'));
      const bytes = seeds.get(record.meta.seed);
      const checksum = captureChecksumError(record, bytes && sha256(bytes));
      if (checksum || !bytes) errors.push(...(checksum ? [checksum] : []));
      else inputs.push({ record, seedText: Buffer.from(bytes).toString('utf8') });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
    }
  }
  return { inputs, errors };
}
