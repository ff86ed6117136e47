import { describe, expect, test } from 'vitest';
import { diffSummary, hasChanges, wordDiff } from '../../../src/lib/claims/word-diff.ts';

describe('wordDiff', () => {
  test('finds no change between words that differ only in typography', () => {
    expect(hasChanges(wordDiff('We don’t expect “that”', 'We don\'t expect "that"'))).toBe(false);
  });

  test('finds no change where only capitals differ, as quoting style allows', () => {
    expect(hasChanges(wordDiff('Retain full discretion', 'retain full discretion'))).toBe(false);
  });

  test('marks removed and added words, round-tripping both sides', () => {
    const parts = wordDiff('we hope they and more labs', 'we hope that they and more labs');
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('we hope they and more labs');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('we hope that they and more labs');
    expect(diffSummary(parts)).toBe('we hope {+that +}they and more labs');
  });
});
