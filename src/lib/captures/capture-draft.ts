/**
 * The first draft of a capture record, as `npm run import -- --capture-of`
 * writes it, and the reasons it refuses to write one. The record states only
 * what is known; an editor adds where and when the capture was taken.
 */
import { stringify } from 'yaml';
import { isCalendarDate, type CaptureMeta } from './capture-schema.ts';

/** What the import is asked to do. */
export interface CaptureImport {
  of: string;
  seed: string;
  seedSha256: string;
  revised?: string | undefined;
}

/** What the project holds already: its sources' slugs, and which file claims each seed. */
export interface ImportContext {
  sources: readonly string[];
  seedClaims: ReadonlyMap<string, string>;
}

/** Why the import cannot write this record, or null when it can. */
export function captureImportProblem(request: CaptureImport, context: ImportContext): string | null {
  if (request.revised !== undefined && !isCalendarDate(request.revised))
    return `\`--revised ${request.revised}\` is not a date. Write the revision's date as YYYY-MM-DD, e.g. \`--revised 2026-03-02\`.`;
  if (!context.sources.includes(request.of))
    return `\`--capture-of ${request.of}\` names no primary source. Use one of ${context.sources.map((s) => `\`${s}\``).join(', ') || '(none yet)'}.`;
  const claimed = context.seedClaims.get(request.seed);
  if (claimed)
    return `Seed \`${request.seed}\` is already claimed by ${claimed}. A seed is one capture of one document; add the new copy as a seed of its own.`;
  return null;
}

/** The record's text: a comment on what to add, then its fields. */
export function draftCaptureRecord(request: CaptureImport): string {
  const meta: CaptureMeta = {
    of: request.of,
    seed: request.seed,
    seedSha256: request.seedSha256,
    type: request.revised ? 'revision' : 'unknown',
    ...(request.revised ? { revised: request.revised } : {}),
  };
  const hint =
    "# A capture of a primary source. Record what is known: `type` (publisher, republication, revision, translation),\n# `captured` (YYYY-MM-DD), `capturedFrom` (its address) and `provenance`, in the project's own words.\n";
  return `${hint}${stringify(meta)}`;
}
