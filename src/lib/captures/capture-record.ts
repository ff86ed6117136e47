/**
 * Reads a capture record (`content/captures/<seed name>.yaml`) and holds it
 * to its schema and its seed's checksum. A wrong field is reported at its own
 * line with the fix, as frontmatter is.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from '../corpus/content-error.ts';
import { fieldOf, issuesByField, unknownFieldFix } from '../corpus/schema-issues.ts';
import { keyLines } from '../sources/frontmatter.ts';
import { CAPTURE_FIELDS, captureSchema, type CaptureMeta } from './capture-schema.ts';

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
  // A failed parse always has an issue; the first field's is reported, as a record has few fields.
  if (!result.success) throw schemaError(file, issuesByField(result.error.issues)[0]!, lines);
  return { file, meta: result.data, lines };
}

/** The ContentError for one schema issue: an unknown, missing or invalid field, at its own line. */
function schemaError(file: string, issue: z.core.$ZodIssue, lines: ReadonlyMap<string, number>): ContentError {
  const key = fieldOf(issue);
  const at = { file, line: lines.get(key) ?? 1 };
  if (issue.code === 'unrecognized_keys')
    return new ContentError(at, `Unknown capture field \`${key}\`.`, unknownFieldFix(key, CAPTURE_FIELDS), 'captures:invalid');
  // A field the record needs because of another (the schema's refinements) is missing too, and says why it is needed.
  if ((issue.code === 'invalid_type' || issue.code === 'custom') && !lines.has(key)) {
    const why = issue.code === 'custom' ? `: ${issue.message}` : '';
    return new ContentError(at, `Missing capture field \`${key}\`${why}.`, `Add \`${key}:\` (see README, "Adding a capture of a source").`, 'captures:invalid');
  }
  return new ContentError(at, `Invalid capture field \`${key}\`: ${issue.message}.`, 'Correct the value.', 'captures:invalid');
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
