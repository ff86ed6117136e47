/**
 * Reads and validates a document page's frontmatter before Astro does, so a
 * missing or wrong field is reported at its own line with a fix, and the
 * stated checksum is held against the seed it names.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { compareErrors, ContentError } from '../corpus/content-error.ts';
import { fieldOf, issuesByField, unknownFieldFix } from '../corpus/schema-issues.ts';
import { documentSchema, KIND_FOLDERS, type DocumentMeta } from './document-schema.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The raw frontmatter block and the 1-based line of the first field. */
export function splitFrontmatter(source: string): { yaml: string; firstLine: number } | null {
  const match = FENCE.exec(source);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : null;
}

/** The 1-based line of each top-level key of a YAML block that starts at `firstLine`. */
export function keyLines(yaml: string, firstLine: number): Map<string, number> {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const lines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line + firstLine - 1);
    }
  }
  return lines;
}

/** The fields a page may have, in the schema's order. */
export const FRONTMATTER_FIELDS: readonly string[] = Object.keys(documentSchema.shape);

/** The ContentError for one schema issue: an unknown, missing or invalid field, at its own line. */
function schemaError(file: string, issue: z.core.$ZodIssue, data: unknown, lines: Map<string, number>): ContentError {
  const key = fieldOf(issue);
  if (issue.code === 'unrecognized_keys') {
    return new ContentError(
      { file, line: lines.get(key) ?? 1 },
      `Unknown frontmatter field \`${key}\`.`,
      unknownFieldFix(key, FRONTMATTER_FIELDS),
      'frontmatter:unknown-field',
    );
  }
  // A field absent from the page is missing, whatever the schema calls it (an absent `kind` fails as a wrong option).
  if (key && !lines.has(key)) {
    return new ContentError(
      { file, line: 1 },
      `Missing frontmatter field \`${key}\`.`,
      `Add \`${key}:\` to the frontmatter; \`npm run import\` writes it (see README, "Add a report", step 2).`,
      'frontmatter:invalid',
    );
  }
  const value = (data as Record<string, unknown> | null)?.[key];
  // The schema's own messages name what is expected ("an ISO 8601 date, e.g. …"); zod's generic ones say it all.
  const expected =
    issue.message && /^an? /.test(issue.message) ? `expected ${issue.message}, found \`${JSON.stringify(value)}\`` : (issue.message ?? 'invalid');
  return new ContentError(
    { file, line: lines.get(key) ?? 1 },
    `Invalid frontmatter field \`${key}\`: ${expected}.`,
    'Correct the value.',
    'frontmatter:invalid',
  );
}

/** Every schema issue of a page's frontmatter as an error, one for each unknown field, so that an editor fixes them in one pass. */
function schemaErrors(file: string, issues: readonly z.core.$ZodIssue[], data: unknown, lines: Map<string, number>): ContentError[] {
  return issuesByField(issues)
    .map((issue) => schemaError(file, issue, data, lines))
    .sort(compareErrors);
}

/** The frontmatter block read as YAML, with each key's line, or the one error that stops it being read at all. */
function frontmatterData(file: string, source: string): { data: unknown; lines: Map<string, number> } | { error: ContentError } {
  const block = splitFrontmatter(source);
  if (!block)
    return {
      error: new ContentError(
        { file, line: 1 },
        'Missing frontmatter.',
        'Start the file with a `---` block; `npm run import` writes one.',
        'frontmatter:missing',
      ),
    };
  const doc = parseDocument(block.yaml);
  if (doc.errors.length > 0)
    return {
      error: new ContentError(
        { file, line: block.firstLine },
        `Frontmatter is not valid YAML: ${doc.errors[0]?.message ?? ''}`,
        'Fix the YAML syntax.',
        'frontmatter:yaml',
      ),
    };
  return { data: doc.toJS(), lines: keyLines(block.yaml, block.firstLine) };
}

/** The error for a document whose `kind` belongs in another content folder than `folder`, or null. */
function folderError(file: string, meta: DocumentMeta, folder: string, lines: Map<string, number>): ContentError | null {
  if (KIND_FOLDERS[meta.kind] === folder) return null;
  const where = `content/${KIND_FOLDERS[meta.kind]}/, not content/${folder}/`;
  return new ContentError(
    { file, line: lines.get('kind') ?? 1 },
    `A \`${meta.kind}\` must live in ${where}.`,
    'Move the file or correct `kind`.',
    'frontmatter:kind',
  );
}

/** Parses and validates frontmatter: the page's metadata, or every problem with it (each unknown field, each invalid value), so an editor fixes them in one pass. */
export function checkFrontmatter(
  file: string,
  source: string,
  folder: string,
): { meta: DocumentMeta; errors: [] } | { meta?: undefined; errors: ContentError[] } {
  const read = frontmatterData(file, source);
  if ('error' in read) return { errors: [read.error] };
  const result = documentSchema.safeParse(read.data);
  if (!result.success) return { errors: schemaErrors(file, result.error.issues, read.data, read.lines) };
  const misplaced = folderError(file, result.data, folder, read.lines);
  return misplaced ? { errors: [misplaced] } : { meta: result.data, errors: [] };
}

/** Parses and validates frontmatter; throws a ContentError for its first problem, naming the file, the line and the fix. */
export function readFrontmatter(file: string, source: string, folder: string): DocumentMeta {
  const checked = checkFrontmatter(file, source, folder);
  if (!checked.meta) throw checked.errors[0];
  return checked.meta;
}

/** Errors when the frontmatter's seed checksum does not match the seed's bytes. */
export function seedChecksumError(file: string, source: string, meta: DocumentMeta, actualSha256: string | undefined): ContentError | null {
  const line = keyLine(source, 'seed');
  if (actualSha256 === undefined)
    return new ContentError({ file, line }, `Seed \`${meta.seed}\` does not exist in seeds/.`, 'Restore the seed or correct `seed`.', 'frontmatter:seed');
  if (actualSha256 === meta.seedSha256) return null;
  return new ContentError(
    { file, line: keyLine(source, 'seedSha256') },
    `\`seedSha256\` does not match seed \`${meta.seed}\` (its SHA-256 is \`${actualSha256}\`).`,
    'If the seed was edited by accident, restore it; seeds are never edited.',
    'frontmatter:checksum',
  );
}

function keyLine(source: string, key: string): number {
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}
