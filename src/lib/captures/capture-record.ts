/**
 * Reads a capture record (`content/captures/<seed name>.yaml`) and holds it
 * to its schema and its seed's checksum. A wrong field is reported at its own
 * line with the fix, as frontmatter is.
 */
import { parseDocument } from 'yaml';
import { ContentError } from '../corpus/content-error.ts';
import { keyLines } from '../sources/frontmatter.ts';
import { captureSchema, type CaptureMeta } from './capture-schema.ts';

/** A record as read: its file, its fields and the line each field is on. */
export interface CaptureRecord {
  file: string;
  meta: CaptureMeta;
  lines: ReadonlyMap<string, number>;
}

/** Parses and validates a capture record; throws a ContentError at the offending line. */
export function readCaptureRecord(file: string, text: string): CaptureRecord {
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    throw new ContentError(
      { file, line: doc.errors[0]?.linePos?.[0].line ?? 1 },
      `Capture record is not valid YAML: ${doc.errors[0]?.message ?? ''}`,
      'Fix the YAML syntax.',
      'captures:yaml',
    );
  const lines = keyLines(text, 1);
  const result = captureSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    // A field the record needs because of another (the schema's refinements) is missing too, and says why it is needed.
    const missing = (issue?.code === 'invalid_type' || issue?.code === 'custom') && !lines.has(key);
    const why = issue?.code === 'custom' ? `: ${issue.message}` : '';
    const problem = missing ? `Missing capture field \`${key}\`${why}.` : `Invalid capture field \`${key}\`: ${issue?.message ?? 'invalid'}.`;
    const fix = missing ? `Add \`${key}:\` (see README, "Adding a document").` : 'Correct the value.';
    throw new ContentError({ file, line: lines.get(key) ?? 1 }, problem, fix, 'captures:invalid');
  }
  return { file, meta: result.data, lines };
}

/** An error when the record's seed is missing or its checksum does not match the seed's bytes. */
export function captureChecksumError(record: CaptureRecord, actualSha256: string | undefined): ContentError | null {
  const { file, meta, lines } = record;
  if (actualSha256 === undefined)
    return new ContentError(
      { file, line: lines.get('seed') },
      `Seed \`${meta.seed}\` does not exist in seeds/.`,
      'Add the seed, or correct `seed`.',
      'captures:seed',
    );
  if (actualSha256 === meta.seedSha256) return null;
  return new ContentError(
    { file, line: lines.get('seedSha256') },
    `\`seedSha256\` does not match seed \`${meta.seed}\` (its SHA-256 is \`${actualSha256}\`).`,
    'If the seed was edited by accident, restore it; seeds are never edited.',
    'captures:checksum',
  );
}
