/**
 * Reads `content/corrections.yaml` and holds each entry to the corpus: its
 * claim must exist, and what it says the field was must differ from what the
 * field is now, or it records no change. Problems are content errors at the
 * entry's line.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { CheckedClaim } from '../claims/claim.ts';
import { ContentError } from '../corpus/content-error.ts';
import { correctionId, correctionSchema, type CheckedCorrection, type Correction } from './correction.ts';

const SEE = 'see README, "Corrections"';

/** The current value of a corrected field, written the way the page's attribute writes it. */
export function fieldValue(claim: CheckedClaim, field: Correction['field']): string {
  if (field === 'cites') return claim.cites.map((c) => (c.isDefault ? c.anchor : `${c.source}#${c.anchor}`)).join(' ');
  if (field === 'words') return claim.text;
  return field === 'verdict' ? claim.verdict : claim.note;
}

/** The problem with one entry that failed its schema, naming the field. */
function entryProblem(issue: { code: string; path: PropertyKey[]; message: string; keys?: string[] } | undefined): string {
  if (issue?.code === 'unrecognized_keys') return `Unexpected correction field \`${issue.keys?.[0] ?? ''}\`, expected date, report, claim, field, was and why.`;
  const key = String(issue?.path[0] ?? '');
  return key ? `Invalid correction field \`${key}\`: ${issue?.message ?? 'invalid'}.` : 'A correction is not a mapping of fields.';
}

/** Parses the corrections file into entries, or errors at the line of each bad one. An empty file holds no corrections. */
export function readCorrections(file: string, text: string): { corrections: Correction[]; errors: ContentError[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0 || (doc.contents && !isSeq(doc.contents))) {
    const line = doc.errors[0]?.linePos?.[0].line ?? 1;
    return {
      corrections: [],
      errors: [
        new ContentError(
          { file, line },
          'The corrections file is not a YAML list of corrections.',
          `Write one \`- date: …\` entry per changed field (${SEE}).`,
          'corrections:invalid',
        ),
      ],
    };
  }
  const corrections: Correction[] = [];
  const errors: ContentError[] = [];
  for (const item of isSeq(doc.contents) ? doc.contents.items : []) {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    const line = range ? counter.linePos(range[0]).line : 1;
    const result = correctionSchema.safeParse(isMap(item) ? item.toJSON() : null);
    if (result.success) corrections.push({ ...result.data, line });
    else
      errors.push(
        new ContentError(
          { file, line },
          entryProblem(result.error.issues[0] as Parameters<typeof entryProblem>[0]),
          `Correct the entry (${SEE}).`,
          'corrections:invalid',
        ),
      );
  }
  return { corrections, errors };
}

/** Whether `was` and the value now are the same, spacing aside for cites. */
export function sameValue(field: Correction['field'], was: string, now: string): boolean {
  return field === 'cites' ? was.trim().split(/\s+/).join(' ') === now : was === now;
}

/** Newest first; on one date, by report, then claim number. */
function newestFirst(a: Correction, b: Correction): number {
  return (
    b.date.localeCompare(a.date) ||
    a.report.localeCompare(b.report) ||
    a.claim.localeCompare(b.claim, 'en', { numeric: true }) ||
    a.field.localeCompare(b.field)
  );
}

/** A corrected claim as found: published, on its page but failing its own checks, or nowhere. */
export type ClaimLookup = { claim: CheckedClaim; title: string } | 'unchecked' | undefined;

/** What is wrong with one correction, given the value its field has after it (`now`), or nothing. */
function correctionProblem(
  file: string,
  correction: Correction,
  found: ClaimLookup,
  duplicate: boolean,
  now: string,
  corrected: boolean,
): ContentError | undefined {
  const place = { file, line: correction.line };
  const { claim, field } = correction;
  if (!found) {
    const problem = `Correction of unknown claim \`${claim}\` of report \`${correction.report}\`.`;
    return new ContentError(place, problem, 'Name a published claim by its report slug and claim id; claim ids never change.', 'corrections:unknown-claim');
  }
  if (duplicate)
    return new ContentError(
      place,
      `A second correction of the ${field} of \`${claim}\` on ${correction.date}.`,
      'Merge the two entries into one.',
      'corrections:duplicate',
    );
  if (!sameValue(field, correction.was, now)) return undefined;
  const from = corrected ? `the next correction of its ${field} starts from` : `its ${field} is still`;
  return new ContentError(
    place,
    `Correction of \`${claim}\` records no change: ${from} what \`was\` says.`,
    'Change the claim on its page, or remove this entry.',
    'corrections:no-change',
  );
}

/**
 * Checks each correction against the claims as published now. A field changed
 * twice has two entries: the older one's value after the change is the newer
 * one's `was`, so each entry is held to the value that followed it.
 */
export function checkCorrections(
  file: string,
  corrections: readonly Correction[],
  claimOf: (report: string, id: string) => ClaimLookup,
): { corrections: CheckedCorrection[]; errors: ContentError[] } {
  const checked: CheckedCorrection[] = [];
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  const after = new Map<string, string>();
  for (const correction of [...corrections].sort(newestFirst)) {
    const found = claimOf(correction.report, correction.claim);
    // The claim's own error is reported; a second one here would only send the editor to the wrong file.
    if (found === 'unchecked') continue;
    const id = correctionId(correction);
    const field = `${correction.report}#${correction.claim}#${correction.field}`;
    const now = after.get(field) ?? (found ? fieldValue(found.claim, correction.field) : '');
    const problem = correctionProblem(file, correction, found, seen.has(id), now, after.has(field));
    if (problem) errors.push(problem);
    else if (found) checked.push({ ...correction, became: now, reportTitle: found.title });
    seen.add(id);
    after.set(field, correction.was);
  }
  return { corrections: checked, errors: errors.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0)) };
}
