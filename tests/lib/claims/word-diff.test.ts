import { readFileSync } from 'node:fs';
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

  test('shows each part as its side writes it: removed words as the post does, the others as the report does', () => {
    const parts = wordDiff('our “safety stack” and a multi‑layered approach… that’s all', "our stack and a multi-layered approach... That's  all");
    expect(parts).toEqual([
      { kind: 'same', text: 'our ' },
      { kind: 'removed', text: '“safety ' },
      { kind: 'same', text: 'stack' },
      { kind: 'removed', text: '”' },
      { kind: 'same', text: " and a multi-layered approach... That's  all" },
    ]);
  });

  test('gives back each side of every line of the seeds, as written, from a copy with straight quotes and capitals', () => {
    for (const name of ['000_265bca5c0a58c33e', '001_03cfbc33ecc55911', '002_b1635164cf9d6a8a', '003_3604921ae2a8460e']) {
      for (const line of readFileSync(`seeds/${name}.txt`, 'utf8')
        .split('\n')
        .filter((l) => l.trim())) {
        const typed = line.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toUpperCase();
        const parts = wordDiff(line, typed);
        expect(hasChanges(parts), line).toBe(false);
        expect(parts.map((p) => p.text).join(''), line).toBe(typed.trim());
        const removed = wordDiff(line, '');
        expect(removed.map((p) => p.text).join(''), line).toBe(line.normalize('NFC').trim());
      }
    }
  });
});
