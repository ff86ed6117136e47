import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { alignCapture } from '../../../src/lib/captures/align-capture.ts';
import { capturePassageRecords, usedNumbers } from '../../../src/lib/captures/capture-anchors.ts';
import { capturePassages } from '../../../src/lib/captures/capture-passages.ts';
import type { CheckedCapture } from '../../../src/lib/captures/capture.ts';
import { compareCaptures } from '../../../src/lib/captures/compare-captures.ts';
import { passageVariants } from '../../../src/lib/captures/passage-variants.ts';
import { INSERTED, POST_SEED, proseCapture, REWORDED_20 } from '../../support/test-captures.ts';

const post = readFileSync(POST_SEED, 'utf8');
const reading = capturePassages(post).map((p, i) => ({ id: `p${i + 1}`, text: p.text }));
const ids = reading.map((p) => p.id);

function capture(id: string, text: string, isReading: boolean): CheckedCapture {
  const alignment = alignCapture(reading, capturePassages(text));
  const passages = capturePassageRecords(alignment, undefined, usedNumbers(ids));
  return {
    id,
    label: `capture ${id}`,
    source: 'post',
    seed: `${id}.txt`,
    seedSha256: '',
    reading: isReading,
    place: { file: 'x' },
    passages,
    absent: alignment.absent,
  };
}
const first = capture('002', post, true);
const second = capture('902', proseCapture(), false);

describe('compareCaptures', () => {
  test('puts the bullets and the prose sentence that stands for them in one row, with a diff', () => {
    const row = compareCaptures(first, second, ids).find((r) => r.anchors.includes('p16'));
    expect(row?.anchors).toEqual(['p15', 'p16', 'p17', 'p18', 'p19']);
    expect(row?.first).toHaveLength(5);
    expect(row?.second).toHaveLength(1);
    expect(row?.same).toBe(false);
  });

  test('gives a passage only one capture has its own row after the passage it follows', () => {
    const rows = compareCaptures(first, second, ids);
    const at = rows.findIndex((r) => r.second[0]?.text === INSERTED);
    expect(rows[at]?.anchors).toEqual(['p66']);
    expect(rows[at]?.first).toEqual([]);
    expect(rows[at - 1]?.anchors).toEqual(['p22']);
  });

  test('keeps every reading passage in exactly one row, and marks the same words the same', () => {
    const rows = compareCaptures(first, second, ids);
    expect(rows.flatMap((r) => r.anchors).filter((a) => ids.includes(a))).toEqual(ids);
    expect(compareCaptures(first, first, ids).every((r) => r.same)).toBe(true);
  });
});

describe('passageVariants', () => {
  test.each([
    ['a bullet that is part of a prose span', 'p17', { key: 'p15..p19' }],
    ['a reworded passage', 'p20', { key: 'p20', text: REWORDED_20 }],
    ['a heading the capture lacks', 'p8', {}],
  ])('marks %s', (_, id, expected) => {
    const [variant] = passageVariants([first, second], reading, id);
    expect(variant).toMatchObject({ capture: { id: '902' }, ...expected });
    if (!('key' in expected)) expect(variant?.key).toBeUndefined();
  });

  test('leaves passages worded the same in every capture unmarked', () => {
    expect(passageVariants([first, second], reading, 'p21')).toEqual([]);
  });

  test('diffs a span against every passage it stands for', () => {
    const [variant] = passageVariants([first, second], reading, 'p16');
    expect(
      variant?.diff
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).not.toContain('Retain full discretion');
  });
});
