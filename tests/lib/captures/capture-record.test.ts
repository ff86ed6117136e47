import { describe, expect, test } from 'vitest';
import { captureImportProblem, draftCaptureRecord } from '../../../src/lib/captures/capture-draft.ts';
import { captureChecksumError, readCaptureRecord } from '../../../src/lib/captures/capture-record.ts';
import { captureLabel, isCalendarDate } from '../../../src/lib/captures/capture-schema.ts';

const FILE = 'content/captures/902_prose.yaml';
const request = { of: 'post', seed: '902_prose.txt', seedSha256: 'a'.repeat(64) };
const message = (text: string) => {
  try {
    readCaptureRecord(FILE, text);
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('isCalendarDate', () => {
  test.each([
    ['2026-03-02', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2 March 2026', false],
    ['2026-03-02T10:00:00Z', false],
  ])('%s is %s', (value, expected) => expect(isCalendarDate(value)).toBe(expected));
});

describe('capture records', () => {
  test('read back what the import drafts, field for field', () => {
    expect(readCaptureRecord(FILE, draftCaptureRecord({ ...request, revised: '2026-03-02' })).meta).toEqual({
      ...request,
      type: 'revision',
      revised: '2026-03-02',
    });
    expect(readCaptureRecord(FILE, draftCaptureRecord(request)).meta.type).toBe('unknown');
  });

  test.each([
    [
      'a revised date that is not a date',
      (t: string) => `${t}revised: 2026-02-30\n`,
      `${FILE}:7: Invalid capture field \`revised\`: a calendar date written \`YYYY-MM-DD\`, e.g. \`2026-03-02\`. Correct the value.`,
    ],
    [
      'a missing source',
      (t: string) => t.replace(/^of: .*\n/m, ''),
      `${FILE}:1: Missing capture field \`of\`. Add \`of:\` (see README, "Adding a capture of a source").`,
    ],
    [
      'a misspelt field',
      (t: string) => `${t}provenence: Copied by hand.\n`,
      `${FILE}:7: Unknown capture field \`provenence\`. Did you mean \`provenance\`? Allowed fields: \`of\`, \`seed\`, \`seedSha256\`, \`type\`, \`revised\`, \`captured\`, \`capturedFrom\`, \`provenance\`, \`differs\`, \`laterRevisions\`, \`knownFrom\`.`,
    ],
    [
      'an unknown type',
      (t: string) => t.replace('type: unknown', 'type: copy'),
      `${FILE}:6: Invalid capture field \`type\`: Invalid option: expected one of "publisher"|"republication"|"revision"|"translation"|"unknown". Correct the value.`,
    ],
    [
      'copies not held said to differ, without how that is known',
      (t: string) => `${t}differs:\n  - at: p3\n    certainty: known\n    how: Worded differently.\n`,
      `${FILE}:1: Missing capture field \`knownFrom\`: say how the project knows of the copies or revisions in \`differs\` and \`laterRevisions\`: who compared them, and how. Add \`knownFrom:\` (see README, "Adding a capture of a source").`,
    ],
  ])('stop on %s, at its line', (_, damage, expected) => {
    const text = draftCaptureRecord(request);
    expect(damage(text)).not.toBe(text);
    expect(message(damage(text))).toBe(expected);
  });

  test('stop on a seed whose checksum differs, at the checksum line', () => {
    const record = readCaptureRecord(FILE, draftCaptureRecord(request));
    expect(captureChecksumError(record, 'a'.repeat(64))).toBeNull();
    expect(captureChecksumError(record, 'b'.repeat(64))?.message).toBe(
      `${FILE}:5: \`seedSha256\` does not match seed \`902_prose.txt\` (its SHA-256 is \`${'b'.repeat(64)}\`). If the seed was edited by accident, restore it; seeds are never edited.`,
    );
  });

  test('name a capture by its seed number', () => expect(captureLabel('002_b1635164cf9d6a8a.txt')).toBe('capture 002'));
});

describe('captureImportProblem', () => {
  const context = { sources: ['post'], seedClaims: new Map([['002_post.txt', 'content/sources/002_post.mdx']]) };
  test.each([
    ['accepts a new capture of a known source', request, null],
    [
      'refuses a --revised that is not a date',
      { ...request, revised: '2 March' },
      "`--revised 2 March` is not a date. Write the revision's date as YYYY-MM-DD, e.g. `--revised 2026-03-02`.",
    ],
    ['refuses an unknown source slug', { ...request, of: 'nope' }, '`--capture-of nope` names no primary source. Use one of `post`.'],
    [
      'refuses a seed another document claims',
      { ...request, seed: '002_post.txt' },
      'Seed `002_post.txt` is already claimed by content/sources/002_post.mdx. A seed is one capture of one document; add the new copy as a seed of its own.',
    ],
  ])('%s', (_, asked, expected) => expect(captureImportProblem(asked, context)).toBe(expected));
});
