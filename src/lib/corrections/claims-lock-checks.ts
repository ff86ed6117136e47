/**
 * Holds each report's claims to the claims lock: a field that differs from
 * its locked value needs a correction on record, a claim not yet locked
 * must be locked, and a locked claim may not leave its page. Each problem is
 * a content error at the claim, or at its entry in the lock.
 */
import type { CheckedClaim, ClaimInput } from '../claims/claim.ts';
import { ContentError } from '../corpus/content-error.ts';
import { lockedClaim, unrecordedFields, type LockedClaim } from './claims-lock.ts';
import { isPluralField, type Correction } from './correction.ts';

const SEE = 'see README, "Corrections"';

/** A report as the lock check reads it: its claims as written (with places) and those that passed their checks. */
export interface LockedReport {
  slug: string;
  written: readonly ClaimInput[];
  claims: readonly CheckedClaim[];
}

/** The lock file as read, for errors that point into it. */
export interface ClaimsLockFile {
  file: string;
  text: string;
  claims: Record<string, LockedClaim> | undefined;
}

/** The 1-based line of a claim's entry, or of one of its fields, within a report's block of the lock text. */
export function claimsLockLine(text: string, slug: string, claim: string, field?: string): number | undefined {
  const lines = text.split('\n');
  const report = lines.findIndex((line) => line === `  ${JSON.stringify(slug)}: {`);
  const entry = report < 0 ? -1 : lines.findIndex((line, i) => i > report && line === `    ${JSON.stringify(claim)}: {`);
  if (entry < 0) return undefined;
  const at = field ? lines.findIndex((line, i) => i > entry && line.startsWith(`      ${JSON.stringify(field)}:`)) : entry;
  return at < 0 ? undefined : at + 1;
}

/** The error for one field changed off the record. */
function unrecorded(place: ClaimInput['place'], claim: string, field: Correction['field'], published: string, now: string, where: string): ContentError {
  const short = field === 'verdict' || field === 'cites';
  const problem = short
    ? `The ${field} of claim \`${claim}\` ${isPluralField(field) ? 'were' : 'was'} published as \`${published}\` and ${isPluralField(field) ? 'are' : 'is'} now \`${now}\`, with no correction on record.`
    : `The ${field} of claim \`${claim}\` differs from the one published (${where}), with no correction on record.`;
  const was = short ? `\`was: ${published}\`` : `\`was:\` the published ${field}`;
  return new ContentError(
    place,
    problem,
    `Record the change in content/corrections.yaml (\`field: ${field}\`, ${was}, the date and why; ${SEE}), or restore the published ${field}.`,
    'claims:unrecorded',
  );
}

/** Every way a report's claims break the lock's promise; `complete` is false when some claim could not be read. */
export function claimsLockErrors(report: LockedReport, lock: ClaimsLockFile, corrections: readonly Correction[], complete = true): ContentError[] {
  const errors: ContentError[] = [];
  const placeOf = (id: string) => report.written.find((c) => c.attributes['id'] === id)?.place ?? { file: lock.file };
  const own = corrections.filter((c) => c.report === report.slug);
  const first = report.claims[0];
  if (!lock.claims && first) {
    const problem = `The claims of \`${report.slug}\` are not in the claims lock yet.`;
    return [new ContentError(placeOf(first.id), problem, `Run \`npm run anchors:update\` to lock them, then commit \`${lock.file}\`.`, 'claims:unlocked')];
  }
  for (const claim of report.claims) {
    const locked = lock.claims?.[claim.id];
    if (!locked) {
      const problem = `Claim \`${claim.id}\` of \`${report.slug}\` is not in the claims lock yet.`;
      errors.push(new ContentError(placeOf(claim.id), problem, `Run \`npm run anchors:update\` to lock it, then commit \`${lock.file}\`.`, 'claims:unlocked'));
      continue;
    }
    const now = lockedClaim(claim);
    for (const field of unrecordedFields(claim.id, locked, now, own)) {
      const where = `${lock.file}:${claimsLockLine(lock.text, report.slug, claim.id, field) ?? 1}`;
      errors.push(unrecorded(placeOf(claim.id), claim.id, field, locked[field], now[field], where));
    }
  }
  const written = new Set(report.written.map((c) => c.attributes['id']));
  for (const id of complete ? Object.keys(lock.claims ?? {}) : []) {
    if (written.has(id)) continue;
    const place = { file: lock.file, line: claimsLockLine(lock.text, report.slug, id) };
    const fix =
      'Restore it: a published claim is corrected, never removed. If it must go, run `npm run anchors:update -- --rewrite` and record why in the commit.';
    errors.push(new ContentError(place, `Published claim \`${id}\` of \`${report.slug}\` is no longer on its page.`, fix, 'claims:removed'));
  }
  return errors;
}
