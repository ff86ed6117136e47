import { describe, expect, test } from 'vitest';
import { nextSeedNumber, SEED_NAME, seedNameProblem } from '../../../src/lib/sources/seed-name.ts';
import { plainTextProblem } from '../../../src/lib/sources/seed-text.ts';
import { readdirSync } from 'node:fs';

const seeds = ['000_265bca5c0a58c33e.txt', '001_03cfbc33ecc55911.txt', '002_b1635164cf9d6a8a.txt'];

describe('the seed naming rule', () => {
  test('holds for every seed in seeds/', () => {
    expect(
      readdirSync('seeds')
        .filter((n) => n.endsWith('.txt'))
        .every((name) => SEED_NAME.test(name)),
    ).toBe(true);
  });

  test.each([
    ['a number and a hex id', '004_5f0c2a9d7e1b3c48.txt', null],
    ['a number and words', '900_fixture_statement.txt', null],
    ['a four-digit number', '1000_later.txt', null],
    ['no number', 'ledger-report.txt', 'Seed name `ledger-report.txt` does not follow the naming rule.'],
    ['a two-digit number', '04_report.txt', 'Seed name `04_report.txt` does not follow the naming rule.'],
    ['capitals', '004_Report.txt', 'Seed name `004_Report.txt` does not follow the naming rule.'],
    ['another extension', '004_report.md', 'Seed name `004_report.md` does not follow the naming rule.'],
    ['a number already used', '002_other.txt', 'Seed number `002` of `002_other.txt` is already used by `002_b1635164cf9d6a8a.txt`.'],
  ])('judges a name with %s', (_name, name, problem) => {
    expect(seedNameProblem(name, seeds)).toBe(problem);
  });

  test('offers the lowest unused number, padded to three digits', () => {
    expect(nextSeedNumber(seeds)).toBe('003');
    expect(nextSeedNumber([...seeds, '003_x.txt', '900_y.txt'])).toBe('004');
    expect(seedNameProblem(`${nextSeedNumber(seeds)}_new.txt`, seeds)).toBeNull();
  });
});

describe('plainTextProblem', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  test.each([
    ['plain text with tabs and CRLF', bytes('A line.\r\n\tAnother “line”.\n'), null],
    ['a NUL character', bytes('Fine.\nNot\u0000fine.'), { line: 2, problem: 'holds the control character U+0000, which a page cannot show' }],
    ['a bell character', bytes('\u0007'), { line: 1, problem: 'holds the control character U+0007, which a page cannot show' }],
    ['bytes that are not UTF-8', new Uint8Array([0x66, 0xff, 0x66]), { line: 1, problem: 'is not valid UTF-8' }],
  ])('judges %s', (_name, input, problem) => {
    expect(plainTextProblem(input)).toEqual(problem);
  });
});
