/**
 * Which capture records may stand: each names a primary source that exists,
 * and claims a seed no other record and no other document claims. Problems
 * are content errors at the record's own line.
 */
import { ContentError } from '../corpus/content-error.ts';
import type { DocumentInput } from '../corpus/corpus.ts';
import type { CaptureInput } from './capture.ts';

/** The records that stand, and an error for each that does not. */
export function claimedCaptures(
  inputs: readonly CaptureInput[],
  documents: readonly Pick<DocumentInput, 'path' | 'meta'>[],
): { inputs: CaptureInput[]; errors: ContentError[] } {
  const sources = documents.filter((d) => d.meta.kind === 'source').map((d) => d.meta.slug);
  const claimed = new Map<string, string>();
  const valid: CaptureInput[] = [];
  const errors: ContentError[] = [];
  // By file name, byte for byte, as the loader lists them: the first record to claim a seed keeps it.
  for (const input of [...inputs].sort((a, b) => (a.record.file < b.record.file ? -1 : a.record.file > b.record.file ? 1 : 0))) {
    const { file, meta, lines } = input.record;
    const page = documents.find((d) => d.meta.seed === meta.seed);
    const other = claimed.get(meta.seed) ?? (page && (page.meta.kind !== 'source' || page.meta.slug !== meta.of) ? page.path : undefined);
    if (other) {
      errors.push(
        new ContentError(
          { file, line: lines.get('seed') },
          `Seed \`${meta.seed}\` is already claimed by ${other}.`,
          "A seed is one capture of one document: point `seed` at this capture's own seed, or delete this record.",
          'captures:seed-claimed',
        ),
      );
    } else if (!sources.includes(meta.of)) {
      const known = sources.map((s) => `\`${s}\``).join(', ') || 'none yet';
      errors.push(
        new ContentError(
          { file, line: lines.get('of') },
          `Capture of unknown source \`${meta.of}\`.`,
          `Set \`of\` to the slug of a primary source: ${known}.`,
          'captures:unknown-source',
        ),
      );
    } else {
      valid.push(input);
    }
    claimed.set(meta.seed, claimed.get(meta.seed) ?? file);
  }
  return { inputs: valid, errors };
}
