/**
 * The claims lock (`content/claims.lock.json`): every published claim's
 * verdict, note, cites and words as last locked. A published claim is never
 * changed silently, so a field that differs from the lock must be reached
 * from its locked value through dated corrections; the anchor lock does the
 * same for the words a citation lands on. It is written and read as the
 * anchor lock is (`formatLock`, `parseLock`).
 */
import type { CheckedClaim } from '../claims/claim.ts';
import { CORRECTED_FIELDS, type Correction } from './correction.ts';
import { fieldValue, sameValue } from './correction-checks.ts';

/** A claim's corrected fields as published, written as a correction's `was` writes them. */
export type LockedClaim = Record<Correction['field'], string>;

/** Report slug → claim id → its locked fields, in page order. */
export type ClaimsLock = Record<string, Record<string, LockedClaim>>;

/** The fields of a claim as a lock records them. */
export function lockedClaim(claim: CheckedClaim): LockedClaim {
  return Object.fromEntries(CORRECTED_FIELDS.map((field) => [field, fieldValue(claim, field)])) as LockedClaim;
}

/**
 * Whether a field's change from its locked value is on record: unchanged, or the locked value is what one of the
 * field's corrections says it `was`, so every step since the lock is dated and explained.
 */
export function changeRecorded(field: Correction['field'], locked: string, now: string, was: readonly string[]): boolean {
  return sameValue(field, locked, now) || was.some((value) => sameValue(field, value, locked));
}

/** The fields whose change from `locked` to `now` none of `corrections` (its report's) records for claim `id`. */
export function unrecordedFields(id: string, locked: LockedClaim, now: LockedClaim, corrections: readonly Correction[]): Array<Correction['field']> {
  return CORRECTED_FIELDS.filter((field) => {
    const was = corrections.filter((c) => c.claim === id && c.field === field).map((c) => c.was);
    return !changeRecorded(field, locked[field], now[field], was);
  });
}

/** How an update may change the lock: add new claims and take recorded changes only, or accept every change. */
export type ClaimsLockMode = 'add' | 'rewrite';

/**
 * A report's claims after an update. In `add` mode a field whose change is not on record keeps its locked value, so
 * the build goes on naming it; `corrections` are those of this report. Claims gone from the page leave the lock only
 * in `rewrite` mode.
 */
export function updateClaimsLock(
  locked: Record<string, LockedClaim> | undefined,
  claims: readonly CheckedClaim[],
  corrections: readonly Correction[],
  mode: ClaimsLockMode,
): Record<string, LockedClaim> {
  const next: Record<string, LockedClaim> = {};
  for (const claim of claims) {
    const now = lockedClaim(claim);
    const before = locked?.[claim.id];
    const kept = mode === 'add' && before ? unrecordedFields(claim.id, before, now, corrections) : [];
    next[claim.id] = { ...now, ...Object.fromEntries(kept.map((field) => [field, before?.[field]])) };
  }
  if (mode === 'add') for (const [id, fields] of Object.entries(locked ?? {})) next[id] ??= fields;
  return next;
}
