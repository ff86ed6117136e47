import { describe, expect, test } from 'vitest';
import { claimsLockErrors, claimsLockLine } from '../../../src/lib/corrections/claims-lock-checks.ts';
import { changeRecorded, lockedClaim, updateClaimsLock, type ClaimsLock, type LockedClaim } from '../../../src/lib/corrections/claims-lock.ts';
import { formatLock, parseLock } from '../../../src/lib/sources/anchor-lock.ts';
import type { Correction } from '../../../src/lib/corrections/correction.ts';
import type { CheckedClaim } from '../../../src/lib/claims/claim.ts';
import { CLAIMS } from '../../fixtures/citation/claims.ts';
import { claimInput } from '../../support/claim-input.ts';

const REPORT = 'a-report';
const FILE = 'content/claims.lock.json';
const [c1, c2] = CLAIMS as [CheckedClaim, CheckedClaim];
const LOCK: ClaimsLock = { [REPORT]: { c1: lockedClaim(c1), c2: lockedClaim(c2) } };
const TEXT = formatLock(LOCK);
const correction = (fields: Partial<Correction>): Correction => ({
  date: '2026-03-05',
  report: REPORT,
  claim: 'c2',
  field: 'verdict',
  was: 'accurate',
  why: 'Re-judged.',
  line: 1,
  ...fields,
});
/** The lock check's messages for the report with these claims published now, and these corrections. */
const messages = (claims: readonly CheckedClaim[], corrections: readonly Correction[] = [], lock: ClaimsLock = LOCK) => {
  const written = claims.map((c) => claimInput({ id: c.id }, c.text));
  const report = { slug: REPORT, claims, written };
  return claimsLockErrors(report, { file: FILE, text: formatLock(lock), claims: lock[REPORT] }, corrections).map((e) => `${e.message} [${e.rule}]`);
};

describe('changeRecorded', () => {
  test.each([
    ['an unchanged field', 'verdict', 'accurate', 'accurate', [], true],
    ['a change whose correction starts from the locked value', 'verdict', 'accurate', 'partial', ['accurate'], true],
    ['two changes, the older correction starting from the locked value', 'verdict', 'accurate', 'misquote', ['partial', 'accurate'], true],
    ['a change no correction starts from the locked value', 'verdict', 'accurate', 'partial', ['misquote'], false],
    ['a change with no correction at all', 'note', 'Old.', 'New.', [], false],
    ['cites written with other spacing', 'cites', 'p1 p2', 'p1 p3', [' p1  p2 '], true],
  ] as const)('counts %s', (_case, field, locked, now, was, recorded) => {
    expect(changeRecorded(field, locked, now, was)).toBe(recorded);
  });
});

describe('claimsLockErrors', () => {
  test('finds nothing wrong with claims as locked, or changed on the record', () => {
    expect(messages([c1, c2])).toEqual([]);
    expect(messages([c1, { ...c2, verdict: 'partial' }], [correction({})])).toEqual([]);
  });

  test('names a verdict changed off the record at the claim, with the published value to record', () => {
    expect(messages([c1, { ...c2, verdict: 'partial' }])).toEqual([
      'content/reports/x.mdx:7:3: The verdict of claim `c2` was published as `accurate` and is now `partial`, with no correction on record. Record the change in content/corrections.yaml (`field: verdict`, `was: accurate`, the date and why; see README, "Corrections"), or restore the published verdict. [claims:unrecorded]',
    ]);
  });

  test('points a changed note at its published text in the lock', () => {
    const line = claimsLockLine(TEXT, REPORT, 'c2', 'note');
    expect(TEXT.split('\n')[(line ?? 0) - 1]).toContain(c2.note);
    expect(messages([c1, { ...c2, note: 'Another note.' }])).toEqual([
      `content/reports/x.mdx:7:3: The note of claim \`c2\` differs from the one published (${FILE}:${line}), with no correction on record. Record the change in content/corrections.yaml (\`field: note\`, \`was:\` the published note, the date and why; see README, "Corrections"), or restore the published note. [claims:unrecorded]`,
    ]);
  });

  test('asks for a new claim, and once for a new report, to be locked', () => {
    const c3 = CLAIMS[2] as CheckedClaim;
    expect(messages([c1, c2, c3])).toEqual([
      'content/reports/x.mdx:7:3: Claim `c3` of `a-report` is not in the claims lock yet. Run `npm run anchors:update` to lock it, then commit `content/claims.lock.json`. [claims:unlocked]',
    ]);
    expect(messages([c1, c2], [], {})).toEqual([
      'content/reports/x.mdx:7:3: The claims of `a-report` are not in the claims lock yet. Run `npm run anchors:update` to lock them, then commit `content/claims.lock.json`. [claims:unlocked]',
    ]);
  });

  test('names a published claim gone from its page at its entry in the lock', () => {
    expect(messages([c1])).toEqual([
      `${FILE}:${claimsLockLine(TEXT, REPORT, 'c2')}: Published claim \`c2\` of \`a-report\` is no longer on its page. Restore it: a published claim is corrected, never removed. If it must go, run \`npm run anchors:update -- --rewrite\` and record why in the commit. [claims:removed]`,
    ]);
  });
});

describe('updateClaimsLock', () => {
  const changed = { ...c2, verdict: 'partial' as const, note: 'Another note.' };

  test('adds new claims, takes recorded changes, and keeps the published value of the rest', () => {
    const next = updateClaimsLock(LOCK[REPORT], [c1, changed, CLAIMS[2] as CheckedClaim], [correction({})], 'add');
    expect(Object.keys(next)).toEqual(['c1', 'c2', 'c3']);
    expect(next['c2']).toEqual({ ...lockedClaim(c2), verdict: 'partial' });
  });

  test('keeps a claim gone from its page unless rewriting, which takes every change', () => {
    expect(Object.keys(updateClaimsLock(LOCK[REPORT], [c1], [], 'add'))).toEqual(['c1', 'c2']);
    expect(updateClaimsLock(LOCK[REPORT], [changed], [], 'rewrite')).toEqual({ c2: lockedClaim(changed) });
  });

  test('round-trips through its file, reports sorted', () => {
    const text = formatLock({ z: {}, ...LOCK });
    expect(parseLock<Record<string, LockedClaim>>(text)).toEqual({ ...LOCK, z: {} });
    expect(Object.keys(parseLock<Record<string, LockedClaim>>(text))).toEqual([REPORT, 'z']);
    expect(parseLock<Record<string, LockedClaim>>('')).toEqual({});
  });
});
