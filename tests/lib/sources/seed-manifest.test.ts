import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatManifest, parseManifest, verifySeeds } from '../../../src/lib/sources/seed-manifest.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the seed manifest', () => {
  test('matches every seed in seeds/, byte for byte', () => {
    const files = new Map(
      readdirSync('seeds')
        .filter((n) => n.endsWith('.txt'))
        .map((n) => [n, readFileSync(`seeds/${n}`)]),
    );
    const { entries, invalidLines } = parseManifest(readFileSync('seeds/SHA256SUMS', 'utf8'));
    expect(invalidLines).toEqual([]);
    expect(entries.map((e) => e.file)).toEqual([
      '000_265bca5c0a58c33e.txt',
      '001_03cfbc33ecc55911.txt',
      '002_b1635164cf9d6a8a.txt',
      '003_3604921ae2a8460e.txt',
    ]);
    expect(verifySeeds(entries, files)).toEqual([]);
  });

  test('round-trips through formatManifest and parseManifest', () => {
    const files = new Map([
      ['b.txt', bytes('b')],
      ['a.txt', bytes('a')],
    ]);
    const { entries } = parseManifest(formatManifest(files));
    expect(entries.map((e) => [e.file, e.line])).toEqual([
      ['a.txt', 1],
      ['b.txt', 2],
    ]);
    expect(verifySeeds(entries, files)).toEqual([]);
  });

  test('reports a changed, a missing and an unlisted seed', () => {
    const { entries } = parseManifest(
      formatManifest(
        new Map([
          ['a.txt', bytes('a')],
          ['b.txt', bytes('b')],
        ]),
      ),
    );
    const problems = verifySeeds(
      entries,
      new Map([
        ['a.txt', bytes('A')],
        ['c.txt', bytes('c')],
      ]),
    );
    expect(problems).toEqual([
      { file: 'a.txt', line: 1, problem: 'changed' },
      { file: 'b.txt', line: 2, problem: 'missing' },
      { file: 'c.txt', problem: 'unlisted' },
    ]);
  });

  test('reports lines that are not entries', () => {
    expect(parseManifest('nonsense\n').invalidLines).toEqual([1]);
  });
});
